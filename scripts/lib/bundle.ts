// Bundles a snippet that imports from the built package, as an application's bundler would (esbuild, minified,
// tree-shaken), and measures the result. Used by the size budgets (tests) and the benchmark.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { ROOT } from "./files.js";

export interface BundleSize {
  readonly code: string;
  readonly bytes: number;
  readonly gzip: number;
}

export async function bundleSize(source: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
    // Resolve the package by its own name to the built files, as an installed dependency would.
    alias: { "china-russia-data": ROOT },
  });
  const code = result.outputFiles[0]!.text;
  return { code, bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

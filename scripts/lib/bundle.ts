// Bundles a snippet that imports from the built package, as an application's bundler would (esbuild, minified,
// tree-shaken), and measures the result. Used by the size budgets (tests) and the benchmark.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { ROOT } from "./files.js";

/** Resolves the package's own name and subpaths through its "exports" map, as an installed dependency would. */
const selfByExports: Plugin = {
  name: "self-by-exports",
  setup(b) {
    const exportsMap = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { exports: Record<string, string | { default: string }> }).exports;
    b.onResolve({ filter: /^china-russia-data(\/.*)?$/ }, (args) => {
      const target = exportsMap[`.${args.path.slice("china-russia-data".length)}`];
      if (!target) return { errors: [{ text: `${args.path} is not exported by the package` }] };
      return { path: join(ROOT, typeof target === "string" ? target : target.default) };
    });
  },
};

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
    plugins: [selfByExports],
  });
  const code = result.outputFiles[0]!.text;
  return { code, bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

import { readFileSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

/**
 * The CLI imports the library by relative path in the sources; in the build it imports the package's own
 * entry points by name (Node's self-reference), so the data is not bundled a second time into dist/cli.js.
 */
const selfReference = {
  name: "self-reference",
  setup(build: { onResolve: (o: { filter: RegExp }, f: (a: { path: string; importer: string }) => { path: string; external: boolean } | undefined) => void }) {
    build.onResolve({ filter: /^\.\/(index|partner-trade)\.js$/ }, (args) =>
      /[\\/]cli(-main)?\.ts$/.test(args.importer)
        ? { path: args.path === "./index.js" ? "china-russia-data" : "china-russia-data/partner-trade", external: true }
        : undefined,
    );
  },
};

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };
const release = JSON.parse(readFileSync(new URL("./release.json", import.meta.url), "utf8")) as { released: string | null };

const common: Options = {
  target: "es2022",
  platform: "neutral",
  sourcemap: false,
  treeshake: true,
  outDir: "dist",
  external: ["zod", /^node:/],
  define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version), __RELEASE_DATE__: JSON.stringify(release.released) },
};

export default defineConfig([
  {
    ...common,
    // One entry per subpath of package.json "exports".
    entry: { index: "src/index.ts", schemas: "src/schemas/index.ts", "partner-trade": "src/partner-trade.ts" },
    format: ["esm", "cjs"],
    dts: true,
    splitting: false,
    clean: false,
  },
  {
    ...common,
    // The command-line tool: ESM only, bundled with the root entry's code.
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    platform: "node",
    esbuildPlugins: [selfReference],
    dts: false,
    clean: false,
  },
]);

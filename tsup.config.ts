import { readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, type Options } from "tsup";
import { buildDefines } from "./scripts/lib/build-constants.js";

/**
 * The CLI imports the library by relative path in the sources; in the build it imports the package's own
 * entry points by name (Node's self-reference), so the data is not bundled a second time into dist/cli.js.
 */
const selfReference = {
  name: "self-reference",
  setup(build: { onResolve: (o: { filter: RegExp }, f: (a: { path: string; importer: string }) => { path: string; external: boolean } | undefined) => void }) {
    // Each entry's source file (relative to src/) and the package specifier the built CLI imports it by.
    const entries: Record<string, string> = {
      "index.ts": "china-russia-data",
      "partner-trade.ts": "china-russia-data/partner-trade",
      "arms/index.ts": "china-russia-data/arms",
      "world/index.ts": "china-russia-data/world",
    };
    const src = fileURLToPath(new URL("./src/", import.meta.url));
    build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
      // Only the CLI's files (src/cli.ts and src/cli/) import the library by name.
      if (!/[\\/]src[\\/]cli(\.ts$|[\\/])/.test(args.importer)) return undefined;
      const entry = entries[relative(src, resolve(dirname(args.importer), args.path)).replace(/\\/g, "/").replace(/\.js$/, ".ts")];
      return entry ? { path: entry, external: true } : undefined;
    });
  },
};

/**
 * China's and Russia's partner values are used by two entries (partner-trade at import, world on first use):
 * they are built once as dist/partner-series.js, and the two entries import that file instead of each
 * carrying a copy.
 */
const sharedPartnerSeries = {
  name: "shared-partner-series",
  setup(build: { onResolve: (o: { filter: RegExp }, f: (a: { path: string; importer: string }) => { path: string; external: boolean } | undefined) => void }) {
    build.onResolve({ filter: /^\.\/partner-series\.js$/ }, (args) =>
      /[\\/]datasets[\\/]generated[\\/](partner-trade|world-trade)\.ts$/.test(args.importer) ? { path: "./partner-series.js", external: true } : undefined,
    );
  },
};

/**
 * The error class is frozen when its module loads (one consumer cannot change it for another), a statement no
 * bundler can drop: kept in the entries, it would pull the class into every bundle of one metric. Built once
 * as dist/errors.js and imported by the entries instead, it is dropped by bundlers (the package has no side
 * effects) wherever nothing uses it; and every entry shares the one class.
 */
const sharedErrors = {
  name: "shared-errors",
  setup(build: { onResolve: (o: { filter: RegExp }, f: (a: { path: string; importer: string }) => { path: string; external: boolean } | undefined) => void }) {
    build.onResolve({ filter: /(^|\/)errors\.js$/ }, (args) =>
      /[\\/]src[\\/]/.test(args.importer) && !/[\\/]errors\.ts$/.test(args.importer) ? { path: "./errors.js", external: true } : undefined,
    );
  },
};

/**
 * V8 keeps a module's source in one byte per character only when all of it is ASCII: one non-ASCII character
 * (esbuild keeps the doc comments of class fields) doubles the source's memory and slows its compilation.
 * esbuild already escapes strings; this escapes what is left (comments), where an escape changes nothing.
 */
const ascii = (text: string) => text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

const common: Options = {
  target: "es2022",
  platform: "neutral",
  sourcemap: false,
  treeshake: true,
  outDir: "dist",
  external: ["zod", /^node:/],
  define: buildDefines(new URL("./", import.meta.url)),
};

export default defineConfig([
  {
    ...common,
    // One entry per subpath of package.json "exports".
    entry: {
      index: "src/index.ts",
      schemas: "src/schemas/index.ts",
      "partner-trade": "src/partner-trade.ts",
      arms: "src/arms/index.ts",
      world: "src/world/index.ts",
      // Not a subpath: the partner values that partner-trade and world share (see sharedPartnerSeries).
      "partner-series": "src/datasets/generated/partner-series.ts",
      // Not a subpath: the error class every entry shares (see sharedErrors).
      errors: "src/core/errors.ts",
    },
    // ES modules only: every supported Node (>= 20.19) loads them with require() as well as import, and an
    // ES module namespace is frozen by the language, so one consumer cannot replace what another uses.
    format: ["esm"],
    esbuildPlugins: [sharedPartnerSeries, sharedErrors],
    onSuccess: async () => {
      for (const name of ["index", "schemas", "partner-trade", "arms", "world", "partner-series", "errors"]) {
        const esm = new URL(`./dist/${name}.js`, import.meta.url);
        writeFileSync(esm, ascii(readFileSync(esm, "utf8")));
      }
    },
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

import { readFileSync } from "node:fs";
import { defineConfig, type Options } from "tsup";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

const common: Options = {
  target: "es2022",
  platform: "neutral",
  sourcemap: false,
  treeshake: true,
  outDir: "dist",
  external: ["zod", /^node:/],
  define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version) },
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
    dts: false,
    clean: false,
  },
]);

import { defineConfig } from "vitest/config";
import { buildDefines } from "./scripts/lib/build-constants.js";

export default defineConfig({
  define: buildDefines(new URL("./", import.meta.url)),
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["test/dist/**", "node_modules/**"],
    testTimeout: 30_000,
  },
});

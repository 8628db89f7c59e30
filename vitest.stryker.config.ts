// The tests mutation testing runs against (npm run mutate): those of the metrics and the selectors.
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ["src/metrics/**/*.test.ts", "src/series.test.ts", "test/fuzz-metrics.test.ts", "test/fuzz-api.test.ts", "test/doc-examples.test.ts"],
    },
  }),
);

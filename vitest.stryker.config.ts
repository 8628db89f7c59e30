// The tests mutation testing runs against (npm run mutate): those of the code it mutates (stryker.config.json:
// the metrics, the trade selectors, citations, CSV writing, atomic writes and freezing). Not merged with
// vitest.config.ts's include (mergeConfig concatenates arrays, which ran every suite for every mutant).
import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // Fewer generated calls per mutant: mutation testing runs the suite hundreds of times.
    env: { FUZZ_RUNS: "150" },
    include: [
      "src/metrics/**/*.test.ts",
      "src/trade/**/*.test.ts",
      "src/core/table.test.ts",
      "src/core/atomic.test.ts",
      "src/core/freeze.test.ts",
      "test/fuzz-metrics.test.ts",
      "test/doc-examples.test.ts",
      "test/reliability.test.ts",
      "test/fuzz-api.test.ts",
      "test/after-2020.test.ts",
      "test/cite.test.ts",
      "test/cite-items.test.ts",
      "test/attacks.test.ts",
    ],
  },
});

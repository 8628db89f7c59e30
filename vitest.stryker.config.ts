// The tests mutation testing runs against (npm run mutate): those of the code it mutates (stryker.config.json:
// the metrics, the trade selectors, citations, CSV writing, atomic writes and freezing). Not merged with
// vitest.config.ts's include (mergeConfig concatenates arrays, which ran every suite for every mutant).
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import base from "./vitest.config.js";

// Cheapest to load first. A mutant's run stops at its first failing test (Stryker sets bail), so a mutant the
// unit tests beside the code kill never loads the suites that import the whole package (every dataset, the
// TypeScript compiler for the doc examples): loading those, once per mutant, was most of the run's time.
const include = [
  "src/metrics/**/*.test.ts",
  "src/trade/**/*.test.ts",
  "src/core/table.test.ts",
  "src/core/atomic.test.ts",
  "src/core/atomic-name.test.ts",
  "src/core/freeze.test.ts",
  "test/fuzz-metrics.test.ts",
  "test/after-2020.test.ts",
  "test/reliability.test.ts",
  "test/cite-items.test.ts",
  "test/cite.test.ts",
  "test/fuzz-api.test.ts",
  "test/attacks.test.ts",
  "test/doc-examples.test.ts",
];

function rank(file: string): number {
  const at = include.findIndex((pattern) => (pattern.includes("*") ? file.includes(`/${pattern.slice(0, pattern.indexOf("*"))}`) : file.endsWith(`/${pattern}`)));
  return at === -1 ? include.length : at;
}

class CheapFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return [...files].sort((a, b) => rank(a.moduleId) - rank(b.moduleId));
  }
}

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // Fewer generated calls per mutant: mutation testing runs the suite hundreds of times.
    env: { FUZZ_RUNS: "150" },
    include,
    sequence: { sequencer: CheapFirst },
  },
});

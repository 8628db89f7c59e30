// Prints one closing line for the whole `npm test`: the vitest totals of the unit and built-package runs.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { ROOT } from "./lib/files.js";

let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of ["vitest-unit.json", "vitest-dist.json"]) {
  const path = resolve(ROOT, "reports", name);
  if (!existsSync(path)) {
    console.error(`missing test report reports/${name}`);
    process.exit(1);
  }
  const r = JSON.parse(readFileSync(path, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed ? 1 : 0);

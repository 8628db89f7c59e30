// Size budgets that are deterministic (bytes, not seconds): checked on every build. Timing is measured by
// `npm run bench`, never in tests.
import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { bundleSize } from "../../scripts/lib/bundle.js";

const ROOT = resolve(import.meta.dirname, "..", "..");
const HELPERS = ["share", "dependencyAsymmetryRatio", "barbieri", "tradeIntensity", "hhi", "foldChange", "percentChange", "cagr", "logGrowth", "yoy", "indexTo"];
// A run of partner-trade values that only the partner-trade rows hold (China's exports to Aruba, 1992–1993).
const PARTNER_ROWS_SIGNATURE = "3.847,1.558";
const ZOD_SIGNATURE = /ZodError|\$ZodType|zod/;

describe("bundle budgets (esbuild, minified, gzip)", () => {
  for (const h of HELPERS) {
    it(`one helper, ${h}, is at most 1 KB gzip and carries no data`, async () => {
      const b = await bundleSize(`import { ${h} } from "china-russia-data"; console.log(${h});`);
      expect(b.gzip).toBeLessThanOrEqual(1024);
      expect(b.code).not.toMatch(/JSON\.parse/);
    });
  }

  it("no zod in any bundle that does not import china-russia-data/schemas", async () => {
    for (const src of [
      `import * as m from "china-russia-data"; console.log(m);`,
      `import * as m from "china-russia-data/partner-trade"; console.log(m);`,
    ]) expect((await bundleSize(src)).code, src).not.toMatch(ZOD_SIGNATURE);
    expect((await bundleSize(`import * as m from "china-russia-data/schemas"; console.log(m);`)).code).toMatch(ZOD_SIGNATURE);
  });

  it("no partner-trade rows in a bundle of the root entry", async () => {
    expect((await bundleSize(`import * as m from "china-russia-data"; console.log(m);`)).code).not.toContain(PARTNER_ROWS_SIGNATURE);
    expect((await bundleSize(`import * as m from "china-russia-data/partner-trade"; console.log(m);`)).code).toContain(PARTNER_ROWS_SIGNATURE);
  });
});

describe("package size", () => {
  it("installs in at most 2 MB", () => {
    const [pack] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })) as { unpackedSize: number }[];
    expect(pack!.unpackedSize).toBeLessThanOrEqual(2 * 1024 * 1024);
  });
});

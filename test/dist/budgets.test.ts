// Size budgets that are deterministic (bytes, not seconds): checked on every build. Timing is measured by
// `npm run bench`, never in tests.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { bundleSize } from "../../scripts/lib/bundle.js";

const ROOT = resolve(import.meta.dirname, "..", "..");
const HELPERS = ["share", "dependencyAsymmetryRatio", "barbieri", "tradeIntensity", "hhi", "foldChange", "percentChange", "cagr", "logGrowth", "yoy", "indexTo"];
// A run of partner-trade values that only the partner-trade rows hold (China's exports to Aruba, 1992–1993).
const PARTNER_ROWS_SIGNATURE = "3.847,1.558";
// A run of arms values that only the arms rows hold (Russia's deliveries to China, 1992–1994: 1023, 1011, 72).
const ARMS_ROWS_SIGNATURE = "1023,1011,72";
// A cell only the world rows hold (Kazakhstan's workbook).
const WORLD_ROWS_SIGNATURE = "DOTS_103.xlsx";
// zod identifiers (a bare "zod" also matches words in the data, e.g. the Romanian "gazoductul").
const ZOD_SIGNATURE = /ZodError|\$ZodType|\bzod\b/;

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
      `import * as m from "china-russia-data/arms"; console.log(m);`,
      `import * as m from "china-russia-data/world"; console.log(m);`,
    ]) expect((await bundleSize(src)).code, src).not.toMatch(ZOD_SIGNATURE);
    expect((await bundleSize(`import * as m from "china-russia-data/schemas"; console.log(m);`)).code).toMatch(ZOD_SIGNATURE);
  });

  it("no partner-trade or arms rows in a bundle of the root entry", async () => {
    const root = (await bundleSize(`import * as m from "china-russia-data"; console.log(m);`)).code;
    expect(root).not.toContain(PARTNER_ROWS_SIGNATURE);
    expect(root).not.toContain(ARMS_ROWS_SIGNATURE);
    expect(root).not.toContain(WORLD_ROWS_SIGNATURE);
    expect((await bundleSize(`import * as m from "china-russia-data/world"; console.log(m);`)).code).toContain(WORLD_ROWS_SIGNATURE);
    expect((await bundleSize(`import * as m from "china-russia-data/partner-trade"; console.log(m);`)).code).toContain(PARTNER_ROWS_SIGNATURE);
    expect((await bundleSize(`import * as m from "china-russia-data/arms"; console.log(m);`)).code).toContain(ARMS_ROWS_SIGNATURE);
  });

  it("an arms selector alone carries no partner-trade rows", async () => {
    const code = (await bundleSize(`import { armsShare } from "china-russia-data/arms"; console.log(armsShare);`)).code;
    expect(code).not.toContain(PARTNER_ROWS_SIGNATURE);
    expect(code).toContain(ARMS_ROWS_SIGNATURE);
  });
});

describe("package size", () => {
  // The tarball's unpacked size (npm pack), in decimal bytes; the installed size (du) is measured by npm run bench.
  it("unpacks to at most 3,000,000 bytes (3 MB in decimal units)", () => {
    const [pack] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })) as { unpackedSize: number }[];
    expect(pack!.unpackedSize).toBeLessThanOrEqual(3_000_000);
  });
});

describe("module sources", () => {
  it("China's and Russia's partner values ship once, in the file partner-trade and world share", () => {
    const holders = readdirSync(resolve(ROOT, "dist"))
      .filter((f) => /\.(c?js)$/.test(f) && readFileSync(resolve(ROOT, "dist", f), "utf8").includes(PARTNER_ROWS_SIGNATURE))
      .sort();
    expect(holders).toEqual(["partner-series.js"]);
  });

  it("every JavaScript file in dist/ is ASCII, so V8 holds its source one byte per character", () => {
    const files = readdirSync(resolve(ROOT, "dist")).filter((f) => /\.(c?js)$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const f of files) {
      const text = readFileSync(resolve(ROOT, "dist", f), "utf8");
      const at = text.search(/[^\x00-\x7f]/);
      expect(at, `${f}: non-ASCII at ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 20), at + 20))}`).toBe(-1);
    }
  });
});

// The tidy tables in dist/data/: what the built package's selectors return, checked against the IMF DOTS cells
// (sources/imf-dots/china-russia-extract.csv) and sums and ratios computed by hand in this file, and row by row
// for consistency within each table.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..", "..");
const read = (name: string) => parse(readFileSync(resolve(ROOT, "dist", "data", `${name}.csv`)), { columns: true }) as Record<string, string>[];
const datapackage = JSON.parse(readFileSync(resolve(ROOT, "datapackage.json"), "utf8")) as {
  resources: { name: string; path: string; compression?: string; schema: { fields: { name: string; type: string }[] } }[];
};

// IMF DOTS workbook cells for 2001 (DOTS_40.xlsx: China; DOTS_162.xlsx: Russia), USD millions.
const DOTS_2001 = {
  chnExportRus: 2714.579, // DOTS_40 sheet1 row 102
  chnImportRus: 7958.944, // DOTS_40 sheet2 row 102
  chnExportWld: 266713.388, // DOTS_40 sheet1 row 9
  chnImportWld: 243567.041, // DOTS_40 sheet2 row 9
  rusExportChn: 4020.676924, // DOTS_162 sheet1 row 58
  rusImportChn: 1610.573709, // DOTS_162 sheet2 row 59
  rusExportWld: 82261.71194, // DOTS_162 sheet1 row 9
  rusImportWld: 36821.7169, // DOTS_162 sheet2 row 9
};
// Sums written out by hand: 2714.579 + 7958.944 = 10673.523; 266713.388 + 243567.041 = 510280.429;
// 4020.676924 + 1610.573709 = 5631.250633; 82261.71194 + 36821.7169 = 119083.42884.
const CHN_RUS_2001 = 10673.523;
const CHN_WLD_2001 = 510280.429;
const RUS_CHN_2001 = 5631.250633;
const RUS_WLD_2001 = 119083.42884;

function one(rows: Record<string, string>[], where: Record<string, string>): Record<string, string> {
  const hits = rows.filter((r) => Object.entries(where).every(([k, v]) => r[k] === v));
  expect(hits, JSON.stringify(where)).toHaveLength(1);
  return hits[0]!;
}

describe("tidy tables", () => {
  it("trade-series.csv holds the DOTS cells of 2001 and totals that are export + import", () => {
    const rows = read("trade-series");
    const value = (reporter: string, partner: string, flow: string) => Number(one(rows, { reporter, partner, flow, year: "2001" }).valueUsdMillions);
    expect(value("CHN", "RUS", "export")).toBe(DOTS_2001.chnExportRus);
    expect(value("CHN", "RUS", "import")).toBe(DOTS_2001.chnImportRus);
    expect(value("CHN", "WLD", "export")).toBe(DOTS_2001.chnExportWld);
    expect(value("RUS", "CHN", "export")).toBe(DOTS_2001.rusExportChn);
    expect(value("RUS", "WLD", "import")).toBe(DOTS_2001.rusImportWld);
    expect(value("CHN", "RUS", "total")).toBeCloseTo(CHN_RUS_2001, 6);
    expect(value("RUS", "WLD", "total")).toBeCloseTo(RUS_WLD_2001, 6);
    const total = one(rows, { reporter: "CHN", partner: "RUS", flow: "total", year: "2001" });
    expect([total.derived, total.producer, total.sourceId]).toEqual(["true", "imf-dots", "imf-dots-chn"]);
    // Within the table: a total that is derived is the sum of the year's export and import rows.
    let checked = 0;
    for (const t of rows.filter((r) => r.flow === "total" && r.derived === "true")) {
      const ex = one(rows, { reporter: t.reporter!, partner: t.partner!, flow: "export", year: t.year! });
      const im = one(rows, { reporter: t.reporter!, partner: t.partner!, flow: "import", year: t.year! });
      expect(Number(t.valueUsdMillions), `${t.reporter} ${t.partner} ${t.year}`).toBeCloseTo(Number(ex.valueUsdMillions) + Number(im.valueUsdMillions), 6);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
    // Four series pairs, each with export, import and total, for every DOTS year 1992–2020 at least.
    for (const [reporter, partner] of [["CHN", "RUS"], ["CHN", "WLD"], ["RUS", "CHN"], ["RUS", "WLD"]]) {
      for (const flow of ["export", "import", "total"]) {
        const years = rows.filter((r) => r.reporter === reporter && r.partner === partner && r.flow === flow).map((r) => Number(r.year));
        for (let y = 1992; y <= 2020; y++) expect(years, `${reporter} ${partner} ${flow}`).toContain(y);
        expect(years, "sorted by year").toEqual([...years].sort((a, b) => a - b));
      }
    }
  });

  it("trade-shares.csv and trade-asymmetry.csv hold the shares and ratios computed by hand from the DOTS cells", () => {
    const shares = read("trade-shares");
    const chn = one(shares, { reporter: "CHN", partner: "RUS", year: "2001", basis: "reported" });
    const rus = one(shares, { reporter: "RUS", partner: "CHN", year: "2001", basis: "reported" });
    // 10673.523 / 510280.429 and 5631.250633 / 119083.42884.
    expect(Number(chn.share)).toBeCloseTo(CHN_RUS_2001 / CHN_WLD_2001, 12);
    expect(Number(rus.share)).toBeCloseTo(RUS_CHN_2001 / RUS_WLD_2001, 12);
    expect(chn.sourceIds).toBe("imf-dots-chn");
    // Mirror: China's figure of its trade with Russia over Russia's own total, 10673.523 / 119083.42884.
    const mirror = one(shares, { reporter: "RUS", partner: "CHN", year: "2001", basis: "mirror" });
    expect(Number(mirror.share)).toBeCloseTo(CHN_RUS_2001 / RUS_WLD_2001, 12);
    expect(mirror.sourceIds).toBe("imf-dots-chn;imf-dots-rus");
    // China's share of Russia's trade in 2020, 18.35% from Russia's DOTS figures (test/series: 104491.345081 / 569314.296619).
    expect(Math.round(Number(one(shares, { reporter: "RUS", partner: "CHN", year: "2020", basis: "reported" }).share) * 10000) / 100).toBe(18.35);
    expect(shares.length).toBeGreaterThan(60);
    for (const r of shares) {
      const s = Number(r.share);
      expect(s >= 0 && s <= 1, `${r.reporter} ${r.year} ${r.basis}`).toBe(true);
      expect(s).toBeCloseTo(Number(r.bilateralUsdMillions) / Number(r.totalUsdMillions), 12);
    }
    // The mirror basis reaches 2023 for China's share of Russia's trade.
    expect(shares.some((r) => r.reporter === "RUS" && r.basis === "mirror" && r.year === "2023")).toBe(true);

    const asym = read("trade-asymmetry");
    const r2001 = one(asym, { a: "RUS", b: "CHN", year: "2001", basis: "reported" });
    // (5631.250633 / 119083.42884) / (10673.523 / 510280.429) = 2.2607...
    expect(Number(r2001.ratio)).toBeCloseTo(RUS_CHN_2001 / RUS_WLD_2001 / (CHN_RUS_2001 / CHN_WLD_2001), 12);
    expect(Number(r2001.ratio)).toBeCloseTo(2.2608, 4);
    for (const r of asym) expect(Number(r.ratio), `${r.year} ${r.basis}`).toBeCloseTo(Number(r.aShare) / Number(r.bShare), 12);
  });

  it("each is a resource of datapackage.json", () => {
    const names = datapackage.resources.map((r) => r.name);
    for (const n of ["trade-series", "trade-shares", "trade-asymmetry"]) expect(names).toContain(n);
  });

  it("every file the build put in dist/data is a resource of datapackage.json, and every resource's file is there", () => {
    // Read from the directory, not from the export's list: a file written by any other step would show here.
    const shipped = readdirSync(resolve(ROOT, "dist", "data")).map((f) => `dist/data/${f}`).sort();
    expect(shipped).toEqual(datapackage.resources.map((r) => r.path).sort());
    expect(shipped.every((f) => /\.csv(\.gz)?$/.test(f))).toBe(true);
  });
});

describe("numbers in every shipped CSV", () => {
  // Floating-point noise is a decimal with more than 15 significant digits: a double holds 15 exactly, and the
  // digits after them are the binary representation's (10673.523000000001 for 10673.523, 5720.0599999999995
  // for 5720.06). Every numeric cell must print with at most 15, in plain notation.
  const significant = (t: string) => t.replace(/^-/, "").replace(".", "").replace(/^0+/, "").length;
  it("no numeric cell of any resource has more than 15 significant digits", () => {
    let cells = 0;
    for (const r of datapackage.resources) {
      const bytes = readFileSync(resolve(ROOT, r.path));
      const rows = parse(r.compression === "gz" ? gunzipSync(bytes) : bytes, { columns: true }) as Record<string, string>[];
      const numeric = r.schema.fields.filter((f) => f.type === "number" || f.type === "integer").map((f) => f.name);
      expect(rows.length, r.name).toBeGreaterThan(0);
      for (const [i, row] of rows.entries()) {
        for (const c of numeric) {
          const t = row[c]!;
          if (t === "") continue;
          expect(/^-?\d+(\.\d+)?$/.test(t) && significant(t) <= 15, `${r.path} row ${i + 2} ${c}: ${t}`).toBe(true);
          cells++;
        }
      }
    }
    expect(cells).toBeGreaterThan(100_000);
  });

  it("the article's 2001 figure prints as the sum of the two published cells: 2714.579 + 7958.944 = 10673.523", () => {
    const row = read("trade-series").find((r) => r.reporter === "CHN" && r.partner === "RUS" && r.flow === "total" && r.year === "2001");
    expect(row?.valueUsdMillions).toBe("10673.523");
  });
});

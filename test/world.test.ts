// Every country's trade with China and Russia (china-russia-data/world): extraction from the 235 IMF DOTS
// workbooks, estimates, the selectors and the Central Asia claim. Expected figures are workbook cells, named
// and written out here.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { extractWorld, parseDotsCell, WORLD_TRADE_COLUMNS } from "../scripts/producers/imf-dots/world.js";
import { ROOT, toCsv } from "../scripts/lib/files.js";
import { claims } from "../src/index.js";
import { validate } from "../src/schemas/index.js";
import { DataNotAvailableError, dependencyAsymmetry, mirrorTrade, tradeShare, worldTrade, worldTradeMeta } from "../src/world/index.js";

const cells = await extractWorld();
const PARTNER: Record<string, string> = { "China, P.R.: Mainland": "CHN", "Russian Federation": "RUS", World: "WLD" };

describe("IMF DOTS, every reporter", () => {
  it("the committed data/world-trade.csv is what the extraction makes", () => {
    expect(readFileSync(resolve(ROOT, "data/world-trade.csv"), "utf8")).toBe(toCsv(cells, WORLD_TRADE_COLUMNS));
  });

  it("reproduces every cell of the independent extract, 1992–2020, with its estimate flag", () => {
    const expected = parse(readFileSync(resolve(ROOT, "test/fixtures/dots-all-reporters-extract-1992-2020.csv")), { columns: true }) as Record<string, string>[];
    expect(expected.length).toBe(33922);
    const byCell = new Map(worldTrade.map((r) => [`${r.cell.split("!")[0]}|${r.flow === "export" ? "1" : "2"}|${r.partner}|${r.year}`, r]));
    let checked = 0;
    for (const e of expected) {
      // Nicaragua is published twice (DOTS_143 and DOTS_144); the first workbook is kept.
      if (e.file === "DOTS_144.xlsx") continue;
      const got = byCell.get(`${e.file}|${e.sheet}|${PARTNER[e.partner!]}|${e.year}`);
      expect(got, `${e.file} sheet${e.sheet} ${e.partner} ${e.year}`).toBeDefined();
      // The cell at the 15 significant digits a spreadsheet shows (0.13999999999999901 → 0.14).
      expect(got!.valueUsdMillions, `${e.file} ${e.partner} ${e.year}`).toBe(Number(Number(e.raw!.replace(/,/g, "").replace(/ e$/, "")).toPrecision(15)));
      expect(got!.estimated, `${e.file} ${e.partner} ${e.year}`).toBe(e.raw!.endsWith(" e"));
      checked++;
    }
    expect(checked).toBe(worldTrade.length);
  });

  it("flags the IMF's 2,089 estimates of 1992–2020 and never turns a blank into 0", () => {
    expect(worldTrade.filter((r) => r.estimated).length).toBe(2089);
    expect(worldTradeMeta.rows).toBe(33780);
    expect(validate("worldTrade", worldTrade)).toEqual([]);
    // 234 reporters in 235 workbooks (Nicaragua twice); 230 of them report anything from 1992 on, as the fixture has it.
    expect(new Set(worldTrade.map((r) => r.reporter)).size).toBe(230);
  });

  it("parses DOTS cells: numbers, thousands separators and the estimate mark; refuses anything else", () => {
    expect(parseDotsCell("1,661.39 e")).toEqual({ value: 1661.39, estimated: true });
    expect(parseDotsCell("12,345,678.5")).toEqual({ value: 12345678.5, estimated: false });
    expect(parseDotsCell(3.25)).toEqual({ value: 3.25, estimated: false });
    expect(parseDotsCell(null)).toBeNull();
    expect(parseDotsCell("")).toBeNull();
    expect(parseDotsCell("n.a.")).toBeUndefined();
    expect(parseDotsCell("1,66.3")).toBeUndefined();
    expect(parseDotsCell(-1)).toBeUndefined();
  });
});

describe("world selectors", () => {
  it("tradeShare: China's share of Kazakhstan's trade in 2020, from Kazakhstan's own workbook (DOTS_103)", () => {
    // sheet1!AE59 (exports to China) 9004.006953, sheet2!AE59 (imports from China) 6346.496276,
    // sheet1!AE9 (exports to the world) 46926.834907, sheet2!AE9 (imports from the world) 38142.88939.
    const r = tradeShare({ reporter: "KAZ", partner: "CHN", year: 2020 });
    expect(r.share).toBeCloseTo((9004.006953 + 6346.496276) / (46926.834907 + 38142.88939), 12);
    expect(r.estimated).toBe(false);
    expect(r.sourceIds).toEqual(["imf-dots-reporters"]);
    const x = tradeShare({ reporter: "KAZ", partner: "CHN", year: 2020, flow: "export" });
    expect(x.share).toBeCloseTo(9004.006953 / 46926.834907, 12);
  });

  it("dependencyAsymmetry: Mongolia and China in 2020, each side from its own workbook", () => {
    // Mongolia (DOTS_130): to/from China 5489.992846 + 1892.787648, world 7605.674994 + 5306.752161.
    // China (DOTS_40): to/from Mongolia 1617.34336 + 5004.70662, world 2598024.02673 + 2060258.10411.
    const aShare = (5489.992846 + 1892.787648) / (7605.674994 + 5306.752161);
    const bShare = (1617.34336 + 5004.70662) / (2598024.02673 + 2060258.10411);
    const r = dependencyAsymmetry({ a: "MNG", b: "CHN", year: 2020 });
    expect(r.aShare).toBeCloseTo(aShare, 12);
    expect(r.bShare).toBeCloseTo(bShare, 12);
    expect(r.ratio).toBeCloseTo(aShare / bShare, 6);
    expect(r.sourceIds).toEqual(["imf-dots-chn", "imf-dots-reporters"]);
  });

  it("mirrorTrade: Russia's imports from China (CIF) against China's exports to Russia (FOB), 2020", () => {
    // DOTS_162 sheet2!AE59: 54908.217568; DOTS_40 sheet1!AT102: 50608.3706.
    const m = mirrorTrade({ reporter: "RUS", partner: "CHN", flow: "import", year: 2020 });
    expect(m.reported).toEqual({ reporter: "RUS", flow: "import", value: 54908.217568, estimated: false, sourceId: "imf-dots-rus" });
    expect(m.mirror).toEqual({ reporter: "CHN", flow: "export", value: 50608.3706, estimated: false, sourceId: "imf-dots-chn" });
    expect(m.difference).toBeCloseTo(54908.217568 - 50608.3706, 9);
    expect(m.ratio).toBeCloseTo(54908.217568 / 50608.3706, 12);
    // Any reporter against China's own statistics, and the reverse.
    expect(mirrorTrade({ reporter: "KAZ", partner: "CHN", flow: "export", year: 2020 }).mirror.reporter).toBe("CHN");
    expect(mirrorTrade({ reporter: "CHN", partner: "KAZ", flow: "import", year: 2020 }).mirror).toMatchObject({ reporter: "KAZ", flow: "export", value: 9004.006953 });
  });

  it("bad queries throw errors naming the argument; missing data names what exists", () => {
    expect(() => tradeShare({ reporter: "KAZ", partner: "USA" as never, year: 2020 })).toThrow(/partner must be "CHN" or "RUS", got "USA"/);
    // @ts-expect-error -- not a code of the data: the types refuse it, and so does the selector at run time
    expect(() => tradeShare({ reporter: "XYZ", partner: "CHN", year: 2020 })).toThrow(DataNotAvailableError);
    expect(() => tradeShare({ reporter: "KAZ", partner: "CHN", year: 2021 })).toThrow(/no value for 2021 in series KAZ→CHN export .*available years: 1992–2020/);
    expect(() => tradeShare({ reporter: "KAZ", partner: "CHN", year: 2020, flow: "balance" as never })).toThrow(TypeError);
    expect(() => dependencyAsymmetry({ a: "KAZ", b: "MNG", year: 2020 })).toThrow(/one of a and b must be "CHN" or "RUS"/);
    expect(() => dependencyAsymmetry({ a: "CHN", b: "CHN", year: 2020 })).toThrow(RangeError);
    expect(() => mirrorTrade({ reporter: "KAZ", partner: "MNG", flow: "import", year: 2020 })).toThrow(RangeError);
    expect(() => mirrorTrade({ reporter: "RUS", partner: "CHN", flow: "total" as never, year: 2020 })).toThrow(/flow must be "export" or "import"/);
    expect(() => tradeShare({ reporter: "KAZ", partner: "CHN", year: 2020.5 })).toThrow(RangeError);
  });
});

describe("the article's Central Asia statement", () => {
  it("China's share of each Central Asian state's trade and exports rose from 1995 to 2020 in all five", () => {
    const c = claims.find((x) => x.id === "central-asia-china-clout")!;
    expect(c.computedValue).toBe(5);
    expect(c.verdict).toBe("supported");
    for (const code of ["KAZ", "KGZ", "TJK", "TKM", "UZB"] as const) {
      expect(tradeShare({ reporter: code, partner: "CHN", year: 2020 }).share).toBeGreaterThan(tradeShare({ reporter: code, partner: "CHN", year: 1995 }).share);
    }
    // Kazakhstan by hand from DOTS_103: 1995 (column F) China 296.9999999999998 + 34.7, world 5256.6 + 3806.9;
    // 2020 (column AE) as above.
    const pct = (x: number) => `${Math.round(x * 10000) / 100}%`;
    const kaz1995 = (296.9999999999998 + 34.7) / (5256.6 + 3806.9);
    const kaz2020 = (9004.006953 + 6346.496276) / (46926.834907 + 38142.88939);
    expect(c.reason).toContain(`Kazakhstan ${pct(kaz1995)} → ${pct(kaz2020)}`);
  });
});

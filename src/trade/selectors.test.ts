// The trade selectors over hand-built rows: which figure the default series takes for a year, how totals are
// formed, what the results say about approximation, and what every malformed argument is told. Every expected
// value is written out from the rows given here.
import { describe, expect, it } from "vitest";
import { DataNotAvailableError } from "../core/errors.js";
import { checkYear } from "./select-series.js";
import { createTradeSelectors, type TradeRowInput } from "./selectors.js";

const row = (over: Partial<TradeRowInput>): TradeRowInput => ({
  year: 2020, reporter: "CHN", partner: "RUS", flow: "total", valueUsdMillions: 100, producer: "gacc", sourceId: "s-a", approximate: false, ...over,
});
const pick = (rows: TradeRowInput[], flow: "export" | "import" | "total" = "total") =>
  createTradeSelectors(rows).tradeSeries({ reporter: "CHN", partner: "RUS", flow });

describe("the default series: one figure a year", () => {
  it("prefers the more precise of two figures of the same producer (digits as published)", () => {
    const rows = [row({ sourceId: "s-rounded", valueUsdMillions: 147000, valueAsPublished: "147", unitAsPublished: "USD bn" }), row({ sourceId: "s-exact", valueUsdMillions: 146887, valueAsPublished: "146.887", unitAsPublished: "USD bn" })];
    expect(pick(rows)[0]).toMatchObject({ value: 146887, sourceId: "s-exact" });
    expect(pick([rows[1]!, rows[0]!])[0]!.sourceId).toBe("s-exact");
  });

  it("counts leading zeros and the decimal point as no digits: 0.0504 has three, 50.4 has three, 50.41 four", () => {
    const three = row({ sourceId: "s-three", valueUsdMillions: 50.4, valueAsPublished: "0.0504", unitAsPublished: "USD bn" });
    const four = row({ sourceId: "s-four", valueUsdMillions: 50.41, valueAsPublished: "50.41" });
    expect(pick([three, four])[0]!.sourceId).toBe("s-four");
    expect(pick([four, three])[0]!.sourceId).toBe("s-four");
    // A figure from a statistical table (no valueAsPublished) outranks any stated figure.
    const table = row({ sourceId: "s-table", valueUsdMillions: 50.3 });
    expect(pick([four, table])[0]!.sourceId).toBe("s-table");
  });

  it("prefers a stated total to one summed from exports and imports, and an exact figure to an approximate one", () => {
    const x = row({ flow: "export", sourceId: "s-parts", valueUsdMillions: 60 });
    const m = row({ flow: "import", sourceId: "s-parts", valueUsdMillions: 40 });
    const stated = row({ sourceId: "s-stated", valueUsdMillions: 101 });
    expect(pick([x, m, stated])[0]).toEqual({ year: 2020, value: 101, sourceId: "s-stated", producer: "gacc", approximate: false });
    expect(pick([x, m])[0]).toEqual({ year: 2020, value: 100, sourceId: "s-parts", producer: "gacc", derived: true, approximate: false });
    const about = row({ sourceId: "s-about", valueUsdMillions: 99, approximate: true });
    expect(pick([about, stated])[0]!.sourceId).toBe("s-stated");
    expect(pick([about])[0]).toEqual({ year: 2020, value: 99, sourceId: "s-about", producer: "gacc", approximate: true });
  });

  it("sums exports and imports at the decimals of the parts: no binary noise in a total", () => {
    // By hand: 2599.27 + 3120.79 = 5720.06 and 0.1 + 0.2 = 0.3; a double addition gives 5720.0599999999995 and
    // 0.30000000000000004.
    expect(2599.27 + 3120.79).not.toBe(5720.06);
    const total = (a: number, b: number) =>
      pick([row({ flow: "export", sourceId: "s-a", valueUsdMillions: a }), row({ flow: "import", sourceId: "s-a", valueUsdMillions: b })])[0]!.value;
    expect(total(2599.27, 3120.79)).toBe(5720.06);
    expect(total(0.1, 0.2)).toBe(0.3);
    expect(total(2714.579, 7958.944)).toBe(10673.523);
    expect(total(1.5, 2.25)).toBe(3.75);
  });

  it("breaks a tie by the source id's code points, whatever the order of the rows", () => {
    const a = row({ sourceId: "s-b" });
    const b = row({ sourceId: "s-a" });
    expect(pick([a, b])[0]!.sourceId).toBe("s-a");
    expect(pick([b, a])[0]!.sourceId).toBe("s-a");
    // Upper case sorts before lower case by code point ("B" is 66, "a" is 97), unlike most locales.
    expect(pick([row({ sourceId: "a-x" }), row({ sourceId: "B-x" })])[0]!.sourceId).toBe("B-x");
  });

  it("sums exports and imports per source and year only, and needs both", () => {
    const rows = [
      row({ flow: "export", sourceId: "s-a", valueUsdMillions: 60 }),
      row({ flow: "import", sourceId: "s-a", valueUsdMillions: 40 }),
      row({ flow: "export", sourceId: "s-b", valueUsdMillions: 70 }), // no imports from s-b: no total from it
      row({ flow: "export", sourceId: "s-a", year: 2021, valueUsdMillions: 1 }),
      row({ flow: "import", sourceId: "s-a", year: 2021, valueUsdMillions: 2, approximate: true }),
    ];
    expect(pick(rows)).toEqual([
      { year: 2020, value: 100, sourceId: "s-a", producer: "gacc", derived: true, approximate: false },
      { year: 2021, value: 3, sourceId: "s-a", producer: "gacc", derived: true, approximate: true },
    ]);
    // The exports series takes the export rows as they are.
    expect(pick(rows, "export").map((p) => [p.year, p.value, p.sourceId])).toEqual([[2020, 60, "s-a"], [2021, 1, "s-a"]]);
    expect(pick(rows, "import").map((p) => [p.year, p.value])).toEqual([[2020, 40], [2021, 2]]);
  });

  it("sums only exports and imports: a reported total of the same source and year is not taken as a part", () => {
    // By hand: 60 + 40 = 100. The reported total (99, approximate) loses to the exact sum of the parts; had it
    // been read as the imports, the sum would be 60 + 99 = 159.
    const rows = [
      row({ flow: "export", sourceId: "s-a", valueUsdMillions: 60 }),
      row({ flow: "import", sourceId: "s-a", valueUsdMillions: 40 }),
      row({ flow: "total", sourceId: "s-a", valueUsdMillions: 99, approximate: true }),
    ];
    expect(pick(rows)).toEqual([{ year: 2020, value: 100, sourceId: "s-a", producer: "gacc", derived: true, approximate: false }]);
  });

  it("takes precision of a summed total from the less precise part", () => {
    const x = row({ flow: "export", sourceId: "s-parts", valueUsdMillions: 60000, valueAsPublished: "60", unitAsPublished: "USD bn" });
    const m = row({ flow: "import", sourceId: "s-parts", valueUsdMillions: 40123, valueAsPublished: "40.123", unitAsPublished: "USD bn" });
    const stated = row({ sourceId: "s-four", valueUsdMillions: 100100, valueAsPublished: "100.1", unitAsPublished: "USD bn" });
    // The parts' total has the precision of "60" (two digits), so the four-digit stated figure wins.
    expect(pick([x, m, stated])[0]!.sourceId).toBe("s-four");
  });

  it("ranks producers per reporter and puts unknown producers last", () => {
    const dots = row({ producer: "imf-dots", sourceId: "s-z" });
    const gacc = row({ producer: "gacc", sourceId: "s-a" });
    expect(pick([gacc, dots])[0]!.producer).toBe("imf-dots");
    const sel = createTradeSelectors([row({ reporter: "RUS", partner: "CHN", producer: "gacc", sourceId: "s-a" }), row({ reporter: "RUS", partner: "CHN", producer: "fcs", sourceId: "s-z" })]);
    expect(sel.tradeSeries({ reporter: "RUS", partner: "CHN", flow: "total" })[0]!.producer).toBe("fcs");
  });

  it("filters by producer or by source id when asked", () => {
    const rows = [row({ producer: "imf-dots", sourceId: "s-dots" }), row({ producer: "gacc", sourceId: "s-gacc", valueUsdMillions: 7 })];
    const sel = createTradeSelectors(rows);
    expect(sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total", source: "gacc" })[0]!.value).toBe(7);
    expect(sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total", source: "s-gacc" })[0]!.value).toBe(7);
    expect(() => sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total", source: "fcs" })).toThrow(/^no figures from "fcs" for CHN→RUS \(producers: gacc, imf-dots; or a sourceId of those rows\) in series CHN→RUS total \(fcs\);/);
  });

  it("says which partners and flows exist when there is nothing to give", () => {
    const sel = createTradeSelectors([row({ partner: "WLD" }), row({ partner: "RUS", flow: "export" })]);
    expect(() => sel.tradeSeries({ reporter: "CHN", partner: "DEU", flow: "total" })).toThrow(/^no trade of CHN with "DEU" \(partners: RUS, WLD\) in series CHN→DEU total \(default series\);/);
    expect(() => sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "import" })).toThrow(/^no import figures \(flows with data: export\) in series CHN→RUS import \(default series\);/);
    expect(() => sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "both" as never })).toThrow(/^no flow "both" \(flows: export, import, total\) in series CHN→RUS both \(default series\);/);
    expect(() => sel.tradeSeries({ reporter: "RUS", partner: "CHN", flow: "total" })).toThrow(/no trade of RUS with "CHN" \(partners: \)/);
    let error: unknown;
    try {
      sel.tradeSeries({ reporter: "CHN", partner: "DEU", flow: "total" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataNotAvailableError);
    expect((error as DataNotAvailableError).series).toBe("CHN→DEU total (default series)");
  });

  it("caches per query: the same query gets the same frozen array, another source another one", () => {
    const sel = createTradeSelectors([row({ producer: "imf-dots", sourceId: "s-dots" }), row({ producer: "gacc", sourceId: "s-gacc" })]);
    const a = sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" });
    expect(sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" })).toBe(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a[0])).toBe(true);
    expect(sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total", source: "gacc" })[0]!.sourceId).toBe("s-gacc");
    expect(a[0]!.sourceId).toBe("s-dots");
  });
});

describe("shares, asymmetry and growth over hand-built rows", () => {
  // China: 10 with Russia of 200 in all (5%); Russia: 30 with China of 100 (30%); 2021: Russia's bilateral figure approximate.
  const rows = [
    row({ reporter: "CHN", partner: "RUS", valueUsdMillions: 10, producer: "imf-dots", sourceId: "dots-chn" }),
    row({ reporter: "CHN", partner: "WLD", valueUsdMillions: 200, producer: "imf-dots", sourceId: "dots-chn" }),
    row({ reporter: "RUS", partner: "CHN", valueUsdMillions: 30, producer: "imf-dots", sourceId: "dots-rus" }),
    row({ reporter: "RUS", partner: "WLD", valueUsdMillions: 100, producer: "imf-dots", sourceId: "dots-rus" }),
    row({ year: 2021, reporter: "CHN", partner: "RUS", valueUsdMillions: 20, producer: "gacc", sourceId: "gacc-21" }),
    row({ year: 2021, reporter: "CHN", partner: "WLD", valueUsdMillions: 400, producer: "gacc", sourceId: "gacc-21" }),
    row({ year: 2021, reporter: "RUS", partner: "CHN", valueUsdMillions: 40, producer: "fcs", sourceId: "fcs-21", approximate: true }),
    row({ year: 2021, reporter: "RUS", partner: "WLD", valueUsdMillions: 100, producer: "fcs", sourceId: "fcs-total-21" }),
  ];
  const sel = createTradeSelectors(rows);

  it("tradeShare: bilateral over total, with producers, sources and approximation", () => {
    expect(sel.tradeShare({ reporter: "CHN", partner: "RUS", year: 2020 })).toEqual({
      share: 0.05, bilateral: 10, total: 200, basis: "reported", producers: ["imf-dots", "imf-dots"], approximate: false, sourceIds: ["dots-chn"],
    });
    expect(sel.tradeShare({ reporter: "RUS", partner: "CHN", year: 2021 })).toEqual({
      share: 0.4, bilateral: 40, total: 100, basis: "reported", producers: ["fcs", "fcs"], approximate: true, sourceIds: ["fcs-21", "fcs-total-21"],
    });
    // Mirror: China's figure of its trade with Russia over Russia's total: 20 / 100.
    expect(sel.tradeShare({ reporter: "RUS", partner: "CHN", year: 2021, basis: "mirror" })).toMatchObject({ share: 0.2, bilateral: 20, total: 100, basis: "mirror", producers: ["gacc", "fcs"], approximate: false });
  });

  it("tradeShare: names the years that have both values when one is missing", () => {
    const partial = createTradeSelectors([...rows, row({ year: 2019, reporter: "CHN", partner: "RUS", valueUsdMillions: 1, producer: "imf-dots", sourceId: "dots-chn" })]);
    expect(() => partial.tradeShare({ reporter: "CHN", partner: "RUS", year: 2019 })).toThrow(/^tradeShare: no world total for 2019 in series CHN→RUS share of CHN's total trade;/);
    expect(() => partial.tradeShare({ reporter: "CHN", partner: "RUS", year: 2022 })).toThrow(/tradeShare: no bilateral total for 2022/);
    expect(() => partial.tradeShare({ reporter: "CHN", partner: "RUS", year: 2022 })).toThrow(
      expect.objectContaining({ name: "DataNotAvailableError", availableYears: [2020, 2021], message: expect.stringMatching(/^tradeShare: no bilateral total for 2022 .*available years: 2020–2021$/) }),
    );
    expect(() => partial.tradeShare({ reporter: "CHN", partner: "RUS", year: 2022 })).toThrow(DataNotAvailableError);
    expect(() => sel.tradeShare({ reporter: "RUS", partner: "CHN", year: 2019, basis: "mirror" })).toThrow(/in series CHN-reported CHN→RUS total over RUS's total trade \(mirror\);/);
  });

  it("dependencyAsymmetry: a's share over b's, approximate where any value is", () => {
    const r2020 = sel.dependencyAsymmetry({ a: "RUS", b: "CHN", year: 2020 });
    // 30/100 over 10/200: 0.3 / 0.05 = 6.
    expect(r2020).toMatchObject({ aShare: 0.3, bShare: 0.05, year: 2020, basis: "reported", approximate: false });
    expect(r2020.ratio).toBeCloseTo(6, 12);
    expect(r2020.producers).toEqual(["imf-dots"]);
    expect(r2020.sourceIds).toEqual(["dots-rus", "dots-chn"]);
    const r2021 = sel.dependencyAsymmetry({ a: "RUS", b: "CHN", year: 2021 });
    // 40/100 over 20/400: 0.4 / 0.05 = 8.
    expect(r2021.approximate).toBe(true);
    expect(r2021.ratio).toBeCloseTo(8, 12);
    expect(r2021.producers).toEqual(["fcs", "gacc"]);
    expect(r2021.sourceIds).toEqual(["fcs-21", "fcs-total-21", "gacc-21"]);
    expect(sel.dependencyAsymmetry({ a: "CHN", b: "RUS", year: 2021 }).approximate).toBe(true);
  });

  it("tradeGrowth: fold, percent and CAGR between two years, with mixed producers and approximation", () => {
    const g = sel.tradeGrowth({ reporter: "RUS", partner: "CHN", flow: "total", from: 2020, to: 2021 });
    // 30 → 40: 4/3-fold, +33.3%, one year.
    expect(g).toMatchObject({ fold: 40 / 30, years: 1, fromValue: 30, toValue: 40, producers: ["imf-dots", "fcs"], mixedProducers: true, approximate: true });
    expect(g.sourceIds).toEqual(["dots-rus", "fcs-21"]);
    expect(sel.tradeGrowth({ reporter: "CHN", partner: "RUS", flow: "total", from: 2020, to: 2021 }).approximate).toBe(false);
    expect(() => sel.tradeGrowth({ reporter: "CHN", partner: "RUS", flow: "total", from: 2021, to: 2021 })).toThrow(/^tradeGrowth: to \(2021\) must be after from \(2021\)$/);
    expect(() => sel.tradeGrowth({ reporter: "CHN", partner: "RUS", flow: "total", from: 2021, to: 2020 })).toThrow(/^tradeGrowth: to \(2020\) must be after from \(2021\)$/);
  });

  it("tradeGrowth: one frozen result per query, each query checked first, its errors naming tradeGrowth", () => {
    const q = { reporter: "RUS", partner: "CHN", flow: "total", from: 2020, to: 2021 } as const;
    const g = sel.tradeGrowth(q);
    expect(sel.tradeGrowth({ ...q })).toBe(g);
    expect(Object.isFrozen(g) && Object.isFrozen(g.producers) && Object.isFrozen(g.sourceIds)).toBe(true);
    // Another source is another query: IMF DOTS has 2020 only (the default series took 2021 from the FCS).
    expect(() => sel.tradeGrowth({ ...q, source: "imf-dots" })).toThrow(/tradeGrowth: no value for 2021 in series RUS→CHN total \(imf-dots\)/);
    expect(() => sel.tradeGrowth({ ...q, partner: 5 as never })).toThrow(/^tradeGrowth: partner must be a country code string, got 5$/);
    expect(() => sel.tradeGrowth({ ...q, source: "" as never })).toThrow(/^tradeGrowth: source must be a producer or a source id, got ""$/);
    expect(() => sel.tradeGrowth({ ...q, from: 2020.5 })).toThrow(/^tradeGrowth: from must be an integer year/);
  });
});

describe("every malformed argument is named", () => {
  const sel = createTradeSelectors([row({})]);
  it("queries", () => {
    for (const bad of [null, undefined, 5, "q", []]) {
      expect(() => sel.tradeSeries(bad as never)).toThrow(/^tradeSeries: the query must be an object, got /);
      expect(() => sel.tradeShare(bad as never)).toThrow(/^tradeShare: the query must be an object, got /);
      expect(() => sel.dependencyAsymmetry(bad as never)).toThrow(/^dependencyAsymmetry: the query must be an object, got /);
      expect(() => sel.tradeGrowth(bad as never)).toThrow(/^tradeGrowth: the query must be an object, got /);
    }
  });
  it("fields", () => {
    expect(() => sel.tradeSeries({ reporter: "DEU" as never, partner: "RUS", flow: "total" })).toThrow(/^no trade data are reported by "DEU".* in series tradeSeries reporter;/);
    expect(() => sel.tradeSeries({ reporter: "CHN", partner: 5 as never, flow: "total" })).toThrow(/^tradeSeries: partner must be a country code string, got 5$/);
    expect(() => sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: 5 as never })).toThrow(/^tradeSeries: flow must be "export", "import" or "total", got 5$/);
    expect(() => sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total", source: 5 as never })).toThrow(/^tradeSeries: source must be a string, got 5$/);
    expect(() => sel.tradeShare({ reporter: "CHN", partner: 5 as never, year: 2020 })).toThrow(/^tradeShare: partner must be a country code string, got 5$/);
    expect(() => sel.tradeShare({ reporter: "CHN", partner: "WLD", year: 2020 })).toThrow(/^tradeShare: partner must be a country, not WLD/);
    expect(() => sel.tradeShare({ reporter: "CHN", partner: "RUS", year: "2020" as never })).toThrow(/^tradeShare: year must be a number \(a year\), got "2020"$/);
    expect(() => sel.tradeShare({ reporter: 7 as never, partner: "RUS", year: 2020 })).toThrow(/^tradeShare: reporter must be a country code string/);
    expect(() => sel.tradeShare({ reporter: "CHN", partner: "DEU", year: 2020, basis: "mirror" })).toThrow(/^no trade data are reported by "DEU".* in series tradeShare partner;/);
    expect(() => sel.tradeShare({ reporter: "CHN", partner: "RUS", year: 2020, basis: "both" as never })).toThrow(/^tradeShare: basis must be "reported" or "mirror", got "both"$/);
    expect(() => sel.dependencyAsymmetry({ a: 1 as never, b: "CHN", year: 2020 })).toThrow(/^dependencyAsymmetry: a must be/);
    expect(() => sel.dependencyAsymmetry({ a: "RUS", b: 1 as never, year: 2020 })).toThrow(/^dependencyAsymmetry: b must be/);
    expect(() => sel.dependencyAsymmetry({ a: "RUS", b: "CHN", year: null as never })).toThrow(/^dependencyAsymmetry: year must be/);
    expect(() => sel.tradeGrowth({ reporter: "CHN", partner: "RUS", flow: "total", from: "x" as never, to: 2020 })).toThrow(/^tradeGrowth: from must be/);
    expect(() => sel.tradeGrowth({ reporter: "CHN", partner: "RUS", flow: "total", from: 2019, to: "x" as never })).toThrow(/^tradeGrowth: to must be/);
  });
  it("rows given to createTradeSelectors", () => {
    expect(() => createTradeSelectors("rows" as never)).toThrow(/^createTradeSelectors: rows must be an array of trade rows, got "rows"$/);
    expect(() => createTradeSelectors([null] as never)).toThrow(/^createTradeSelectors: rows\[0\] must be a trade row, got null$/);
    expect(() => createTradeSelectors([5] as never)).toThrow(/^createTradeSelectors: rows\[0\] must be a trade row, got 5$/);
    expect(() => createTradeSelectors([row({ year: 2020.5 })])).toThrow(/^createTradeSelectors: rows\[0\]\.year must be an integer year, got 2020\.5$/);
    expect(() => createTradeSelectors([row({ year: "2020" as never })])).toThrow(/^createTradeSelectors: rows\[0\]\.year must be an integer year/);
    expect(() => createTradeSelectors([row({}), row({ valueUsdMillions: -1 })])).toThrow(/^createTradeSelectors: rows\[1\]\.valueUsdMillions must be/);
    expect(() => createTradeSelectors([row({ valueUsdMillions: Number.NaN })])).toThrow(/rows\[0\]\.valueUsdMillions must be/);
    expect(() => createTradeSelectors([row({ valueUsdMillions: "1" as never })])).toThrow(/rows\[0\]\.valueUsdMillions must be/);
    // 0 is a value (no trade), not an error.
    expect(createTradeSelectors([row({ valueUsdMillions: 0 })]).tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" })[0]!.value).toBe(0);
    expect(() => createTradeSelectors([row({ partner: "" })])).toThrow(/^createTradeSelectors: rows\[0\]\.partner must be a non-empty string/);
    expect(() => createTradeSelectors([row({ sourceId: 5 as never })])).toThrow(/^createTradeSelectors: rows\[0\]\.sourceId must be a non-empty string/);
    expect(() => createTradeSelectors([row({ approximate: "no" as never })])).toThrow(/^createTradeSelectors: rows\[0\]\.approximate must be a boolean/);
    expect(createTradeSelectors([]).tradeSeries).toBeTypeOf("function");
  });
});

describe("the ranking and approximation rules, one case per rule (each failed a mutation run before)", () => {
  it("counts digits as published: 0.0504 has three, 5041 four, so 5041 wins even where the source id would pick 0.0504", () => {
    // Three digits (5, 0, 4: the decimal point and the leading zeros are no digits) against four (5, 0, 4, 1).
    const three = row({ sourceId: "s-a-three", valueUsdMillions: 50.4, valueAsPublished: "0.0504", unitAsPublished: "USD bn" });
    const four = row({ sourceId: "s-b-four", valueUsdMillions: 5041, valueAsPublished: "5041", unitAsPublished: "USD millions" });
    expect(pick([three, four])[0]!.sourceId).toBe("s-b-four");
    expect(pick([four, three])[0]!.sourceId).toBe("s-b-four");
    // Inner zeros count: 1005 has four digits, 0.115 three.
    const inner = row({ sourceId: "s-b-inner", valueUsdMillions: 1005, valueAsPublished: "1005", unitAsPublished: "USD millions" });
    const lead = row({ sourceId: "s-a-lead", valueUsdMillions: 115, valueAsPublished: "0.115", unitAsPublished: "USD bn" });
    expect(pick([lead, inner])[0]!.sourceId).toBe("s-b-inner");
  });

  it("between two totals of one producer, equally precise and exact, the stated one wins over the summed one", () => {
    // The summed total's source id sorts first, so only the derived rule can choose the stated total.
    const x = row({ flow: "export", sourceId: "s-a-parts", valueUsdMillions: 60 });
    const m = row({ flow: "import", sourceId: "s-a-parts", valueUsdMillions: 40 });
    const stated = row({ sourceId: "s-z-stated", valueUsdMillions: 101 });
    expect(pick([x, m, stated])[0]).toEqual({ year: 2020, value: 101, sourceId: "s-z-stated", producer: "gacc", approximate: false });
    // Two summed totals: the tie goes to the source id, and the point says derived.
    const x2 = row({ flow: "export", sourceId: "s-b-parts", valueUsdMillions: 1 });
    const m2 = row({ flow: "import", sourceId: "s-b-parts", valueUsdMillions: 2 });
    expect(pick([x2, m2, x, m])[0]).toEqual({ year: 2020, value: 100, sourceId: "s-a-parts", producer: "gacc", derived: true, approximate: false });
  });

  it("a share is approximate where only the world total is", () => {
    const sel = createTradeSelectors([row({ valueUsdMillions: 10 }), row({ partner: "WLD", valueUsdMillions: 200, sourceId: "s-w", approximate: true })]);
    expect(sel.tradeShare({ reporter: "CHN", partner: "RUS", year: 2020 })).toMatchObject({ share: 0.05, approximate: true, sourceIds: ["s-a", "s-w"] });
  });

  it("growth is approximate where only the from point is, and where only the to point is", () => {
    const sel = createTradeSelectors([row({ year: 2020, valueUsdMillions: 10, approximate: true }), row({ year: 2021, valueUsdMillions: 20 })]);
    expect(sel.tradeGrowth({ reporter: "CHN", partner: "RUS", flow: "total", from: 2020, to: 2021 })).toMatchObject({ fold: 2, approximate: true });
    const sel2 = createTradeSelectors([row({ year: 2020, valueUsdMillions: 10 }), row({ year: 2021, valueUsdMillions: 20, approximate: true })]);
    expect(sel2.tradeGrowth({ reporter: "CHN", partner: "RUS", flow: "total", from: 2020, to: 2021 })).toMatchObject({ fold: 2, approximate: true });
    const exact = createTradeSelectors([row({ year: 2020, valueUsdMillions: 10 }), row({ year: 2021, valueUsdMillions: 20 })]);
    expect(exact.tradeGrowth({ reporter: "CHN", partner: "RUS", flow: "total", from: 2020, to: 2021 }).approximate).toBe(false);
  });

  it("caches and memoises per whole query: each field of the key tells two queries apart", () => {
    const sel = createTradeSelectors([
      row({ year: 2020, valueUsdMillions: 10 }), row({ year: 2021, valueUsdMillions: 20 }), row({ year: 2022, valueUsdMillions: 40 }),
      row({ year: 2020, flow: "export", valueUsdMillions: 4, sourceId: "s-b" }), row({ year: 2021, flow: "export", valueUsdMillions: 12, sourceId: "s-b" }),
      row({ year: 2020, partner: "WLD", valueUsdMillions: 100, sourceId: "s-w" }), row({ year: 2021, partner: "WLD", valueUsdMillions: 100, sourceId: "s-w" }),
      row({ year: 2020, reporter: "RUS", partner: "CHN", valueUsdMillions: 20, producer: "fcs", sourceId: "s-r" }),
      row({ year: 2020, reporter: "RUS", partner: "WLD", valueUsdMillions: 50, producer: "fcs", sourceId: "s-r" }),
      row({ year: 2021, reporter: "RUS", partner: "CHN", valueUsdMillions: 10, producer: "fcs", sourceId: "s-r" }),
      row({ year: 2021, reporter: "RUS", partner: "WLD", valueUsdMillions: 25, producer: "fcs", sourceId: "s-r" }),
    ]);
    const g = (over: object) => sel.tradeGrowth({ reporter: "CHN", partner: "RUS", flow: "total", from: 2020, to: 2021, ...over }).fold;
    // One after the other, each differing in one field from the first: 20/10, 40/10, 40/20, 12/4 (exports), and by source.
    expect([g({}), g({ to: 2022 }), g({ from: 2021, to: 2022 }), g({ flow: "export" }), g({ source: "s-b", flow: "export" }), g({})]).toEqual([2, 4, 2, 3, 3, 2]);
    expect(() => g({ source: "s-b" })).toThrow(/no total figures/);
    expect(g({ partner: "WLD" })).toBe(1);
    const s = (over: object) => sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total", ...over }).map((p) => p.value);
    expect([s({}), s({ flow: "export" }), s({ partner: "WLD" }), s({ source: "s-b", flow: "export" })]).toEqual([[10, 20, 40], [4, 12], [100, 100], [4, 12]]);
    const d = (over: object) => sel.dependencyAsymmetry({ a: "RUS", b: "CHN", year: 2020, ...over }).ratio;
    // 2020: (20/50) / (10/100) = 4; 2021: (10/25) / (20/100) = 2; a and b swapped: 0.1 / 0.4 = 0.25; mirror
    // 2020: China's figure 10 over Russia's total 50, Russia's figure 20 over China's total 100: 0.2 / 0.2 = 1.
    expect([d({}), d({ year: 2021 }), d({ a: "CHN", b: "RUS" }), d({ basis: "mirror" }), d({})]).toEqual([4, 2, 0.25, 1, 4]);
  });
});

describe("createTradeSelectors checks every field of every row when it is called", () => {
  const bad = (over: Record<string, unknown>) => () => createTradeSelectors([row({}), row({ sourceId: "s-b", ...over } as Partial<TradeRowInput>)]);
  it("names the row and the field, for each field", () => {
    expect(bad({ flow: "both" })).toThrow(new TypeError('createTradeSelectors: rows[1].flow must be "export", "import" or "total", got "both"'));
    expect(bad({ flow: 5 })).toThrow(new TypeError('createTradeSelectors: rows[1].flow must be "export", "import" or "total", got 5'));
    expect(bad({ producer: "" })).toThrow(new TypeError('createTradeSelectors: rows[1].producer must be a non-empty string, got ""'));
    expect(bad({ note: "" })).toThrow(new TypeError('createTradeSelectors: rows[1].note must be a non-empty string, got ""'));
    expect(bad({ year: "2020" })).toThrow(new TypeError('createTradeSelectors: rows[1].year must be an integer year, got "2020"'));
    expect(bad({ valueUsdMillions: "5" })).toThrow(new RangeError('createTradeSelectors: rows[1].valueUsdMillions must be a finite number ≥ 0, got "5"'));
    expect(bad({ producerInferred: "yes" })).toThrow(new TypeError('createTradeSelectors: rows[1].producerInferred must be a boolean, got "yes"'));
    for (const ok of [{ bound: "lower" }, { bound: "upper" }, { producerInferred: true }, { producerInferred: false }, { note: "n", cell: "c", excerpt: "e" }]) expect(bad(ok)).not.toThrow();
    const rows = new Proxy([row({})], {
      getOwnPropertyDescriptor: (t, k) => {
        if (k === "0") throw new Error("boom");
        return Reflect.getOwnPropertyDescriptor(t, k);
      },
    });
    expect(() => createTradeSelectors(rows)).toThrow(new TypeError("createTradeSelectors: rows[0] could not be read (boom)"));
  });

  it("folds a year of -0 into 0", () => {
    expect(Object.is(pick([row({ year: -0 })])[0]!.year, 0)).toBe(true);
    // and so does the check every query's year passes through (its -0 would otherwise reach results that echo it)
    expect(Object.is(checkYear("tradeShare", "year", -0), 0)).toBe(true);
  });
});

describe("errors and identities the rules above do not reach", () => {
  it("a summed total that overflows a double is a RangeError naming the year and source", () => {
    expect(() => pick([row({ flow: "export", valueUsdMillions: 1e308 }), row({ flow: "import", valueUsdMillions: 1e308 })])).toThrow(
      new RangeError("tradeSeries: exports + imports of 2020 (s-a) overflow a double"),
    );
  });

  it("lists the flows with data in order, and ranks a producer the table does not know last", () => {
    expect(() => pick([row({ flow: "import", sourceId: "s-b" }), row({ flow: "export", sourceId: "s-a" })])).toThrow(/^no total figures \(flows with data: export, import\)/);
    const unknown = row({ producer: "aaa-unknown" as "gacc", sourceId: "s-a" });
    const known = row({ producer: "other", sourceId: "s-z" });
    expect(pick([unknown, known])[0]!.sourceId).toBe("s-z");
    expect(pick([known, unknown])[0]!.sourceId).toBe("s-z");
  });

  it("tradeShare on the reported basis leaves a partner the data lacks to the series lookup; share and asymmetry results are memoised", () => {
    const sel = createTradeSelectors([row({}), row({ partner: "WLD", sourceId: "s-w" }), row({ reporter: "RUS", partner: "CHN", producer: "fcs" }), row({ reporter: "RUS", partner: "WLD", producer: "fcs", sourceId: "s-w" })]);
    expect(() => sel.tradeShare({ reporter: "CHN", partner: "DEU", year: 2020 })).toThrow(/^no trade of CHN with "DEU" \(partners: RUS, WLD\)/);
    const share = sel.tradeShare({ reporter: "CHN", partner: "RUS", year: 2020 });
    expect(sel.tradeShare({ reporter: "CHN", partner: "RUS", year: 2020 })).toBe(share);
    expect(sel.tradeShare({ reporter: "CHN", partner: "RUS", year: 2020, basis: "reported" })).toBe(share);
    // By hand: 100 / 100 on the reported basis; the mirror basis reads RUS→CHN over CHN→WLD, another object.
    expect(sel.tradeShare({ reporter: "CHN", partner: "RUS", year: 2020, basis: "mirror" })).not.toBe(share);
    expect(share.share).toBe(1);
    const a = sel.dependencyAsymmetry({ a: "RUS", b: "CHN", year: 2020 });
    expect(sel.dependencyAsymmetry({ a: "RUS", b: "CHN", year: 2020 })).toBe(a);
    expect(sel.dependencyAsymmetry({ a: "RUS", b: "CHN", year: 2020, basis: "reported" })).toBe(a);
  });
});

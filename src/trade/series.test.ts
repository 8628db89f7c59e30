import { describe, expect, it } from "vitest";
import { DataNotAvailableError } from "../core/errors.js";
import { dependencyAsymmetry, tradeGrowth, tradeSeries, tradeShare } from "./series.js";

// Expected figures are the DOTS cells (test/fixtures/dots-china-russia-extract.csv) and the press figures
// quoted in the research notes (TRADE-NOTES "Check of the 2021 Carnegie Moscow Center statements").
describe("tradeSeries", () => {
  it("China-reported China–Russia trade in 2001 is DOTS exports 2714.579 + imports 7958.944 = 10673.523 (the article's $10.7bn)", () => {
    const p = tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" }).find((s) => s.year === 2001)!;
    expect(p.value).toBeCloseTo(2714.579 + 7958.944, 6);
    expect(p).toMatchObject({ sourceId: "imf-dots-chn", producer: "imf-dots", derived: true });
    expect(Math.round(p.value / 100) / 10).toBe(10.7);
  });

  it("the default China series switches from DOTS (to 2020) to Chinese customs (2021–2025)", () => {
    const s = tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" });
    expect(s[0]!.year).toBe(1992);
    expect(s.at(-1)!.year).toBe(2025);
    expect(s.filter((p) => p.year <= 2020).every((p) => p.producer === "imf-dots")).toBe(true);
    expect(s.filter((p) => p.year >= 2021).every((p) => p.producer === "gacc")).toBe(true);
    // "The final GACC 2021 figure is $146.887 bn"; 2025: "$228.105 billion"
    expect(s.find((p) => p.year === 2021)!.value).toBe(146887);
    expect(s.find((p) => p.year === 2025)!.value).toBe(228105);
    // Years are consecutive and sorted: no gap between the two sources.
    s.forEach((p, i) => i > 0 && expect(p.year).toBe(s[i - 1]!.year + 1));
  });

  it("prefers the most precise of several press figures for a year (2022: 190.271 over 190.27 and 190)", () => {
    expect(tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" }).find((p) => p.year === 2022)!.value).toBe(190271);
  });

  it("the Russian series never takes Chinese figures: Russia-reported 2001 is 5.63bn against China's 10.67bn", () => {
    const p = tradeSeries({ reporter: "RUS", partner: "CHN", flow: "total" }).find((s) => s.year === 2001)!;
    expect(p.sourceId).toBe("imf-dots-rus");
    expect(Math.round(p.value / 10) / 100).toBe(5.63);
  });

  it("source selects one producer or one source id", () => {
    const gacc = tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total", source: "gacc" });
    expect(gacc.every((p) => p.producer === "gacc")).toBe(true);
    expect(gacc.find((p) => p.year === 2019)!.value).toBe(110750);
    const one = tradeSeries({ reporter: "CHN", partner: "RUS", flow: "export", source: "press-tass-10" });
    expect(one).toEqual([{ year: 2024, value: 115490, sourceId: "press-tass-10", producer: "gacc", approximate: false }]);
  });

  it("returns deep-frozen points", () => {
    const s = tradeSeries({ reporter: "CHN", partner: "WLD", flow: "export" });
    expect(Object.isFrozen(s)).toBe(true);
    expect(Object.isFrozen(s[0])).toBe(true);
    expect(() => {
      (s as unknown as { value: number }[])[0]!.value = 1;
    }).toThrow(TypeError);
  });

  it("throws DataNotAvailableError for an unknown reporter, partner, flow or source, listing what exists", () => {
    expect(() => tradeSeries({ reporter: "USA" as never, partner: "RUS", flow: "total" })).toThrow(DataNotAvailableError);
    expect(() => tradeSeries({ reporter: "CHN", partner: "DEU", flow: "total" })).toThrow(/partners: RUS, WLD/);
    expect(() => tradeSeries({ reporter: "CHN", partner: "RUS", flow: "balance" as never })).toThrow(/flows: export, import, total/);
    expect(() => tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total", source: "nope" })).toThrow(/producers: gacc, imf-dots/);
    expect(() => tradeSeries({ reporter: "RUS", partner: "WLD", flow: "export", source: "gacc" })).toThrow(DataNotAvailableError);
  });

  it("throws TypeError for a malformed query", () => {
    expect(() => tradeSeries(null as never)).toThrow(TypeError);
    expect(() => tradeSeries({ reporter: 1, partner: "RUS", flow: "total" } as never)).toThrow(/reporter must be/);
    expect(() => tradeSeries({ reporter: "CHN", partner: undefined, flow: "total" } as never)).toThrow(/partner must be/);
  });
});

describe("tradeShare", () => {
  it("China's share of Russia's trade in 2013 is (35.6 + 53.2) / (527.3 + 315.0) = 10.54% (Russia-reported DOTS)", () => {
    const r = tradeShare({ reporter: "RUS", partner: "CHN", year: 2013 });
    expect(Math.round(r.share * 10000) / 100).toBe(10.54);
    expect(r.sourceIds).toEqual(["imf-dots-rus"]);
  });

  it("Russia's share of China's trade in 2021 is 146.887 / 6,050 = 2.43% (GACC)", () => {
    const r = tradeShare({ reporter: "CHN", partner: "RUS", year: 2021 });
    expect(r.bilateral).toBe(146887);
    expect(r.total).toBe(6050000);
    expect(r.share).toBeCloseTo(146.887 / 6050, 12);
    expect(Math.round(r.share * 10000) / 100).toBe(2.43);
  });

  it("China's share of Russia's trade in 2020 is 18.35% from Russia's DOTS figures", () => {
    expect(Math.round(tradeShare({ reporter: "RUS", partner: "CHN", year: 2020 }).share * 10000) / 100).toBe(18.35);
  });

  it("names the series and the years that exist when a year is missing (Russia has no world total for 2021)", () => {
    expect(() => tradeShare({ reporter: "RUS", partner: "CHN", year: 2021 })).toThrow(DataNotAvailableError);
    // Both values exist for 1992–2020 (IMF DOTS) and 2023 (Russian customs' total and an official's bilateral figure).
    const years = [...Array.from({ length: 2020 - 1992 + 1 }, (_, i) => 1992 + i), 2023];
    expect(() => tradeShare({ reporter: "RUS", partner: "CHN", year: 2021 })).toThrow(
      expect.objectContaining({ availableYears: years, message: expect.stringMatching(/no world total for 2021 .*available years: 1992–2020, 2023$/) }),
    );
  });

  it("rejects WLD as partner and fractional years", () => {
    expect(() => tradeShare({ reporter: "CHN", partner: "WLD", year: 2020 })).toThrow(RangeError);
    expect(() => tradeShare({ reporter: "CHN", partner: "RUS", year: 2020.5 })).toThrow(/year must be an integer/);
  });
});

describe("dependencyAsymmetry", () => {
  it("Russia needs China more than China needs Russia: 2020 shares 18.35% vs China's own figure, ratio = aShare / bShare", () => {
    const r = dependencyAsymmetry({ a: "RUS", b: "CHN", year: 2020 });
    const ru = tradeShare({ reporter: "RUS", partner: "CHN", year: 2020 }).share;
    const cn = tradeShare({ reporter: "CHN", partner: "RUS", year: 2020 }).share;
    expect(r.aShare).toBe(ru);
    expect(r.bShare).toBe(cn);
    expect(r.ratio).toBeCloseTo(ru / cn, 12);
    expect(r.ratio).toBeGreaterThan(5);
    expect(r.sourceIds).toEqual(["imf-dots-rus", "imf-dots-chn"]);
  });

  it("throws when one side has no figures for the year, and for the same country twice", () => {
    expect(() => dependencyAsymmetry({ a: "RUS", b: "CHN", year: 2021 })).toThrow(DataNotAvailableError);
    expect(() => dependencyAsymmetry({ a: "RUS", b: "RUS", year: 2020 })).toThrow(/different countries/);
  });
});

describe("tradeGrowth", () => {
  it("2001 → 2021 China-reported trade grew 146887 / 10673.523 = 13.8-fold (the article's 'fourteenfold')", () => {
    const g = tradeGrowth({ reporter: "CHN", partner: "RUS", flow: "total", from: 2001, to: 2021 });
    expect(g.fold).toBeCloseTo(146887 / (2714.579 + 7958.944), 12);
    expect(Math.round(g.fold * 10) / 10).toBe(13.8);
    expect(g.years).toBe(20);
    expect(g.cagr).toBeCloseTo((146887 / (2714.579 + 7958.944)) ** (1 / 20) - 1, 12);
    expect(g.percent).toBeCloseTo((146887 / (2714.579 + 7958.944) - 1) * 100, 9);
    expect(g.sourceIds).toEqual(["imf-dots-chn", "press-afternoonvoice-1"]);
    // 2001 is an IMF DOTS figure, 2021 a Chinese customs one: the result says so.
    expect(g.producers).toEqual(["imf-dots", "gacc"]);
    expect(g.mixedProducers).toBe(true);
    expect(tradeGrowth({ reporter: "CHN", partner: "RUS", flow: "total", from: 2001, to: 2020 }).mixedProducers).toBe(false);
  });

  it("throws for reversed years and for a year outside the series", () => {
    expect(() => tradeGrowth({ reporter: "CHN", partner: "RUS", flow: "total", from: 2021, to: 2001 })).toThrow(RangeError);
    expect(() => tradeGrowth({ reporter: "CHN", partner: "RUS", flow: "total", from: 1980, to: 2001 })).toThrow(/no value for 1980.*available years: 1992–2025/);
  });
});

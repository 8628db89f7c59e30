// After 2020: Russia's own totals, mirror shares and energy flows to 2025. Expected figures come from the
// excerpts the rows were read from, computed by hand here.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  claims, DataNotAvailableError, dependencyAsymmetry, energyFlows, reportedShares, trade, tradeSeries, tradeShare,
} from "../src/index.js";

describe("Russia's own totals after 2020", () => {
  it("2022 and 2023 exports and imports as Russian customs stated them, and the 2023 total", () => {
    const row = (year: number, flow: string) => trade.find((r) => r.reporter === "RUS" && r.partner === "WLD" && r.year === year && r.flow === flow && r.producer === "fcs");
    // Agenzia Nova, 17 February 2024: "Le esportazioni nel 2023 sono state pari a 425,1 miliardi … nel 2022 … 592,5 miliardi.
    // Le importazioni del 2023 ammontavano a 285,1 … nel 2022 … 255,3 miliardi"
    expect([row(2022, "export")?.valueUsdMillions, row(2022, "import")?.valueUsdMillions]).toEqual([592500, 255300]);
    expect([row(2023, "export")?.valueUsdMillions, row(2023, "import")?.valueUsdMillions]).toEqual([425100, 285100]);
    // No published 2023 total of a citable source: the total is exports + imports (below)
    expect(row(2023, "total")).toBeUndefined();
  });

  it("tradeSeries RUS→WLD total reaches 2023: 592.5 + 255.3 = 847.8 bn in 2022 (derived), 425.1 + 285.1 = 710.2 bn in 2023 (derived)", () => {
    const s = tradeSeries({ reporter: "RUS", partner: "WLD", flow: "total" });
    expect(s.at(-1)).toMatchObject({ year: 2023, value: 710200, producer: "fcs", derived: true });
    expect(s.find((p) => p.year === 2022)).toMatchObject({ value: 592500 + 255300, derived: true, producer: "fcs" });
    // No Russian total for 2021 exists: the year is a gap, not a zero.
    expect(s.find((p) => p.year === 2021)).toBeUndefined();
  });

  it("partial-year and forecast figures are not annual values", () => {
    // Jan–Aug 2021 turnover (480), Jan–Sep 2021 (343.8 + 213.5), January 2022 and the >700 forecast for 2024 are not in trade.
    expect(trade.some((r) => r.reporter === "RUS" && r.partner === "WLD" && [2021, 2024, 2025].includes(r.year))).toBe(false);
  });
});

describe("the mirror basis", () => {
  it("China's share of Russia's trade in 2023: GACC's 240.11 bn over Russian customs' 425.1 + 285.1 bn", () => {
    // TASS: "In 2023, it reached a record high of $240.11 billion"; Agenzia Nova: exports 425.1 and imports 285.1 bn.
    const r = tradeShare({ reporter: "RUS", partner: "CHN", year: 2023, basis: "mirror" });
    expect(r.share).toBeCloseTo(240.11 / 710.2, 12);
    expect(r).toMatchObject({ bilateral: 240110, total: 710200, basis: "mirror", producers: ["gacc", "fcs"] });
  });

  it("and in 2022: GACC's 190.271 bn over 592.5 + 255.3 bn", () => {
    const r = tradeShare({ reporter: "RUS", partner: "CHN", year: 2022, basis: "mirror" });
    expect(r.share).toBeCloseTo(190.271 / (592.5 + 255.3), 12);
  });

  it("the reported basis stays the default and says so; a reported 2023 share uses Russia's approximate 230 bn", () => {
    const r = tradeShare({ reporter: "RUS", partner: "CHN", year: 2013 });
    expect(r.basis).toBe("reported");
    expect(r.producers).toEqual(["imf-dots", "imf-dots"]);
    const r23 = tradeShare({ reporter: "RUS", partner: "CHN", year: 2023 });
    expect(r23.share).toBeCloseTo(230 / 710.2, 12);
    expect(r23.approximate).toBe(true);
  });

  it("unknown bases throw, naming the value; a mirror needs a partner that reports", () => {
    expect(() => tradeShare({ reporter: "RUS", partner: "CHN", year: 2023, basis: "partner" as never })).toThrow(TypeError);
    expect(() => tradeShare({ reporter: "RUS", partner: "CHN", year: 2023, basis: "partner" as never })).toThrow(/basis must be "reported" or "mirror", got "partner"/);
    expect(() => tradeShare({ reporter: "RUS", partner: "DEU", year: 2020, basis: "mirror" })).toThrow(DataNotAvailableError);
    expect(() => tradeShare({ reporter: "RUS", partner: "CHN", year: 2021, basis: "mirror" })).toThrow(/no world total for 2021/);
  });

  it("dependencyAsymmetry on the mirror basis names every producer", () => {
    const r = dependencyAsymmetry({ a: "RUS", b: "CHN", year: 2023, basis: "mirror" });
    expect(r.basis).toBe("mirror");
    expect(r.aShare).toBeCloseTo(240.11 / 710.2, 12);
    expect(r.producers).toContain("gacc");
    expect(r.producers).toContain("fcs");
  });

  it("the article's 'set to increase even further': 2020 against the mirror shares of 2022 and 2023", () => {
    const c = claims.find((x) => x.id === "china-share-set-to-increase")!;
    expect(c.computedValue).toBe(Math.round((240.11 / 710.2) * 10000) / 100);
    expect(c.verdict).toBe("supported");
    expect(c.reason).toMatch(/CIF\/FOB/);
  });
});

describe("energy flows to 2025", () => {
  const flow = (re: RegExp, year: number) => energyFlows.filter((f) => re.test(f.flow) && f.year === year).map((f) => f.value).sort();

  it("China's crude imports from Russia, 2017–2024, as Chinese customs gave them", () => {
    // Gulf News (Reuters): "71.49 million tonnes … up 19.7 per cent from 59.7 million tonnes in 2017";
    // UAWire: "in 2019 - 77.7 million tons"; Energy Today (Reuters): "83.57 million tonnes".
    expect(flow(/crude/, 2017)).toEqual([59.7]);
    expect(flow(/crude/, 2018)).toEqual([71.49]);
    expect(flow(/crude/, 2019)).toEqual([77.7]);
    expect(flow(/crude/, 2020)).toEqual([83.57]);
    // 71.49 is 19.7% above 59.7, as the excerpt says: 71.49 / 59.7 = 1.1975
    expect(Math.round((71.49 / 59.7 - 1) * 1000) / 10).toBe(19.7);
  });

  it("Power of Siberia: conflicting 2022 figures are kept side by side; 2025 is Gazprom's preliminary figure", () => {
    expect(flow(/Power of Siberia/, 2022)).toEqual([15.4, 15.5]);
    const y2025 = energyFlows.find((f) => /Power of Siberia/.test(f.flow) && f.year === 2025)!;
    expect(y2025.value).toBe(38.8);
    expect(y2025.note).toMatch(/Preliminary/);
    // Stated on 25 December 2025, before the year ended: an outturn to be confirmed, not "actual".
    expect(y2025.status).toBe("preliminary");
    const y2024 = energyFlows.find((f) => /Power of Siberia/.test(f.flow) && f.year === 2024 && f.status === "actual")!;
    expect(y2024.value).toBe(31);
    expect(y2024.note).toMatch(/^Weak/);
  });

  it("LNG from Russia: approximate only where the wording says so; one unit per series", () => {
    const lng = energyFlows.filter((f) => /^LNG from Russia/.test(f.flow));
    // "nearly two billion cubic meters" (the ambassador); 6.5, "eight" and 8.31 Mt with no qualifier.
    expect(lng.map((f) => [f.flow, f.year, f.value, f.unit, f.approximate])).toEqual([
      ["LNG from Russia to China, as gas (bcm)", 2020, 2, "bcm", true],
      ["LNG from Russia to China", 2022, 6.5, "Mt", false],
      ["LNG from Russia to China", 2023, 8, "Mt", false],
      ["LNG from Russia to China", 2024, 8.31, "Mt", false],
    ]);
  });

  it("every energy flow series has one unit", () => {
    const units = new Map<string, Set<string>>();
    for (const f of energyFlows) units.set(f.flow, (units.get(f.flow) ?? new Set()).add(f.unit));
    expect([...units].filter(([, u]) => u.size > 1).map(([flow]) => flow)).toEqual([]);
  });
});

describe("shares stated since 2022", () => {
  it("Russian customs' 34% for 2024 is period-labelled, not a full year", () => {
    const r = reportedShares.find((x) => x.sourceId === "press-armradio-1")!;
    expect(r).toMatchObject({ country: "RUS", partner: "CHN", period: "2024-01/2024-10", sharePercent: 34 });
    expect(r.note).toMatch(/inferred/);
  });
});

describe("the docs say what the defaults do", () => {
  const dataReadme = readFileSync(new URL("../data/README.md", import.meta.url), "utf8");
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

  it("Russia's default series after 2020 is the officials' 2021 and 2023 statements, and data/README.md says so", () => {
    const after = tradeSeries({ reporter: "RUS", partner: "CHN", flow: "total" }).filter((p) => p.year > 2020);
    // "порядка 140 миллиардов" (2021) and "closer to $230 [bln]" (2023), in USD millions.
    expect(after.map((p) => [p.year, p.value])).toEqual([[2021, 140000], [2023, 230000]]);
    expect(dataReadme).not.toMatch(/Russia's default series ends in 2020/);
    expect(dataReadme).toMatch(/2021 \(140,000/);
    expect(dataReadme).toMatch(/2023 \(230,000/);
  });

  it("the default share is the reported one for 2023, and the README's tour gives both bases' values", () => {
    // 230 / 710.2 = 0.3239 (reported); 240.11 / 710.2 = 0.3381 (mirror).
    expect(tradeShare({ reporter: "RUS", partner: "CHN", year: 2023 }).basis).toBe("reported");
    expect(readme).toContain('tradeShare({ reporter: "RUS", partner: "CHN", year: 2023 }).share;              // 0.324');
    expect(readme).toContain('tradeShare({ reporter: "RUS", partner: "CHN", year: 2023, basis: "mirror" }).share; // 0.338');
    expect(Math.round(tradeShare({ reporter: "RUS", partner: "CHN", year: 2023 }).share * 1000) / 1000).toBe(0.324);
    expect(Math.round(tradeShare({ reporter: "RUS", partner: "CHN", year: 2023, basis: "mirror" }).share * 1000) / 1000).toBe(0.338);
    expect(dataReadme).not.toMatch(/share of Russia's trade after 2020 is a mirror share/);
  });
});

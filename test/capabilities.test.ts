// Capabilities: extraction from the OWID copies, the Soviet/Russian split, the selectors and the asymmetry
// claims. Expected figures are the raw files' cells, written out here with their line numbers.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { CAPABILITY_COLUMNS, extractCapabilities } from "../scripts/producers/capabilities.js";
import { ROOT, toCsv } from "../scripts/lib/files.js";
import { capabilities, capabilitiesMeta, capabilityRatio, capabilitySeries, claims, DataNotAvailableError, sources } from "../src/index.js";
import { validate } from "../src/schemas/index.js";

const read = (p: string) => readFileSync(resolve(ROOT, p), "utf8");
/** The editions of Our World in Data's copies (data/capabilities.csv), the releases this file checks, asked for by name. */
const OLD = new Set(["maddison-2020", "gapminder-un-2017", "sipri-milex-owid-2022", "fas-2022"]);
const old = capabilities.filter((r) => OLD.has(r.release));
const row = (country: string, metric: string, year: number) => old.find((r) => r.country === country && r.metric === metric && r.year === year);

describe("capabilities extraction", () => {
  it("is deterministic and the committed data/capabilities.csv is what it makes", () => {
    const text = toCsv(extractCapabilities(), CAPABILITY_COLUMNS);
    expect(toCsv(extractCapabilities(), CAPABILITY_COLUMNS)).toBe(text);
    expect(read("data/capabilities.csv")).toBe(text);
  });

  it("takes each value from its producer's cell", () => {
    // sipri-milex/data.csv line 1573: China,2020,244933509535.0,1.75,175.29; line 6485: Russia,2020,66838181926.0,4.26,422.88
    expect(row("CHN", "militaryExpenditure", 2020)?.value).toBe(244933509535);
    expect(row("CHN", "militaryExpenditureShareGdp", 2020)?.value).toBe(1.75);
    expect(row("RUS", "militaryExpenditure", 2020)?.value).toBe(66838181926);
    // maddison-2020/data.csv line 3237: China,2018,13101.7064,1385439414,18151620437216
    expect(row("CHN", "gdpPerCapita", 2018)?.value).toBe(13101.7064);
    expect(row("CHN", "gdp", 2018)?.value).toBe(18151620437216);
    // population-gapminder-un/data.csv line 10752: China,2015,1397028553,…; 2016 is a projection and is left out
    expect(row("CHN", "population", 2015)?.value).toBe(1397028553);
    expect(row("CHN", "population", 2016)).toBeUndefined();
    // The SIPRI per-capita column is left out altogether.
    expect(old.some((r) => /capita/i.test(r.metric) && r.sourceId === "owid-sipri-milex")).toBe(false);
  });

  it("covers China, Russia, the Soviet Union and the article's comparators, from 1900, all valid", () => {
    expect(new Set(capabilities.map((r) => r.country))).toEqual(new Set(["CHN", "RUS", "SUN", "USA", "IND", "VNM", "MNG", "KAZ", "KGZ", "TJK", "TKM", "UZB"]));
    expect(Math.min(...capabilities.map((r) => r.year))).toBe(1900);
    expect(capabilitiesMeta.rows).toBe(capabilities.length);
    expect(validate("capabilities", capabilities)).toEqual([]);
    const ids = new Set(sources.map((s) => s.id));
    for (const r of capabilities) expect(ids.has(r.sourceId)).toBe(true);
    // One unit per metric within a release (releases may differ: constant 2019 and constant 2023 dollars).
    const units = new Map<string, Set<string>>();
    for (const r of capabilities) units.set(`${r.metric}/${r.release}`, (units.get(`${r.metric}/${r.release}`) ?? new Set()).add(r.unit));
    for (const [m, u] of units) expect(u.size, m).toBe(1);
  });
});

describe("estimated: marked, not marked, or unknown", () => {
  // Written out from the files read: FAS calls every figure an estimate (fas-2022 via OWID, fas-2023 its own
  // export); SIPRI's 2025 workbook marks estimates in blue (409 cells); Our World in Data's copies of SIPRI
  // (sipri-milex/data.csv), Maddison (maddison-2020, maddison-2023-gdppc) and Gapminder/UN hold a number per
  // cell and no mark, although SIPRI marks all of China's years as estimates: for them the flag is unknown.
  const FLAGS: Record<string, "true" | "marked" | "unknown"> = {
    "fas-2022": "true", "fas-2023": "true", "sipri-milex-2025": "marked",
    "sipri-milex-owid-2022": "unknown", "maddison-2020": "unknown", "maddison-2023": "unknown", "gapminder-un-2017": "unknown",
  };

  it("is null in every row read from a copy without the producer's marks, a boolean in every other", () => {
    expect(new Set(capabilities.map((r) => r.release))).toEqual(new Set(Object.keys(FLAGS)));
    for (const r of capabilities) {
      const where = `${r.country} ${r.metric} ${r.year} ${r.release}`;
      const flag = FLAGS[r.release];
      if (flag === "unknown") expect(r.estimated, where).toBeNull();
      else if (flag === "true") expect(r.estimated, where).toBe(true);
      else expect(typeof r.estimated, where).toBe("boolean");
    }
    // China's military expenditure in 2020 via OWID: SIPRI estimates it, the copy does not say so.
    expect(row("CHN", "militaryExpenditure", 2020)?.estimated).toBeNull();
    // The same year in SIPRI's own workbook: blue, an estimate.
    expect(capabilities.find((r) => r.country === "CHN" && r.metric === "militaryExpenditure" && r.year === 2020 && r.release === "sipri-milex-2025")?.estimated).toBe(true);
  });

  it("the selectors pass the flag through, null included", () => {
    expect(capabilitySeries({ country: "CHN", metric: "militaryExpenditure", release: "sipri-milex-owid-2022", from: 2020, to: 2020 })).toEqual([
      { year: 2020, value: 244933509535, estimated: null, release: "sipri-milex-owid-2022", sourceId: "owid-sipri-milex" },
    ]);
    expect(capabilitySeries({ country: "RUS", metric: "population", from: 2015, to: 2015 })).toMatchObject([{ year: 2015, estimated: null, release: "gapminder-un-2017" }]);
    expect(capabilitySeries({ country: "RUS", metric: "nuclearWarheads", release: "fas-2022", from: 2022, to: 2022 })).toMatchObject([{ estimated: true }]);
  });

  it("a release's file cannot mix empty and marked flags", () => {
    // The build refuses it (scripts/datasets/capabilities.ts); the shipped rows hold one kind per release.
    const kinds = new Map<string, Set<boolean>>();
    for (const r of capabilities) kinds.set(r.release, (kinds.get(r.release) ?? new Set()).add(r.estimated === null));
    for (const [release, k] of kinds) expect(k.size, release).toBe(1);
  });
});

describe("the Soviet Union is SUN, never RUS", () => {
  it("SIPRI's and FAS's Russia before 1992 is SUN; Maddison's and Gapminder's Russia stays RUS", () => {
    // sipri-milex line 6454: Russia,1988,281098770345.0 → SUN; line 6457: Russia,1992,47153850021.0 → RUS
    expect(row("SUN", "militaryExpenditure", 1988)?.value).toBe(281098770345);
    expect(row("RUS", "militaryExpenditure", 1988)).toBeUndefined();
    expect(row("RUS", "militaryExpenditure", 1992)?.value).toBe(47153850021);
    // fas-warhead-stockpiles line 516: Russia,1991,29154 → SUN; line 517: Russia,1992,26734 → RUS
    expect(row("SUN", "nuclearWarheads", 1991)?.value).toBe(29154);
    expect(row("RUS", "nuclearWarheads", 1992)?.value).toBe(26734);
    // In every release.
    expect(capabilities.some((r) => r.country === "RUS" && r.year < 1992 && /^(military|nuclear)/.test(r.metric))).toBe(false);
    expect(capabilities.some((r) => r.country === "SUN" && r.year > 1991)).toBe(false);
    // Maddison's Russia is an estimate for today's territory: maddison-2020 has Russia from 1960 (GDP)
    expect(row("RUS", "gdp", 1990)).toBeDefined();
  });

  it("capabilityRatio refuses Russia before 1992 for SIPRI's and FAS's metrics and names SUN", () => {
    expect(() => capabilityRatio({ metric: "nuclearWarheads", a: "CHN", b: "RUS", year: 1980 })).toThrow(DataNotAvailableError);
    // The newest release (FAS 2023) leaves 1945–1948 empty for the Soviet Union; the 2022 copy writes 0 there.
    expect(() => capabilityRatio({ metric: "nuclearWarheads", a: "CHN", b: "RUS", year: 1980 })).toThrow(/Soviet Union's figure: ask for country "SUN" \(SUN has 1949–1991 in release fas-2023\)/);
    expect(capabilityRatio({ metric: "nuclearWarheads", a: "SUN", b: "USA", year: 1980 }).ratio).toBeGreaterThan(0);
  });
});

describe("capability selectors", () => {
  it("capabilityRatio: China's military expenditure over Russia's in 2020, by hand from the raw cells", () => {
    const r = capabilityRatio({ metric: "militaryExpenditure", a: "CHN", b: "RUS", year: 2020, release: "sipri-milex-owid-2022" });
    expect(r.ratio).toBeCloseTo(244933509535 / 66838181926, 12);
    expect(r.a).toEqual({ value: 244933509535, sourceId: "owid-sipri-milex" });
    expect(r.unit).toBe("constant 2019 US dollars");
    expect(r.release).toBe("sipri-milex-owid-2022");
  });

  it("capabilitySeries is sorted, frozen and has no zeros standing for gaps", () => {
    const s = capabilitySeries({ country: "VNM", metric: "militaryExpenditure" });
    for (let i = 1; i < s.length; i++) expect(s[i]!.year).toBeGreaterThan(s[i - 1]!.year);
    expect(Object.isFrozen(s) && Object.isFrozen(s[0])).toBe(true);
    expect(s.every((p) => p.value > 0)).toBe(true);
  });

  it("bad queries throw errors that name the argument; missing data names what exists", () => {
    expect(() => capabilitySeries({ country: "CHN", metric: "tanks" as never })).toThrow(/no metric "tanks" \(metrics: gdp, gdpPerCapita/);
    expect(() => capabilitySeries({ country: "VNM", metric: "nuclearWarheads" })).toThrow(/countries with nuclearWarheads: CHN, IND, RUS, SUN, USA/);
    expect(() => capabilityRatio({ metric: "gdp", a: "CHN", b: "RUS", year: 2020 })).toThrow(/no single release has gdp for both CHN and RUS in 2020 \(CHN: maddison-2020: .*2018/);
    expect(() => capabilityRatio({ metric: "gdp", a: "CHN", b: "RUS", year: 2020, release: "maddison-2020" })).toThrow(/no gdp for CHN in 2020 in release maddison-2020 in series CHN gdp \(maddison-2020\); available years: .*2018/);
    expect(() => capabilityRatio({ metric: "gdp", a: "CHN", b: "RUS", year: 2018.5 })).toThrow(RangeError);
    expect(() => capabilityRatio({ metric: "gdp", a: 1 as never, b: "RUS", year: 2018 })).toThrow(/a must be a country code string/);
    // India had no warheads in 1970 (FAS): a ratio over 0 does not exist.
    expect(() => capabilityRatio({ metric: "nuclearWarheads", a: "CHN", b: "IND", year: 1970 })).toThrow(/b \(IND\) has nuclearWarheads 0 in 1970/);
    expect(() => capabilitySeries(undefined as never)).toThrow(TypeError);
  });
});

describe("the article's asymmetry statements", () => {
  const c = (id: string) => claims.find((x) => x.id === id)!;

  it("the economic gap widened: China's GDP over Russia's, 1992 against 2018 (Maddison)", () => {
    // maddison-2020 lines 3211/16315: China 1992 GDP 3755037488097.59, Russia 1555013222609.3;
    // lines 3237/16341: China 2018 18151620437216, Russia 3613410539249.58.
    const r1992 = 3755037488097.59 / 1555013222609.3;
    const r2018 = 18151620437216 / 3613410539249.58;
    expect(c("asymmetry-economy").computedValue).toBe(Math.round(r2018 * 1000) / 1000);
    expect(r2018).toBeGreaterThan(r1992);
    expect(c("asymmetry-economy").verdict).toBe("supported");
  });

  it("military expenditure: China overtook Russia (1992 against 2020, SIPRI)", () => {
    expect(c("asymmetry-military-expenditure").computedValue).toBe(Math.round((244933509535 / 66838181926) * 1000) / 1000);
    expect(c("asymmetry-military-expenditure").verdict).toBe("supported");
  });

  it("nuclear warheads: Russia still leads; the projection is a forecast the data cannot check", () => {
    // fas-warhead-stockpiles: China 2022 350, Russia 2022 4477.
    expect(c("asymmetry-nuclear-warheads").computedValue).toBe(Math.round((350 / 4477) * 1000) / 1000);
    expect(c("asymmetry-nuclear-warheads").reason).toMatch(/Russia still leads/);
    expect(c("nuclear-deterrent-projection").verdict).toBe("not-verifiable");
    expect(c("nuclear-deterrent-projection").method).toMatch(/capabilityRatio/);
  });
});

describe("a span of years is both bounds or neither", () => {
  it("capabilitySeries and armsSeries name the bound that is missing, not a year, or after the other", async () => {
    const { armsSeries } = await import("../src/arms/index.js");
    const cases: [string, (q: Record<string, unknown>) => unknown][] = [
      ["capabilitySeries", (q) => capabilitySeries({ country: "CHN", metric: "gdp", ...q } as never)],
      ["armsSeries", (q) => armsSeries({ supplier: "RUS", recipient: "CHN", ...q } as never)],
    ];
    for (const [fn, call] of cases) {
      expect(() => call({ from: 2010 }), fn).toThrow(new TypeError(`${fn}: to must be a year (a number), got undefined`));
      expect(() => call({ to: 2010 }), fn).toThrow(new TypeError(`${fn}: from must be a year (a number), got undefined`));
      expect(() => call({ from: 2010.5, to: 2011 }), fn).toThrow(new RangeError(`${fn}: from must be an integer year, got 2010.5`));
      expect(() => call({ from: 2011, to: 2010 }), fn).toThrow(new RangeError(`${fn}: from must not be after to, got from 2011 and to 2010`));
    }
  });
});

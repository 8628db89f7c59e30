// The world selectors take countries: every group of the countries table (kind `group`: the world, the EU, the
// euro area, the IMF's regions, "not specified") is refused where a country is meant, with an error naming the
// argument, in each selector and each argument; countries, former countries included, still answer.
import { describe, expect, it } from "vitest";
import { countries } from "../src/index.js";
import { DataNotAvailableError, dependencyAsymmetry, mirrorTrade, tradeShare, worldTrade } from "../src/world/index.js";
import type { CountryCode } from "../src/world/index.js";

const groups = countries.filter((c) => c.kind === "group").map((c) => c.code as CountryCode);
const reporters = new Set<string>(worldTrade.map((r) => r.reporter));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("world selectors refuse groups where a country is meant", () => {
  it("the countries table has groups, and some of them report to worldTrade (EUU, the euro area, the IMF's regions)", () => {
    // Without these the test below would pass on any code.
    expect(groups).toEqual(expect.arrayContaining(["WLD", "EUU", "EURO_AREA", "ADV_ECON", "NOT_SPECIFIED"]));
    expect(["EUU", "EURO_AREA", "ADV_ECON", "SSA"].every((g) => reporters.has(g))).toBe(true);
  });

  it("tradeShare, dependencyAsymmetry and mirrorTrade refuse every group in every argument, naming it", () => {
    for (const g of groups) {
      const not = (fn: string, arg: string) => new RegExp(`^${fn}: ${arg} must be a country, not ${escape(g)} \\(`);
      const cases: [() => unknown, RegExp][] = [
        [() => tradeShare({ reporter: g, partner: "CHN", year: 2020 }), not("tradeShare", "reporter")],
        [() => tradeShare({ reporter: g, partner: "RUS", year: 2020, flow: "export" }), not("tradeShare", "reporter")],
        [() => dependencyAsymmetry({ a: g, b: "CHN", year: 2020 }), not("dependencyAsymmetry", "a")],
        [() => dependencyAsymmetry({ a: "RUS", b: g, year: 2020 }), not("dependencyAsymmetry", "b")],
        [() => mirrorTrade({ reporter: g, partner: "CHN", flow: "import", year: 2020 }), not("mirrorTrade", "reporter")],
        [() => mirrorTrade({ reporter: "RUS", partner: g, flow: "export", year: 2020 }), not("mirrorTrade", "partner")],
      ];
      for (const [call, message] of cases) {
        expect(call, g).toThrow(RangeError);
        expect(call, g).toThrow(message);
      }
    }
    // The group's name, from the countries table, is in the message.
    expect(() => dependencyAsymmetry({ a: "EUU", b: "CHN", year: 2020 })).toThrow(/^dependencyAsymmetry: a must be a country, not EUU \(European Union/);
  });

  it("countries still answer, and a former country is a country, not a group", () => {
    // Kazakhstan's own statistics, 2020: China's share of its trade is positive and below 1.
    const kaz = tradeShare({ reporter: "KAZ", partner: "CHN", year: 2020 });
    expect(kaz.share).toBeGreaterThan(0);
    expect(kaz.share).toBeLessThan(1);
    expect(dependencyAsymmetry({ a: "MNG", b: "CHN", year: 2020 }).ratio).toBeGreaterThan(1);
    expect(mirrorTrade({ reporter: "RUS", partner: "CHN", flow: "import", year: 2020 }).mirror.reporter).toBe("CHN");
    // Yugoslavia (YUG, kind former-country) reports to worldTrade: never refused as a group; a year it has no
    // value for is data not available.
    expect(countries.find((c) => c.code === "YUG")?.kind).toBe("former-country");
    expect(reporters.has("YUG")).toBe(true);
    for (const year of [1992, 2020]) {
      try {
        tradeShare({ reporter: "YUG", partner: "RUS", year });
      } catch (e) {
        expect(e, String(year)).toBeInstanceOf(DataNotAvailableError);
      }
    }
  });
});

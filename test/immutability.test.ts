// Every exported dataset is deep-frozen: a test walks every value, nested arrays and objects included.
import { describe, expect, it } from "vitest";
import * as root from "../src/index.js";
import * as arms from "../src/arms/index.js";
import * as partner from "../src/partner-trade.js";
import * as world from "../src/world/index.js";

function walk(value: unknown, path: string, visit: (v: object, path: string) => void): void {
  if (value === null || typeof value !== "object") return;
  visit(value, path);
  for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`, visit);
}

const exported = { ...root, ...partner, ...arms, ...world } as Record<string, unknown>;
const datasets = Object.entries(exported).filter(([, v]) => typeof v === "object" && v !== null);
// Classes (the error class): a consumer must not be able to change them, their prototype or `instanceof`.
const classes = Object.entries(exported).filter(([, v]) => typeof v === "function" && /^class\b/.test(Function.prototype.toString.call(v)));

describe("immutability", () => {
  it("there are datasets and meta objects to check", () => {
    expect(datasets.map(([k]) => k).sort()).toEqual(
      [
        "armsDeliveries", "armsTransfers", "assessments", "capabilities", "claims", "countries", "energyFlows", "energyProjects", "events", "facts", "partnerTrade", "releases",
        "reportedShares", "sources", "trade", "worldTrade",
      ].flatMap((d) => [d, `${d}Meta`]).concat("meta").sort(),
    );
  });

  for (const [name, value] of datasets) {
    it(`${name} is frozen all the way down`, () => {
      let count = 0;
      walk(value, name, (v, path) => {
        count++;
        if (!Object.isFrozen(v)) throw new Error(`${path} is not frozen`);
      });
      expect(count).toBeGreaterThan(0);
    });
  }

  it("the exported classes are the error class, and it is frozen with its prototype and instanceof test", () => {
    expect(classes.map(([k]) => k)).toEqual(["DataNotAvailableError"]);
    const E = root.DataNotAvailableError;
    for (const [what, o] of [["the class", E], ["its prototype", E.prototype]] as const) expect(Object.isFrozen(o), what).toBe(true);
    expect(() => {
      Object.defineProperty(E, Symbol.hasInstance, { value: () => false });
    }).toThrow(TypeError);
    expect(() => {
      (E.prototype as { name: string }).name = "Other";
    }).toThrow(TypeError);
    const e = new E("CHN→RUS export", [2020], "no value for 2030");
    expect([e instanceof E, e.name, e.message]).toEqual([true, "DataNotAvailableError", "no value for 2030 in series CHN→RUS export; available years: 2020"]);
  });

  it("mutating a row throws in strict mode and changes nothing", () => {
    const row = root.trade[0]!;
    const before = row.valueUsdMillions;
    expect(() => {
      (row as { valueUsdMillions: number }).valueUsdMillions = 0;
    }).toThrow(TypeError);
    expect(() => (root.trade as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(root.trade[0]!.valueUsdMillions).toBe(before);
  });
});

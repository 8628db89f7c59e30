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

describe("immutability", () => {
  it("there are datasets and meta objects to check", () => {
    expect(datasets.map(([k]) => k).sort()).toEqual(
      [
        "armsDeliveries", "armsTransfers", "assessments", "capabilities", "claims", "countries", "energyFlows", "energyProjects", "events", "facts", "partnerTrade", "reportedShares",
        "sources", "trade", "worldTrade",
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

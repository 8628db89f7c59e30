// The data hold figures as their producers published them: no value carries the binary noise of a double
// (more than 15 significant digits), neither in the rows nor in the default series summed from them.
import { describe, expect, it } from "vitest";
import { armsDeliveries } from "../src/arms/index.js";
import { capabilities, trade, tradeSeries } from "../src/index.js";
import { partnerTrade } from "../src/partner-trade.js";
import { worldTrade } from "../src/world/index.js";

// Independent of the code under test: a double printed by JavaScript (shortest round-trip form) has at most 15
// significant digits exactly when rounding it to 15 gives the same double.
const clean = (v: number) => Number(v.toPrecision(15)) === v;

describe("no floating-point noise in the data", () => {
  it("holds the check's own examples", () => {
    expect(clean(10673.523)).toBe(true);
    expect(clean(10673.523000000001)).toBe(false);
    expect(clean(0.1 + 0.2)).toBe(false);
  });

  for (const [name, values] of [
    ["trade", trade.map((r) => r.valueUsdMillions)],
    ["partnerTrade", partnerTrade.map((r) => r.valueUsdMillions)],
    ["worldTrade", worldTrade.map((r) => r.valueUsdMillions)],
    ["armsDeliveries", armsDeliveries.map((r) => r.tivMillions)],
    ["capabilities", capabilities.map((r) => r.value)],
  ] as const) {
    it(`${name}: every value as published (at most 15 significant digits)`, () => {
      expect(values.length).toBeGreaterThan(100);
      const noisy = values.filter((v) => !clean(v));
      expect(noisy.slice(0, 5), `${noisy.length} noisy values`).toEqual([]);
    });
  }

  it("every default trade series: values without noise, and approximate on every point, false as well as true", () => {
    let points = 0;
    const seen = new Set<boolean>();
    for (const [reporter, other] of [["CHN", "RUS"], ["RUS", "CHN"]] as const) {
      for (const partner of [other, "WLD"] as const) {
        for (const flow of ["export", "import", "total"] as const) {
          for (const p of tradeSeries({ reporter, partner, flow })) {
            expect(clean(p.value), `${reporter} ${partner} ${flow} ${p.year}: ${p.value}`).toBe(true);
            expect(typeof p.approximate, `${reporter} ${partner} ${flow} ${p.year}`).toBe("boolean");
            seen.add(p.approximate);
            points++;
          }
        }
      }
    }
    expect(points).toBeGreaterThan(300);
    expect([...seen].sort()).toEqual([false, true]);
  });
});

import { describe, expect, it } from "vitest";
import { tradeIntensity } from "./intensity.js";

describe("tradeIntensity", () => {
  it("tradeIntensity is (x_ij / X_i) / (x_wj / X_w) (MEASURES §2.2: 20/100 ÷ 50/1000 = 4)", () => {
    expect(
      tradeIntensity({ exportsToPartner: 20, totalExports: 100, worldExportsToPartner: 50, worldTotalExports: 1000 }),
    ).toBeCloseTo(4, 12);
  });

  it("tradeIntensity is 1 when the partner's share is the same as in world exports", () => {
    expect(
      tradeIntensity({ exportsToPartner: 5, totalExports: 100, worldExportsToPartner: 50, worldTotalExports: 1000 }),
    ).toBeCloseTo(1, 12);
  });

  it("tradeIntensity does not overflow with large inputs", () => {
    expect(
      tradeIntensity({ exportsToPartner: 1e308, totalExports: 1e308, worldExportsToPartner: 1e308, worldTotalExports: 1e308 }),
    ).toBe(1);
  });

  it("tradeIntensity names the field that is invalid", () => {
    const ok = { exportsToPartner: 20, totalExports: 100, worldExportsToPartner: 50, worldTotalExports: 1000 };
    expect(() => tradeIntensity({ ...ok, totalExports: 0 })).toThrow(/totalExports must be > 0, got 0/);
    expect(() => tradeIntensity({ ...ok, worldExportsToPartner: 0 })).toThrow(/worldExportsToPartner must be > 0/);
    expect(() => tradeIntensity({ ...ok, exportsToPartner: 200 })).toThrow(/must not exceed totalExports/);
    expect(() => tradeIntensity({ ...ok, worldExportsToPartner: 2000 })).toThrow(/must not exceed worldTotalExports/);
    expect(() => tradeIntensity(null as never)).toThrow(TypeError);
    expect(() => tradeIntensity({} as never)).toThrow(/exportsToPartner must be a number, got undefined/);
  });
});

describe("tradeIntensity at the edges of a double", () => {
  it("is 0 where the exports are 0, and finite where a share underflows", () => {
    expect(tradeIntensity({ exportsToPartner: 0, totalExports: 1e308, worldExportsToPartner: 5e-324, worldTotalExports: 1e308 })).toBe(0);
    // Both shares are 5e-324 / 1e308, which underflow to 0; their ratio is 1.
    expect(tradeIntensity({ exportsToPartner: 5e-324, totalExports: 1e308, worldExportsToPartner: 5e-324, worldTotalExports: 1e308 })).toBeCloseTo(1, 9);
  });
});


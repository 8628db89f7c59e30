import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hhi } from "./hhi.js";

describe("hhi", () => {
  it("hhi of one supplier is 1, of two equal suppliers 1/2, of three 1/3 (CBS Netherlands examples)", () => {
    expect(hhi([7])).toBe(1);
    expect(hhi([3, 3])).toBeCloseTo(0.5, 15);
    expect(hhi([2, 2, 2])).toBeCloseTo(1 / 3, 15);
  });

  it("hhi of shares 0.5, 0.3, 0.2 is 0.38 (MEASURES §2.4: 0.25 + 0.09 + 0.04)", () => {
    expect(hhi([0.5, 0.3, 0.2])).toBeCloseTo(0.38, 15);
    expect(hhi([500, 300, 200])).toBeCloseTo(0.38, 15);
  });

  it("hhi ignores zeros (a partner with no trade adds nothing)", () => {
    expect(hhi([5, 0, 5])).toBeCloseTo(0.5, 15);
  });

  it("hhi of n equal values is 1/n and hhi of any values lies in [1/n, 1]", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.double({ min: 1e-300, max: 1e300, noNaN: true }), (n, v) => {
        expect(hhi(Array.from({ length: n }, () => v))).toBeCloseTo(1 / n, 12);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e308, noNaN: true }), { minLength: 1, maxLength: 40 }), (values) => {
        fc.pre(values.some((v) => v > 0));
        const h = hhi(values);
        expect(h).toBeGreaterThanOrEqual(1 / values.length - 1e-12);
        expect(h).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("hhi does not overflow when the values sum past the largest double", () => {
    expect(hhi([1e308, 1e308])).toBeCloseTo(0.5, 15);
  });

  it("hhi rejects empty input, all zeros, negative and non-finite values", () => {
    expect(() => hhi([])).toThrow(/values must not be empty/);
    expect(() => hhi([0, 0])).toThrow(/at least one value > 0/);
    expect(() => hhi([1, -1])).toThrow(/values\[1\] must be ≥ 0, got -1/);
    expect(() => hhi([1, Number.NaN])).toThrow(/values\[1\] must be a finite number, got NaN/);
    expect(() => hhi("12" as never)).toThrow(/hhi: values must be an array of numbers, got "12"/);
    expect(() => hhi([1, Number.POSITIVE_INFINITY])).toThrow(/values\[1\] must be a finite number, got Infinity/);
    expect(() => hhi([1, "2"] as never)).toThrow(/values\[1\] must be a number, got "2"/);
  });
});

describe("hhi reads each value once", () => {
  it("a getter that answers 1 when checked and -50 later changes nothing", () => {
    let reads = 0;
    const values = [1, 1];
    Object.defineProperty(values, 1, { get: () => (reads++ === 0 ? 1 : -50) });
    // Two equal values: 1/2.
    expect(hhi(values)).toBe(0.5);
  });
});


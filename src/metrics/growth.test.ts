import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cagr, foldChange, logGrowth, percentChange } from "./growth.js";

describe("foldChange", () => {
  it("foldChange(100, 150) is 1.5 (MEASURES Part 3, 100 → 150)", () => {
    expect(foldChange(100, 150)).toBe(1.5);
  });
  it("foldChange(from, 0) is 0", () => expect(foldChange(3, 0)).toBe(0));
  it("foldChange throws for a zero base and on overflow", () => {
    expect(() => foldChange(0, 5)).toThrow(/from must be > 0, got 0/);
    expect(() => foldChange(1e-300, 1e308)).toThrow(/^foldChange: the result overflows/);
  });
});

describe("percentChange", () => {
  it("percentChange gives +25% for 100 → 125 and −25% for 80 → 60 (MEASURES Part 3 conventions)", () => {
    expect(percentChange(100, 125)).toBeCloseTo(25, 12);
    expect(percentChange(80, 60)).toBeCloseTo(-25, 12);
  });
  it("percentChange is undefined for a zero base (0 → 50) and throws, and throws on overflow", () => {
    expect(() => percentChange(0, 50)).toThrow(/from must be > 0, got 0/);
    expect(() => percentChange(-0, 50)).toThrow(/percentChange: from must be > 0, got -0/);
    expect(() => percentChange(1e-300, 1e308)).toThrow(/^percentChange: the result overflows/);
  });
  it("percentChange = (foldChange − 1) × 100", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), (a, b) => {
        expect(percentChange(a, b)).toBeCloseTo((foldChange(a, b) - 1) * 100, 6);
      }),
    );
  });
});

describe("cagr", () => {
  it("cagr(100, 133.1, 3) is 0.1 (MEASURES geometric series 100, 110, 121, 133.1)", () => {
    expect(cagr(100, 133.1, 3)).toBeCloseTo(0.1, 14);
  });
  it("cagr(100, 150, 4) is 0.10668191970032148 (MEASURES Part 3)", () => {
    expect(cagr(100, 150, 4)).toBeCloseTo(0.10668191970032148, 14);
  });
  it("cagr(100, 121, 2) is 0.10 across a missing middle year (MEASURES Part 4)", () => {
    expect(cagr(100, 121, 2)).toBeCloseTo(0.1, 14);
  });
  it("from × (1 + cagr)^years = to", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        fc.integer({ min: 1, max: 60 }),
        (a, b, n) => {
          const r = cagr(a, b, n);
          expect(a * (1 + r) ** n).toBeCloseTo(b, Math.max(0, 6 - Math.ceil(Math.log10(b + 1))));
        },
      ),
    );
  });
  it("cagr rejects non-positive values and years", () => {
    expect(() => cagr(0, 1, 1)).toThrow(/from must be > 0/);
    expect(() => cagr(1, 0, 1)).toThrow(/to must be > 0/);
    expect(() => cagr(1, 2, 0)).toThrow(/years must be > 0, got 0/);
    expect(() => cagr(1, 2, -0)).toThrow(/years must be > 0, got -0/);
  });
  it("cagr throws rather than returning Infinity on overflow", () => {
    expect(() => cagr(Number.MIN_VALUE, 1e308, 0.001)).toThrow(/^cagr: the result overflows/);
  });
});

describe("logGrowth", () => {
  it("logGrowth(7, 8) is 0.13353139262452257 and logGrowth(8, 7) its negative (MEASURES Part 3)", () => {
    expect(logGrowth(7, 8)).toBeCloseTo(0.13353139262452257, 15);
    expect(logGrowth(8, 7)).toBeCloseTo(-0.13353139262452257, 15);
  });
  it("logGrowth(1000, 1120) is ln(1.12) = 0.11332868530700327 (MEASURES Part 3)", () => {
    expect(logGrowth(1000, 1120)).toBeCloseTo(0.11332868530700327, 14);
  });
  it("logGrowth is finite for extreme but valid inputs", () => {
    expect(Number.isFinite(logGrowth(Number.MIN_VALUE, Number.MAX_VALUE))).toBe(true);
  });
  it("logGrowth rejects zero", () => {
    expect(() => logGrowth(0, 1)).toThrow(/from must be > 0/);
    expect(() => logGrowth(1, 0)).toThrow(/to must be > 0/);
  });
});

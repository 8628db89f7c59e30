import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { share } from "./share.js";

describe("share", () => {
  it("share(part, whole) is part / whole (MEASURES §1.1: T_ij = 100, T_i = 400 → TS = 0.25)", () => {
    expect(share(100, 400)).toBe(0.25);
  });

  it("share(0, whole) is 0 and share(whole, whole) is 1", () => {
    expect(share(0, 5)).toBe(0);
    expect(share(5, 5)).toBe(1);
  });

  it("share(part, whole) × openness = dependence (Gartzke & Li identity D = TS × O)", () => {
    // T_ij = 100, T_i = 400, GDP_i = 1000: D = 100/1000 = 0.1, O = 400/1000 = 0.4
    expect(share(100, 400) * share(400, 1000)).toBeCloseTo(share(100, 1000), 15);
  });

  it("share(part, whole) lies in [0, 1] for any valid pair", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e300, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (w, f) => {
        fc.pre(w > 0);
        const s = share(w * f, w);
        return s >= 0 && s <= 1;
      }),
    );
  });

  it("share throws a RangeError naming whole when whole is 0", () => {
    expect(() => share(0, 0)).toThrow(RangeError);
    expect(() => share(0, 0)).toThrow(/whole/);
  });

  it("share throws when part exceeds whole, is negative, or an argument is not a finite number", () => {
    expect(() => share(5, 4)).toThrow(/part \(5\) must not exceed whole \(4\)/);
    expect(() => share(-1, 4)).toThrow(/part must be ≥ 0, got -1/);
    expect(() => share(Number.NaN, 4)).toThrow(/part must be a finite number, got NaN/);
    expect(() => share(1, Number.POSITIVE_INFINITY)).toThrow(/whole must be a finite number, got Infinity/);
    expect(() => share("1" as unknown as number, 4)).toThrow(/share: part must be a number, got "1"/);
    // The message shows what was passed: arrays, functions and objects by kind, -0 as -0.
    expect(() => share([1] as never, 4)).toThrow(/part must be a number, got an array/);
    expect(() => share((() => 1) as never, 4)).toThrow(/part must be a number, got a function/);
    expect(() => share({} as never, 4)).toThrow(/part must be a number, got an object/);
    expect(() => share(null as never, 4)).toThrow(/part must be a number, got null/);
    expect(() => share(1, -0)).toThrow(/whole must be > 0, got -0/);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { barbieri, dependencyAsymmetryRatio } from "./asymmetry.js";

const shareArb = fc.double({ min: 0, max: 1, noNaN: true });
const positiveShareArb = fc.double({ min: 1e-6, max: 1, noNaN: true });

describe("dependencyAsymmetryRatio", () => {
  it("dependencyAsymmetryRatio(a, b) is a / b (MEASURES §1.3: 0.1 / 0.01 = 10)", () => {
    expect(dependencyAsymmetryRatio(0.1, 0.01)).toBeCloseTo(10, 12);
    expect(dependencyAsymmetryRatio(0.2, 0.05)).toBeCloseTo(4, 12);
  });

  it("ratio(a, b) × ratio(b, a) = 1", () => {
    fc.assert(
      fc.property(positiveShareArb, positiveShareArb, (a, b) => {
        expect(dependencyAsymmetryRatio(a, b) * dependencyAsymmetryRatio(b, a)).toBeCloseTo(1, 9);
      }),
    );
  });

  it("dependencyAsymmetryRatio throws instead of returning Infinity when bShare is 0", () => {
    expect(() => dependencyAsymmetryRatio(0.2, 0)).toThrow(/bShare must be > 0/);
  });

  it("dependencyAsymmetryRatio throws when the ratio overflows", () => {
    expect(() => dependencyAsymmetryRatio(1, Number.MIN_VALUE)).toThrow(/^dependencyAsymmetryRatio: the result overflows/);
  });

  it("dependencyAsymmetryRatio rejects shares outside [0, 1], naming the argument", () => {
    expect(() => dependencyAsymmetryRatio(1.2, 0.5)).toThrow(/aShare must be a share in \[0, 1\], got 1.2/);
    expect(() => dependencyAsymmetryRatio(0.5, -0.1)).toThrow(/bShare must be ≥ 0, got -0.1/);
  });
});

describe("barbieri", () => {
  it("barbieri(0.2, 0.05) gives salience 0.1, symmetry 0.85, interdependence 0.085 (MEASURES §1.2)", () => {
    const m = barbieri(0.2, 0.05);
    expect(m.salience).toBeCloseTo(0.1, 15);
    expect(m.symmetry).toBeCloseTo(0.85, 15);
    expect(m.interdependence).toBeCloseTo(0.085, 15);
  });

  it("barbieri(s, s) has symmetry 1 and salience s", () => {
    const m = barbieri(0.3, 0.3);
    expect(m.symmetry).toBe(1);
    expect(m.salience).toBeCloseTo(0.3, 15);
  });

  it("barbieri is symmetric in its arguments and every measure lies in [0, 1]", () => {
    fc.assert(
      fc.property(shareArb, shareArb, (a, b) => {
        const ab = barbieri(a, b);
        const ba = barbieri(b, a);
        expect(ab).toEqual(ba);
        for (const v of Object.values(ab)) expect(v >= 0 && v <= 1).toBe(true);
      }),
    );
  });

  it("barbieri rejects a share above 1 or NaN", () => {
    expect(() => barbieri(2, 0.1)).toThrow(/aShare/);
    expect(() => barbieri(0.1, Number.NaN)).toThrow(/bShare must be a finite number, got NaN/);
  });
});

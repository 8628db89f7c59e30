// Hostile-input generator for the pure metrics: every call either returns numbers that are all finite, or
// throws a TypeError/RangeError whose message names an argument of the function. Never NaN, never Infinity.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";

const hostileNumber = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, Number.MIN_VALUE, 5e-324, 1, 0.5, 2, -1),
  fc.double(),
  fc.double({ min: 0, max: 1 }),
  fc.integer({ min: 1900, max: 2100 }),
);
const hostile = fc.oneof(
  hostileNumber,
  fc.constantFrom<unknown>(null, undefined, "1", "0.5", "", "NaN", true, {}, []),
  fc.array(hostileNumber, { maxLength: 5 }),
  fc.array(fc.record({ year: hostileNumber, value: hostileNumber }), { maxLength: 6 }),
  fc.record({
    exportsToPartner: hostileNumber,
    totalExports: hostileNumber,
    worldExportsToPartner: hostileNumber,
    worldTotalExports: hostileNumber,
  }),
);

const functions: Record<string, { fn: (...a: never[]) => unknown; args: readonly string[] }> = {
  share: { fn: api.share, args: ["part", "whole"] },
  dependencyAsymmetryRatio: { fn: api.dependencyAsymmetryRatio, args: ["aShare", "bShare"] },
  barbieri: { fn: api.barbieri, args: ["aShare", "bShare"] },
  tradeIntensity: { fn: api.tradeIntensity, args: ["input", "exportsToPartner", "totalExports", "worldExportsToPartner", "worldTotalExports"] },
  hhi: { fn: api.hhi, args: ["values"] },
  foldChange: { fn: api.foldChange, args: ["from", "to"] },
  percentChange: { fn: api.percentChange, args: ["from", "to"] },
  cagr: { fn: api.cagr, args: ["from", "to", "years"] },
  logGrowth: { fn: api.logGrowth, args: ["from", "to"] },
  yoy: { fn: api.yoy, args: ["values"] },
  indexTo: { fn: api.indexTo, args: ["values", "baseYear", "base"] },
};

function allNumbersFinite(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (value === null) return true;
  if (Array.isArray(value)) return value.every(allNumbersFinite);
  if (typeof value === "object") return Object.values(value as object).every(allNumbersFinite);
  return false;
}

export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 2000);

describe("metrics under hostile input", () => {
  for (const [name, { fn, args }] of Object.entries(functions)) {
    it(`${name} returns finite numbers or throws an error naming an argument (${FUZZ_RUNS} calls)`, () => {
      fc.assert(
        fc.property(fc.array(hostile, { minLength: 0, maxLength: 4 }), (callArgs) => {
          let out: unknown;
          try {
            out = (fn as (...a: unknown[]) => unknown)(...callArgs);
          } catch (e) {
            expect(e instanceof TypeError || e instanceof RangeError).toBe(true);
            const message = (e as Error).message;
            expect(message.startsWith(`${name}:`)).toBe(true);
            expect(args.some((a) => message.includes(a)) || message.includes("overflow")).toBe(true);
            return;
          }
          expect(allNumbersFinite(out)).toBe(true);
        }),
        { numRuns: FUZZ_RUNS, seed: 20261128 },
      );
    });
  }
});

import { nonNegative, result, show } from "./_check.js";

/**
 * The Herfindahl–Hirschman index of concentration: the sum of squared shares, `HH = Σ s_k²` with
 * `s_k = v_k / Σ v`.
 *
 * Values are normalised to shares first, so pass raw values (e.g. exports to each partner in USD millions).
 * The result lies in [1/n, 1]: 1/n for n equal values, 1 for a single non-zero value (World Bank WITS: "the
 * sum of squared shares … a country which exports only one export will have a value of 1"; CBS Netherlands'
 * worked examples). This is the 0–1 scale; multiply by 10,000 for the antitrust scale. Exclude aggregate
 * rows (World, EU) from the values, or they are counted twice.
 *
 * Missing values: none are skipped; leave a missing partner out rather than passing 0 or NaN (a zero counts
 * as a partner with no trade, which does not change the sum).
 *
 * @category Metrics
 * @param values - non-negative values, at least one of them > 0
 * @returns the index, in (0, 1]
 * @throws RangeError when `values` is empty, all zero, or holds a negative or non-finite value; TypeError when
 *   it is not an array of numbers
 * @example
 * ```ts
 * import { hhi } from "china-russia-data";
 *
 * // Two suppliers of equal size: 1/2 × 1/2 + 1/2 × 1/2
 * hhi([40, 40]);
 * //=> 0.5
 * hhi([50, 30, 20]);
 * //=> 0.38
 * ```
 */
export function hhi(values: readonly number[]): number {
  if (!Array.isArray(values)) throw new TypeError(`hhi: values must be an array of numbers, got ${show(values)}`);
  if (values.length === 0) throw new RangeError("hhi: values must not be empty");
  // One pass, each value read once (a getter cannot answer differently later), no allocation, and no
  // overflow: sums are kept relative to the largest value seen so far and rescaled when it grows.
  let max = 0;
  let s1 = 0;
  let s2 = 0;
  for (let i = 0; i < values.length; i++) {
    const v: unknown = values[i];
    // The fast test passes every valid value; only an invalid one pays for the message.
    // Stryker disable next-line ConditionalExpression,StringLiteral,EqualityOperator: a fast path only; nonNegative repeats the whole check, so calling it more often changes nothing
    if (typeof v !== "number" || !(v >= 0) || v === Infinity) nonNegative("hhi", `values[${i}]`, v);
    const x0 = v as number;
    // Stryker disable next-line EqualityOperator: at x0 === max the rescaling multiplies by 1
    if (x0 > max) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: while max is 0 nothing was summed, so rescaling the zero sums changes nothing
      if (max > 0) {
        const r = max / x0;
        s1 *= r;
        s2 *= r * r;
      }
      max = x0;
    }
    if (max > 0) {
      const x = x0 / max;
      // Stryker disable next-line AssignmentOperator: s1 is only used squared, so a sum of -x gives the same index
      s1 += x;
      s2 += x * x;
    }
  }
  if (max === 0) throw new RangeError("hhi: values must contain at least one value > 0, got only zeros");
  const sum = s2 / (s1 * s1);
  // Stryker disable next-line StringLiteral: the index lies in (0, 1] and cannot overflow, so this name is never shown
  return result("hhi", Math.min(1, sum));
}

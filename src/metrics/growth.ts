import { nonNegative, positive, result } from "./_check.js";

/**
 * Fold change: `to / from`. 14 means "fourteenfold".
 *
 * Project definition (the ratio of end to start value). Units cancel; pass both values in the same unit and
 * on the same price basis (the datasets are nominal USD).
 *
 * @category Metrics
 * @param from - the start value, > 0
 * @param to - the end value, ≥ 0
 * @returns `to / from`
 * @throws RangeError when `from` ≤ 0, `to` < 0, either is not finite, or the ratio overflows
 * @example
 * ```ts
 * import { foldChange } from "china-russia-data";
 *
 * foldChange(100, 150);
 * //=> 1.5
 * ```
 */
export function foldChange(from: number, to: number): number {
  const a = positive("foldChange", "from", from);
  const b = nonNegative("foldChange", "to", to);
  return result("foldChange", b / a);
}

/**
 * Percent change: `(to − from) / from × 100`, in percent.
 *
 * The simple growth rate of the World Bank's "Growth Rates" note, which excludes a zero start value ("except
 * for the case where the initial value is zero"). Trade values are non-negative, so a negative start value is
 * rejected rather than divided by its absolute value.
 *
 * @category Metrics
 * @param from - the start value, > 0
 * @param to - the end value, ≥ 0
 * @returns the change in percent (25 for +25%)
 * @throws RangeError when `from` ≤ 0, `to` < 0, either is not finite, or the result overflows
 * @example
 * ```ts
 * import { percentChange } from "china-russia-data";
 *
 * percentChange(100, 125);
 * //=> 25
 * percentChange(80, 60);
 * //=> -25
 * ```
 */
export function percentChange(from: number, to: number): number {
  const a = positive("percentChange", "from", from);
  const b = nonNegative("percentChange", "to", to);
  return result("percentChange", (b / a - 1) * 100);
}

/**
 * Compound annual growth rate: `(to / from)^(1 / years) − 1`, as a fraction (0.1 for 10% a year).
 *
 * BEA: "the nth root of the ratio of the ending value to the beginning value, minus 1.0" (the BEA then
 * multiplies by 100; this function does not). An end-point rate: only the two values count, so gaps between
 * them do not matter, but `years` must be the real distance between them (e.g. 2021 − 2001 = 20).
 *
 * @category Metrics
 * @param from - the start value, > 0
 * @param to - the end value, > 0
 * @param years - the number of years between them, > 0 (fractions allowed)
 * @returns the rate as a fraction
 * @throws RangeError when a value or `years` is ≤ 0 or not finite, or the result overflows
 * @example
 * ```ts
 * import { cagr } from "china-russia-data";
 *
 * // 100 → 133.1 over three years is 10% a year:
 * cagr(100, 133.1, 3);
 * //=> 0.1
 * ```
 */
export function cagr(from: number, to: number, years: number): number {
  const a = positive("cagr", "from", from);
  const b = positive("cagr", "to", to);
  const n = positive("cagr", "years", years);
  // exp(log ratio / n) cannot overflow in the intermediate ratio.
  return result("cagr", Math.expm1((Math.log(b) - Math.log(a)) / n));
}

/**
 * Log growth (log difference): `ln(to / from)`.
 *
 * "The rate of change of the natural logarithm of any variable equals its growth rate" (Oxford Dictionary of
 * Economics). Symmetric: `logGrowth(a, b) = −logGrowth(b, a)`. Divide by the number of years for the
 * exponential (continuous) growth rate.
 *
 * @category Metrics
 * @param from - the start value, > 0
 * @param to - the end value, > 0
 * @returns `ln(to / from)`
 * @throws RangeError when a value is ≤ 0 or not finite
 * @example
 * ```ts
 * import { logGrowth } from "china-russia-data";
 *
 * logGrowth(7, 8);
 * //=> 0.13353139262452257
 * ```
 */
export function logGrowth(from: number, to: number): number {
  const a = positive("logGrowth", "from", from);
  const b = positive("logGrowth", "to", to);
  // Stryker disable next-line StringLiteral: the logarithms of two finite positive doubles differ by less than 1,500, so this name is never shown
  return result("logGrowth", Math.log(b) - Math.log(a));
}

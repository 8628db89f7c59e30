import { nonNegative, positive, result, show } from "./_check.js";

/** The four export figures {@link tradeIntensity} needs, in one unit (e.g. USD millions). */
export interface TradeIntensityInput {
  /** `x_ij`: the reporter's exports to the partner. */
  readonly exportsToPartner: number;
  /** `X_i`: the reporter's total exports. */
  readonly totalExports: number;
  /** `x_wj`: the world's exports to the partner. */
  readonly worldExportsToPartner: number;
  /** `X_w`: the world's total exports. */
  readonly worldTotalExports: number;
}

/**
 * The trade intensity index: the partner's share in the reporter's exports over its share in world exports,
 * `TII_ij = (x_ij / X_i) / (x_wj / X_w)`.
 *
 * Source: UN ESCAP (APTIAD) definition, "the ratio of two export shares"; also World Bank WITS. Values above 1
 * mean the reporter exports more to the partner than the partner's weight in world trade would suggest. Any
 * one unit for all four values.
 *
 * Missing values: none are skipped; every field is required.
 *
 * @category Metrics
 * @param input - the four export figures
 * @returns the index, ≥ 0
 * @throws RangeError when a total or the world's exports to the partner is ≤ 0, a part exceeds its whole, or
 *   a value is negative or not finite
 * @example
 * ```ts
 * import { tradeIntensity } from "china-russia-data";
 *
 * tradeIntensity({ exportsToPartner: 20, totalExports: 100, worldExportsToPartner: 50, worldTotalExports: 1000 });
 * //=> 4
 * ```
 */
export function tradeIntensity(input: TradeIntensityInput): number {
  const fn = "tradeIntensity";
  if (typeof input !== "object" || input === null) {
    throw new TypeError(`${fn}: input must be an object with exportsToPartner, totalExports, worldExportsToPartner, worldTotalExports; got ${show(input)}`);
  }
  const x = nonNegative(fn, "exportsToPartner", input.exportsToPartner);
  const X = positive(fn, "totalExports", input.totalExports);
  const xw = positive(fn, "worldExportsToPartner", input.worldExportsToPartner);
  const Xw = positive(fn, "worldTotalExports", input.worldTotalExports);
  if (x > X) throw new RangeError(`${fn}: exportsToPartner (${show(x)}) must not exceed totalExports (${show(X)})`);
  if (xw > Xw) {
    throw new RangeError(`${fn}: worldExportsToPartner (${show(xw)}) must not exceed worldTotalExports (${show(Xw)})`);
  }
  // Stryker disable next-line ConditionalExpression: a shortcut; without it a zero reaches the logarithms, where log(0) = -Infinity gives exp(-Infinity) = 0 as well
  if (x === 0) return 0;
  // Divide shares, not products, so large inputs cannot overflow; where a share underflows (a 5e-324 part of
  // a 1e308 whole), divide in another order, then in logarithms, before calling the result unrepresentable.
  const a = x / X;
  const c = xw / Xw;
  if (a > 0 && c > 0) return result(fn, a / c);
  const reordered = (x / xw) * (Xw / X);
  if (Number.isFinite(reordered) && reordered > 0) return reordered;
  return result(fn, Math.exp(Math.log(x) - Math.log(X) - Math.log(xw) + Math.log(Xw)));
}

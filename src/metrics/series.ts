import { finite, integerYear, positive, result, series, show, type SeriesPoint } from "./_check.js";

/** A year's growth rate; `null` where it is undefined (a gap before it, or a zero base). */
export interface GrowthPoint {
  /** The year the growth is for (the later of the two years compared). */
  readonly year: number;
  /** `(v_t − v_{t−1}) / v_{t−1}` as a fraction, or `null`. */
  readonly value: number | null;
}

/**
 * Year-on-year growth of a yearly series: `g_t = (v_t − v_{t−1}) / v_{t−1}`, as a fraction.
 *
 * One entry per point after the first. The simple growth rate (World Bank, "Growth Rates"), nominal when
 * the series is nominal.
 *
 * Missing values: a gap is a gap. Where the previous year is missing from the series (e.g. 2019 then 2021)
 * the entry is `null`, never a two-year change passed off as one year's; where the previous value is 0 the
 * growth is undefined and the entry is `null` too.
 *
 * @category Metrics
 * @param values - `{ year, value }` points with integer, strictly increasing years and finite values ≥ 0
 * @returns `{ year, value }` for every point but the first
 * @throws RangeError when the series is empty, its years are not integers or not strictly increasing, a value
 *   is negative or not finite, or a rate overflows; TypeError when it is not an array of points
 * @example
 * ```ts
 * import { yoy } from "china-russia-data";
 *
 * yoy([{ year: 2019, value: 100 }, { year: 2020, value: 120 }, { year: 2022, value: 150 }]);
 * //=> [{ year: 2020, value: 0.2 }, { year: 2022, value: null }]
 * ```
 */
export function yoy(values: readonly SeriesPoint[]): GrowthPoint[] {
  const { years, values: vs } = series("yoy", "values", values);
  const out: GrowthPoint[] = [];
  for (let i = 1; i < years.length; i++) {
    const prev = vs[i - 1]!;
    const value = years[i]! - years[i - 1]! === 1 && prev > 0 ? result("yoy", (vs[i]! - prev) / prev) : null;
    out.push({ year: years[i]!, value });
  }
  return out;
}

/**
 * Index a series to a base year: `I_t = base × v_t / v_baseYear` (base 100 by default).
 *
 * The base-year index of the R package comtrade (`ct_growth`'s `index_100`), without its rounding. Every
 * point of the series is indexed; the base year's value becomes `base`.
 *
 * Missing values: gaps stay gaps (only years in the series are returned). The base year must be in the series
 * and its value must be > 0.
 *
 * @category Metrics
 * @param values - `{ year, value }` points with integer, strictly increasing years and finite values ≥ 0
 * @param baseYear - a year present in `values`
 * @param base - the index value of the base year, > 0 (default 100)
 * @returns `{ year, value }` with the indexed values
 * @throws RangeError when `baseYear` is not in the series or its value is 0, `base` ≤ 0, or the series is
 *   invalid (see {@link yoy})
 * @example
 * ```ts
 * import { indexTo } from "china-russia-data";
 *
 * indexTo([{ year: 2001, value: 50 }, { year: 2002, value: 75 }], 2001);
 * //=> [{ year: 2001, value: 100 }, { year: 2002, value: 150 }]
 * ```
 */
export function indexTo(values: readonly SeriesPoint[], baseYear: number, base = 100): SeriesPoint[] {
  const { years, values: vs } = series("indexTo", "values", values);
  const y = integerYear("indexTo", "baseYear", baseYear);
  const b = positive("indexTo", "base", finite("indexTo", "base", base));
  const at = years.indexOf(y);
  if (at < 0) {
    // The message names the series' span and at most its first ten years, however long the series.
    const shown = Array.from(years.subarray(0, 10)).join(", ");
    throw new RangeError(
      `indexTo: baseYear ${show(y)} is not in the series; its ${years.length} years run from ${years[0]} to ${years[years.length - 1]}` +
        (years.length > 10 ? ` (first ten: ${shown})` : ` (${shown})`),
    );
  }
  const baseValue = vs[at]!;
  if (baseValue === 0) throw new RangeError(`indexTo: the value of baseYear ${y} is 0; nothing can be indexed to it`);
  const out: SeriesPoint[] = [];
  for (let i = 0; i < years.length; i++) out.push({ year: years[i]!, value: result("indexTo", (vs[i]! / baseValue) * b) });
  return out;
}

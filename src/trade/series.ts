import { tradeRows } from "../datasets/generated/trade.js";
import {
  selectorsOver,
  type DependencyAsymmetryQuery, type DependencyAsymmetryResult, type TradeGrowthQuery, type TradeGrowthResult, type TradeSelectors,
  type TradeSeriesPoint, type TradeSeriesQuery, type TradeShareQuery, type TradeShareResult,
} from "./selectors.js";

// Built on the first call, not at import: importing the package should cost no more than its data.
let built: TradeSelectors | undefined;
const defaults = (): TradeSelectors => (built ??= selectorsOver(tradeRows));

/**
 * One trade series: a reporter's exports to, imports from, or total trade with one partner, by year, in
 * millions of nominal US dollars, each point with its source.
 *
 * The default series takes, for each year, IMF DOTS where it covers the year (1992–2020) and the
 * reporter's national figures after that (for China, Chinese customs (GACC) 2021–2025). Where several
 * sources give a year, it prefers the reporter's customs, then figures the source does not call approximate,
 * then the most precise. It never mixes reporters. `total` is exports + imports of the same source
 * (`derived: true`), or a total as published where a source gives only that. Pass `source` to get one
 * producer's or one source's figures only.
 *
 * @category Selectors
 * @param query - reporter, partner, flow and optionally source
 * @returns the points, sorted by year (deep-frozen)
 * @throws TypeError for a malformed query; DataNotAvailableError for a reporter, partner, flow or source that
 *   has no data (the message lists what exists)
 * @example
 * ```ts
 * import { tradeSeries } from "china-russia-data";
 *
 * const series = tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" });
 * series.find((p) => p.year === 2001)?.value;
 * //=> 10673.523
 * series.find((p) => p.year === 2021)?.value;
 * //=> 146887
 * ```
 */
export function tradeSeries(query: TradeSeriesQuery): readonly TradeSeriesPoint[] {
  return defaults().tradeSeries(query);
}

/**
 * A partner's share of a reporter's trade in one year, from the reporter's own statistics: Barbieri's trade
 * share `T_ij / T_i` (see {@link share}), with both values from the default series of {@link tradeSeries}.
 *
 * @category Selectors
 * @param query - reporter, partner and year
 * @returns the share with the two values and their sources
 * @throws TypeError for a malformed query; DataNotAvailableError when either value is missing for the year
 *   (the message lists the years that have both)
 * @example
 * ```ts
 * import { tradeShare } from "china-russia-data";
 *
 * // China's share of Russia's trade in 2013, from Russia's DOTS figures:
 * Math.round(tradeShare({ reporter: "RUS", partner: "CHN", year: 2013 }).share * 10000) / 100;
 * //=> 10.54
 * ```
 */
export function tradeShare(query: TradeShareQuery): TradeShareResult {
  return defaults().tradeShare(query);
}

/**
 * The dependency asymmetry of two countries in one year: each one's trade share with the other (from its own
 * statistics, via {@link tradeShare}) and their ratio (see {@link dependencyAsymmetryRatio}).
 *
 * @category Selectors
 * @param query - the two countries and the year
 * @returns the ratio, both shares and the sources
 * @throws TypeError for a malformed query; DataNotAvailableError when a share cannot be computed for the year
 * @example
 * ```ts
 * import { dependencyAsymmetry } from "china-russia-data";
 *
 * // "Russia needs China more than China needs Russia", 2020, from both sides' DOTS figures:
 * dependencyAsymmetry({ a: "RUS", b: "CHN", year: 2020 }).ratio > 1;
 * //=> true
 * ```
 */
export function dependencyAsymmetry(query: DependencyAsymmetryQuery): DependencyAsymmetryResult {
  return defaults().dependencyAsymmetry(query);
}

/**
 * Growth of one trade series between two years: fold change, percent change and CAGR (see
 * {@link foldChange}, {@link percentChange}, {@link cagr}), from the series of {@link tradeSeries}.
 *
 * @category Selectors
 * @param query - the series (reporter, partner, flow, optional source) and the two years
 * @returns the growth measures with both values and their sources
 * @throws TypeError for a malformed query; RangeError when `to` ≤ `from`; DataNotAvailableError when a
 *   year is not in the series
 * @example
 * ```ts
 * import { tradeGrowth } from "china-russia-data";
 *
 * // The article's "fourteenfold increase since 2001":
 * Math.round(tradeGrowth({ reporter: "CHN", partner: "RUS", flow: "total", from: 2001, to: 2021 }).fold * 10) / 10;
 * //=> 13.8
 * ```
 */
export function tradeGrowth(query: TradeGrowthQuery): TradeGrowthResult {
  return defaults().tradeGrowth(query);
}

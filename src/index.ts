/**
 * china-russia-data: typed, sourced, citable data on China–Russia relations, and the measures researchers
 * compute from it.
 *
 * The root entry holds the datasets, the selectors and the metrics. It never loads zod: the schemas live in
 * `china-russia-data/schemas`, and the partner-by-partner trade in `china-russia-data/partner-trade`.
 *
 * @packageDocumentation
 */
export * from "./metrics/index.js";
export { DataNotAvailableError } from "./errors.js";
export {
  trade, reportedShares, countries, sources, tradeMeta, reportedSharesMeta, countriesMeta, sourcesMeta, sourceOf,
  type DatasetMeta,
} from "./datasets/index.js";
export {
  tradeSeries, tradeShare, dependencyAsymmetry, tradeGrowth,
  type TradeSeriesQuery, type TradeSeriesPoint, type TradeShareResult, type DependencyAsymmetryResult, type TradeGrowthResult,
} from "./series.js";
export type { CountryRow, Flow, Producer, Reporter, ReportedShareRow, SourceRow, TradeRow } from "./types.js";

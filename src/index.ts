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
export { DataNotAvailableError } from "./core/errors.js";
export type { RevisionPoint } from "./core/editions.js";
export {
  trade, reportedShares, energyProjects, energyFlows, armsTransfers, capabilities, releases, events, assessments, facts, claims, countries, sources,
  tradeMeta, reportedSharesMeta, energyProjectsMeta, energyFlowsMeta, armsTransfersMeta, capabilitiesMeta, releasesMeta, eventsMeta, assessmentsMeta,
  factsMeta, claimsMeta, countriesMeta, sourcesMeta, sourceOf,
  type DatasetMeta,
} from "./datasets/index.js";
export { tradeSeries, tradeShare, dependencyAsymmetry, tradeGrowth } from "./trade/series.js";
export {
  capabilitySeries, capabilityRatio, capabilityRevisions,
  type CapabilityRevisionsQuery, type CapabilityRevisions, type CapabilitySeriesQuery, type CapabilityPoint, type CapabilityRatioQuery, type CapabilityRatioResult, type CapabilityValue,
} from "./capabilities/selectors.js";
export {
  cite, citationItems, meta,
  type CitationFormat, type CiteOptions, type CslItem, type DatasetName, type PackageMeta,
} from "./cite/cite.js";
export {
  createTradeSelectors,
  type TradeSeriesQuery, type TradeShareQuery, type DependencyAsymmetryQuery, type TradeGrowthQuery, type TradeSelectors, type TradeRowInput,
  type TradeSeriesPoint, type TradeShareResult, type DependencyAsymmetryResult, type TradeGrowthResult, type ShareBasis,
} from "./trade/selectors.js";
export type {
  ArmsTransferRow, AssessmentRow, CapabilityMetric, CapabilityRow, ClaimReleaseValue, ClaimRow, CountryRow, DatePrecision, EnergyCapacity, EnergyFlowRow, EnergyMilestone,
  EnergyProjectRow, EnergyStake, EventRow, FactRow, Flow, Producer, ReleaseRow, Reporter, ReportedShareRow, SourceRow, SourceTier, TradeRow, Verdict, CountryCode, SourceId,
} from "./core/types.js";

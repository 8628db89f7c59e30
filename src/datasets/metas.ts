// The metas of the root datasets: size, years, sources and hash of each (split from index.ts to keep each file short).
import type { DatasetMeta } from "./index.js";
import * as generatedMeta from "./generated/meta.js";

/**
 * Size, years, sources and hash of {@link trade}.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { trade, tradeMeta } from "china-russia-data";
 *
 * tradeMeta.rows === trade.length;
 * //=> true
 * ```
 */
export const tradeMeta: DatasetMeta = generatedMeta.tradeMeta;

/**
 * Size, years, sources and hash of {@link reportedShares}.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { reportedShares, reportedSharesMeta } from "china-russia-data";
 *
 * reportedSharesMeta.rows === reportedShares.length;
 * //=> true
 * ```
 */
export const reportedSharesMeta: DatasetMeta = generatedMeta.reportedSharesMeta;

/**
 * Size, years, sources and hash of {@link energyProjects}.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { energyProjects, energyProjectsMeta } from "china-russia-data";
 *
 * energyProjectsMeta.rows === energyProjects.length;
 * //=> true
 * ```
 */
export const energyProjectsMeta: DatasetMeta = generatedMeta.energyProjectsMeta;

/**
 * Size, years, sources and hash of {@link energyFlows}.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { energyFlows, energyFlowsMeta } from "china-russia-data";
 *
 * energyFlowsMeta.rows === energyFlows.length;
 * //=> true
 * ```
 */
export const energyFlowsMeta: DatasetMeta = generatedMeta.energyFlowsMeta;

/**
 * Size, years, sources and hash of {@link armsTransfers}.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { armsTransfers, armsTransfersMeta } from "china-russia-data";
 *
 * armsTransfersMeta.rows === armsTransfers.length;
 * //=> true
 * ```
 */
export const armsTransfersMeta: DatasetMeta = generatedMeta.armsTransfersMeta;

/**
 * Size, years, sources and hash of {@link events}.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { events, eventsMeta } from "china-russia-data";
 *
 * eventsMeta.rows === events.length;
 * //=> true
 * ```
 */
export const eventsMeta: DatasetMeta = generatedMeta.eventsMeta;

/**
 * Size, years, sources and hash of {@link facts}.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { facts, factsMeta } from "china-russia-data";
 *
 * factsMeta.rows === facts.length;
 * //=> true
 * ```
 */
export const factsMeta: DatasetMeta = generatedMeta.factsMeta;

/**
 * Size, years, sources and hash of {@link assessments}.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { assessments, assessmentsMeta } from "china-russia-data";
 *
 * assessmentsMeta.rows === assessments.length;
 * //=> true
 * ```
 */
export const assessmentsMeta: DatasetMeta = generatedMeta.assessmentsMeta;

/**
 * Size, years, sources and hash of {@link claims}.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { claims, claimsMeta } from "china-russia-data";
 *
 * claimsMeta.rows === claims.length;
 * //=> true
 * ```
 */
export const claimsMeta: DatasetMeta = generatedMeta.claimsMeta;

/**
 * Size and hash of {@link countries}.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { countries, countriesMeta } from "china-russia-data";
 *
 * countriesMeta.rows === countries.length;
 * //=> true
 * ```
 */
export const countriesMeta: DatasetMeta = generatedMeta.countriesMeta;

/**
 * Size and hash of {@link sources}.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { sources, sourcesMeta } from "china-russia-data";
 *
 * sourcesMeta.rows === sources.length;
 * //=> true
 * ```
 */
export const sourcesMeta: DatasetMeta = generatedMeta.sourcesMeta;

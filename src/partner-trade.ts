/**
 * Every partner of China and Russia in the IMF Direction of Trade Statistics.
 *
 * A separate entry point so that the root entry never carries these rows into a bundle.
 *
 * @packageDocumentation
 */

/**
 * Placeholder until the partner-trade dataset lands: an empty, frozen array.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { partnerTrade } from "china-russia-data/partner-trade";
 *
 * partnerTrade.length;
 * //=> 0
 * ```
 */
export const partnerTrade: readonly never[] = Object.freeze([]);

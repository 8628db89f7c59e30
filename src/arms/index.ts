/**
 * Arms deliveries by year from SIPRI's own tables: trend-indicator values (TIV) of every supplier's
 * deliveries to every recipient, 1950–2021, from the SIPRI Arms Transfers Database release of 28 July 2022,
 * with selectors for series, shares over a period, a supplier's recipients and a recipient's suppliers.
 *
 * A separate entry point, so that the root entry never carries these rows into a bundle.
 *
 * @packageDocumentation
 */
import type { DatasetMeta } from "../datasets/index.js";
import { armsDeliveriesMeta as meta } from "../datasets/generated/meta.js";
import { armsDeliveryRows } from "../datasets/generated/arms-deliveries.js";
import type { ArmsDeliveryRow } from "../core/types.js";

export type { ArmsDeliveryRow, CountryCode } from "../core/types.js";
export type { DatasetMeta } from "../datasets/index.js";
export { DataNotAvailableError } from "../core/errors.js";
export {
  armsSeries, armsShare, armsRecipients, armsSuppliers,
  type ArmsSeriesQuery, type ArmsSeriesPoint, type ArmsShareQuery, type ArmsShareResult, type ArmsRecipientsQuery,
  type ArmsSuppliersQuery, type ArmsPartyTotal,
} from "./selectors.js";

/**
 * SIPRI trend-indicator values (TIV, millions) of each supplier's deliveries of major arms to each recipient
 * by year, 1950–2021, as the SIPRI Arms Transfers Database export tables of 28 July 2022 give them: 134
 * suppliers (states, the Soviet Union as `SUN`, organisations, non-state actors; see `countries`).
 *
 * - One row per (supplier, recipient, year) with deliveries. An empty cell of SIPRI's table (no deliveries)
 *   is no row, never a zero; SIPRI's `0` (less than 0.5 million) is kept as 0 with `belowHalfMillion: true`.
 * - Recipient `WLD` is SIPRI's Total row: the supplier's deliveries to all recipients. Leave it out before
 *   summing recipients.
 * - TIV measures the volume of transfers of major weapons, not their financial value.
 * - SIPRI revises back years in every release: every row names its `release`; never mix releases.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { armsDeliveries } from "china-russia-data/arms";
 *
 * armsDeliveries.find((r) => r.supplier === "RUS" && r.recipient === "IND" && r.year === 2020)?.tivMillions;
 * //=> 1241
 * ```
 */
export const armsDeliveries: readonly ArmsDeliveryRow[] = armsDeliveryRows;

/**
 * Size, years, sources and hash of {@link armsDeliveries}.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { armsDeliveries, armsDeliveriesMeta } from "china-russia-data/arms";
 *
 * armsDeliveriesMeta.rows === armsDeliveries.length;
 * //=> true
 * ```
 */
export const armsDeliveriesMeta: DatasetMeta = meta;

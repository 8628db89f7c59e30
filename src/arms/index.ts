/**
 * Arms deliveries by year from the SIPRI Arms Transfers Database, in two releases side by side, never spliced:
 * SIPRI's tables of 28 July 2022 (1950–2021) and the register of its March 2025 update (generated 12 February
 * 2026, 1995–2024). Selectors for series, shares over a period, a supplier's recipients, a recipient's suppliers
 * and the revisions between releases; each reads one release (the newest covering the years asked, or the one
 * named) and says which.
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
export type { RevisionPoint } from "../core/editions.js";
export { armsRevisions, type ArmsRevisionsQuery, type ArmsRevisions } from "./revisions.js";
export {
  armsSeries, armsShare, armsRecipients, armsSuppliers,
  type ArmsReleaseOption, type ArmsSeriesQuery, type ArmsSeriesPoint, type ArmsShareQuery, type ArmsShareResult, type ArmsRecipientsQuery,
  type ArmsSuppliersQuery, type ArmsPartyTotal,
} from "./selectors.js";

/**
 * SIPRI trend-indicator values (TIV, millions) of each supplier's deliveries of major arms to each recipient
 * by year, in two releases (`release`): `"2022-07-28"`, the export tables of 28 July 2022 (1950–2021, 134
 * suppliers, whole millions), and `"2026-02-12"`, the sums of the trade register of SIPRI's March 2025 update
 * (1995–2024, two decimals). Suppliers are states, the Soviet Union as `SUN`, organisations and non-state
 * actors (see `countries`).
 *
 * - One row per (supplier, recipient, year) with deliveries. An empty cell of SIPRI's table (no deliveries)
 *   is no row, never a zero; SIPRI's `0` (less than 0.5 million) is kept as 0 with `belowHalfMillion: true`.
 * - Recipient `WLD` is SIPRI's Total row: the supplier's deliveries to all recipients. Leave it out before
 *   summing recipients.
 * - TIV measures the volume of transfers of major weapons, not their financial value.
 * - SIPRI revises back years in every release (Russia to China 2021: 773, then 466.75): every row names its
 *   `release`; never mix releases in one series (the selectors do not).
 *
 * @category Datasets
 * @example
 * ```ts
 * import { armsDeliveries } from "china-russia-data/arms";
 *
 * armsDeliveries
 *   .filter((r) => r.supplier === "RUS" && r.recipient === "IND" && r.year === 2020)
 *   .map((r) => [r.release, r.tivMillions]);
 * //=> [["2022-07-28", 1241], ["2026-02-12", 1090.75]]
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

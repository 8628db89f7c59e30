/**
 * Every partner of China and Russia in the IMF Direction of Trade Statistics, 1992–2020.
 *
 * A separate entry point, so that the root entry never carries these rows into a bundle.
 *
 * @packageDocumentation
 */
import type { DatasetMeta } from "./datasets/index.js";
import { partnerTradeMeta as meta } from "./datasets/generated/meta.js";
import { partnerTradeRows } from "./datasets/generated/partner-trade.js";
import type { PartnerTradeRow } from "./core/types.js";

export type { PartnerTradeRow } from "./core/types.js";
export type { DatasetMeta } from "./datasets/index.js";

/**
 * Exports (FOB) and imports (CIF) of China and of Russia with every partner the IMF Direction of Trade
 * Statistics lists, 1992–2020, in millions of nominal US dollars: countries, former countries (USSR,
 * Yugoslavia, …) and aggregates (`WLD`, `EUU`, `EURO_AREA`, `NOT_SPECIFIED`, …; see `countries`, kind
 * `group`). An empty cell of the IMF table is a missing row, never a zero. Exclude groups before summing
 * partners or computing concentration.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { partnerTrade } from "china-russia-data/partner-trade";
 *
 * partnerTrade.find((r) => r.reporter === "RUS" && r.partner === "CHN" && r.flow === "export" && r.year === 2013)?.valueUsdMillions;
 * //=> 35625.419978
 * ```
 */
export const partnerTrade: readonly PartnerTradeRow[] = partnerTradeRows;

/**
 * Size, years, sources and hash of {@link partnerTrade}.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { partnerTrade, partnerTradeMeta } from "china-russia-data/partner-trade";
 *
 * partnerTradeMeta.rows === partnerTrade.length;
 * //=> true
 * ```
 */
export const partnerTradeMeta: DatasetMeta = meta;

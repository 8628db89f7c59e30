/**
 * Every country's trade with China and with Russia: the exports and imports of each IMF Direction of Trade
 * Statistics reporter with China, Russia and the world, 1992–2020, as the reporter reports them, with
 * selectors for any reporter's shares, dependency asymmetry and mirror flows.
 *
 * A separate entry point, so that the root entry never carries these rows into a bundle.
 *
 * @packageDocumentation
 */
import type { DatasetMeta } from "../datasets/index.js";
import { worldTradeMeta as meta } from "../datasets/generated/meta.js";
import { worldTradeRows } from "../datasets/generated/world-trade.js";
import type { WorldTradeRow } from "../core/types.js";

export type { WorldTradeRow, CountryCode } from "../core/types.js";
export type { DatasetMeta } from "../datasets/index.js";
export { DataNotAvailableError } from "../core/errors.js";
export {
  tradeShare, dependencyAsymmetry, mirrorTrade,
  type Pole, type WorldShareQuery, type WorldShareResult, type WorldAsymmetryQuery, type WorldAsymmetryResult, type MirrorQuery,
  type MirrorValue, type MirrorResult,
} from "./selectors.js";

/**
 * Each IMF DOTS reporter's exports (FOB) to and imports (CIF) from China (mainland), Russia and the world,
 * 1992–2020, in millions of nominal US dollars, as the reporter reports them: 230 reporters (countries,
 * former countries and groups such as `WLD`, `EUU`; see `countries`).
 *
 * - One row per (reporter, partner, flow, year) with a value; an empty IMF cell is no row, never a zero.
 * - `estimated: true` where the IMF marks the value as an estimate (a trailing ` e` in the workbook).
 * - `cell` names the workbook cell of every value. China's and Russia's own rows come from the same workbooks
 *   as `trade` and `partnerTrade`.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { worldTrade } from "china-russia-data/world";
 *
 * worldTrade.find((r) => r.reporter === "KAZ" && r.partner === "CHN" && r.flow === "export" && r.year === 2020)?.cell;
 * //=> "DOTS_103.xlsx!sheet1!AE59"
 * ```
 */
export const worldTrade: readonly WorldTradeRow[] = worldTradeRows;

/**
 * Size, years, sources and hash of {@link worldTrade}.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { worldTrade, worldTradeMeta } from "china-russia-data/world";
 *
 * worldTradeMeta.rows === worldTrade.length;
 * //=> true
 * ```
 */
export const worldTradeMeta: DatasetMeta = meta;

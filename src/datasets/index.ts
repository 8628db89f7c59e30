import type { CountryRow, ReportedShareRow, SourceRow, TradeRow } from "../types.js";
import { countryRows } from "./generated/countries.js";
import { datasetMeta } from "./generated/meta.js";
import { reportedShareRows } from "./generated/reported-shares.js";
import { sourceRows } from "./generated/sources.js";
import { tradeRows } from "./generated/trade.js";

/** Facts about one dataset: its size, the years it covers, the sources it cites and a hash of its rows. */
export interface DatasetMeta {
  /** Number of rows. */
  readonly rows: number;
  /** First and last year covered, or `null` for a dataset without years. */
  readonly years: readonly [number, number] | null;
  /** The ids of the `sources` rows the dataset cites, sorted. */
  readonly sources: readonly string[];
  /** sha256 of the dataset's rows in a canonical serialisation (sorted keys, no white space). */
  readonly sha256: string;
}

/**
 * Trade of China and Russia with each other and with the world, by year, reporter, partner, flow and source,
 * in millions of nominal US dollars.
 *
 * Two kinds of rows sit side by side, and every row names its source:
 * - IMF Direction of Trade Statistics, 1992–2020, as reported by China (`imf-dots-chn`) and by Russia
 *   (`imf-dots-rus`): exports (FOB) and imports (CIF), each with the workbook `cell` it was read from;
 * - figures of Chinese customs (GACC), MOFCOM, Russian customs (FCS) and Russian officials as reported in the
 *   press, 1999–2025, each with the `excerpt` it was read from, the value and unit as published, and
 *   `approximate` where the text rounds.
 *
 * Chinese and Russian statistics disagree (in the early 2000s by half): never mix reporters. Use
 * {@link tradeSeries} for one clean series per reporter.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { trade } from "china-russia-data";
 *
 * trade.find((r) => r.year === 2021 && r.reporter === "CHN" && r.partner === "RUS" && r.flow === "total")?.valueUsdMillions;
 * //=> 146887
 * ```
 */
export const trade: readonly TradeRow[] = tradeRows;

/**
 * Published figures for one country's share of the other's trade (e.g. China's share of Russia's trade,
 * 17.7% in January–August 2021), each with its period, producer, source and excerpt. These are statements,
 * not computations: compare them with {@link tradeShare}.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { reportedShares } from "china-russia-data";
 *
 * reportedShares.find((r) => r.country === "RUS" && r.period === "2021-01/2021-08")?.sharePercent;
 * //=> 17.7
 * ```
 */
export const reportedShares: readonly ReportedShareRow[] = reportedShareRows;

/**
 * Every partner code used in the data: ISO 3166-1 alpha-3 codes, ISO 3166-3 codes of former countries (USSR,
 * Czechoslovakia, …) and project ids for aggregates (`WLD` for the world, `EUU` for the European Union,
 * `NOT_SPECIFIED`, …), with the partner name the IMF uses.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { countries } from "china-russia-data";
 *
 * countries.find((c) => c.code === "RUS")?.imfName;
 * //=> "Russian Federation"
 * ```
 */
export const countries: readonly CountryRow[] = countryRows;

/**
 * The bibliography: one row per source that a data row cites, with producer, publisher, URL, licence and the
 * full citation text. Resolve a row's `sourceId` with {@link sourceOf}.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { sources } from "china-russia-data";
 *
 * sources.find((s) => s.id === "imf-dots-rus")?.producer;
 * //=> "International Monetary Fund (IMF)"
 * ```
 */
export const sources: readonly SourceRow[] = sourceRows;

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
export const tradeMeta: DatasetMeta = datasetMeta.trade;

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
export const reportedSharesMeta: DatasetMeta = datasetMeta.reportedShares;

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
export const countriesMeta: DatasetMeta = datasetMeta.countries;

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
export const sourcesMeta: DatasetMeta = datasetMeta.sources;

const sourceById: ReadonlyMap<string, SourceRow> = new Map(sourceRows.map((s) => [s.id, s]));

/**
 * The bibliography entry of a row: looks up `row.sourceId` in {@link sources}.
 *
 * @category Datasets
 * @param row - any row with a `sourceId` (or a series point from {@link tradeSeries})
 * @returns the source
 * @throws TypeError when `row` has no string `sourceId`; RangeError when no source has that id
 * @example
 * ```ts
 * import { sourceOf, trade } from "china-russia-data";
 *
 * sourceOf(trade[0]!).producer;
 * //=> "International Monetary Fund (IMF)"
 * ```
 */
export function sourceOf(row: { readonly sourceId: string }): SourceRow {
  const id = (row as { sourceId?: unknown } | null)?.sourceId;
  if (typeof id !== "string") throw new TypeError("sourceOf: row must be an object with a string sourceId");
  const source = sourceById.get(id);
  if (!source) throw new RangeError(`sourceOf: no source has the id ${JSON.stringify(id)}`);
  return source;
}

import type {
  ArmsTransferRow, CapabilityRow, AssessmentRow, ClaimRow, CountryRow, EnergyFlowRow, EnergyProjectRow, EventRow, FactRow, ReleaseRow, ReportedShareRow,
  SourceRow, TradeRow,
} from "../core/types.js";
import { armsTransferRows } from "./generated/arms-transfers.js";
import { assessmentRows } from "./generated/assessments.js";
import { capabilityRows } from "./generated/capabilities.js";
import { claimRows } from "./generated/claims.js";
import { energyFlowRows } from "./generated/energy-flows.js";
import { energyProjectRows } from "./generated/energy-projects.js";
import { eventRows } from "./generated/events.js";
import { factRows } from "./generated/facts.js";
import { countryRows } from "./generated/countries.js";
import * as generatedMeta from "./generated/meta.js";
import { releaseRows } from "./generated/releases.js";
import { reportedShareRows } from "./generated/reported-shares.js";
import { sourceRows } from "./generated/sources.js";
import { tradeRows } from "./generated/trade.js";

/** Facts about one dataset: its size, the years it covers, the sources it cites and a hash of its rows. */
export interface DatasetMeta {
  /** The dataset's fields, in its schema's order: the columns of its CSV file and of `china-russia-data export`. */
  readonly fields: readonly string[];
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
 * Russia–China pipelines and LNG projects: Power of Siberia, Power of Siberia 2, the Far Eastern route, the
 * ESPO spur to China (Skovorodino–Mohe), Yamal LNG and Arctic LNG 2. Each row holds the capacity figures
 * with their kind and date (e.g. 15 → 30 Mt/yr in 2018; 38 → 44 bcm/yr agreed in 2025), Chinese stakes,
 * dated milestones, and the source and excerpt of every figure.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { energyProjects } from "china-russia-data";
 *
 * energyProjects.find((p) => p.id === "power-of-siberia")?.capacity.map((c) => c.value);
 * //=> [38, 38, 44]
 * ```
 */
export const energyProjects: readonly EnergyProjectRow[] = energyProjectRows;

/**
 * Annual energy flows from Russia to China where a source states them: gas through Power of Siberia, crude
 * oil, Arctic LNG 2 cargoes. Conflicting figures for one year are kept side by side; a planned figure is
 * marked `planned`.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { energyFlows } from "china-russia-data";
 *
 * energyFlows.filter((f) => f.projectId === "power-of-siberia" && f.year === 2021).map((f) => f.value);
 * //=> [10.4, 11]
 * ```
 */
export const energyFlows: readonly EnergyFlowRow[] = energyFlowRows;

/**
 * Recipients' shares of Russia's arms exports (SIPRI figures as reported), each for an explicit period.
 * SIPRI measures in trend-indicator values (TIV), not dollars; figures quoted in dollars are not stored.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { armsTransfers } from "china-russia-data";
 *
 * armsTransfers.find((a) => a.recipient === "IND" && a.periodStart === 2016)?.sharePercent;
 * //=> 23
 * ```
 */
export const armsTransfers: readonly ArmsTransferRow[] = armsTransferRows;

/**
 * Dated events, oldest first, each with the precision of its date (day, month or year), a category (border,
 * treaty, energy, military, diplomacy, economy) and its sources: the 1969 border clash, the border
 * agreements of 1991, 2004 and 2008, the 2001 treaty and its 2021 extension, energy contracts, Vostok 2018,
 * the 2022 joint statement, the Amur bridges and later milestones.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { events } from "china-russia-data";
 *
 * events.find((e) => e.id === "treaty-good-neighbourliness")?.date;
 * //=> "2001-07-16"
 * ```
 */
export const events: readonly EventRow[] = eventRows;

/**
 * Scalar facts with their sources: border lengths (the article's 4,200 km beside the 4,300 km Reuters gave at
 * the final demarcation), the 2011 oil discount, project costs, Huawei's research staff in Russia and more.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { facts } from "china-russia-data";
 *
 * facts.find((f) => f.id === "border-length-reuters-2008")?.value;
 * //=> 4300
 * ```
 */
export const facts: readonly FactRow[] = factRows;

/**
 * The article's analytic frame: its four drivers of China–Russia rapprochement, the limitations and the
 * potential frictions, each summarised in the project's own words with a short quote and links to the
 * datasets, events and claims that bear on it.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { assessments } from "china-russia-data";
 *
 * assessments.filter((a) => a.kind === "driver").length;
 * //=> 4
 * ```
 */
export const assessments: readonly AssessmentRow[] = assessmentRows;

/**
 * The article's quantitative claims checked against this library's data: the quote, the stated figure, the
 * figure computed with the library's own selectors and datasets (and how), and a verdict (`supported`,
 * `approximately`, `contradicted`, `not-verifiable`) with a one-line reason. Computed at build time; a test
 * recomputes every claim.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { claims } from "china-russia-data";
 *
 * claims.find((c) => c.id === "power-of-siberia-36bcm")?.verdict;
 * //=> "approximately"
 * ```
 */
export const claims: readonly ClaimRow[] = claimRows;

/**
 * The strategic asymmetry in numbers, by producer edition (`release`, a row of {@link releases}): GDP and GDP
 * per capita (Maddison Project 2020 and 2023, 2011 international dollars), population (Gapminder and UN, to 2015;
 * later values are projections and are left out), military expenditure (SIPRI: constant 2019 US dollars in Our
 * World in Data's 2022 copy, constant 2023 and current US dollars in SIPRI's 2025 workbook) and its share of GDP
 * (percent), nuclear warheads (FAS stockpiles of the 2022 and 2023 editions, and their inventories), for China,
 * Russia and the article's comparators (United States, India, Viet Nam, Mongolia and the five Central Asian
 * states) where the producer has them, from 1900.
 *
 * One row per (country, year, metric, release), each with its unit and source. Producers revise back years
 * between editions, so two releases can give different values for the same year: never splice them (the
 * selectors read one release per series). SIPRI's and FAS's "Russia" before 1992 is the Soviet Union, `SUN`;
 * Maddison's and Gapminder's Russia before 1992 is an estimate for today's territory and stays `RUS`. Use
 * {@link capabilitySeries} and {@link capabilityRatio}.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { capabilities } from "china-russia-data";
 *
 * capabilities
 *   .filter((r) => r.country === "CHN" && r.metric === "nuclearWarheads" && r.year === 2022)
 *   .map((r) => [r.release, r.value]);
 * //=> [["fas-2022", 350], ["fas-2023", 390]]
 * ```
 */
export const capabilities: readonly CapabilityRow[] = capabilityRows;

/**
 * Size, years, sources and hash of {@link capabilities}.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { capabilities, capabilitiesMeta } from "china-russia-data";
 *
 * capabilitiesMeta.rows === capabilities.length;
 * //=> true
 * ```
 */
export const capabilitiesMeta: DatasetMeta = generatedMeta.capabilitiesMeta;

/**
 * The producers' editions the data come from: one row per edition (SIPRI's arms transfers tables of 2022 and its
 * 2025 register, SIPRI's military expenditure as copied by Our World in Data in 2022 and SIPRI's 2025 workbook,
 * FAS 2022 and 2023, Maddison 2020 and 2023, Gapminder/UN population, IMF DOTS), with the date the file states,
 * the years it covers and its source. Every row of `armsDeliveries` and {@link capabilities} names its release;
 * the selectors take `release` and say which one they used.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { releases } from "china-russia-data";
 *
 * releases.filter((r) => r.dataset === "armsDeliveries").map((r) => [r.id, r.firstYear, r.lastYear]);
 * //=> [["2022-07-28", 1950, 2021], ["2026-02-12", 1995, 2024]]
 * ```
 */
export const releases: readonly ReleaseRow[] = releaseRows;

/**
 * Size, years, sources and hash of {@link releases}.
 *
 * @category Datasets
 * @example
 * ```ts
 * import { releases, releasesMeta } from "china-russia-data";
 *
 * releasesMeta.rows === releases.length;
 * //=> true
 * ```
 */
export const releasesMeta: DatasetMeta = generatedMeta.releasesMeta;

/**
 * Every partner code used in the data: ISO 3166-1 alpha-3 codes, ISO 3166-3 codes of former countries (USSR,
 * Czechoslovakia, …), project ids for aggregates (`WLD` for the world, `EUU` for the European Union,
 * `NOT_SPECIFIED`, …), and the organisations (`ORG_…`) and non-state actors (`NSA_…`) that SIPRI lists, with
 * the partner name the IMF uses where it has one.
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

export { tradeMeta, reportedSharesMeta, energyProjectsMeta, energyFlowsMeta, armsTransfersMeta, eventsMeta, factsMeta, assessmentsMeta, claimsMeta, countriesMeta, sourcesMeta } from "./metas.js";

let sourceById: ReadonlyMap<string, SourceRow> | undefined;

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
  sourceById ??= new Map(sourceRows.map((s) => [s.id, s]));
  const source = sourceById.get(id);
  if (!source) throw new RangeError(`sourceOf: no source has the id ${JSON.stringify(id)}`);
  return source;
}

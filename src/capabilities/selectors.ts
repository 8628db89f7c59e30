// Capability series, ratios and revisions: one country's metric by year from one producer edition, one country's value
// over another's, and how an edition revised another. One index, built on first use, answers every query without
// scanning the rows.
import { capabilityRows } from "../datasets/generated/capabilities.js";
import { releaseRows } from "../datasets/generated/releases.js";
import { chooseEdition, checkRelease, describeEditions, type Edition, requireRelease, type RevisionPoint, revisionPoints } from "../core/editions.js";
import { DataNotAvailableError, formatYears } from "../core/errors.js";
import { show } from "../metrics/_check.js";
import { checkCode as checkCountry, checkIntegerYear, checkOptionalSpan, checkQuery } from "../core/query.js";
import type { CapabilityMetric, CapabilityRow, CountryCode } from "../core/types.js";

/** A country and a metric, and optionally the years and the producer's release. */
export interface CapabilitySeriesQuery {
  /** ISO 3166-1 alpha-3 code, e.g. `"CHN"`; `"SUN"` for the Soviet Union. */
  readonly country: CountryCode;
  /** The metric, e.g. `"militaryExpenditure"`. */
  readonly metric: CapabilityMetric;
  /** First year wanted (with `to`): the default release is the newest covering `from`–`to`, and only those years are returned. */
  readonly from?: number;
  /** Last year wanted (with `from`). */
  readonly to?: number;
  /**
   * The producer's edition (a row of `releases`), e.g. `"fas-2022"`. Without it, the newest release whose
   * series covers the years asked; every point names its release, and a series never mixes releases.
   */
  readonly release?: string;
}

/** One year of a capability series. */
export interface CapabilityPoint {
  /** Calendar year. */
  readonly year: number;
  /** The value, in the series' unit. */
  readonly value: number;
  /** True where the file read marks the value an estimate, false where it marks none, null where it is a copy without the producer's marks (unknown). */
  readonly estimated: boolean | null;
  /** Present (true) where the producer marks the value as highly uncertain (SIPRI's red figures). */
  readonly uncertain?: true;
  /** The producer's edition the value comes from (the same for every point of a series). */
  readonly release: string;
  /** The source. */
  readonly sourceId: string;
}

/** Two countries, a metric and a year. */
export interface CapabilityRatioQuery {
  /** The metric. */
  readonly metric: CapabilityMetric;
  /** The country in the numerator. */
  readonly a: CountryCode;
  /** The country in the denominator. */
  readonly b: CountryCode;
  /** The year. */
  readonly year: number;
  /** The producer's edition both values are read from; without it, the newest release with both values for the year. */
  readonly release?: string;
}

/** One side of a ratio. */
export interface CapabilityValue {
  /** The value. */
  readonly value: number;
  /** The source. */
  readonly sourceId: string;
}

/** a's value over b's. */
export interface CapabilityRatioResult {
  /** a.value / b.value. */
  readonly ratio: number;
  /** The numerator. */
  readonly a: CapabilityValue;
  /** The denominator. */
  readonly b: CapabilityValue;
  /** The unit of both values (the ratio itself has none). */
  readonly unit: string;
  /** The metric. */
  readonly metric: CapabilityMetric;
  /** The year. */
  readonly year: number;
  /** The producer's edition both values come from. */
  readonly release: string;
}

/** A country, a metric and two releases to compare. */
export interface CapabilityRevisionsQuery {
  /** The country. */
  readonly country: CountryCode;
  /** The metric. */
  readonly metric: CapabilityMetric;
  /** The first release, e.g. `"fas-2022"`. */
  readonly releaseA: string;
  /** The second release, e.g. `"fas-2023"`. */
  readonly releaseB: string;
}

/** How a producer revised one series between two of its releases. */
export interface CapabilityRevisions {
  /** The series, e.g. `"CHN nuclearWarheads"`. */
  readonly series: string;
  /** The first release. */
  readonly releaseA: string;
  /** The second release. */
  readonly releaseB: string;
  /** The unit in release A (releases can differ in unit: SIPRI's constant 2019 and constant 2023 dollars). */
  readonly unitA: string;
  /** The unit in release B. */
  readonly unitB: string;
  /** One entry per year both series cover in which either has a value (null where a release has none). */
  readonly years: readonly RevisionPoint[];
}

const METRICS: readonly CapabilityMetric[] = [
  "gdp", "gdpPerCapita", "population", "militaryExpenditure", "militaryExpenditureCurrentUsd", "militaryExpenditureShareGdp", "nuclearWarheads",
  "nuclearWarheadInventory",
];
/** The metrics whose producer's "Russia" before 1992 is the Soviet Union (SIPRI, FAS). */
const SOVIET_BEFORE_1992: ReadonlySet<CapabilityMetric> = new Set([
  "militaryExpenditure", "militaryExpenditureCurrentUsd", "militaryExpenditureShareGdp", "nuclearWarheads", "nuclearWarheadInventory",
]);

interface Series extends Edition {
  readonly unit: string;
  readonly points: readonly CapabilityPoint[];
  /** year → point */
  readonly byYear: ReadonlyMap<number, CapabilityPoint>;
}

/** country/metric → its series, one per release, newest release first. */
let index: ReadonlyMap<string, readonly Series[]> | undefined;
let order: ReadonlyMap<string, number> | undefined;

/** The capabilities releases, ordered by the date their file states, newest first (ISO dates and years compare as text). */
function releaseOrder(): ReadonlyMap<string, number> {
  if (order) return order;
  const sorted = releaseRows.filter((r) => r.dataset === "capabilities").sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1));
  return (order = new Map(sorted.map((r, i) => [r.id, i])));
}

/** Every capabilities release id, newest first. */
function releaseIds(): string[] {
  return [...releaseOrder().keys()];
}

function getIndex(): ReadonlyMap<string, readonly Series[]> {
  if (index) return index;
  const rows: readonly CapabilityRow[] = capabilityRows;
  const building = new Map<string, { id: string; first: number; last: number; unit: string; points: CapabilityPoint[]; byYear: Map<number, CapabilityPoint> }>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const key = `${r.country}/${r.metric}/${r.release}`;
    let s = building.get(key);
    if (!s) building.set(key, (s = { id: r.release, first: r.year, last: r.year, unit: r.unit, points: [], byYear: new Map() }));
    const p: CapabilityPoint = Object.freeze(
      r.uncertain
        ? { year: r.year, value: r.value, estimated: r.estimated, uncertain: true as const, release: r.release, sourceId: r.sourceId }
        : { year: r.year, value: r.value, estimated: r.estimated, release: r.release, sourceId: r.sourceId },
    );
    s.points.push(p);
    s.byYear.set(r.year, p);
    if (r.year < s.first) s.first = r.year;
    if (r.year > s.last) s.last = r.year;
  }
  const rank = releaseOrder();
  const out = new Map<string, Series[]>();
  for (const [key, s] of building) {
    Object.freeze(s.points);
    const cm = key.slice(0, key.lastIndexOf("/"));
    let list = out.get(cm);
    if (!list) out.set(cm, (list = []));
    list.push(Object.freeze(s));
  }
  for (const list of out.values()) list.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  return (index = out);
}

function checkMetric(fn: string, value: unknown): CapabilityMetric {
  if (typeof value !== "string") throw new TypeError(`${fn}: metric must be a string, got ${show(value)}`);
  if (!(METRICS as readonly string[]).includes(value)) {
    throw new DataNotAvailableError(`${fn} metric`, [], `${fn}: no metric ${JSON.stringify(value)} (metrics: ${METRICS.join(", ")})`);
  }
  return value as CapabilityMetric;
}


function countriesWith(metric: CapabilityMetric): string[] {
  const out: string[] = [];
  for (const key of getIndex().keys()) {
    const [c, m] = key.split("/");
    if (m === metric) out.push(c!);
  }
  return out.sort();
}

/** Every release of one country's metric, newest first. */
function seriesList(fn: string, country: string, metric: CapabilityMetric): readonly Series[] {
  const list = getIndex().get(`${country}/${metric}`);
  if (!list) {
    throw new DataNotAvailableError(`${country} ${metric}`, [], `${fn}: no ${metric} for ${JSON.stringify(country)} (countries with ${metric}: ${countriesWith(metric).join(", ")})`);
  }
  return list;
}

/** One release of a series: the one asked for, or the newest covering `from`–`to`. */
function seriesOf(fn: string, country: string, metric: CapabilityMetric, release: string | undefined, from?: number, to?: number): Series {
  const list = seriesList(fn, country, metric);
  if (release === undefined) return chooseEdition(fn, `${country} ${metric}`, list, from, to) as Series;
  const s = list.find((x) => x.id === release);
  if (!s) {
    throw new DataNotAvailableError(`${country} ${metric}`, [], `${fn}: release ${release} holds no ${metric} for ${country} (releases with it: ${describeEditions(list)})`);
  }
  if (from !== undefined && to !== undefined && (from < s.first || to > s.last)) {
    throw new DataNotAvailableError(`${country} ${metric} (${release})`, s.points.map((p) => p.year), `${fn}: release ${release} covers ${s.first}–${s.last} of ${country} ${metric}, not ${from}–${to}`);
  }
  return s;
}

/** SIPRI's and FAS's "Russia" before 1992 is the Soviet Union's figure, under SUN. */
function checkSoviet(fn: string, country: string, metric: CapabilityMetric, year: number): void {
  if (country === "RUS" && year < 1992 && SOVIET_BEFORE_1992.has(metric)) {
    const sun = getIndex().get(`SUN/${metric}`)?.[0];
    throw new DataNotAvailableError(
      `RUS ${metric}`, seriesList(fn, country, metric)[0]!.points.map((p) => p.year),
      `${fn}: ${metric} for Russia in ${year} is the Soviet Union's figure: ask for country "SUN"${sun ? ` (SUN has ${formatYears(sun.points.map((p) => p.year))} in release ${sun.id})` : ""}`,
    );
  }
}

/**
 * One country's capability metric by year, from one producer edition (`release`, a row of `releases`): GDP and
 * GDP per capita (Maddison Project 2020 and 2023, 2011 international dollars), population (Gapminder and UN, to
 * 2015), military expenditure (SIPRI: constant 2019 US dollars in Our World in Data's 2022 copy; constant 2023
 * and current US dollars in SIPRI's 2025 workbook) and its share of GDP (percent), nuclear warheads (FAS 2022 and
 * 2023 stockpiles; inventories). Without `release`, the newest release whose series covers `from`–`to` (all of
 * it when no years are asked); every point names its release and a series never mixes releases. A year without
 * a value is absent, never 0.
 *
 * Where SIPRI's and FAS's "Russia" before 1992 is the Soviet Union, those years are under `SUN`; Maddison's
 * and Gapminder's Russia is an estimate for today's territory and stays `RUS`.
 *
 * @category Selectors
 * @param query - country and metric, optionally `from` and `to` (both or neither) and `release`
 * @returns the points, sorted by year (frozen)
 * @throws TypeError for a malformed query; RangeError for an unknown release (the message lists them) or
 *   `from` after `to`; DataNotAvailableError for an unknown metric, a country without that metric (the message
 *   lists the countries that have it), or years no single release covers (the message names each release's years)
 * @example
 * ```ts
 * import { capabilitySeries } from "china-russia-data";
 *
 * capabilitySeries({ country: "CHN", metric: "nuclearWarheads" }).at(-1);
 * //=> { year: 2023, value: 410, estimated: true, release: "fas-2023", sourceId: "fas-2023" }
 * capabilitySeries({ country: "CHN", metric: "nuclearWarheads", release: "fas-2022" }).at(-1)?.value;
 * //=> 350
 * ```
 */
export function capabilitySeries(query: CapabilitySeriesQuery): readonly CapabilityPoint[] {
  const fn = "capabilitySeries";
  const q = checkQuery(fn, query, ["country", "metric", "from", "to", "release"]);
  const country = checkCountry(fn, "country", q.country);
  const metric = checkMetric(fn, q.metric);
  const release = checkRelease(fn, q.release, releaseIds());
  const { from, to } = checkOptionalSpan(fn, q.from, q.to);
  const s = seriesOf(fn, country, metric, release, from, to);
  if (from === undefined || to === undefined) return s.points;
  const f = from;
  const t = to;
  return Object.freeze(s.points.filter((p) => p.year >= f && p.year <= t));
}

/**
 * One country's capability over another's in one year (a over b), with both values, their sources, the unit
 * and the release both come from: e.g. China's military expenditure as a multiple of Russia's. Without
 * `release`, the newest release that has both values for the year.
 *
 * @category Selectors
 * @param query - metric, a, b, year and optionally release
 * @returns the ratio with both values
 * @throws TypeError for a malformed query; RangeError for an unknown release, or where b's value is 0 (no ratio
 *   exists); DataNotAvailableError for an unknown metric, a country or year without a value in any one release
 *   (the message names the years that exist), or Russia before 1992 in SIPRI's and FAS's metrics (the figure is
 *   the Soviet Union's, `SUN`)
 * @example
 * ```ts
 * import { capabilityRatio } from "china-russia-data";
 *
 * const r = capabilityRatio({ metric: "nuclearWarheads", a: "CHN", b: "RUS", year: 2022 });
 * [r.a.value, r.b.value, r.release];
 * //=> [390, 4477, "fas-2023"]
 * capabilityRatio({ metric: "nuclearWarheads", a: "CHN", b: "RUS", year: 2022, release: "fas-2022" }).a.value;
 * //=> 350
 * ```
 */
export function capabilityRatio(query: CapabilityRatioQuery): CapabilityRatioResult {
  const fn = "capabilityRatio";
  const q = checkQuery(fn, query, ["metric", "a", "b", "year", "release"]);
  const metric = checkMetric(fn, q.metric);
  const a = checkCountry(fn, "a", q.a);
  const b = checkCountry(fn, "b", q.b);
  const year = checkIntegerYear(fn, "year", q.year);
  const release = checkRelease(fn, q.release, releaseIds());
  checkSoviet(fn, a, metric, year);
  checkSoviet(fn, b, metric, year);
  const la = seriesList(fn, a, metric);
  const lb = seriesList(fn, b, metric);
  // The release asked for, or the newest in which both countries have a value for the year.
  const id = release ?? la.find((s) => s.byYear.has(year) && lb.some((t) => t.id === s.id && t.byYear.has(year)))?.id;
  if (id === undefined) {
    const years = (l: readonly Series[]) => l.map((s) => `${s.id}: ${formatYears(s.points.map((p) => p.year))}`).join("; ");
    throw new DataNotAvailableError(
      `${a}/${b} ${metric}`, [...new Set(la.flatMap((s) => s.points.map((p) => p.year)))].sort((x, y) => x - y),
      `${fn}: no single release has ${metric} for both ${a} and ${b} in ${year} (${a}: ${years(la)}; ${b}: ${years(lb)})`,
    );
  }
  const sa = seriesOf(fn, a, metric, id);
  const sb = seriesOf(fn, b, metric, id);
  const pa = sa.byYear.get(year);
  const pb = sb.byYear.get(year);
  if (!pa) throw new DataNotAvailableError(`${a} ${metric} (${id})`, sa.points.map((x) => x.year), `${fn}: no ${metric} for ${a} in ${year} in release ${id}`);
  if (!pb) throw new DataNotAvailableError(`${b} ${metric} (${id})`, sb.points.map((x) => x.year), `${fn}: no ${metric} for ${b} in ${year} in release ${id}`);
  if (pb.value === 0) throw new RangeError(`${fn}: b (${b}) has ${metric} 0 in ${year}, so a ratio a / b does not exist`);
  const ratio = pa.value / pb.value;
  if (!Number.isFinite(ratio)) throw new RangeError(`${fn}: the ratio of ${pa.value} to ${pb.value} is not a finite number`);
  return Object.freeze({
    ratio, a: Object.freeze({ value: pa.value, sourceId: pa.sourceId }), b: Object.freeze({ value: pb.value, sourceId: pb.sourceId }),
    unit: sa.unit, metric, year, release: id,
  });
}

/**
 * How a producer revised one country's metric between two of its releases: for every year both series cover,
 * the value in each release and the difference (B − A). A figure quoted from an older edition that differs
 * from a newer one is a revision, not an error. Compare like with like: SIPRI's military expenditure is in
 * constant 2019 dollars in `sipri-milex-owid-2022` and constant 2023 dollars in `sipri-milex-2025` (the result
 * names both units).
 *
 * @category Selectors
 * @param query - country, metric, releaseA and releaseB
 * @returns the years with both values and their difference (frozen)
 * @throws TypeError for a malformed query; RangeError for an unknown or repeated release;
 *   DataNotAvailableError where a release holds no such series, or the two series share no year
 * @example
 * ```ts
 * import { capabilityRevisions } from "china-russia-data";
 *
 * capabilityRevisions({ country: "CHN", metric: "nuclearWarheads", releaseA: "fas-2022", releaseB: "fas-2023" })
 *   .years.find((y) => y.year === 2022);
 * //=> { year: 2022, valueA: 350, valueB: 390, difference: 40 }
 * ```
 */
export function capabilityRevisions(query: CapabilityRevisionsQuery): CapabilityRevisions {
  const fn = "capabilityRevisions";
  const q = checkQuery(fn, query, ["country", "metric", "releaseA", "releaseB"]);
  const country = checkCountry(fn, "country", q.country);
  const metric = checkMetric(fn, q.metric);
  const ids = releaseIds();
  const ra = requireRelease(fn, q.releaseA, ids, "releaseA");
  const rb = requireRelease(fn, q.releaseB, ids, "releaseB");
  if (ra === rb) throw new RangeError(`${fn}: releaseA and releaseB must differ, got ${JSON.stringify(ra)} twice`);
  const a = seriesOf(fn, country, metric, ra);
  const b = seriesOf(fn, country, metric, rb);
  const first = Math.max(a.first, b.first);
  const last = Math.min(a.last, b.last);
  const series = `${country} ${metric}`;
  if (first > last) throw new DataNotAvailableError(series, [], `${fn}: release ${ra} (${a.first}–${a.last}) and ${rb} (${b.first}–${b.last}) share no year of ${series}`);
  return Object.freeze({ series, releaseA: ra, releaseB: rb, unitA: a.unit, unitB: b.unit, years: revisionPoints(a.points, b.points, first, last, false) });
}

// Capability series and ratios: one country's metric by year, and one country's value over another's. One index,
// built on first use, answers every query without scanning the rows.
import { capabilityRows } from "../datasets/generated/capabilities.js";
import { DataNotAvailableError, formatYears } from "../core/errors.js";
import { show } from "../metrics/_check.js";
import { checkCode as checkCountry, checkIntegerYear, checkQuery } from "../core/query.js";
import type { CapabilityMetric, CapabilityRow, CountryCode } from "../core/types.js";

/** A country and a metric. */
export interface CapabilitySeriesQuery {
  /** ISO 3166-1 alpha-3 code, e.g. `"CHN"`; `"SUN"` for the Soviet Union. */
  readonly country: CountryCode;
  /** The metric, e.g. `"militaryExpenditure"`. */
  readonly metric: CapabilityMetric;
}

/** One year of a capability series. */
export interface CapabilityPoint {
  /** Calendar year. */
  readonly year: number;
  /** The value, in the series' unit. */
  readonly value: number;
  /** True where the producer calls the value an estimate. */
  readonly estimated: boolean;
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
}

const METRICS: readonly CapabilityMetric[] = [
  "gdp", "gdpPerCapita", "population", "militaryExpenditure", "militaryExpenditureShareGdp", "nuclearWarheads", "nuclearWarheadInventory",
];
/** The metrics whose producer's "Russia" before 1992 is the Soviet Union (SIPRI, FAS). */
const SOVIET_BEFORE_1992: ReadonlySet<CapabilityMetric> = new Set(["militaryExpenditure", "militaryExpenditureShareGdp", "nuclearWarheads", "nuclearWarheadInventory"]);

interface Series {
  readonly unit: string;
  readonly points: readonly CapabilityPoint[];
  /** year → point */
  readonly byYear: ReadonlyMap<number, CapabilityPoint>;
}

let index: ReadonlyMap<string, Series> | undefined;

function getIndex(): ReadonlyMap<string, Series> {
  if (index) return index;
  const rows: readonly CapabilityRow[] = capabilityRows;
  const building = new Map<string, { unit: string; points: CapabilityPoint[]; byYear: Map<number, CapabilityPoint> }>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const key = `${r.country}/${r.metric}`;
    let s = building.get(key);
    if (!s) building.set(key, (s = { unit: r.unit, points: [], byYear: new Map() }));
    const p: CapabilityPoint = Object.freeze({ year: r.year, value: r.value, estimated: r.estimated, sourceId: r.sourceId });
    s.points.push(p);
    s.byYear.set(r.year, p);
  }
  for (const s of building.values()) Object.freeze(s.points);
  return (index = building);
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

function seriesOf(fn: string, country: string, metric: CapabilityMetric): Series {
  const s = getIndex().get(`${country}/${metric}`);
  if (!s) {
    throw new DataNotAvailableError(`${country} ${metric}`, [], `${fn}: no ${metric} for ${JSON.stringify(country)} (countries with ${metric}: ${countriesWith(metric).join(", ")})`);
  }
  return s;
}

function pointOf(fn: string, country: string, metric: CapabilityMetric, year: number): CapabilityPoint {
  if (country === "RUS" && year < 1992 && SOVIET_BEFORE_1992.has(metric)) {
    const sun = getIndex().get(`SUN/${metric}`);
    throw new DataNotAvailableError(
      `RUS ${metric}`, seriesOf(fn, country, metric).points.map((p) => p.year),
      `${fn}: ${metric} for Russia in ${year} is the Soviet Union's figure: ask for country "SUN"${sun ? ` (SUN has ${formatYears(sun.points.map((p) => p.year))})` : ""}`,
    );
  }
  const s = seriesOf(fn, country, metric);
  const p = s.byYear.get(year);
  if (!p) throw new DataNotAvailableError(`${country} ${metric}`, s.points.map((x) => x.year), `${fn}: no ${metric} for ${country} in ${year}`);
  return p;
}

/**
 * One country's capability metric by year, as its producer gives it: GDP and GDP per capita (Maddison
 * Project 2020, 2011 international dollars), population (Gapminder and UN, to 2015), military expenditure
 * (SIPRI, constant 2019 US dollars) and its share of GDP (percent), nuclear warheads (FAS stockpile; 2022
 * inventory). A year without a value is absent, never 0.
 *
 * Where SIPRI's and FAS's "Russia" before 1992 is the Soviet Union, those years are under `SUN`; Maddison's
 * and Gapminder's Russia is an estimate for today's territory and stays `RUS`.
 *
 * @category Selectors
 * @param query - country and metric
 * @returns the points, sorted by year (frozen)
 * @throws TypeError for a malformed query; DataNotAvailableError for an unknown metric or a country without
 *   that metric (the message lists the countries that have it)
 * @example
 * ```ts
 * import { capabilitySeries } from "china-russia-data";
 *
 * capabilitySeries({ country: "CHN", metric: "nuclearWarheads" }).at(-1);
 * //=> { year: 2022, value: 350, estimated: true, sourceId: "owid-fas-warhead-stockpiles" }
 * ```
 */
export function capabilitySeries(query: CapabilitySeriesQuery): readonly CapabilityPoint[] {
  const fn = "capabilitySeries";
  const q = checkQuery(fn, query, ["country", "metric"]);
  const country = checkCountry(fn, "country", q.country);
  const metric = checkMetric(fn, q.metric);
  return seriesOf(fn, country, metric).points;
}

/**
 * One country's capability over another's in one year (a over b), with both values, their sources and the
 * unit: e.g. China's military expenditure as a multiple of Russia's.
 *
 * @category Selectors
 * @param query - metric, a, b and year
 * @returns the ratio with both values
 * @throws TypeError for a malformed query; RangeError where b's value is 0 (no ratio exists);
 *   DataNotAvailableError for an unknown metric, a country or year without a value (the message names the
 *   years that exist), or Russia before 1992 in SIPRI's and FAS's metrics (the figure is the Soviet Union's,
 *   `SUN`)
 * @example
 * ```ts
 * import { capabilityRatio } from "china-russia-data";
 *
 * const r = capabilityRatio({ metric: "nuclearWarheads", a: "CHN", b: "RUS", year: 2022 });
 * [r.a.value, r.b.value];
 * //=> [350, 4477]
 * ```
 */
export function capabilityRatio(query: CapabilityRatioQuery): CapabilityRatioResult {
  const fn = "capabilityRatio";
  const q = checkQuery(fn, query, ["metric", "a", "b", "year"]);
  const metric = checkMetric(fn, q.metric);
  const a = checkCountry(fn, "a", q.a);
  const b = checkCountry(fn, "b", q.b);
  const year = checkIntegerYear(fn, "year", q.year);
  const pa = pointOf(fn, a, metric, year);
  const pb = pointOf(fn, b, metric, year);
  if (pb.value === 0) throw new RangeError(`${fn}: b (${b}) has ${metric} 0 in ${year}, so a ratio a / b does not exist`);
  const ratio = pa.value / pb.value;
  if (!Number.isFinite(ratio)) throw new RangeError(`${fn}: the ratio of ${pa.value} to ${pb.value} is not a finite number`);
  return Object.freeze({
    ratio, a: Object.freeze({ value: pa.value, sourceId: pa.sourceId }), b: Object.freeze({ value: pb.value, sourceId: pb.sourceId }),
    unit: seriesOf(fn, a, metric).unit, metric, year,
  });
}

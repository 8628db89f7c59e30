// The measures over trade series: shares (tradeShare), dependency asymmetry and growth, each with its checks
// and memo. ./selectors.ts builds the selectors on them.
import { DataNotAvailableError } from "../core/errors.js";
import { deepFreeze } from "../core/freeze.js";
import { dependencyAsymmetryRatio } from "../metrics/asymmetry.js";
import { cagr, foldChange, percentChange } from "../metrics/growth.js";
import { show } from "../metrics/_check.js";
import { share } from "../metrics/share.js";
import { checkQuery } from "../core/query.js";
import type { CountryCode, Producer, Reporter } from "../core/types.js";
import { TupleCache, checkReporter, checkYear, label, checkSeriesFields, SERIES_FIELDS, type TradeSeriesQuery, type TradeSeriesPoint } from "./select-series.js";
import type { TradeShareQuery, DependencyAsymmetryQuery, TradeGrowthQuery } from "./selectors.js";

function pointAt(fn: string, series: readonly TradeSeriesPoint[], q: { reporter: string; partner: string; flow: string; source?: string | undefined }, year: number): TradeSeriesPoint {
  const p = pointIn(series, year);
  if (!p) throw new DataNotAvailableError(label(q), series.map((s) => s.year), `${fn}: no value for ${year}`);
  return p;
}

/**
 * Whose statistics a share's bilateral value comes from: `reported` (the reporter's own, Barbieri's trade
 * share) or `mirror` (the partner's statistics of its trade with the reporter, over the reporter's own total).
 */
export type ShareBasis = "reported" | "mirror";

const BASES: readonly ShareBasis[] = ["reported", "mirror"];

/** The result of {@link tradeShare}. */
export interface TradeShareResult {
  /** `bilateral / total`, in [0, 1]. */
  readonly share: number;
  /** The reporter's total trade with the partner, USD millions: as the reporter reports it, or, on the mirror basis, as the partner reports its trade with the reporter. */
  readonly bilateral: number;
  /** The reporter's total trade with the world, USD millions. */
  readonly total: number;
  /** The basis of the bilateral value. */
  readonly basis: ShareBasis;
  /** The producers of the bilateral value and of the total, in that order (the same producer twice on the reported basis, as a rule). */
  readonly producers: readonly [Producer, Producer];
  /** True where either value is approximate (a rounded or "about" figure). */
  readonly approximate: boolean;
  /** The sources of the two values. */
  readonly sourceIds: readonly string[];
}

function checkBasis(fn: string, value: unknown): ShareBasis {
  if (value === undefined) return "reported";
  if (typeof value !== "string" || !(BASES as readonly string[]).includes(value)) {
    throw new TypeError(`${fn}: basis must be "reported" or "mirror", got ${show(value)}`);
  }
  return value as ShareBasis;
}

function pointIn(series: readonly TradeSeriesPoint[], year: number): TradeSeriesPoint | undefined {
  // Series are sorted by year and short: a binary search finds the year without a scan.
  let lo = 0;
  let hi = series.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const y = series[mid]!.year;
    if (y === year) return series[mid];
    if (y < year) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

export function shareImpl(tradeSeries: (q: TradeSeriesQuery) => readonly TradeSeriesPoint[], memo: TupleCache<TradeShareResult>, query: TradeShareQuery): TradeShareResult {
  const fn = "tradeShare";
  const q = checkQuery(fn, query, ["reporter", "partner", "year", "basis"]);
  const reporter = checkReporter(fn, "reporter", q.reporter);
  if (typeof q.partner !== "string") throw new TypeError(`${fn}: partner must be a country code string, got ${show(q.partner)}`);
  if (q.partner === "WLD") throw new RangeError(`${fn}: partner must be a country, not WLD (the world is the whole)`);
  const year = checkYear(fn, "year", q.year);
  const basis = checkBasis(fn, q.basis);
  // A string; whether the data has it is for the series lookup to say (a DataNotAvailableError naming what exists).
  const partner = basis === "mirror" ? checkReporter(fn, "partner", q.partner) : (q.partner as CountryCode);
  // Results are frozen and the rows never change: the same validated query gets the same object (only a query
  // with data is kept, so the memo holds no more than the series' years).
  const key = [reporter, partner, year, basis] as const;
  const known = memo.get(key);
  if (known) return known;
  const bilateralSeries = basis === "mirror" ? tradeSeries({ reporter: partner as Reporter, partner: reporter, flow: "total" }) : tradeSeries({ reporter, partner, flow: "total" });
  const worldSeries = tradeSeries({ reporter, partner: "WLD", flow: "total" });
  const b = pointIn(bilateralSeries, year);
  const w = pointIn(worldSeries, year);
  if (!b || !w) {
    // Built only on the error path: the years that have both values.
    const both = bilateralSeries.map((p) => p.year).filter((y) => pointIn(worldSeries, y) !== undefined);
    const what = basis === "mirror" ? `${partner}-reported ${partner}→${reporter} total over ${reporter}'s total trade (mirror)` : `${reporter}→${partner} share of ${reporter}'s total trade`;
    throw new DataNotAvailableError(what, both, `${fn}: no ${!b ? "bilateral" : "world"} total for ${year}`);
  }
  // Frozen field by field (cheaper than a recursive freeze on a hot path).
  const result: TradeShareResult = Object.freeze({
    share: share(b.value, w.value),
    bilateral: b.value,
    total: w.value,
    basis,
    producers: Object.freeze([b.producer, w.producer] as const),
    approximate: b.approximate === true || w.approximate === true,
    sourceIds: Object.freeze(b.sourceId === w.sourceId ? [b.sourceId] : [b.sourceId, w.sourceId]),
  });
  memo.set(key, result);
  return result;
}

/** The result of {@link dependencyAsymmetry}. */
export interface DependencyAsymmetryResult {
  /** `aShare / bShare`: how many times more a depends on the tie than b. */
  readonly ratio: number;
  /** b's share of a's trade (from a's statistics). */
  readonly aShare: number;
  /** a's share of b's trade (from b's statistics). */
  readonly bShare: number;
  /** The year. */
  readonly year: number;
  /** The basis of both shares (see {@link TradeShareQuery.basis}). */
  readonly basis: ShareBasis;
  /** The producers of the four values. */
  readonly producers: readonly Producer[];
  /** True where any of the four values is approximate. */
  readonly approximate: boolean;
  /** The sources of the four values. */
  readonly sourceIds: readonly string[];
}

export function asymmetryImpl(
  tradeShare: (q: TradeShareQuery) => TradeShareResult,
  memo: TupleCache<DependencyAsymmetryResult>,
  query: DependencyAsymmetryQuery,
): DependencyAsymmetryResult {
  const fn = "dependencyAsymmetry";
  const q = checkQuery(fn, query, ["a", "b", "year", "basis"]);
  const a = checkReporter(fn, "a", q.a);
  const b = checkReporter(fn, "b", q.b);
  if (a === b) throw new RangeError(`${fn}: a and b must be different countries, got ${a} twice`);
  const year = checkYear(fn, "year", q.year);
  const basis = checkBasis(fn, q.basis);
  // Results are frozen and the rows never change: the same validated query gets the same object.
  const key = [a, b, year, basis] as const;
  const known = memo.get(key);
  if (known) return known;
  const sa = tradeShare({ reporter: a, partner: b, year, basis });
  const sb = tradeShare({ reporter: b, partner: a, year, basis });
  const result: DependencyAsymmetryResult = Object.freeze({
    ratio: dependencyAsymmetryRatio(sa.share, sb.share),
    aShare: sa.share,
    bShare: sb.share,
    year,
    basis,
    producers: Object.freeze(unique(sa.producers, sb.producers)),
    approximate: sa.approximate || sb.approximate,
    sourceIds: Object.freeze(unique(sa.sourceIds, sb.sourceIds)),
  });
  memo.set(key, result);
  return result;
}

/** The items of a then b, each once, in first-seen order (the lists are of two or three items: no Set needed). */
function unique<T>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  for (const x of a) if (!out.includes(x)) out.push(x);
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

/** The result of {@link tradeGrowth}. */
export interface TradeGrowthResult {
  /** `toValue / fromValue`. */
  readonly fold: number;
  /** The change in percent. */
  readonly percent: number;
  /** Compound annual growth rate, as a fraction. */
  readonly cagr: number;
  /** `to − from`. */
  readonly years: number;
  /** The value in the first year, USD millions. */
  readonly fromValue: number;
  /** The value in the last year, USD millions. */
  readonly toValue: number;
  /** The producers of the first and of the last value. */
  readonly producers: readonly [Producer, Producer];
  /** True where the two values come from different producers (e.g. IMF DOTS in 2001, Chinese customs in 2021): compare with care. */
  readonly mixedProducers: boolean;
  /** True where either value is approximate. */
  readonly approximate: boolean;
  /** The sources of the two values. */
  readonly sourceIds: readonly string[];
}

export function growthImpl(
  tradeSeries: (q: TradeSeriesQuery) => readonly TradeSeriesPoint[],
  memo: TupleCache<TradeGrowthResult>,
  query: TradeGrowthQuery,
): TradeGrowthResult {
  const fn = "tradeGrowth";
  const q = checkQuery(fn, query, [...SERIES_FIELDS, "from", "to"]);
  const from = checkYear(fn, "from", q.from);
  const to = checkYear(fn, "to", q.to);
  if (to <= from) throw new RangeError(`${fn}: to (${to}) must be after from (${from})`);
  const s = checkSeriesFields(fn, q);
  // Results are frozen and the rows never change: the same validated query gets the same object.
  const key = [s.reporter, s.partner, s.flow, s.source, from, to] as const;
  const known = memo.get(key);
  if (known) return known;
  const sq = { reporter: s.reporter, partner: s.partner, flow: s.flow, ...(s.source !== undefined ? { source: s.source } : {}) } as TradeSeriesQuery;
  const series = tradeSeries(sq);
  const a = pointAt(fn, series, sq, from);
  const b = pointAt(fn, series, sq, to);
  const result: TradeGrowthResult = deepFreeze({
    fold: foldChange(a.value, b.value),
    percent: percentChange(a.value, b.value),
    cagr: cagr(a.value, b.value, to - from),
    years: to - from,
    fromValue: a.value,
    toValue: b.value,
    producers: [a.producer, b.producer] as const,
    mixedProducers: a.producer !== b.producer,
    approximate: a.approximate === true || b.approximate === true,
    sourceIds: [...new Set([a.sourceId, b.sourceId])],
  });
  memo.set(key, result);
  return result;
}

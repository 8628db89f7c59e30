import { DataNotAvailableError } from "../core/errors.js";
import { deepFreeze } from "../core/freeze.js";
import { dependencyAsymmetryRatio } from "../metrics/asymmetry.js";
import { cagr, foldChange, percentChange } from "../metrics/growth.js";
import { show } from "../metrics/_check.js";
import { share } from "../metrics/share.js";
import { checkQuery, readOwn } from "../core/query.js";
import type { CountryCode, Flow, Producer, Reporter, TradeRow } from "../core/types.js";

/** A query for one trade series. */
export interface TradeSeriesQuery {
  /** Whose statistics: `CHN` or `RUS`. */
  readonly reporter: Reporter;
  /** The partner: `RUS`, `CHN` or `WLD` (the world). */
  readonly partner: CountryCode;
  /** `export`, `import` or `total` (exports + imports). */
  readonly flow: Flow;
  /**
   * Restrict the series to one source: a producer (`"imf-dots"`, `"gacc"`, `"mofcom"`, `"fcs"`,
   * `"ru-official"`, `"other"`) or the id of one row of `sources`. Without it, the default series is used.
   */
  readonly source?: string;
}

/** One year of a trade series, with its provenance. */
export interface TradeSeriesPoint {
  /** Calendar year. */
  readonly year: number;
  /** The value in millions of nominal US dollars. */
  readonly value: number;
  /** The source the value comes from. */
  readonly sourceId: string;
  /** The producer of the figure. */
  readonly producer: Producer;
  /** True where the value was computed (a total summed from exports and imports of the same source). */
  readonly derived?: true;
  /** True where the figure is approximate: rounded, or "about" in its source (a derived total: where either part is). */
  readonly approximate?: true;
}

const REPORTERS: readonly Reporter[] = ["CHN", "RUS"];
const FLOWS: readonly Flow[] = ["export", "import", "total"];
const PRODUCERS: readonly Producer[] = ["imf-dots", "gacc", "mofcom", "fcs", "ru-official", "other"];
/** The default series prefers IMF DOTS, then the reporter's customs, then other official figures. */
const PRODUCER_RANK: Readonly<Record<Reporter, readonly Producer[]>> = {
  CHN: ["imf-dots", "gacc", "mofcom", "other", "fcs", "ru-official"],
  RUS: ["imf-dots", "fcs", "ru-official", "other", "gacc", "mofcom"],
};

interface Candidate extends Omit<TradeSeriesPoint, "approximate" | "derived"> {
  readonly precision: number;
  readonly approximate: boolean;
  /** Always set: an absent field would read whatever Object.prototype holds. */
  readonly derived: boolean;
}

/**
 * A cache keyed by a tuple of values: nested maps, one level per element, so that no string value of one
 * element can pose as another element or as an absent one (as a joined string key could).
 */
class TupleCache<V> {
  private readonly root = new Map<unknown, unknown>();

  get(keys: readonly unknown[]): V | undefined {
    let m = this.root;
    for (let i = 0; i < keys.length - 1; i++) {
      const next = m.get(keys[i]) as Map<unknown, unknown> | undefined;
      if (next === undefined) return undefined;
      m = next;
    }
    return m.get(keys[keys.length - 1]) as V | undefined;
  }

  set(keys: readonly unknown[], value: V): void {
    let m = this.root;
    for (let i = 0; i < keys.length - 1; i++) {
      let next = m.get(keys[i]) as Map<unknown, unknown> | undefined;
      if (next === undefined) m.set(keys[i], (next = new Map()));
      m = next;
    }
    m.set(keys[keys.length - 1], value);
  }
}

function significantDigits(text: string | undefined): number {
  if (text === undefined) return Number.POSITIVE_INFINITY; // a statistical table, not a rounded statement
  return text.replace(".", "").replace(/^0+/, "").length;
}

/** The significant digits of a row's figure as published; an own field only (never one set on Object.prototype). */
function precisionOf(r: TradeRow): number {
  return significantDigits(Object.prototype.hasOwnProperty.call(r, "valueAsPublished") ? r.valueAsPublished : undefined);
}

function checkReporter(fn: string, name: string, value: unknown): Reporter {
  if (typeof value !== "string") throw new TypeError(`${fn}: ${name} must be a country code string ("CHN" or "RUS"), got ${show(value)}`);
  if (!(REPORTERS as readonly string[]).includes(value)) {
    throw new DataNotAvailableError(`${fn} ${name}`, [], `no trade data are reported by ${JSON.stringify(value)} (reporters: CHN, RUS)`);
  }
  return value as Reporter;
}

function checkYear(fn: string, name: string, value: unknown): number {
  if (typeof value !== "number") throw new TypeError(`${fn}: ${name} must be a number (a year), got ${show(value)}`);
  if (!Number.isInteger(value)) throw new RangeError(`${fn}: ${name} must be an integer year, got ${show(value)}`);
  return value + 0;
}

function label(q: { reporter: string; partner: string; flow: string; source?: string | undefined }): string {
  return `${q.reporter}→${q.partner} ${q.flow} (${q.source ?? "default series"})`;
}

/** The fields of a series query, checked (whether the data has the series is for the lookup to say). */
interface SeriesFields {
  readonly reporter: Reporter;
  readonly partner: string;
  readonly flow: string;
  readonly source: string | undefined;
}

function checkSeriesFields(fn: string, q: Record<string, unknown>): SeriesFields {
  const reporter = checkReporter(fn, "reporter", q.reporter);
  if (typeof q.partner !== "string") throw new TypeError(`${fn}: partner must be a country code string, got ${show(q.partner)}`);
  if (typeof q.flow !== "string") throw new TypeError(`${fn}: flow must be "export", "import" or "total", got ${show(q.flow)}`);
  if (q.source !== undefined && typeof q.source !== "string") throw new TypeError(`${fn}: source must be a string, got ${show(q.source)}`);
  if (q.source === "") throw new RangeError(`${fn}: source must be a producer or a source id, got ""`);
  return { reporter, partner: q.partner, flow: q.flow, source: q.source as string | undefined };
}

const SERIES_FIELDS = ["reporter", "partner", "flow", "source"] as const;

function seriesImpl(tradeRows: readonly TradeRow[], cache: TupleCache<readonly TradeSeriesPoint[]>, query: TradeSeriesQuery): readonly TradeSeriesPoint[] {
  const fn = "tradeSeries";
  const { reporter, partner, flow, source } = checkSeriesFields(fn, checkQuery(fn, query, SERIES_FIELDS));
  if (!(FLOWS as readonly string[]).includes(flow)) {
    throw new DataNotAvailableError(label({ reporter, partner, flow, source }), [], `no flow ${JSON.stringify(flow)} (flows: export, import, total)`);
  }
  // The query is validated before the cache is read; the key is the tuple itself (an absent source is undefined).
  const key = [reporter, partner, flow, source] as const;
  const cached = cache.get(key);
  if (cached) return cached;
  let rows = tradeRows.filter((r) => r.reporter === reporter && r.partner === partner);
  if (rows.length === 0) {
    const partners = [...new Set(tradeRows.filter((r) => r.reporter === reporter).map((r) => r.partner))].sort();
    throw new DataNotAvailableError(label({ reporter, partner, flow, source }), [], `no trade of ${reporter} with ${JSON.stringify(partner)} (partners: ${partners.join(", ")})`);
  }
  if (source !== undefined) {
    const bySource = rows.filter((r) => ((PRODUCERS as readonly string[]).includes(source) ? r.producer === source : r.sourceId === source));
    if (bySource.length === 0) {
      const producers = [...new Set(rows.map((r) => r.producer))].sort();
      throw new DataNotAvailableError(
        label({ reporter, partner, flow, source }),
        [],
        `no figures from ${JSON.stringify(source)} for ${reporter}→${partner} (producers: ${producers.join(", ")}; or a sourceId of those rows)`,
      );
    }
    rows = bySource;
  }

  const candidates = new Map<number, Candidate[]>();
  const add = (c: Candidate) => {
    const list = candidates.get(c.year);
    if (list) list.push(c);
    else candidates.set(c.year, [c]);
  };
  const point = (r: TradeRow): Candidate => ({
    year: r.year, value: r.valueUsdMillions, sourceId: r.sourceId, producer: r.producer, derived: false,
    precision: precisionOf(r), approximate: r.approximate,
  });
  for (const r of rows) if (r.flow === flow) add(point(r));
  if (flow === "total") {
    // Sum exports and imports of the same source and year.
    // Keyed by year, then source (no joined string); rows are unique per year, flow and source (checkRows).
    const parts = new TupleCache<{ x: TradeRow | undefined; m: TradeRow | undefined }>();
    const pairs: { x: TradeRow | undefined; m: TradeRow | undefined }[] = [];
    for (const r of rows) {
      if (r.flow === "total") continue;
      let p = parts.get([r.year, r.sourceId]);
      if (p === undefined) {
        parts.set([r.year, r.sourceId], (p = { x: undefined, m: undefined }));
        pairs.push(p);
      }
      if (r.flow === "export") p.x = r;
      else p.m = r;
    }
    for (const { x, m } of pairs) {
      if (!x || !m) continue;
      const sum = x.valueUsdMillions + m.valueUsdMillions;
      if (!Number.isFinite(sum)) throw new RangeError(`${fn}: exports + imports of ${x.year} (${x.sourceId}) overflow a double`);
      add({
        year: x.year, value: sum, sourceId: x.sourceId, producer: x.producer, derived: true,
        precision: Math.min(precisionOf(x), precisionOf(m)), approximate: x.approximate || m.approximate,
      });
    }
  }
  if (candidates.size === 0) {
    const flows = [...new Set(rows.map((r) => r.flow))].sort();
    throw new DataNotAvailableError(label({ reporter, partner, flow, source }), [], `no ${flow} figures (flows with data: ${flows.join(", ")})`);
  }
  const rank = PRODUCER_RANK[reporter];
  const points: TradeSeriesPoint[] = [...candidates.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, list]) => {
      // Unknown producers rank last; ties break by code point, so the choice never depends on the locale.
      const rankOf = (p: string) => {
        const i = rank.indexOf(p as Producer);
        return i < 0 ? rank.length : i;
      };
      list.sort(
        (a, b) =>
          rankOf(a.producer) - rankOf(b.producer) ||
          Number(a.approximate) - Number(b.approximate) ||
          b.precision - a.precision ||
          Number(a.derived) - Number(b.derived) ||
          (a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : 0),
      );
      const best = list[0]!;
      const p: TradeSeriesPoint = { year: best.year, value: best.value, sourceId: best.sourceId, producer: best.producer };
      return { ...p, ...(best.derived ? { derived: true as const } : {}), ...(best.approximate ? { approximate: true as const } : {}) };
    });
  const result = deepFreeze(points);
  cache.set(key, result);
  return result;
}

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

function shareImpl(tradeSeries: (q: TradeSeriesQuery) => readonly TradeSeriesPoint[], query: TradeShareQuery): TradeShareResult {
  const fn = "tradeShare";
  const q = checkQuery(fn, query, ["reporter", "partner", "year", "basis"]);
  const reporter = checkReporter(fn, "reporter", q.reporter);
  if (typeof q.partner !== "string") throw new TypeError(`${fn}: partner must be a country code string, got ${show(q.partner)}`);
  if (q.partner === "WLD") throw new RangeError(`${fn}: partner must be a country, not WLD (the world is the whole)`);
  const year = checkYear(fn, "year", q.year);
  const basis = checkBasis(fn, q.basis);
  // A string; whether the data has it is for the series lookup to say (a DataNotAvailableError naming what exists).
  const partner = basis === "mirror" ? checkReporter(fn, "partner", q.partner) : (q.partner as CountryCode);
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
  return Object.freeze({
    share: share(b.value, w.value),
    bilateral: b.value,
    total: w.value,
    basis,
    producers: Object.freeze([b.producer, w.producer] as const),
    approximate: b.approximate === true || w.approximate === true,
    sourceIds: Object.freeze(b.sourceId === w.sourceId ? [b.sourceId] : [b.sourceId, w.sourceId]),
  });
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

function asymmetryImpl(
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

function growthImpl(
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

/** A query for {@link tradeShare}. */
export interface TradeShareQuery {
  /** Whose statistics: `CHN` or `RUS`. */
  readonly reporter: Reporter;
  /** The partner country (not `WLD`; `CHN` or `RUS` on the mirror basis). */
  readonly partner: CountryCode;
  /** The year. */
  readonly year: number;
  /**
   * `"reported"` (the default): the bilateral value from the reporter's own statistics. `"mirror"`: from the
   * partner's statistics of its trade with the reporter, over the reporter's own total, for years the
   * reporter no longer reports its partners (Russia since 2022).
   */
  readonly basis?: ShareBasis;
}

/** A query for {@link dependencyAsymmetry}. */
export interface DependencyAsymmetryQuery {
  /** The first country; the ratio is a's dependence over b's. */
  readonly a: Reporter;
  /** The second country. */
  readonly b: Reporter;
  /** The year. */
  readonly year: number;
  /** The basis of both shares: `"reported"` (the default) or `"mirror"` (see {@link TradeShareQuery.basis}). */
  readonly basis?: ShareBasis;
}

/** A query for {@link tradeGrowth}: a series and two years. */
export interface TradeGrowthQuery extends TradeSeriesQuery {
  /** The first year. */
  readonly from: number;
  /** The last year, after `from`. */
  readonly to: number;
}

/** The four trade selectors, bound to one set of trade rows. */
export interface TradeSelectors {
  /** See {@link tradeSeries}. */
  readonly tradeSeries: (query: TradeSeriesQuery) => readonly TradeSeriesPoint[];
  /** See {@link tradeShare}. */
  readonly tradeShare: (query: TradeShareQuery) => TradeShareResult;
  /** See {@link dependencyAsymmetry}. */
  readonly dependencyAsymmetry: (query: DependencyAsymmetryQuery) => DependencyAsymmetryResult;
  /** See {@link tradeGrowth}. */
  readonly tradeGrowth: (query: TradeGrowthQuery) => TradeGrowthResult;
}

/**
 * A trade row as {@link createTradeSelectors} takes it: a {@link TradeRow}, or a row of your own whose partner
 * code and source id need not be among the package's (they are checked to be strings).
 */
export type TradeRowInput = Omit<TradeRow, "partner" | "sourceId"> & { readonly partner: string; readonly sourceId: string };

const STRING_FIELDS = ["reporter", "partner", "producer", "sourceId"] as const;
const OPTIONAL_TEXT = ["cell", "excerpt", "unitAsPublished", "note"] as const;
/** A number as a source printed it: digits with an optional decimal point (its significant digits rank figures). */
const AS_PUBLISHED = /^[0-9]+(\.[0-9]+)?$/;

/**
 * Checks the rows a caller hands to {@link createTradeSelectors} and keeps a frozen copy of them, so that later
 * changes to the caller's array or rows cannot change (or stale) the results. Each field is read once, own
 * properties only, and every field is checked here, not when a query first uses it; two rows with one year,
 * reporter, partner, flow and source are refused (the results would depend on their order).
 */
function checkRows(input: unknown): readonly TradeRow[] {
  const fn = "createTradeSelectors";
  let isArray: boolean;
  try {
    isArray = Array.isArray(input);
  } catch {
    isArray = false;
  }
  if (!isArray) throw new TypeError(`${fn}: rows must be an array of trade rows, got ${show(input)}`);
  const list = input as readonly unknown[];
  const length = list.length;
  const out: TradeRow[] = [];
  const seen = new TupleCache<number>();
  for (let i = 0; i < length; i++) {
    const r = readOwn(fn, `rows[${i}]`, list, String(i));
    if (typeof r !== "object" || r === null) throw new TypeError(`${fn}: rows[${i}] must be a trade row, got ${show(r)}`);
    const at = (f: string) => `rows[${i}].${f}`;
    const get = (f: string) => readOwn(fn, at(f), r, f);
    const year = get("year");
    if (typeof year !== "number" || !Number.isInteger(year)) throw new TypeError(`${fn}: ${at("year")} must be an integer year, got ${show(year)}`);
    const value = get("valueUsdMillions");
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new RangeError(`${fn}: ${at("valueUsdMillions")} must be a finite number ≥ 0, got ${show(value)}`);
    }
    const row: Record<string, unknown> = { year: year + 0 };
    for (const f of STRING_FIELDS) {
      const v = get(f);
      if (typeof v !== "string" || v === "") throw new TypeError(`${fn}: ${at(f)} must be a non-empty string, got ${show(v)}`);
      row[f] = v;
    }
    const flow = get("flow");
    if (typeof flow !== "string" || !(FLOWS as readonly string[]).includes(flow)) throw new TypeError(`${fn}: ${at("flow")} must be "export", "import" or "total", got ${show(flow)}`);
    row.flow = flow;
    row.valueUsdMillions = value + 0;
    const approximate = get("approximate");
    if (typeof approximate !== "boolean") throw new TypeError(`${fn}: ${at("approximate")} must be a boolean, got ${show(approximate)}`);
    row.approximate = approximate;
    const published = get("valueAsPublished");
    if (published !== undefined) {
      if (typeof published !== "string" || !AS_PUBLISHED.test(published)) {
        throw new TypeError(`${fn}: ${at("valueAsPublished")} must be a number as published (digits with an optional decimal point), got ${show(published)}`);
      }
      row.valueAsPublished = published;
    }
    for (const f of OPTIONAL_TEXT) {
      const v = get(f);
      if (v === undefined) continue;
      if (typeof v !== "string" || v === "") throw new TypeError(`${fn}: ${at(f)} must be a non-empty string, got ${show(v)}`);
      row[f] = v;
    }
    const bound = get("bound");
    if (bound !== undefined) {
      if (bound !== "lower" && bound !== "upper") throw new TypeError(`${fn}: ${at("bound")} must be "lower" or "upper", got ${show(bound)}`);
      row.bound = bound;
    }
    const inferred = get("producerInferred");
    if (inferred !== undefined) {
      if (typeof inferred !== "boolean") throw new TypeError(`${fn}: ${at("producerInferred")} must be a boolean, got ${show(inferred)}`);
      if (inferred) row.producerInferred = true;
    }
    const key = [row.year, row.reporter, row.partner, row.flow, row.sourceId];
    const first = seen.get(key);
    if (first !== undefined) {
      throw new RangeError(
        `${fn}: rows[${first}] and rows[${i}] are both ${row.year as number} ${row.reporter as string}→${row.partner as string} ${flow} from ${row.sourceId as string}; give one row per year, reporter, partner, flow and source`,
      );
    }
    seen.set(key, i);
    out.push(Object.freeze(row) as unknown as TradeRow);
  }
  return Object.freeze(out);
}

/**
 * The trade selectors over other trade rows than the package's own: your own figures, a filtered copy, or a
 * corrected version. Each selector works exactly as the exported one of the same name.
 *
 * @category Selectors
 * @param input - trade rows; they are checked (integer years, finite values ≥ 0, codes and producer as strings) and
 *   copied, so that later changes to them do not change the results (validate them fully with
 *   `validate("trade", rows)` from `china-russia-data/schemas`)
 * @throws TypeError or RangeError naming the row and field that is not a trade row
 * @returns `tradeSeries`, `tradeShare`, `dependencyAsymmetry` and `tradeGrowth` over those rows
 * @example
 * ```ts
 * import { createTradeSelectors, trade } from "china-russia-data";
 *
 * const dotsOnly = createTradeSelectors(trade.filter((r) => r.producer === "imf-dots"));
 * dotsOnly.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" }).at(-1)?.year;
 * //=> 2020
 * ```
 */
export function createTradeSelectors(input: readonly TradeRowInput[]): TradeSelectors {
  return selectorsOver(checkRows(input));
}

/**
 * The selectors over rows that are already checked and deep-frozen (the package's own, or checkRows's
 * copy). Not exported from the package: the shipped rows need neither the check nor the copy.
 */
export function selectorsOver(rows: readonly TradeRow[]): TradeSelectors {
  const cache = new TupleCache<readonly TradeSeriesPoint[]>();
  const tradeSeries = (q: TradeSeriesQuery) => seriesImpl(rows, cache, q);
  const tradeShare = (q: TradeShareQuery) => shareImpl(tradeSeries, q);
  const memo = new TupleCache<DependencyAsymmetryResult>();
  const growthMemo = new TupleCache<TradeGrowthResult>();
  return Object.freeze({
    tradeSeries,
    tradeShare,
    dependencyAsymmetry: (q: DependencyAsymmetryQuery) => asymmetryImpl(tradeShare, memo, q),
    tradeGrowth: (q: TradeGrowthQuery) => growthImpl(tradeSeries, growthMemo, q),
  });
}

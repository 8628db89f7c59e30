// The choice of one trade series per reporter, partner and flow (tradeSeries): the query checks every trade
// selector shares, the ranking of producers and the caches. ./selectors.ts builds the selectors on it.
import { DataNotAvailableError } from "../core/errors.js";
import { deepFreeze } from "../core/freeze.js";
import { show } from "../metrics/_check.js";
import { checkQuery } from "../core/query.js";
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
  /**
   * True where the figure is approximate: rounded, or "about" in its source (a derived total: where either
   * part is); false otherwise. Always present, so that a filter on it works in every language.
   */
  readonly approximate: boolean;
}

const REPORTERS: readonly Reporter[] = ["CHN", "RUS"];
export const FLOWS: readonly Flow[] = ["export", "import", "total"];
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

/** The digits after the decimal point of a number as JavaScript prints it (Infinity for exponent notation). */
function decimals(n: number): number {
  const t = String(n);
  if (/e/i.test(t)) return Number.POSITIVE_INFINITY;
  const dot = t.indexOf(".");
  return dot < 0 ? 0 : t.length - dot - 1;
}

/**
 * a + b at the decimals of its more precise part, and at most the 15 significant digits a double holds: the
 * sum of two decimal figures has no more decimals than they have, and rounding to them drops the binary noise
 * of the addition (2599.27 + 3120.79 is 5720.06, where a double gives 5720.0599999999995).
 */
function addFigures(a: number, b: number): number {
  const sum = a + b;
  const d = Math.max(decimals(a), decimals(b));
  return Number((d <= 15 && Math.abs(sum) < 1e15 ? Number(sum.toFixed(d)) : sum).toPrecision(15));
}

/**
 * A cache keyed by a tuple of values: nested maps, one level per element, so that no string value of one
 * element can pose as another element or as an absent one (as a joined string key could).
 */
export class TupleCache<V> {
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

export function checkReporter(fn: string, name: string, value: unknown): Reporter {
  if (typeof value !== "string") throw new TypeError(`${fn}: ${name} must be a country code string ("CHN" or "RUS"), got ${show(value)}`);
  if (!(REPORTERS as readonly string[]).includes(value)) {
    throw new DataNotAvailableError(`${fn} ${name}`, [], `no trade data are reported by ${JSON.stringify(value)} (reporters: CHN, RUS)`);
  }
  return value as Reporter;
}

export function checkYear(fn: string, name: string, value: unknown): number {
  if (typeof value !== "number") throw new TypeError(`${fn}: ${name} must be a number (a year), got ${show(value)}`);
  if (!Number.isInteger(value)) throw new RangeError(`${fn}: ${name} must be an integer year, got ${show(value)}`);
  return value + 0;
}

export function label(q: { reporter: string; partner: string; flow: string; source?: string | undefined }): string {
  return `${q.reporter}→${q.partner} ${q.flow} (${q.source ?? "default series"})`;
}

/** The fields of a series query, checked (whether the data has the series is for the lookup to say). */
interface SeriesFields {
  readonly reporter: Reporter;
  readonly partner: string;
  readonly flow: string;
  readonly source: string | undefined;
}

export function checkSeriesFields(fn: string, q: Record<string, unknown>): SeriesFields {
  const reporter = checkReporter(fn, "reporter", q.reporter);
  if (typeof q.partner !== "string") throw new TypeError(`${fn}: partner must be a country code string, got ${show(q.partner)}`);
  if (typeof q.flow !== "string") throw new TypeError(`${fn}: flow must be "export", "import" or "total", got ${show(q.flow)}`);
  if (q.source !== undefined && typeof q.source !== "string") throw new TypeError(`${fn}: source must be a string, got ${show(q.source)}`);
  if (q.source === "") throw new RangeError(`${fn}: source must be a producer or a source id, got ""`);
  return { reporter, partner: q.partner, flow: q.flow, source: q.source as string | undefined };
}

export const SERIES_FIELDS = ["reporter", "partner", "flow", "source"] as const;

export function seriesImpl(tradeRows: readonly TradeRow[], cache: TupleCache<readonly TradeSeriesPoint[]>, query: TradeSeriesQuery): readonly TradeSeriesPoint[] {
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
      const sum = addFigures(x.valueUsdMillions, m.valueUsdMillions);
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
          (a.sourceId < b.sourceId
            ? -1
            : // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: no two candidates of a year share a source id and a derived flag (checkRows), so ids never tie here, and V8 sorts lists this short (under 64) by binary insertion, which reads only whether the result is negative
              a.sourceId > b.sourceId ? 1 : 0),
      );
      const best = list[0]!;
      const p = { year: best.year, value: best.value, sourceId: best.sourceId, producer: best.producer };
      return { ...p, ...(best.derived ? { derived: true as const } : {}), approximate: best.approximate };
    });
  const result = deepFreeze(points);
  cache.set(key, result);
  return result;
}

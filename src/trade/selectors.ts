// The trade selectors (tradeSeries, tradeShare, dependencyAsymmetry, tradeGrowth) over any trade rows: their
// queries, and createTradeSelectors for rows of your own.
import { show } from "../metrics/_check.js";
import { readOwn } from "../core/query.js";
import type { CountryCode, Reporter, TradeRow } from "../core/types.js";
import { FLOWS, TupleCache, seriesImpl, type TradeSeriesQuery, type TradeSeriesPoint } from "./select-series.js";
import { shareImpl, asymmetryImpl, growthImpl, type ShareBasis, type TradeShareResult, type DependencyAsymmetryResult, type TradeGrowthResult } from "./measures.js";

export type { TradeSeriesPoint, TradeSeriesQuery } from "./select-series.js";
export type { DependencyAsymmetryResult, ShareBasis, TradeGrowthResult, TradeShareResult } from "./measures.js";

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
  const shareMemo = new TupleCache<TradeShareResult>();
  const tradeShare = (q: TradeShareQuery) => shareImpl(tradeSeries, shareMemo, q);
  const memo = new TupleCache<DependencyAsymmetryResult>();
  const growthMemo = new TupleCache<TradeGrowthResult>();
  return Object.freeze({
    tradeSeries,
    tradeShare,
    dependencyAsymmetry: (q: DependencyAsymmetryQuery) => asymmetryImpl(tradeShare, memo, q),
    tradeGrowth: (q: TradeGrowthQuery) => growthImpl(tradeSeries, growthMemo, q),
  });
}

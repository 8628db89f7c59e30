// Selectors over SIPRI's arms deliveries: series, shares over a period, the recipients of a supplier and the
// suppliers of a recipient. One index, built on first use, answers every query without scanning the rows.
import { armsDeliveryRows } from "../datasets/generated/arms-deliveries.js";
import { DataNotAvailableError, formatYears } from "../core/errors.js";
import { show } from "../metrics/_check.js";
import { checkCode, checkIntegerYear, checkQuery } from "../core/query.js";
import type { ArmsDeliveryRow, CountryCode } from "../core/types.js";

/** A supplier and a recipient. */
export interface ArmsSeriesQuery {
  /** The supplier's code, e.g. `"RUS"` (1992 on) or `"SUN"` (the Soviet Union, to 1991). */
  readonly supplier: CountryCode;
  /** The recipient's code, e.g. `"IND"`; `"WLD"` gives SIPRI's total of the supplier's deliveries. */
  readonly recipient: CountryCode;
}

/** One year of deliveries. */
export interface ArmsSeriesPoint {
  /** Year of delivery. */
  readonly year: number;
  /** SIPRI trend-indicator value, millions. */
  readonly value: number;
  /** True where SIPRI prints 0: less than 0.5 million TIV. */
  readonly belowHalfMillion: boolean;
  /** The source. */
  readonly sourceId: string;
}

/** A supplier, a recipient and a period of whole years, both ends included. */
export interface ArmsShareQuery extends ArmsSeriesQuery {
  /** First year. */
  readonly from: number;
  /** Last year (≥ from). */
  readonly to: number;
}

/** A recipient's share of a supplier's deliveries over a period. */
export interface ArmsShareResult {
  /** recipientTiv / supplierTiv, in [0, 1]. */
  readonly share: number;
  /** The recipient's deliveries from the supplier over the period, TIV millions. */
  readonly recipientTiv: number;
  /** SIPRI's total of the supplier's deliveries over the period (the table's Total row), TIV millions. */
  readonly supplierTiv: number;
  /** First year. */
  readonly from: number;
  /** Last year. */
  readonly to: number;
  /** The SIPRI release both sums come from. */
  readonly release: string;
  /** The sources of both sums. */
  readonly sourceIds: readonly string[];
}

/** A supplier and a period. */
export interface ArmsRecipientsQuery {
  /** The supplier's code. */
  readonly supplier: CountryCode;
  /** First year. */
  readonly from: number;
  /** Last year (≥ from). */
  readonly to: number;
}

/** A recipient and a period. */
export interface ArmsSuppliersQuery {
  /** The recipient's code. */
  readonly recipient: CountryCode;
  /** First year. */
  readonly from: number;
  /** Last year (≥ from). */
  readonly to: number;
}

/** One party's deliveries over a period and its share of the whole. */
export interface ArmsPartyTotal {
  /** The recipient's (or supplier's) code. */
  readonly code: CountryCode;
  /** Deliveries over the period, TIV millions. */
  readonly tivMillions: number;
  /** Share of the whole: of the supplier's total ({@link armsRecipients}) or of the recipient's imports from all suppliers ({@link armsSuppliers}). */
  readonly share: number;
}

/** The years of the release: SIPRI's tables of 28 July 2022 cover 1950–2021. */
const FIRST_YEAR = 1950;
const LAST_YEAR = 2021;
const RELEASE = "2022-07-28";
/** Russia is `RUS` from 1992; before, the supplier is the Soviet Union, `SUN`. */
const RUSSIA_FROM = 1992;

interface Index {
  /** supplier → recipient → points sorted by year. */
  readonly bySupplier: ReadonlyMap<string, ReadonlyMap<string, readonly ArmsSeriesPoint[]>>;
  /** recipient → supplier → points (WLD excluded). */
  readonly byRecipient: ReadonlyMap<string, ReadonlyMap<string, readonly ArmsSeriesPoint[]>>;
}

let index: Index | undefined;

function getIndex(): Index {
  if (index) return index;
  const rows: readonly ArmsDeliveryRow[] = armsDeliveryRows;
  const bySupplier = new Map<string, Map<string, ArmsSeriesPoint[]>>();
  const byRecipient = new Map<string, Map<string, ArmsSeriesPoint[]>>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const point: ArmsSeriesPoint = Object.freeze({ year: r.year, value: r.tivMillions, belowHalfMillion: r.belowHalfMillion, sourceId: r.sourceId });
    let s = bySupplier.get(r.supplier);
    if (!s) bySupplier.set(r.supplier, (s = new Map()));
    let list = s.get(r.recipient);
    if (!list) s.set(r.recipient, (list = []));
    list.push(point);
    if (r.recipient !== "WLD") {
      let t = byRecipient.get(r.recipient);
      if (!t) byRecipient.set(r.recipient, (t = new Map()));
      let l2 = t.get(r.supplier);
      if (!l2) t.set(r.supplier, (l2 = []));
      l2.push(point);
    }
  }
  // The rows are sorted by supplier, recipient and year (the build checks it); freeze every list.
  for (const m of [bySupplier, byRecipient]) for (const inner of m.values()) for (const list of inner.values()) Object.freeze(list);
  return (index = { bySupplier, byRecipient });
}



function checkPeriod(fn: string, q: Record<string, unknown>): { from: number; to: number } {
  const from = checkIntegerYear(fn, "from", q.from);
  const to = checkIntegerYear(fn, "to", q.to);
  if (from > to) throw new RangeError(`${fn}: from must not be after to, got from ${from} and to ${to}`);
  const years = `SIPRI release ${RELEASE}`;
  if (from < FIRST_YEAR || to > LAST_YEAR) {
    throw new DataNotAvailableError(years, range(FIRST_YEAR, LAST_YEAR), `${fn}: the period ${from}–${to} is outside the release (${FIRST_YEAR}–${LAST_YEAR})`);
  }
  return { from, to };
}

function supplierTable(fn: string, supplier: string): ReadonlyMap<string, readonly ArmsSeriesPoint[]> {
  const table = getIndex().bySupplier.get(supplier);
  if (!table) {
    const hint = supplier === "USR" ? ' (the Soviet Union is "SUN")' : "";
    throw new DataNotAvailableError(`arms deliveries from ${supplier}`, [], `${fn}: SIPRI release ${RELEASE} has no supplier ${JSON.stringify(supplier)}${hint}; armsSuppliers or the countries dataset list the codes`);
  }
  return table;
}

/** Russia's figures start in 1992: earlier years are the Soviet Union's, under SUN. */
function checkRussiaPeriod(fn: string, supplier: string, from: number): void {
  if (supplier === "RUS" && from < RUSSIA_FROM) {
    throw new DataNotAvailableError(
      `arms deliveries from RUS`, range(RUSSIA_FROM, LAST_YEAR),
      `${fn}: Russia supplies from ${RUSSIA_FROM}; deliveries before that are the Soviet Union's (supplier "SUN"), asked from ${from}`,
    );
  }
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let y = a; y <= b; y++) out.push(y);
  return out;
}

function sumOver(points: readonly ArmsSeriesPoint[] | undefined, from: number, to: number, sources?: Set<string>): number {
  let sum = 0;
  if (!points) return sum;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (p.year >= from && p.year <= to) {
      sum += p.value;
      sources?.add(p.sourceId);
    }
  }
  return sum;
}

/**
 * SIPRI trend-indicator values of one supplier's deliveries to one recipient, by year, from the release of 28
 * July 2022 (1950–2021). Years without deliveries are absent (SIPRI's empty cells), never 0; a point with
 * value 0 is SIPRI's "less than 0.5 million" (`belowHalfMillion: true`).
 *
 * @category Selectors
 * @param query - supplier and recipient codes (`recipient: "WLD"` gives the supplier's total)
 * @returns the points, sorted by year (frozen)
 * @throws TypeError for a malformed query; DataNotAvailableError for an unknown supplier or a pair without
 *   deliveries (the message names the supplier's first and last year)
 * @example
 * ```ts
 * import { armsSeries } from "china-russia-data/arms";
 *
 * armsSeries({ supplier: "RUS", recipient: "CHN" }).slice(0, 3).map((p) => p.value);
 * //=> [1023, 1011, 72]
 * ```
 */
export function armsSeries(query: ArmsSeriesQuery): readonly ArmsSeriesPoint[] {
  const fn = "armsSeries";
  const q = checkQuery(fn, query, ["supplier", "recipient"]);
  const supplier = checkCode(fn, "supplier", q.supplier);
  const recipient = checkCode(fn, "recipient", q.recipient);
  const table = supplierTable(fn, supplier);
  const points = table.get(recipient);
  if (!points) {
    const all = table.get("WLD") ?? [];
    throw new DataNotAvailableError(
      `arms deliveries ${supplier}→${recipient}`, [],
      `${fn}: SIPRI release ${RELEASE} records no deliveries from ${supplier} to ${JSON.stringify(recipient)} (${supplier} delivered in ${formatYears(all.map((p) => p.year))})`,
    );
  }
  return points;
}

/**
 * A recipient's share of a supplier's arms deliveries over the years `from`–`to` (both included), in SIPRI
 * trend-indicator values: the recipient's deliveries over SIPRI's total for the supplier (the Total row of
 * SIPRI's table, summed over the years). A recipient without deliveries in the period has share 0: SIPRI's
 * tables list every delivery, so an empty cell is none.
 *
 * SIPRI revises back years in every release: a share computed here can differ from the one SIPRI published
 * in an earlier year for the same period.
 *
 * @category Selectors
 * @param query - supplier, recipient, from and to
 * @returns the share with both sums
 * @throws TypeError for a malformed query; RangeError when `from` is after `to`; DataNotAvailableError for
 *   years outside 1950–2021, Russia before 1992 (the Soviet Union is `SUN`), an unknown supplier or a
 *   supplier without deliveries in the period
 * @example
 * ```ts
 * import { armsShare } from "china-russia-data/arms";
 *
 * const india = armsShare({ supplier: "RUS", recipient: "IND", from: 2016, to: 2020 });
 * [india.recipientTiv, india.supplierTiv];
 * //=> [7598, 29384]
 * ```
 */
export function armsShare(query: ArmsShareQuery): ArmsShareResult {
  const fn = "armsShare";
  const q = checkQuery(fn, query, ["supplier", "recipient", "from", "to"]);
  const supplier = checkCode(fn, "supplier", q.supplier);
  const recipient = checkCode(fn, "recipient", q.recipient);
  const { from, to } = checkPeriod(fn, q);
  checkRussiaPeriod(fn, supplier, from);
  const table = supplierTable(fn, supplier);
  // A code no supplier ever delivered to is unknown, not a share of 0 (armsSeries throws for it too); WLD is
  // the supplier's total (share 1).
  if (recipient !== "WLD" && !getIndex().byRecipient.has(recipient)) {
    throw new DataNotAvailableError(
      `arms deliveries to ${recipient}`, [],
      `${fn}: SIPRI release ${RELEASE} records no deliveries to ${JSON.stringify(recipient)} from any supplier; armsSeries or the countries dataset list the codes`,
    );
  }
  const total = table.get("WLD") ?? [];
  const sources = new Set<string>();
  const supplierTiv = sumOver(total, from, to, sources);
  if (supplierTiv === 0) {
    throw new DataNotAvailableError(
      `arms deliveries from ${supplier}`, total.filter((p) => p.value > 0).map((p) => p.year),
      `${fn}: ${supplier} delivered nothing measurable in ${from}–${to}, so no share exists`,
    );
  }
  const recipientTiv = sumOver(table.get(recipient), from, to, sources);
  return Object.freeze({ share: recipientTiv / supplierTiv, recipientTiv, supplierTiv, from, to, release: RELEASE, sourceIds: Object.freeze([...sources].sort()) });
}

function ranked(entries: Iterable<[string, readonly ArmsSeriesPoint[]]>, from: number, to: number, whole: number): readonly ArmsPartyTotal[] {
  const out: ArmsPartyTotal[] = [];
  for (const [code, points] of entries) {
    const tiv = sumOver(points, from, to);
    // The index's keys are the rows' codes.
    if (tiv > 0) out.push(Object.freeze({ code: code as CountryCode, tivMillions: tiv, share: tiv / whole }));
  }
  // Largest first; ties by code point order of the code, so the result does not depend on the locale.
  out.sort((a, b) => b.tivMillions - a.tivMillions || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return Object.freeze(out);
}

/**
 * The recipients of a supplier's arms over a period, largest first, each with its deliveries and its share
 * of SIPRI's total for the supplier. Recipients with nothing measurable in the period are left out.
 *
 * @category Selectors
 * @param query - supplier, from and to
 * @returns the recipients, largest first (frozen)
 * @throws as {@link armsShare}
 * @example
 * ```ts
 * import { armsRecipients } from "china-russia-data/arms";
 *
 * armsRecipients({ supplier: "RUS", from: 2016, to: 2020 }).slice(0, 3).map((r) => r.code);
 * //=> ["IND", "CHN", "DZA"]
 * ```
 */
export function armsRecipients(query: ArmsRecipientsQuery): readonly ArmsPartyTotal[] {
  const fn = "armsRecipients";
  const q = checkQuery(fn, query, ["supplier", "from", "to"]);
  const supplier = checkCode(fn, "supplier", q.supplier);
  const { from, to } = checkPeriod(fn, q);
  checkRussiaPeriod(fn, supplier, from);
  const table = supplierTable(fn, supplier);
  const whole = sumOver(table.get("WLD"), from, to);
  if (whole === 0) throw new DataNotAvailableError(`arms deliveries from ${supplier}`, [], `${fn}: ${supplier} delivered nothing measurable in ${from}–${to}`);
  return ranked([...table].filter(([code]) => code !== "WLD"), from, to, whole);
}

/**
 * The suppliers of a recipient's arms over a period, largest first, each with its deliveries and its share
 * of the recipient's imports from all suppliers (the sum of SIPRI's rounded figures: SIPRI's tables hold no
 * import total).
 *
 * @category Selectors
 * @param query - recipient, from and to
 * @returns the suppliers, largest first (frozen)
 * @throws TypeError for a malformed query; RangeError when `from` is after `to`; DataNotAvailableError for
 *   years outside 1950–2021 or a recipient without imports in the period
 * @example
 * ```ts
 * import { armsSuppliers } from "china-russia-data/arms";
 *
 * armsSuppliers({ recipient: "CHN", from: 2016, to: 2020 })[0]?.code;
 * //=> "RUS"
 * ```
 */
export function armsSuppliers(query: ArmsSuppliersQuery): readonly ArmsPartyTotal[] {
  const fn = "armsSuppliers";
  const q = checkQuery(fn, query, ["recipient", "from", "to"]);
  const recipient = checkCode(fn, "recipient", q.recipient);
  const { from, to } = checkPeriod(fn, q);
  const table = getIndex().byRecipient.get(recipient);
  let whole = 0;
  if (table) for (const points of table.values()) whole += sumOver(points, from, to);
  if (!table || whole === 0) {
    throw new DataNotAvailableError(`arms deliveries to ${recipient}`, [], `${fn}: SIPRI release ${RELEASE} records no deliveries to ${JSON.stringify(recipient)} in ${from}–${to}`);
  }
  return ranked(table, from, to, whole);
}

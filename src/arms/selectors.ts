// Selectors over SIPRI's arms deliveries: series, shares over a period, the recipients of a supplier and the
// suppliers of a recipient, each from one SIPRI release (./releases.ts): the one named, or the newest covering the
// years asked. One index per release, built on first use, answers every query without scanning the rows.
import { chooseEdition } from "../core/editions.js";
import { DataNotAvailableError, formatYears } from "../core/errors.js";
import { checkCode, checkOptionalSpan, checkQuery } from "../core/query.js";
import type { CountryCode } from "../core/types.js";
import {
  type ArmsReleaseOption, type ArmsSeriesPoint, checkPeriod, checkRussiaPeriod, getReleases, type Release, releaseFor, sumOver, supplierTable,
} from "./releases.js";

export type { ArmsReleaseOption, ArmsSeriesPoint } from "./releases.js";

/** A supplier and a recipient, and optionally the years and the release. */
export interface ArmsSeriesQuery extends ArmsReleaseOption {
  /** The supplier's code, e.g. `"RUS"` (1992 on) or `"SUN"` (the Soviet Union, to 1991). */
  readonly supplier: CountryCode;
  /** The recipient's code, e.g. `"IND"`; `"WLD"` gives SIPRI's total of the supplier's deliveries. */
  readonly recipient: CountryCode;
  /** First year wanted (with `to`): the default release is the newest covering `from`–`to`, and only those years are returned. */
  readonly from?: number;
  /** Last year wanted (with `from`). */
  readonly to?: number;
}


/** A supplier, a recipient and a period of whole years, both ends included. */
export interface ArmsShareQuery extends ArmsReleaseOption {
  /** The supplier's code. */
  readonly supplier: CountryCode;
  /** The recipient's code. */
  readonly recipient: CountryCode;
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
export interface ArmsRecipientsQuery extends ArmsReleaseOption {
  /** The supplier's code. */
  readonly supplier: CountryCode;
  /** First year. */
  readonly from: number;
  /** Last year (≥ from). */
  readonly to: number;
}

/** A recipient and a period. */
export interface ArmsSuppliersQuery extends ArmsReleaseOption {
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
  /** The SIPRI release the figures come from. */
  readonly release: string;
}


/**
 * SIPRI trend-indicator values of one supplier's deliveries to one recipient, by year, from one SIPRI release:
 * `"2022-07-28"` (SIPRI's tables, 1950–2021) or `"2026-02-12"` (the register of SIPRI's March 2025 update,
 * 1995–2024). Without `release`, the newest release that records the pair and covers `from`–`to` (when given);
 * every point names its release, and a series never mixes releases. Years without deliveries are absent
 * (SIPRI's empty cells), never 0; a point with value 0 is SIPRI's "less than 0.5 million" (`belowHalfMillion: true`).
 *
 * @category Selectors
 * @param query - supplier and recipient codes (`recipient: "WLD"` gives the supplier's total), optionally
 *   `from` and `to` (both or neither) and `release`
 * @returns the points, sorted by year (frozen)
 * @throws TypeError for a malformed query; RangeError for an unknown release (the message lists the releases)
 *   or `from` after `to`; DataNotAvailableError for an unknown supplier, a pair without deliveries in the
 *   release, or years no single release covers (the message names the releases and their years)
 * @example
 * ```ts
 * import { armsSeries } from "china-russia-data/arms";
 *
 * armsSeries({ supplier: "RUS", recipient: "CHN", from: 2020, to: 2024 }).map((p) => p.value);
 * //=> [547, 466.75, 498.5, 327, 30]
 * armsSeries({ supplier: "RUS", recipient: "CHN", release: "2022-07-28" }).at(-1);
 * //=> { year: 2021, value: 773, belowHalfMillion: false, release: "2022-07-28", sourceId: "sipri-tiv-2022-07-28" }
 * ```
 */
export function armsSeries(query: ArmsSeriesQuery): readonly ArmsSeriesPoint[] {
  const fn = "armsSeries";
  const q = checkQuery(fn, query, ["supplier", "recipient", "from", "to", "release"]);
  const supplier = checkCode(fn, "supplier", q.supplier);
  const recipient = checkCode(fn, "recipient", q.recipient);
  const { from, to } = checkOptionalSpan(fn, q.from, q.to);
  // The release asked for; or the newest that records the pair (and covers the years asked); a pair no
  // release records is reported against the newest release.
  const holding = getReleases().filter((r) => r.index.bySupplier.get(supplier)?.has(recipient));
  const rel =
    q.release !== undefined || holding.length === 0
      ? releaseFor(fn, q, from, to)
      : (chooseEdition(fn, `arms deliveries ${supplier}→${recipient}`, holding, from, to) as Release);
  const table = supplierTable(fn, supplier, rel);
  const points = table.get(recipient);
  if (!points) {
    const all = table.get("WLD") ?? [];
    throw new DataNotAvailableError(
      `arms deliveries ${supplier}→${recipient}`, [],
      `${fn}: SIPRI release ${rel.id} records no deliveries from ${supplier} to ${JSON.stringify(recipient)} (${supplier} delivered in ${formatYears(all.map((p) => p.year))})`,
    );
  }
  if (from === undefined || to === undefined) return points;
  const f = from;
  const t = to;
  return Object.freeze(points.filter((p) => p.year >= f && p.year <= t));
}

/**
 * A recipient's share of a supplier's arms deliveries over the years `from`–`to` (both included), in SIPRI
 * trend-indicator values: the recipient's deliveries over SIPRI's total for the supplier (the Total row of
 * SIPRI's table, summed over the years). A recipient without deliveries in the period has share 0: SIPRI's
 * tables list every delivery, so an empty cell is none.
 *
 * Without `release`, the newest SIPRI release that covers every year of the period (`"2026-02-12"`: 1995–2024;
 * `"2022-07-28"`: 1950–2021); the result names it. SIPRI revises back years in every release: a share computed
 * from one release can differ from the one SIPRI published from another for the same period (see
 * {@link armsRevisions}).
 *
 * @category Selectors
 * @param query - supplier, recipient, from, to and optionally release
 * @returns the share with both sums and the release
 * @throws TypeError for a malformed query; RangeError when `from` is after `to` or for an unknown release;
 *   DataNotAvailableError for a period no single release covers (the message names each release's years),
 *   Russia before 1992 (the Soviet Union is `SUN`), an unknown supplier or a supplier without deliveries in
 *   the period
 * @example
 * ```ts
 * import { armsShare } from "china-russia-data/arms";
 *
 * const india = armsShare({ supplier: "RUS", recipient: "IND", from: 2020, to: 2024 });
 * [india.recipientTiv, india.supplierTiv, india.release];
 * //=> [4272.69, 11102.04, "2026-02-12"]
 * armsShare({ supplier: "RUS", recipient: "IND", from: 2016, to: 2020, release: "2022-07-28" }).recipientTiv;
 * //=> 7598
 * ```
 */
export function armsShare(query: ArmsShareQuery): ArmsShareResult {
  const fn = "armsShare";
  const q = checkQuery(fn, query, ["supplier", "recipient", "from", "to", "release"]);
  const supplier = checkCode(fn, "supplier", q.supplier);
  const recipient = checkCode(fn, "recipient", q.recipient);
  const { from, to, rel } = checkPeriod(fn, q);
  checkRussiaPeriod(fn, supplier, from, rel);
  const table = supplierTable(fn, supplier, rel);
  // A code no supplier ever delivered to is unknown, not a share of 0 (armsSeries throws for it too); WLD is
  // the supplier's total (share 1).
  if (recipient !== "WLD" && !rel.index.byRecipient.has(recipient)) {
    throw new DataNotAvailableError(
      `arms deliveries to ${recipient}`, [],
      `${fn}: SIPRI release ${rel.id} records no deliveries to ${JSON.stringify(recipient)} from any supplier; armsSeries or the countries dataset list the codes`,
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
  return Object.freeze({ share: recipientTiv / supplierTiv, recipientTiv, supplierTiv, from, to, release: rel.id, sourceIds: Object.freeze([...sources].sort()) });
}

function ranked(entries: Iterable<[string, readonly ArmsSeriesPoint[]]>, from: number, to: number, whole: number, release: string): readonly ArmsPartyTotal[] {
  const out: ArmsPartyTotal[] = [];
  for (const [code, points] of entries) {
    const tiv = sumOver(points, from, to);
    // The index's keys are the rows' codes.
    if (tiv > 0) out.push(Object.freeze({ code: code as CountryCode, tivMillions: tiv, share: tiv / whole, release }));
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
 * armsRecipients({ supplier: "RUS", from: 2020, to: 2024 }).slice(0, 3).map((r) => r.code);
 * //=> ["IND", "CHN", "KAZ"]
 * ```
 */
export function armsRecipients(query: ArmsRecipientsQuery): readonly ArmsPartyTotal[] {
  const fn = "armsRecipients";
  const q = checkQuery(fn, query, ["supplier", "from", "to", "release"]);
  const supplier = checkCode(fn, "supplier", q.supplier);
  const { from, to, rel } = checkPeriod(fn, q);
  checkRussiaPeriod(fn, supplier, from, rel);
  const table = supplierTable(fn, supplier, rel);
  const whole = sumOver(table.get("WLD"), from, to);
  if (whole === 0) throw new DataNotAvailableError(`arms deliveries from ${supplier}`, [], `${fn}: ${supplier} delivered nothing measurable in ${from}–${to}`);
  return ranked([...table].filter(([code]) => code !== "WLD"), from, to, whole, rel.id);
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
 *   a period no single release covers, an unknown release, or a recipient without imports in the period
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
  const q = checkQuery(fn, query, ["recipient", "from", "to", "release"]);
  const recipient = checkCode(fn, "recipient", q.recipient);
  const { from, to, rel } = checkPeriod(fn, q);
  const table = rel.index.byRecipient.get(recipient);
  let whole = 0;
  if (table) for (const points of table.values()) whole += sumOver(points, from, to);
  if (!table || whole === 0) {
    throw new DataNotAvailableError(`arms deliveries to ${recipient}`, [], `${fn}: SIPRI release ${rel.id} records no deliveries to ${JSON.stringify(recipient)} in ${from}–${to}`);
  }
  return ranked(table, from, to, whole, rel.id);
}


// How SIPRI revised one supplier→recipient series between two of its releases.
import { requireRelease, type RevisionPoint, revisionPoints } from "../core/editions.js";
import { DataNotAvailableError } from "../core/errors.js";
import { checkCode, checkQuery } from "../core/query.js";
import type { CountryCode } from "../core/types.js";
import { getReleases } from "./releases.js";

/** A supplier, a recipient and two releases to compare. */
export interface ArmsRevisionsQuery {
  /** The supplier's code. */
  readonly supplier: CountryCode;
  /** The recipient's code (`"WLD"`: the supplier's total). */
  readonly recipient: CountryCode;
  /** The first release, e.g. `"2022-07-28"`. */
  readonly releaseA: string;
  /** The second release, e.g. `"2026-02-12"`. */
  readonly releaseB: string;
}

/** How SIPRI revised one series between two releases. */
export interface ArmsRevisions {
  /** The series, e.g. `"RUS→CHN"`. */
  readonly series: string;
  /** The first release. */
  readonly releaseA: string;
  /** The second release. */
  readonly releaseB: string;
  /**
   * One entry per year both releases cover in which either records deliveries: TIV millions in each release
   * (0 where a release records none: SIPRI lists every delivery it identified) and the difference B − A.
   */
  readonly years: readonly RevisionPoint[];
}

/**
 * How SIPRI revised a supplier's deliveries to a recipient between two releases: for every year both releases
 * cover (1995–2021 for the two releases here), the value in each and the difference. SIPRI revises back years in
 * every release as it learns of deliveries, so a figure quoted from one release can differ from the same year
 * in a later one: that is a revision, not an error.
 *
 * @category Selectors
 * @param query - supplier, recipient, releaseA and releaseB
 * @returns the years with both values and their difference (frozen)
 * @throws TypeError for a malformed query; RangeError for an unknown release or the same release twice;
 *   DataNotAvailableError where neither release records the pair, or the releases share no year
 * @example
 * ```ts
 * import { armsRevisions } from "china-russia-data/arms";
 *
 * armsRevisions({ supplier: "RUS", recipient: "CHN", releaseA: "2022-07-28", releaseB: "2026-02-12" })
 *   .years.find((y) => y.year === 2021);
 * //=> { year: 2021, valueA: 773, valueB: 466.75, difference: -306.25 }
 * ```
 */
export function armsRevisions(query: ArmsRevisionsQuery): ArmsRevisions {
  const fn = "armsRevisions";
  const q = checkQuery(fn, query, ["supplier", "recipient", "releaseA", "releaseB"]);
  const supplier = checkCode(fn, "supplier", q.supplier);
  const recipient = checkCode(fn, "recipient", q.recipient);
  const all = getReleases();
  const ids = all.map((r) => r.id);
  const a = all.find((r) => r.id === requireRelease(fn, q.releaseA, ids, "releaseA"))!;
  const b = all.find((r) => r.id === requireRelease(fn, q.releaseB, ids, "releaseB"))!;
  if (a === b) throw new RangeError(`${fn}: releaseA and releaseB must differ, got ${JSON.stringify(a.id)} twice`);
  const first = Math.max(a.first, b.first);
  const last = Math.min(a.last, b.last);
  const series = `${supplier}→${recipient}`;
  if (first > last) throw new DataNotAvailableError(`arms deliveries ${series}`, [], `${fn}: releases ${a.id} (${a.first}–${a.last}) and ${b.id} (${b.first}–${b.last}) share no year`);
  const pa = a.index.bySupplier.get(supplier)?.get(recipient) ?? [];
  const pb = b.index.bySupplier.get(supplier)?.get(recipient) ?? [];
  if (pa.length === 0 && pb.length === 0) {
    throw new DataNotAvailableError(`arms deliveries ${series}`, [], `${fn}: neither release ${a.id} nor ${b.id} records deliveries from ${supplier} to ${JSON.stringify(recipient)}`);
  }
  return Object.freeze({ series, releaseA: a.id, releaseB: b.id, years: revisionPoints(pa, pb, first, last, true, 2) });
}

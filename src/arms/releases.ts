// SIPRI's releases of the arms deliveries, each with its own index (built on first use): which release a query
// reads, the supplier tables, the period checks and the sums the selectors share. A series never mixes releases.
import { armsDeliveryRows } from "../datasets/generated/arms-deliveries.js";
import { chooseEdition, checkRelease, describeEditions, type Edition } from "../core/editions.js";
import { DataNotAvailableError } from "../core/errors.js";
import { checkIntegerYear } from "../core/query.js";
import type { ArmsDeliveryRow } from "../core/types.js";

/**
 * Which SIPRI release a query reads: `"2022-07-28"` (SIPRI's tables, 1950–2021) or `"2026-02-12"` (the
 * register of SIPRI's March 2025 update, 1995–2024). Without it, a selector reads the newest release that
 * covers every year asked, and its result names the release.
 */
export interface ArmsReleaseOption {
  /** The release id (a row of `releases`). */
  readonly release?: string;
}


/** One year of deliveries. */
export interface ArmsSeriesPoint {
  /** Year of delivery. */
  readonly year: number;
  /** SIPRI trend-indicator value, millions. */
  readonly value: number;
  /** True where SIPRI prints 0: less than 0.5 million TIV. */
  readonly belowHalfMillion: boolean;
  /** The SIPRI release the value comes from (every point of a series has the same). */
  readonly release: string;
  /** The source. */
  readonly sourceId: string;
}


/** Russia is `RUS` from 1992; before, the supplier is the Soviet Union, `SUN`. */
export const RUSSIA_FROM = 1992;

export interface Index {
  /** supplier → recipient → points sorted by year. */
  readonly bySupplier: ReadonlyMap<string, ReadonlyMap<string, readonly ArmsSeriesPoint[]>>;
  /** recipient → supplier → points (WLD excluded). */
  readonly byRecipient: ReadonlyMap<string, ReadonlyMap<string, readonly ArmsSeriesPoint[]>>;
}

/** One release: its years and its index. */
export interface Release extends Edition {
  readonly index: Index;
}

/** The releases, newest first (release ids are the ISO dates SIPRI generated the files). */
let releases: readonly Release[] | undefined;

export function getReleases(): readonly Release[] {
  if (releases) return releases;
  const rows: readonly ArmsDeliveryRow[] = armsDeliveryRows;
  const building = new Map<string, { bySupplier: Map<string, Map<string, ArmsSeriesPoint[]>>; byRecipient: Map<string, Map<string, ArmsSeriesPoint[]>>; first: number; last: number }>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    let rel = building.get(r.release);
    if (!rel) building.set(r.release, (rel = { bySupplier: new Map(), byRecipient: new Map(), first: r.year, last: r.year }));
    if (r.year < rel.first) rel.first = r.year;
    if (r.year > rel.last) rel.last = r.year;
    const { bySupplier, byRecipient } = rel;
    const point: ArmsSeriesPoint = Object.freeze({ year: r.year, value: r.tivMillions, belowHalfMillion: r.belowHalfMillion, release: r.release, sourceId: r.sourceId });
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
  const out: Release[] = [];
  for (const [id, rel] of building) {
    // The rows of a release are sorted by supplier, recipient and year (the build checks it); freeze every list.
    for (const m of [rel.bySupplier, rel.byRecipient]) for (const inner of m.values()) for (const list of inner.values()) Object.freeze(list);
    out.push(Object.freeze({ id, first: rel.first, last: rel.last, index: { bySupplier: rel.bySupplier, byRecipient: rel.byRecipient } }));
  }
  out.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return (releases = Object.freeze(out));
}

/** The release a query names, or the newest covering `from`–`to` (all releases when no years are asked). */
export function releaseFor(fn: string, q: Record<string, unknown>, from?: number, to?: number): Release {
  const all = getReleases();
  const id = checkRelease(fn, q.release, all.map((r) => r.id));
  if (id !== undefined) {
    const rel = all.find((r) => r.id === id)!;
    if (from !== undefined && to !== undefined && (from < rel.first || to > rel.last)) {
      throw new DataNotAvailableError(`SIPRI release ${rel.id}`, range(rel.first, rel.last), `${fn}: the period ${from}–${to} is outside release ${rel.id} (${rel.first}–${rel.last}; releases: ${describeEditions(all)})`);
    }
    return rel;
  }
  return chooseEdition(fn, "SIPRI arms deliveries", all, from, to) as Release;
}

/** The period and the release it is read from. */
export function checkPeriod(fn: string, q: Record<string, unknown>): { from: number; to: number; rel: Release } {
  const from = checkIntegerYear(fn, "from", q.from);
  const to = checkIntegerYear(fn, "to", q.to);
  if (from > to) throw new RangeError(`${fn}: from must not be after to, got from ${from} and to ${to}`);
  return { from, to, rel: releaseFor(fn, q, from, to) };
}

export function supplierTable(fn: string, supplier: string, rel: Release): ReadonlyMap<string, readonly ArmsSeriesPoint[]> {
  const table = rel.index.bySupplier.get(supplier);
  if (!table) {
    const hint = supplier === "USR" ? ' (the Soviet Union is "SUN")' : "";
    const elsewhere = getReleases().filter((r) => r.index.bySupplier.has(supplier)).map((r) => r.id);
    throw new DataNotAvailableError(
      `arms deliveries from ${supplier}`, [],
      `${fn}: SIPRI release ${rel.id} has no supplier ${JSON.stringify(supplier)}${hint}${elsewhere.length ? ` (release ${elsewhere.join(", ")} has)` : ""}; armsSuppliers or the countries dataset list the codes`,
    );
  }
  return table;
}

/** Russia's figures start in 1992: earlier years are the Soviet Union's, under SUN. */
export function checkRussiaPeriod(fn: string, supplier: string, from: number, rel: Release): void {
  if (supplier === "RUS" && from < RUSSIA_FROM) {
    throw new DataNotAvailableError(
      `arms deliveries from RUS`, range(Math.max(RUSSIA_FROM, rel.first), rel.last),
      `${fn}: Russia supplies from ${RUSSIA_FROM}; deliveries before that are the Soviet Union's (supplier "SUN"), asked from ${from}`,
    );
  }
}

export function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let y = a; y <= b; y++) out.push(y);
  return out;
}

export function sumOver(points: readonly ArmsSeriesPoint[] | undefined, from: number, to: number, sources?: Set<string>): number {
  let sum = 0;
  if (!points) return sum;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    if (p.year >= from && p.year <= to) {
      sum += p.value;
      sources?.add(p.sourceId);
    }
  }
  // TIV values have at most two decimals (the register's): the sum is rounded to them, so that 4272.69 +
  // 6829.35 is 11102.04, not a binary floating-point artefact.
  return Math.round(sum * 100) / 100;
}

// Editions (releases) of a producer's data, shared by the arms and capabilities selectors: which release a query
// reads, and how two releases of one series differ. A series is always read from one release; a comparison
// across releases is a revision.
import { DataNotAvailableError } from "./errors.js";
import { show } from "./query.js";

/** One release of one series: its id and the first and last year it covers. */
export interface Edition {
  readonly id: string;
  readonly first: number;
  readonly last: number;
}

/** The `release` argument: undefined when not given; a TypeError or RangeError naming the valid releases otherwise. */
export function checkRelease(fn: string, value: unknown, valid: readonly string[], name = "release"): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new TypeError(`${fn}: ${name} must be a string, got ${show(value)}`);
  if (!valid.includes(value)) throw new RangeError(`${fn}: ${name} must be one of ${valid.map((v) => JSON.stringify(v)).join(", ")}; got ${JSON.stringify(value)}`);
  return value;
}

/** A release argument that must be given (revisions compare two named releases). */
export function requireRelease(fn: string, value: unknown, valid: readonly string[], name: string): string {
  if (value === undefined) throw new TypeError(`${fn}: ${name} is required, one of ${valid.map((v) => JSON.stringify(v)).join(", ")}`);
  return checkRelease(fn, value, valid, name)!;
}

function coveredYears(editions: readonly Edition[]): number[] {
  const years = new Set<number>();
  for (const e of editions) for (let y = e.first; y <= e.last; y++) years.add(y);
  return [...years].sort((a, b) => a - b);
}

/** "2022-07-28 (1950–2021); 2026-02-12 (1995–2024)". */
export function describeEditions(editions: readonly Edition[]): string {
  return editions.map((e) => `${e.id} (${e.first}–${e.last})`).join("; ");
}

/**
 * The release a query reads: the newest of `editions` (given newest first) that covers every year from `from`
 * to `to` (every release when no years are asked). Throws DataNotAvailableError naming the releases and the
 * years each covers when none does: a series never mixes releases.
 */
export function chooseEdition(fn: string, series: string, editions: readonly Edition[], from?: number, to?: number): Edition {
  const e = from === undefined || to === undefined ? editions[0] : editions.find((x) => x.first <= from && x.last >= to);
  if (e) return e;
  const asked = from === undefined ? "" : from === to ? ` the year ${from}` : ` the years ${from}–${to}`;
  throw new DataNotAvailableError(
    series, coveredYears(editions),
    editions.length === 0
      ? `${fn}: no release holds ${series}`
      : `${fn}: no single release covers${asked} (releases: ${describeEditions(editions)}); a series never mixes releases: ask for a span one release covers, or pass release`,
  );
}

/** One year of a revision: the value in each release and the difference (b − a). */
export interface RevisionPoint {
  /** The year. */
  readonly year: number;
  /** The value in release A, or null where release A has none. */
  readonly valueA: number | null;
  /** The value in release B, or null where release B has none. */
  readonly valueB: number | null;
  /** valueB − valueA, or null where either is null. */
  readonly difference: number | null;
}

/**
 * The years both releases cover (`a` and `b` span `first`–`last`), with each release's value. Where
 * `absentIsZero`, a year a release covers without a value is 0 (SIPRI: an empty cell means no deliveries).
 */
export function revisionPoints(
  a: readonly { year: number; value: number }[], b: readonly { year: number; value: number }[],
  first: number, last: number, absentIsZero: boolean, decimals?: number,
): readonly RevisionPoint[] {
  const scale = decimals === undefined ? 0 : 10 ** decimals;
  const va = new Map(a.map((p) => [p.year, p.value]));
  const vb = new Map(b.map((p) => [p.year, p.value]));
  const out: RevisionPoint[] = [];
  for (let year = first; year <= last; year++) {
    if (!va.has(year) && !vb.has(year)) continue;
    const valueA = va.get(year) ?? (absentIsZero ? 0 : null);
    const valueB = vb.get(year) ?? (absentIsZero ? 0 : null);
    // Where the values have a known number of decimals (SIPRI's TIV: two), the difference is rounded to them, so
    // 466.75 − 773 is −306.25, not a binary floating-point artefact.
    const raw = valueA === null || valueB === null ? null : valueB - valueA;
    const difference = raw === null || scale === 0 ? raw : Math.round(raw * scale) / scale;
    out.push(Object.freeze({ year, valueA, valueB, difference }));
  }
  return Object.freeze(out);
}

// What the extractors of the producers' newer capability editions (scripts/producers/*/) share: the row they
// write, the countries they keep, the file they write and an exact decimal shift for unit conversions.
import { toCsv } from "../lib/files.js";
import type { CapabilityCell } from "../lib/owid.js";

/** The countries of the capabilities dataset (the article's comparators), by code. */
export const CAPABILITY_COUNTRIES = ["CHN", "RUS", "USA", "IND", "VNM", "MNG", "KAZ", "KGZ", "TJK", "TKM", "UZB"] as const;

/** One value of a producer's edition, as written to its data/capabilities-<release>.csv: the cell of the older
 * OWID copies (release included), with SIPRI's uncertainty mark (`cell` is the producer's file and cell or line). */
export interface EditionCell extends CapabilityCell {
  /** True where the producer marks the value as highly uncertain (SIPRI's red figures); absent otherwise. */
  readonly uncertain?: true;
}

export const EDITION_COLUMNS = ["country", "year", "metric", "value", "unit", "estimated", "uncertain", "release", "sourceId", "cell"] as const;

/** Code-point order by country, metric and year, so files do not depend on the locale. */
export function sortCells<T extends EditionCell>(cells: T[]): T[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return cells.sort((a, b) => cmp(a.country, b.country) || cmp(a.metric, b.metric) || a.year - b.year);
}

export function editionCsv(cells: readonly EditionCell[]): string {
  return toCsv(cells, EDITION_COLUMNS);
}

/**
 * `n` × 10^places, by moving the decimal point in the shortest decimal text of `n` (so 0.0705 → 7.05 and
 * 317561.0423249247 → 317561042324.9247 exactly as written, without a binary multiplication's rounding).
 */
export function shiftDecimal(n: number, places: number): number {
  if (!Number.isFinite(n)) throw new RangeError(`shiftDecimal: ${n} is not finite`);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(n));
  if (!m) throw new RangeError(`shiftDecimal: cannot read ${n}`);
  const [, sign, int, frac = "", exp = "0"] = m;
  const digits = int! + frac;
  const point = int!.length + Number(exp) + places; // position of the decimal point in `digits`
  const text = point <= 0 ? `0.${"0".repeat(-point)}${digits}` : point >= digits.length ? digits + "0".repeat(point - digits.length) : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return Number(sign + text);
}

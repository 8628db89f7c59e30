import { nonNegative, positive, result, show } from "./_check.js";

/**
 * The share of a part in a whole: `part / whole`, a number in [0, 1].
 *
 * With bilateral trade as the part and the reporter's total trade as the whole this is Barbieri's trade share
 * `TS_ij = T_ij / T_i` (Barbieri 1996; restated by Gartzke & Li 2003, "Measure for Measure", JPR 40(5)).
 * Units cancel: pass both values in the same unit (the datasets use nominal USD millions).
 *
 * Missing values: there are none to skip; both arguments are required. A zero whole has no share and throws.
 *
 * @category Metrics
 * @param part - the part, ≥ 0 and ≤ `whole`
 * @param whole - the whole, > 0
 * @returns `part / whole`
 * @throws RangeError when `whole` ≤ 0, `part` < 0, `part` > `whole` or either is not finite; TypeError when
 *   either is not a number
 * @example
 * ```ts
 * import { share } from "china-russia-data";
 *
 * // Trade with one partner of 100 out of a total of 400:
 * share(100, 400);
 * //=> 0.25
 * ```
 */
export function share(part: number, whole: number): number {
  const p = nonNegative("share", "part", part);
  const w = positive("share", "whole", whole);
  if (p > w) throw new RangeError(`share: part (${show(p)}) must not exceed whole (${show(w)})`);
  // Stryker disable next-line StringLiteral: part ≤ whole and whole > 0 keep the share in [0, 1], so this name is never shown
  return result("share", p / w);
}

import { result, shareArg } from "./_check.js";

/**
 * The dependency-asymmetry ratio of two trade shares: `aShare / bShare`.
 *
 * `aShare` is how much of country a's trade is with b, `bShare` how much of b's trade is with a (each a
 * trade share in [0, 1], see {@link share}). A ratio of 4 means a depends on the relationship four times as
 * much as b does. The ratio is a project definition: the literature has no standard asymmetry operator (the
 * Oneal–Russett "weak link" literature uses `max/min` or `|a − b|` of dependence; Barbieri's sourced
 * difference-based alternative is the `symmetry` of {@link barbieri}). Note the direction: a first.
 *
 * Missing values: none are skipped. `bShare` = 0 leaves the ratio undefined and throws; it is never 0 or ∞.
 *
 * @category Metrics
 * @param aShare - b's share of a's trade, in [0, 1]
 * @param bShare - a's share of b's trade, in (0, 1]
 * @returns `aShare / bShare`, ≥ 0
 * @throws RangeError when a share is outside [0, 1], `bShare` is 0, or the ratio overflows
 * @example
 * ```ts
 * import { dependencyAsymmetryRatio } from "china-russia-data";
 *
 * // a trades 20% with b, b trades 5% with a:
 * dependencyAsymmetryRatio(0.2, 0.05);
 * //=> 4
 * ```
 */
export function dependencyAsymmetryRatio(aShare: number, bShare: number): number {
  const a = shareArg("dependencyAsymmetryRatio", "aShare", aShare);
  const b = shareArg("dependencyAsymmetryRatio", "bShare", bShare);
  if (b === 0) throw new RangeError("dependencyAsymmetryRatio: bShare must be > 0 (the ratio is undefined), got 0");
  return result("dependencyAsymmetryRatio", a / b);
}

/** Barbieri's three dyadic measures, each in [0, 1]. */
export interface BarbieriMeasures {
  /** `sqrt(aShare × bShare)`: how important the relationship is to both, on average (geometric mean). */
  readonly salience: number;
  /** `1 − |aShare − bShare|`: 1 when both depend on it equally. */
  readonly symmetry: number;
  /** `salience × symmetry`. */
  readonly interdependence: number;
}

/**
 * Barbieri's salience, symmetry and interdependence of a dyad, from the two trade shares.
 *
 * Formulas (Barbieri 1996, "Economic Interdependence: A Path to Peace or a Source of Interstate Conflict?",
 * JPR 33(1): 29–49, as restated in secondary sources; the primary text could not be checked):
 * `salience = sqrt(TS_a × TS_b)`, `symmetry = 1 − |TS_a − TS_b|`, `interdependence = salience × symmetry`.
 * Symmetric in its arguments. Shares are unit-free.
 *
 * Missing values: none are skipped; both shares are required.
 *
 * @category Metrics
 * @param aShare - b's share of a's trade, in [0, 1]
 * @param bShare - a's share of b's trade, in [0, 1]
 * @returns salience, symmetry and interdependence
 * @throws RangeError when a share is outside [0, 1] or not finite; TypeError when it is not a number
 * @example
 * ```ts
 * import { barbieri } from "china-russia-data";
 *
 * barbieri(0.2, 0.05);
 * //=> { salience: 0.1, symmetry: 0.85, interdependence: 0.085 }
 * ```
 */
export function barbieri(aShare: number, bShare: number): BarbieriMeasures {
  const a = shareArg("barbieri", "aShare", aShare);
  const b = shareArg("barbieri", "bShare", bShare);
  const salience = Math.sqrt(a * b);
  const symmetry = 1 - Math.abs(a - b);
  return { salience, symmetry, interdependence: salience * symmetry };
}

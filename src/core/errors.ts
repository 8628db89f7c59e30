/**
 * Thrown when a query asks for data the library does not hold: a year outside a series, an unknown country
 * code, or a flow that no source reports. The message names the series and the years that do exist, and the
 * same facts are available as properties for programs.
 *
 * @category Errors
 * @example
 * ```ts
 * import { DataNotAvailableError } from "china-russia-data";
 *
 * const error = new DataNotAvailableError("CHN→RUS export", [2019, 2020], "no value for 2030");
 * error.availableYears;
 * //=> [2019, 2020]
 * ```
 */
export class DataNotAvailableError extends Error {
  /** The series that was asked for, e.g. `"CHN→RUS export (IMF DOTS)"`. */
  readonly series: string;
  /** The years for which the series does hold values, ascending. */
  readonly availableYears: readonly number[];

  /**
   * The entry points share one copy of this class, but a bundler or a second install of the package can make
   * two; `instanceof` accepts an error of any copy, so that an error thrown by `china-russia-data/arms` is
   * always a `DataNotAvailableError` of the root.
   *
   * @param value - the value tested
   * @returns true for an error of this kind from any entry point
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Error && value.name === "DataNotAvailableError" && Array.isArray((value as { availableYears?: unknown }).availableYears);
  }

  /**
   * Creates the error; the message is built from the three arguments.
   *
   * @param series - the series asked for
   * @param availableYears - the years that exist in that series
   * @param detail - what exactly was missing
   */
  constructor(series: string, availableYears: readonly number[], detail: string) {
    if (typeof series !== "string" || series === "") throw new TypeError(`DataNotAvailableError: series must be a non-empty string, got ${typeof series === "string" ? '""' : String(series)}`);
    if (!Array.isArray(availableYears) || !availableYears.every((y) => Number.isInteger(y))) {
      throw new TypeError("DataNotAvailableError: availableYears must be an array of integer years");
    }
    if (typeof detail !== "string") throw new TypeError(`DataNotAvailableError: detail must be a string, got ${String(detail)}`);
    super(`${detail} in series ${series}; available years: ${formatYears(availableYears)}`);
    this.name = "DataNotAvailableError";
    this.series = series;
    this.availableYears = Object.freeze([...availableYears]);
  }
}
// Shared by every consumer of the package: neither the class, its prototype nor its `instanceof` test can be changed.
Object.freeze(DataNotAvailableError.prototype);
Object.freeze(DataNotAvailableError);

/** Formats a sorted list of years as ranges: `1992–2020, 2022`. */
export function formatYears(years: readonly number[]): string {
  if (years.length === 0) return "none";
  const parts: string[] = [];
  let start = years[0]!;
  let prev = start;
  for (let i = 1; i <= years.length; i++) {
    const y = years[i];
    if (y !== undefined && y === prev + 1) {
      prev = y;
      continue;
    }
    parts.push(start === prev ? `${start}` : `${start}–${prev}`);
    if (y !== undefined) start = prev = y;
  }
  return parts.join(", ");
}

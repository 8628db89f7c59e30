// Zod schemas of dates of a stated precision, and the excerpt a hand-entered value was read from (re-exported by
// ./index.ts).
import { z } from "zod";
import { text } from "./primitives.js";

const isoDate = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True when `date` is a real calendar date of the precision its form shows (`2014`, `2014-05`, `2014-05-21`). */
function realDate(date: string): boolean {
  if (!isoDate.test(date)) return false;
  const [y, m, d] = date.split("-").map(Number);
  if (d === undefined) return true;
  const t = new Date(Date.UTC(y!, m! - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m! - 1 && t.getUTCDate() === d;
}

/**
 * An ISO 8601 calendar date of day, month or year precision (`2014-05-21`, `2017-12`, `2014`) that exists
 * (no 30 February).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { IsoDate } from "china-russia-data/schemas";
 *
 * IsoDate.safeParse("2023-02-30").success;
 * //=> false
 * ```
 */
export const IsoDate = z.string().refine(realDate, { message: "must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD, and exist" });

/**
 * The precision of a date.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { DatePrecisionSchema } from "china-russia-data/schemas";
 *
 * DatePrecisionSchema.options;
 * //=> ["day", "month", "year"]
 * ```
 */
export const DatePrecisionSchema = z.enum(["day", "month", "year"]);

const PRECISION_LENGTH = { year: 4, month: 7, day: 10 } as const;
export const datedWithPrecision = <T extends { date: string; precision: "day" | "month" | "year" }>(v: T) => v.date.length === PRECISION_LENGTH[v.precision];
export const precisionMessage = { message: "date must have the stated precision (day: YYYY-MM-DD, month: YYYY-MM, year: YYYY)", path: ["date"] };

export const excerpt = text.meta({ description: "Sentence the value was read from" });

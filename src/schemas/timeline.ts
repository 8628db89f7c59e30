// Zod schemas of the events and facts (re-exported by ./index.ts).
import { z } from "zod";
import { RowId, SourceId, text } from "./primitives.js";
import { DatePrecisionSchema, IsoDate, datedWithPrecision, excerpt, precisionMessage } from "./dates.js";

/**
 * A row of the `events` dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { EventRowSchema } from "china-russia-data/schemas";
 *
 * EventRowSchema.safeParse({ id: "x", date: "2014-05", precision: "day", category: "energy", title: "t",
 *   description: "d", sourceIds: ["s"], excerpt: "e" }).success;
 * //=> false
 * ```
 */
export const EventRowSchema = z
  .strictObject({
    id: RowId,
    date: IsoDate,
    precision: DatePrecisionSchema,
    category: z.enum(["border", "treaty", "energy", "military", "diplomacy", "economy"]),
    title: text,
    description: text,
    sourceIds: z.array(SourceId).min(1).readonly(),
    excerpt,
  })
  .refine(datedWithPrecision, precisionMessage);

/**
 * A row of the `facts` dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { FactRowSchema } from "china-russia-data/schemas";
 *
 * FactRowSchema.shape.value.safeParse(Number.NaN).success;
 * //=> false
 * ```
 */
export const FactRowSchema = z.strictObject({
  id: RowId,
  label: text,
  value: z.number().finite(),
  unit: text,
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4})?$/).exactOptional(),
  approximate: z.boolean(),
  bound: z.enum(["lower", "upper"]).exactOptional().meta({ description: "lower where the source says more than the figure, upper where it says less than" }),
  sourceId: SourceId,
  excerpt,
  note: text.exactOptional(),
});

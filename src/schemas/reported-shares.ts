// Zod schemas of the published trade shares (re-exported by ./index.ts).
import { z } from "zod";
import { Iso3, ProducerSchema, ReporterSchema, SourceId, Year, text } from "./primitives.js";

/**
 * A row of the `reportedShares` dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ReportedShareRowSchema } from "china-russia-data/schemas";
 *
 * ReportedShareRowSchema.shape.sharePercent.safeParse(120).success;
 * //=> false
 * ```
 */
export const ReportedShareRowSchema = z.strictObject({
  country: ReporterSchema,
  partner: Iso3,
  period: z.string().regex(/^\d{4}(-\d{2}\/\d{4}-\d{2})?$/).meta({ description: "A year, or a span of months YYYY-MM/YYYY-MM" }),
  year: Year,
  sharePercent: z.number().finite().min(0).max(100).meta({ description: "Share in percent", unit: "percent" }),
  approximate: z.boolean(),
  bound: z.enum(["lower", "upper"]).exactOptional().meta({ description: "lower where the source says more than the figure, upper where it says less than" }),
  producerInferred: z.literal(true).exactOptional().meta({ description: "True where the excerpt does not name the producer and the label follows the research notes" }),
  periodInferred: z.literal(true).exactOptional().meta({ description: "True where the period is inferred, not stated in the excerpt" }),
  producer: ProducerSchema,
  sourceId: SourceId,
  excerpt: text,
  note: text.exactOptional(),
});

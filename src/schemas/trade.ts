// Zod schemas of the trade and partner-trade rows (re-exported by ./index.ts).
import { z } from "zod";
import { Iso3, ProducerSchema, ReporterSchema, SourceId, UsdMillions, Year, text } from "./primitives.js";

/**
 * A row of the `trade` dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TradeRowSchema } from "china-russia-data/schemas";
 *
 * TradeRowSchema.safeParse({ year: 2021, reporter: "CHN", partner: "RUS", flow: "total",
 *   valueUsdMillions: -5, producer: "gacc", sourceId: "press-x-1", approximate: false }).success;
 * //=> false
 * ```
 */
export const TradeRowSchema = z.strictObject({
  year: Year,
  reporter: ReporterSchema,
  partner: Iso3.meta({ description: "Partner (ISO 3166-1 alpha-3, or WLD for the world)" }),
  flow: z.enum(["export", "import", "total"]).meta({ description: "Flow as the reporter records it; total = exports + imports" }),
  valueUsdMillions: UsdMillions,
  producer: ProducerSchema,
  sourceId: SourceId,
  cell: z.string().regex(/^DOTS_\d+\.xlsx!sheet[12]![A-Z]{1,3}\d+$/).exactOptional().meta({ description: "Workbook cell of an IMF DOTS figure" }),
  excerpt: text.exactOptional().meta({ description: "Sentence the figure was read from" }),
  valueAsPublished: z.string().regex(/^\d+(\.\d+)?$/).exactOptional().meta({ description: "Value as the text states it" }),
  unitAsPublished: text.exactOptional().meta({ description: "Unit as the text states it" }),
  approximate: z.boolean().meta({ description: "True where the source rounds or calls the figure approximate" }),
  bound: z.enum(["lower", "upper"]).exactOptional().meta({ description: "lower where the source says more than the figure, upper where it says less than" }),
  producerInferred: z.literal(true).exactOptional().meta({ description: "True where the excerpt does not name the producer and the label follows the research notes" }),
  note: text.exactOptional().meta({ description: "Caveats" }),
});

/**
 * A row of the `partnerTrade` dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { PartnerTradeRowSchema } from "china-russia-data/schemas";
 *
 * PartnerTradeRowSchema.safeParse({ year: 2020, reporter: "RUS", partner: "DEU", flow: "total",
 *   valueUsdMillions: 1, sourceId: "imf-dots-rus" }).success;
 * //=> false
 * ```
 */
export const PartnerTradeRowSchema = z.strictObject({
  year: Year,
  reporter: ReporterSchema,
  partner: Iso3,
  flow: z.enum(["export", "import"]).meta({ description: "export (FOB) or import (CIF)" }),
  valueUsdMillions: UsdMillions,
  sourceId: SourceId,
});

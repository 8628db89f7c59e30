// Zod schemas of the capability metrics (re-exported by ./index.ts).
import { z } from "zod";
import { Iso3, ReleaseId, SourceId, Year, text } from "./primitives.js";

/**
 * A row of the `capabilities` dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CapabilityRowSchema } from "china-russia-data/schemas";
 *
 * CapabilityRowSchema.shape.metric.options.includes("nuclearWarheads");
 * //=> true
 * ```
 */
export const CapabilityRowSchema = z.strictObject({
  country: Iso3.meta({ description: "Country (ISO 3166-1 alpha-3; SUN for the Soviet Union)" }),
  year: Year,
  metric: z.enum([
    "gdp", "gdpPerCapita", "population", "militaryExpenditure", "militaryExpenditureCurrentUsd", "militaryExpenditureShareGdp", "nuclearWarheads",
    "nuclearWarheadInventory",
  ]),
  value: z.number().finite().min(0).meta({ description: "The value, in the row's unit" }),
  unit: text.meta({ description: "Unit of the value" }),
  estimated: z.boolean().nullable().meta({
    description: "True where the file read marks the value an estimate, false where it marks none; null (empty) where the file is a copy that carries none of the producer's estimate marks (Our World in Data's copies of SIPRI, Maddison and Gapminder/UN): unknown",
  }),
  uncertain: z.literal(true).exactOptional().meta({ description: "Present (true) where the producer marks the value as highly uncertain (SIPRI's red figures)" }),
  release: ReleaseId.meta({ description: "The producer's edition the value comes from (a row of releases)" }),
  sourceId: SourceId,
  cell: z.string().regex(/^([a-z0-9-]+\/[a-z0-9_.-]+\.csv!\d+|[A-Za-z0-9_.-]+\.xlsx![^!]+![A-Z]+\d+)$/).meta({
    description: "Where the value was read: <folder>/<file>.csv!<line> (a CSV file and line) or <workbook>.xlsx!<sheet>!<cell>",
  }),
});

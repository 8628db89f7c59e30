// Zod schemas of the energy projects and flows (re-exported by ./index.ts).
import { z } from "zod";
import { Iso3, RowId, SourceId, Year, text } from "./primitives.js";
import { DatePrecisionSchema, IsoDate, datedWithPrecision, excerpt, precisionMessage } from "./dates.js";

/**
 * A row of the `energyProjects` dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { EnergyProjectRowSchema } from "china-russia-data/schemas";
 *
 * EnergyProjectRowSchema.shape.kind.options;
 * //=> ["gas-pipeline", "oil-pipeline", "lng"]
 * ```
 */
export const EnergyProjectRowSchema = z.strictObject({
  id: RowId,
  name: text,
  kind: z.enum(["gas-pipeline", "oil-pipeline", "lng"]),
  status: z.enum(["operating", "operating-under-sanctions", "contracted", "memorandum"]),
  description: text,
  capacity: z.array(
    z.strictObject({
      value: z.number().finite().positive(),
      unit: z.enum(["bcm/yr", "Mt/yr"]),
      status: z.enum(["design", "operating", "reached", "expected", "contracted", "agreed", "assessed"]),
      bound: z.enum(["lower", "upper"]).exactOptional().meta({ description: "upper where the source says up to the figure, lower where it says more than" }),
      date: IsoDate.exactOptional(),
      sourceId: SourceId,
      excerpt,
      note: text.exactOptional(),
    }),
  ).min(1).readonly(),
  chineseStakes: z.array(
    z.strictObject({
      holder: text,
      country: Iso3,
      percent: z.number().finite().positive().max(100),
      sourceId: SourceId,
      excerpt,
      note: text.exactOptional(),
    }),
  ).readonly(),
  milestones: z.array(
    z
      .strictObject({
        date: IsoDate, precision: DatePrecisionSchema, event: text, sourceId: SourceId, excerpt,
        dateInferred: z.literal(true).exactOptional().meta({ description: "True where the excerpt does not state the date and it was taken from the publication" }),
        note: text.exactOptional(),
      })
      .refine(datedWithPrecision, precisionMessage),
  ).readonly(),
  sourceIds: z.array(SourceId).min(1).readonly(),
});

/**
 * A row of the `energyFlows` dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { EnergyFlowRowSchema } from "china-russia-data/schemas";
 *
 * EnergyFlowRowSchema.shape.unit.options;
 * //=> ["bcm", "Mt"]
 * ```
 */
export const EnergyFlowRowSchema = z.strictObject({
  projectId: SourceId.exactOptional(),
  flow: text,
  year: Year,
  value: z.number().finite().nonnegative(),
  unit: z.enum(["bcm", "Mt"]),
  status: z.enum(["actual", "preliminary", "planned"]).meta({ description: "actual (an outturn), preliminary (an outturn stated before the year ended) or planned (an expectation)" }),
  approximate: z.boolean(),
  bound: z.enum(["lower", "upper"]).exactOptional().meta({ description: "lower where the source says more than the figure, upper where it says less than" }),
  sourceId: SourceId,
  excerpt,
  note: text.exactOptional(),
});

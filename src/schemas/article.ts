// Zod schemas of the article's assessments and checked claims (re-exported by ./index.ts).
import { z } from "zod";
import { RowId, SourceId, text, ReleaseId } from "./primitives.js";

/**
 * A row of the `assessments` dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { AssessmentRowSchema } from "china-russia-data/schemas";
 *
 * AssessmentRowSchema.shape.kind.options;
 * //=> ["driver", "limitation", "friction"]
 * ```
 */
export const AssessmentRowSchema = z.strictObject({
  id: RowId,
  kind: z.enum(["driver", "limitation", "friction"]),
  title: text,
  summary: text,
  quote: text.max(200),
  datasets: z.array(text).readonly(),
  events: z.array(SourceId).readonly(),
  claims: z.array(SourceId).readonly(),
  sourceId: SourceId,
});

/**
 * A row of the `claims` dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ClaimRowSchema } from "china-russia-data/schemas";
 *
 * ClaimRowSchema.shape.verdict.options;
 * //=> ["supported", "approximately", "contradicted", "not-verifiable", "revised"]
 * ```
 */
export const ClaimRowSchema = z.strictObject({
  id: RowId,
  quote: text,
  statedValue: z.number().finite().exactOptional(),
  unit: text,
  computedValue: z.number().finite().exactOptional(),
  valueKind: z.enum(["computed", "looked-up"]).meta({ description: "computed by a selector from the data, or looked up in a dataset as published" }),
  method: text,
  verdict: z.enum(["supported", "approximately", "contradicted", "not-verifiable", "revised"]),
  reason: text,
  byRelease: z
    .array(z.strictObject({ release: ReleaseId, value: z.number().finite() }))
    .min(2)
    .readonly()
    .exactOptional()
    .meta({ description: "The figure in each producer release, oldest first, where releases differ" }),
  quotedFrom: SourceId.exactOptional().meta({ description: "The page whose words quote holds, where it is not the article" }),
  sourceIds: z.array(SourceId).min(1).readonly(),
});

// Zod schemas of the reference rows: countries and sources (re-exported by ./index.ts).
import { z } from "zod";
import { Iso3, SourceId, text } from "./primitives.js";

/**
 * A row of the `countries` dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CountryRowSchema } from "china-russia-data/schemas";
 *
 * CountryRowSchema.safeParse({ code: "WLD", name: "World", kind: "group" }).success;
 * //=> true
 * ```
 */
export const CountryRowSchema = z.strictObject({
  code: Iso3,
  name: text,
  imfName: text.exactOptional().meta({ description: "Partner name in the IMF DOTS workbooks" }),
  kind: z.enum(["country", "former-country", "group", "organisation", "non-state"]),
  note: text.exactOptional().meta({ description: "What a user must know about the code's coverage, e.g. an overlap with its successors" }),
});

/**
 * A row of the `sources` dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { SourceRowSchema } from "china-russia-data/schemas";
 *
 * SourceRowSchema.safeParse({ id: "x" }).success;
 * //=> false
 * ```
 */
export const SourceRowSchema = z.strictObject({
  id: SourceId.meta({ description: "The id that data rows cite in sourceId" }),
  title: text,
  producer: text,
  publisher: text,
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).exactOptional().meta({ description: "Publication date (ISO 8601)" }),
  url: z.url(),
  accessed: text,
  licence: text,
  citation: text,
  tier: z.enum(["producer", "official", "press", "secondary"]).meta({
    description: "producer (the statistical producer's own data or words), official (a government, ministry or company statement), press (wire agencies and established outlets) or secondary (aggregators, reprints, blogs, journal articles)",
  }),
  provenance: text.exactOptional().meta({ description: "Where the project's copy of a producer's file came from (repository and commit), where that is not the producer" }),
});

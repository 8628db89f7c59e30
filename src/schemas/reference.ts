// Zod schemas of the reference rows: countries, sources and the producers' releases (re-exported by ./index.ts).
import { z } from "zod";
import { Iso3, ReleaseId, SourceId, Year, text } from "./primitives.js";

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

/**
 * A row of the `releases` dataset: one edition of a producer's data, as the file the library read states it.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ReleaseRowSchema } from "china-russia-data/schemas";
 *
 * ReleaseRowSchema.shape.dataset.options;
 * //=> ["armsDeliveries", "capabilities", "trade"]
 * ```
 */
export const ReleaseRowSchema = z
  .strictObject({
    id: ReleaseId.meta({ description: "The release id: what the rows' `release` field and the selectors' `release` argument hold" }),
    dataset: z.enum(["armsDeliveries", "capabilities", "trade"]).meta({ description: "The dataset whose rows carry the release" }),
    producer: text.meta({ description: "Who produced the data" }),
    title: text.meta({ description: "The edition, as the producer or its file names it" }),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).meta({ description: "The date the file states (generated, created or retrieved: see dateMeaning)" }),
    dateMeaning: text.meta({ description: "What the date is, in the file's words" }),
    firstYear: Year.meta({ description: "First year the release covers in the library" }),
    lastYear: Year.meta({ description: "Last year the release covers in the library" }),
    metrics: z.array(text).readonly().exactOptional().meta({ description: "For capabilities: the metrics the release provides" }),
    sourceId: SourceId,
    note: text.exactOptional(),
  })
  .refine((r) => r.lastYear >= r.firstYear, { message: "lastYear must not be before firstYear", path: ["lastYear"] });

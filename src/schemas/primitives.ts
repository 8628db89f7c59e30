// Zod schemas of the building blocks of the row schemas: year, codes, US dollars, ids, reporter, producer
// (re-exported by ./index.ts).
import { z } from "zod";

/**
 * A calendar year covered by the data (1900–2100).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Year } from "china-russia-data/schemas";
 *
 * Year.safeParse(2021).success;
 * //=> true
 * Year.safeParse(2021.5).success;
 * //=> false
 * ```
 */
export const Year = z.number().int().min(1900).max(2100).meta({ description: "Calendar year" });

/**
 * An ISO 3166-1 alpha-3 code in upper case, or a project group id of up to 16 upper-case letters, digits and
 * underscores (e.g. `WLD`, `EURO_AREA`).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Iso3 } from "china-russia-data/schemas";
 *
 * Iso3.safeParse("chn").success;
 * //=> false
 * ```
 */
export const Iso3 = z.string().regex(/^[A-Z][A-Z0-9_]{2,15}$/).meta({ description: "ISO 3166-1 alpha-3 code or group id" });

/**
 * A value in millions of nominal US dollars: finite and ≥ 0.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { UsdMillions } from "china-russia-data/schemas";
 *
 * UsdMillions.safeParse(-1).success;
 * //=> false
 * ```
 */
export const UsdMillions = z.number().finite().nonnegative().meta({ description: "Millions of nominal US dollars", unit: "USD millions" });

/**
 * The id of a row of the `sources` dataset: lower-case letters, digits and dashes.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { SourceId } from "china-russia-data/schemas";
 *
 * SourceId.safeParse("imf-dots-chn").success;
 * //=> true
 * ```
 */
export const SourceId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).meta({ description: "Id of a row of the sources dataset" });

/**
 * The stable id of a row (events, facts, projects, assessments, claims): lower-case words joined by hyphens.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { RowId } from "china-russia-data/schemas";
 *
 * RowId.safeParse("power-of-siberia").success;
 * //=> true
 * ```
 */
export const RowId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).meta({ description: "Stable id of the row" });

/**
 * A reporting country: `CHN` or `RUS`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ReporterSchema } from "china-russia-data/schemas";
 *
 * ReporterSchema.options;
 * //=> ["CHN", "RUS"]
 * ```
 */
export const ReporterSchema = z.enum(["CHN", "RUS"]).meta({ description: "Reporting country (ISO 3166-1 alpha-3)" });

/**
 * Who produced a figure; see {@link Producer}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ProducerSchema } from "china-russia-data/schemas";
 *
 * ProducerSchema.safeParse("gacc").success;
 * //=> true
 * ```
 */
export const ProducerSchema = z
  .enum(["imf-dots", "gacc", "mofcom", "fcs", "ru-official", "other"])
  .meta({ description: "Producer of the figure" });

export const text = z.string().min(1);

/** A release id (a row of `releases`): lower-case letters, digits and dashes, e.g. `"2026-02-12"`, `"fas-2023"`. */
export const ReleaseId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

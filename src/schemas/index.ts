/**
 * Zod schemas for every row type of china-russia-data, with the types inferred from them.
 *
 * This is the only entry point that loads zod.
 *
 * @packageDocumentation
 */
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
 * ```
 */
export const Year = z.number().int().min(1900).max(2100);

/**
 * An ISO 3166-1 alpha-3 code in upper case, or a three-to-eight letter group id such as `WLD`.
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
export const Iso3 = z.string().regex(/^[A-Z][A-Z0-9_]{2,7}$/);

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
export const UsdMillions = z.number().finite().nonnegative();

/**
 * The id of a row of the `sources` dataset: lower case letters, digits and dashes.
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
export const SourceId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

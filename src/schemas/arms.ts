// Zod schemas of the arms transfers (shares) and SIPRI deliveries (TIV) (re-exported by ./index.ts).
import { z } from "zod";
import { Iso3, SourceId, Year, text } from "./primitives.js";
import { excerpt } from "./dates.js";

/**
 * A row of the `armsTransfers` dataset. A share is never stored without its period.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ArmsTransferRowSchema } from "china-russia-data/schemas";
 *
 * ArmsTransferRowSchema.safeParse({ supplier: "RUS", recipient: "IND", periodStart: 2020, periodEnd: 2016,
 *   sharePercent: 23, measure: "share-of-supplier-exports", approximate: false, sourceId: "x", excerpt: "…" }).success;
 * //=> false
 * ```
 */
export const ArmsTransferRowSchema = z
  .strictObject({
    supplier: Iso3,
    recipient: Iso3,
    periodStart: Year,
    periodEnd: Year,
    sharePercent: z.number().finite().min(0).max(100),
    measure: z.enum(["share-of-supplier-exports", "share-of-recipient-imports"]),
    approximate: z.boolean(),
    bound: z.enum(["lower", "upper"]).exactOptional().meta({ description: "lower where the source says more than the figure, upper where it says less than" }),
    periodInferred: z.literal(true).exactOptional().meta({ description: "True where the period is inferred, not stated in the excerpt" }),
    sourceId: SourceId,
    excerpt,
    note: text.exactOptional(),
  })
  .refine((r) => r.periodEnd >= r.periodStart, { message: "periodEnd must not be before periodStart", path: ["periodEnd"] });

/** An arms delivery's cell: `TIV-Export-<SIPRI code>-1950-2021.csv!<column><row>` or `trade_register.csv!supplier <code>[, recipient <code>], delivery year <year>`. */
const ARMS_CELL = /^(TIV-Export-[A-Z]+-1950-2021\.csv![A-Z]+\d+|trade_register\.csv!supplier [A-Z][A-Z_0-9]*(, recipient [A-Z][A-Z_0-9]*)?, delivery year \d{4})$/;

/**
 * A row of the `armsDeliveries` dataset (subpath `china-russia-data/arms`). A `0` of SIPRI's table is kept as
 * 0 with `belowHalfMillion: true`; a value of 0 without that flag is refused.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ArmsDeliveryRowSchema } from "china-russia-data/schemas";
 *
 * ArmsDeliveryRowSchema.safeParse({ supplier: "RUS", recipient: "IND", year: 2020, tivMillions: 0, belowHalfMillion: false,
 *   release: "2022-07-28", sourceId: "sipri-tiv-2022-07-28" }).success;
 * //=> false
 * ```
 */
export const ArmsDeliveryRowSchema = z
  .strictObject({
    supplier: Iso3.meta({ description: "Supplier (ISO 3166-1 alpha-3; SUN for the Soviet Union; see countries)" }),
    recipient: Iso3.meta({ description: "Recipient (ISO 3166-1 alpha-3; WLD for the supplier's total to all recipients; see countries)" }),
    year: Year,
    tivMillions: z.number().finite().min(0).meta({
      description: "SIPRI trend-indicator value of the deliveries: whole millions in SIPRI's tables (release 2022-07-28), the sum of the register's values (two decimals) in the register of 2026-02-12",
      unit: "TIV, millions",
    }),
    belowHalfMillion: z.boolean().meta({ description: "SIPRI's 0: deliveries of less than 0.5 million TIV" }),
    release: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: "Release of the SIPRI Arms Transfers Database (date the file was generated; a row of releases)" }),
    sourceId: SourceId,
    cell: z.string().regex(ARMS_CELL).meta({
      description: "Where the value was read: the table's cell (release 2022-07-28), or the register's lines summed, selected by supplier, recipient (none for WLD) and delivery year (release 2026-02-12)",
    }),
  })
  .refine((r) => r.belowHalfMillion === (r.tivMillions === 0), {
    message: "belowHalfMillion must be true exactly where tivMillions is 0",
    path: ["belowHalfMillion"],
  });

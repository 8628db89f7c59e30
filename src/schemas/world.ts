// Zod schemas of any reporter's trade with China, Russia and the world (re-exported by ./index.ts).
import { z } from "zod";
import { Iso3, SourceId, UsdMillions, Year } from "./primitives.js";

/**
 * A row of the `worldTrade` dataset (subpath `china-russia-data/world`).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { WorldTradeRowSchema } from "china-russia-data/schemas";
 *
 * WorldTradeRowSchema.shape.partner.options;
 * //=> ["CHN", "RUS", "WLD"]
 * ```
 */
export const WorldTradeRowSchema = z.strictObject({
  reporter: Iso3.meta({ description: "Reporter (ISO 3166-1 alpha-3, or a group id of countries)" }),
  partner: z.enum(["CHN", "RUS", "WLD"]).meta({ description: "Partner: China, Russia or the world" }),
  flow: z.enum(["export", "import"]).meta({ description: "export (FOB) or import (CIF), from the reporter's side" }),
  year: Year,
  valueUsdMillions: UsdMillions,
  estimated: z.boolean().meta({ description: "True where the IMF marks the value as an estimate" }),
  sourceId: SourceId,
  cell: z.string().regex(/^DOTS_\d+\.xlsx!sheet[12]![A-Z]+\d+$/).meta({ description: "Workbook cell the value was read from" }),
});

// The reportedShares dataset: published figures for one country's share of another's trade
// (data/reported-shares.csv), and its generated module.
import { ReportedShareRowSchema } from "../../src/schemas/index.js";
import type { ReportedShareRow } from "../../src/core/types.js";
import { checkRefs, type Refs } from "../lib/checks.js";
import type { Loaded } from "../lib/load.js";
import { rowsModule } from "../lib/modules.js";

export const spec = {
  file: "reported-shares.csv",
  columns: {
    country: "string", partner: "string", period: "string", year: "integer", sharePercent: "number", approximate: "boolean",
    producer: "string", sourceId: "string", excerpt: "string", note: "string", bound: "string", periodInferred: "boolean", producerInferred: "boolean",
  },
  schema: ReportedShareRowSchema,
} as const;

/** Known partner codes and sources. */
export function check(shares: Loaded<{ partner: string; sourceId: string }>, { codes, sourceIds }: Refs): void {
  checkRefs("reported-shares.csv", shares.rows, shares.lines, "partner", codes, "partner code");
  checkRefs("reported-shares.csv", shares.rows, shares.lines, "sourceId", sourceIds, "sourceId");
}

export const module = (rows: readonly ReportedShareRow[]) => rowsModule("reportedShareRows", "ReportedShareRow", rows);

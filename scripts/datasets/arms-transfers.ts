// The armsTransfers dataset: SIPRI's shares of Russia's arms exports as the press reported them
// (data/arms-transfers.csv), and its generated module.
import { ArmsTransferRowSchema } from "../../src/schemas/index.js";
import type { ArmsTransferRow } from "../../src/core/types.js";
import { checkRefs, checkUnique, type Refs } from "../lib/checks.js";
import type { Loaded } from "../lib/load.js";
import { rowsModule } from "../lib/modules.js";

export const spec = {
  file: "arms-transfers.csv",
  columns: {
    supplier: "string", recipient: "string", periodStart: "integer", periodEnd: "integer", sharePercent: "number", measure: "string",
    approximate: "boolean", sourceId: "string", excerpt: "string", note: "string", bound: "string", periodInferred: "boolean",
  },
  schema: ArmsTransferRowSchema,
} as const;

type Row = { recipient: string; periodStart: number; periodEnd: number; measure: string; sourceId: string };

/** One row per key; every source and recipient known. */
export function check(arms: Loaded<Row>, { codes, sourceIds }: Refs): void {
  checkUnique("arms-transfers.csv", arms.rows, arms.lines, (r) => `${r.recipient}/${r.periodStart}-${r.periodEnd}/${r.measure}/${r.sourceId}`, "sourceId");
  checkRefs("arms-transfers.csv", arms.rows, arms.lines, "sourceId", sourceIds, "sourceId");
  checkRefs("arms-transfers.csv", arms.rows, arms.lines, "recipient", codes, "country code");
}

export const module = (rows: readonly ArmsTransferRow[]) => rowsModule("armsTransferRows", "ArmsTransferRow", rows);

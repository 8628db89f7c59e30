// The facts dataset: scalar facts with their sources (data/facts.csv), and its generated module.
import { FactRowSchema } from "../../src/schemas/index.js";
import type { FactRow } from "../../src/core/types.js";
import { checkRefs, checkUnique, type Refs } from "../lib/checks.js";
import type { Loaded } from "../lib/load.js";
import { rowsModule } from "../lib/modules.js";

export const spec = {
  file: "facts.csv",
  columns: {
    id: "string", label: "string", value: "number", unit: "string", date: "string", approximate: "boolean", sourceId: "string",
    excerpt: "string", note: "string", bound: "string",
  },
  schema: FactRowSchema,
} as const;

/** Each id once; every source known. */
export function check(facts: Loaded<{ id: string; sourceId: string }>, { sourceIds }: Refs): void {
  checkUnique("facts.csv", facts.rows, facts.lines, (r) => r.id, "id");
  checkRefs("facts.csv", facts.rows, facts.lines, "sourceId", sourceIds, "sourceId");
}

export const module = (rows: readonly FactRow[]) => rowsModule("factRows", "FactRow", rows);

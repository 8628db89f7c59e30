// The sources dataset: the bibliography every row cites (data/sources.csv).
import { SourceRowSchema } from "../../src/schemas/index.js";
import { checkUnique } from "../lib/checks.js";
import type { Loaded } from "../lib/load.js";
import { rowsModule } from "../lib/modules.js";
import type { SourceRow } from "../../src/core/types.js";

export const spec = {
  file: "sources.csv",
  columns: { id: "string", title: "string", producer: "string", publisher: "string", date: "string", url: "string", accessed: "string", licence: "string", citation: "string", tier: "string", provenance: "string" },
  schema: SourceRowSchema,
} as const;

/** Each id once. */
export function check(sources: Loaded<{ id: string }>): void {
  checkUnique("sources.csv", sources.rows, sources.lines, (r) => r.id, "id");
}

export const module = (rows: readonly SourceRow[]) => rowsModule("sourceRows", "SourceRow", rows);

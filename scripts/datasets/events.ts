// The events dataset: the dated events of the relationship (data/events.csv), and its generated module.
import { EventRowSchema } from "../../src/schemas/index.js";
import type { EventRow } from "../../src/core/types.js";
import { checkUnique, listRefs, type Refs } from "../lib/checks.js";
import type { Loaded } from "../lib/load.js";
import { rowsModule } from "../lib/modules.js";

export const spec = {
  file: "events.csv",
  columns: { id: "string", date: "string", precision: "string", category: "string", title: "string", description: "string", sourceIds: "list", excerpt: "string" },
  schema: EventRowSchema,
} as const;

/** Each id once; every source known. */
export function check(events: Loaded<{ id: string; sourceIds: readonly string[] }>, { sourceIds }: Refs): void {
  checkUnique("events.csv", events.rows, events.lines, (r) => r.id, "id");
  listRefs("events.csv", events.lines, events.rows.map((r) => r.sourceIds), "sourceIds", sourceIds, "sourceId");
}

/** The rows in date order (then by id). */
export const sorted = <T extends { date: string; id: string }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

export const module = (rows: readonly EventRow[]) => rowsModule("eventRows", "EventRow", rows);

// Serialising dataset rows as CSV, JSON and NDJSON: shared by the CLI and the build's data export.

/** The column names of a set of rows, in first-seen order. */
export function columnsOf(rows: readonly object[]): string[] {
  const cols: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    for (const k of Object.keys(r)) {
      if (!seen.has(k)) {
        seen.add(k);
        cols.push(k);
      }
    }
  }
  return cols;
}

/**
 * A number as a CSV cell: at most 15 significant digits, the digits a double holds exactly in decimal. A
 * figure as published has no more (the data are checked for it), so it prints as it was published; a
 * computed share or ratio prints at that fixed precision instead of the 17 digits of its binary value.
 */
export function numberCell(value: number): string {
  return String(Number(value.toPrecision(15)));
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "number" && Number.isFinite(value)) return numberCell(value);
  // Arrays and objects are written as JSON text, which the Frictionless "array" and "object" types expect.
  const s = typeof value === "object" ? JSON.stringify(value) : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV with a header row and LF line ends; missing values are empty cells. */
export function toCsvText(rows: readonly object[], columns: readonly string[] = columnsOf(rows)): string {
  const lines = [columns.map(cell).join(",")];
  for (const r of rows) lines.push(columns.map((c) => cell((r as Record<string, unknown>)[c])).join(","));
  return lines.join("\n") + "\n";
}

/** One JSON object per line. */
export function toNdjson(rows: readonly object[]): string {
  return rows.map((r) => JSON.stringify(r)).join("\n") + (rows.length ? "\n" : "");
}

/** The tidy tables of the data export: what the trade selectors return, as CSV beside the datasets. */
export const TIDY_TABLES = ["trade-series", "trade-shares", "trade-asymmetry"] as const;

/**
 * The link tables of the data export: one row per id of a column that lists several ids (a claim's
 * `sourceIds`, an assessment's `events`), so that datapackage.json can give each id a foreign key.
 */
export const LINK_TABLES = [
  "claims-sources", "events-sources", "energy-projects-sources", "assessments-events", "assessments-claims", "trade-shares-sources", "trade-asymmetry-sources",
] as const;
export type LinkTableName = (typeof LINK_TABLES)[number];

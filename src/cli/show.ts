// `show`: the first rows of a dataset as a table.
import { datasetName, DATASET_NAMES, fileName, parseLimit, rowsOf, UsageError, type Command } from "./shared.js";

function table(rows: readonly object[]): string {
  if (rows.length === 0) return "(no rows)\n";
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const text = (v: unknown) => {
    const s = v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
    return s.length > 40 ? `${s.slice(0, 39)}…` : s;
  };
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => text((r as Record<string, unknown>)[c]).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(cols), line(widths.map((w) => "-".repeat(w))), ...rows.map((r) => line(cols.map((c) => text((r as Record<string, unknown>)[c]))))].join("\n") + "\n";
}

export const show: Command = {
  help: "Usage: china-russia-data show <dataset> [--limit N]\n\nPrints the first N rows (default 10) of a dataset as a table.\n",
  options: ["limit"],
  args: { count: 1, what: "one dataset" },
  run: async ({ rest, values, out, load }) => {
    const [given] = rest;
    if (!given) throw new UsageError(`show needs a dataset; datasets: ${DATASET_NAMES.map(fileName).join(", ")}`);
    const name = datasetName(given);
    const limit = parseLimit(values.limit, 10);
    const rows = await rowsOf(name, load);
    out.write(table(rows.slice(0, limit)));
    out.write(`(${Math.min(limit, rows.length)} of ${rows.length} rows)\n`);
    return 0;
  },
};

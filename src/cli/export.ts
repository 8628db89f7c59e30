// `export`: a dataset's rows as CSV, JSON or NDJSON, filtered, to the output or to a file.
import { extname } from "node:path";
import { toCsvText, toNdjson } from "../core/table.js";
import { api, checkTarget, datasetName, DATASET_NAMES, fileName, parseLimit, rowsOf, UsageError, writeOut, type Command } from "./shared.js";

/**
 * Parses `FIELD=VALUE` filters by the field's type in the dataset: numbers compare as numbers, booleans as
 * true/false, text exactly. A value that cannot match (text in a number field, a value no row has, a field
 * that holds lists or objects) is refused with what exists, rather than matching nothing.
 */
function filters(where: readonly string[], rows: readonly object[], fields: readonly string[]): (row: object) => boolean {
  const tests = where.map((w) => {
    const eq = w.indexOf("=");
    if (eq <= 0) throw new UsageError(`--where must be FIELD=VALUE, got ${JSON.stringify(w)}`);
    const field = w.slice(0, eq);
    const text = w.slice(eq + 1);
    if (!fields.includes(field)) throw new UsageError(`--where: no field ${JSON.stringify(field)}; fields: ${fields.join(", ")}`);
    const values = rows.map((r) => (r as Record<string, unknown>)[field]).filter((v) => v !== undefined);
    const kinds = new Set(values.map((v) => (Array.isArray(v) ? "list" : typeof v)));
    if (kinds.has("object") || kinds.has("list")) throw new UsageError(`--where: ${field} holds lists or objects and cannot be compared with a value`);
    let wanted: unknown;
    if (kinds.has("number")) {
      if (!/^-?(0|[1-9]\d*)(\.\d+)?$/.test(text)) throw new UsageError(`--where: ${field} is a number, got ${JSON.stringify(text)}`);
      wanted = Number(text);
    } else if (kinds.has("boolean")) {
      if (text !== "true" && text !== "false") throw new UsageError(`--where: ${field} is true or false, got ${JSON.stringify(text)}`);
      wanted = text === "true";
    } else wanted = text;
    const distinct = [...new Set(values)];
    if (distinct.length === 0) throw new UsageError(`--where: ${field} is empty in every row, so no row has ${field}=${text}`);
    if (!(distinct as unknown[]).includes(wanted)) {
      const shown = distinct.length <= 30 ? `; values: ${distinct.map(String).sort().join(", ")}` : "";
      throw new UsageError(`--where: no row has ${field}=${text}${shown}`);
    }
    return (r: object) => (r as Record<string, unknown>)[field] === wanted;
  });
  return (r) => tests.every((t) => t(r));
}

export const exportCommand: Command = {
  help:
    "Usage: china-russia-data export <dataset> [--format csv|json|ndjson] [--where FIELD=VALUE ...] [--limit N] [--out FILE [--force]]\n\n" +
    "Writes a dataset's rows: CSV by default (the columns of dist/data/<dataset>.csv, in the same order, whatever the filter),\n" +
    "or the format --out's extension names (.csv, .json, .ndjson). --where compares by the field's type (year=2021, approximate=true)\n" +
    "and refuses values that no row has. --out writes atomically and never replaces an existing file without --force, nor\n" +
    "anything that is not a regular file.\n",
  options: ["format", "where", "limit", "out", "force"],
  args: { count: 1, what: "one dataset" },
  run: async ({ rest, values, out, err, load }) => {
    const [given] = rest;
    if (!given) throw new UsageError(`export needs a dataset; datasets: ${DATASET_NAMES.map(fileName).join(", ")}`);
    const name = datasetName(given);
    const fromOut = values.out ? ({ ".csv": "csv", ".json": "json", ".ndjson": "ndjson" } as Record<string, string>)[extname(values.out).toLowerCase()] : undefined;
    const format = values.format ?? fromOut ?? "csv";
    if (format !== "csv" && format !== "json" && format !== "ndjson") {
      throw new UsageError(`--format must be csv, json or ndjson, got ${JSON.stringify(format)}`);
    }
    const limit = parseLimit(values.limit, Number.POSITIVE_INFINITY);
    if (values.out !== undefined) checkTarget(values.out, values.force === true);
    const fields = api.meta.datasets[name].fields;
    const all = await rowsOf(name, load);
    const rows = all.filter(filters(values.where ?? [], all, fields)).slice(0, limit);
    const text = format === "csv" ? toCsvText(rows, fields) : format === "json" ? JSON.stringify(rows, null, 2) + "\n" : toNdjson(rows);
    if (values.out !== undefined) {
      writeOut(values.out, text, values.force === true);
      err.write(`wrote ${rows.length} rows to ${values.out}\n`);
    } else out.write(text);
    return 0;
  },
};

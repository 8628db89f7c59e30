// `export`: a dataset's rows as CSV, JSON or NDJSON, filtered, to the output or to a file.
import { toCsvText, toNdjson } from "../core/table.js";
import { fieldValues } from "../datasets/generated/field-values.js";
import type { DatasetName } from "../index.js";
import {
  api, checkTarget, datasetName, DATASET_NAMES, fileName, NotFoundError, outputFormat, parseLimit, rowsOf, UsageError, writeOut, type Command,
} from "./shared.js";

/**
 * Parses `FIELD=VALUE` filters by the field's type in the dataset: numbers compare as numbers, booleans as
 * true/false, text exactly. A value that cannot match is refused rather than matching nothing: text in a number
 * field, a value the field's schema does not allow (bound=middle) or a field that holds lists or objects is a
 * usage error; a value no row has is data not found (exit 1), with the values that exist, or, where the field is
 * empty in every row, the values its schema allows. Values of one field are alternatives (either matches);
 * different fields all apply.
 */
function filters(name: DatasetName, where: readonly string[], rows: readonly object[], fields: readonly string[]): (row: object) => boolean {
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
    const allowed = Object.hasOwn(fieldValues[name] ?? {}, field) ? fieldValues[name]![field]! : undefined;
    if (allowed && !allowed.includes(text)) throw new UsageError(`--where: ${field} must be one of ${allowed.join(", ")}, got ${JSON.stringify(text)}`);
    const distinct = [...new Set(values)];
    if (distinct.length === 0) {
      const allows = allowed ? ` (${field} allows: ${allowed.join(", ")})` : "";
      throw new NotFoundError(`--where: ${field} is empty in every row, so no row has ${field}=${text}${allows}`);
    }
    if (!(distinct as unknown[]).includes(wanted)) {
      const shown = distinct.length <= 30 ? `; values: ${distinct.map(String).sort().join(", ")}` : "";
      throw new NotFoundError(`--where: no row has ${field}=${text}${shown}`);
    }
    return { field, wanted };
  });
  // --where partner=KAZ --where partner=UZB: either partner; --where partner=KAZ --where year=2020: both.
  const byField = new Map<string, unknown[]>();
  for (const t of tests) byField.set(t.field, [...(byField.get(t.field) ?? []), t.wanted]);
  const groups = [...byField];
  return (r) => groups.every(([field, wanted]) => wanted.includes((r as Record<string, unknown>)[field]));
}

export const exportCommand: Command = {
  help:
    "Usage: china-russia-data export <dataset> [--format csv|json|ndjson] [--where FIELD=VALUE ...] [--limit N] [--out FILE [--force]]\n\n" +
    "Writes a dataset's rows: CSV by default (the columns of dist/data/<dataset>.csv, in the same order, whatever the filter),\n" +
    "or the format --out's extension names (.csv, .json, .ndjson); --format and --out's extension must agree. --where compares by\n" +
    "the field's type (year=2021, approximate=true); a value the field does not allow is a usage error (bound=middle), and a value no\n" +
    "row has is refused with exit 1 and the values that exist (or, for a field no row fills, the values it allows). --where may\n" +
    "be repeated: values of one field are alternatives (--where partner=KAZ --where partner=UZB: either partner), different fields\n" +
    "all apply (--where partner=KAZ --where year=2020: both). --out writes atomically and never replaces an existing file without\n" +
    "--force, nor anything that is not a regular file.\n",
  options: ["format", "where", "limit", "out", "force"],
  args: { count: 1, what: "one dataset" },
  run: async ({ rest, values, out, err, load }) => {
    const [given] = rest;
    if (!given) throw new UsageError(`export needs a dataset; datasets: ${DATASET_NAMES.map(fileName).join(", ")}`);
    const name = datasetName(given);
    const format = outputFormat(values.format, values.out);
    const limit = parseLimit(values.limit, Number.POSITIVE_INFINITY);
    if (values.out !== undefined) checkTarget(values.out, values.force === true);
    const fields = api.meta.datasets[name].fields;
    const all = await rowsOf(name, load);
    const rows = all.filter(filters(name, values.where ?? [], all, fields)).slice(0, limit);
    const text = format === "csv" ? toCsvText(rows, fields) : format === "json" ? JSON.stringify(rows, null, 2) + "\n" : toNdjson(rows);
    if (values.out !== undefined) {
      writeOut(values.out, text, values.force === true);
      err.write(`wrote ${rows.length} rows to ${values.out}\n`);
    } else out.write(text);
    return 0;
  },
};

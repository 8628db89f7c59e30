// Loading the curated data files: CSV files by a column spec (each field converted by its kind, then checked by
// the dataset's zod schema) and JSON arrays; every error names the file, the row and the field.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { z } from "zod";
import { checkJsonStrings, checkNoControl, duplicateJsonKey } from "./data-checks.js";
import { DataFileError, readCsv } from "./files.js";

/** How a CSV field is converted before the schema checks it. */
export type Kind = "string" | "number" | "integer" | "boolean" | "list";

/** A CSV data file: its name in data/, its columns with their kinds, and the schema of its rows. */
export interface FileSpec<T> {
  readonly file: string;
  readonly columns: Readonly<Record<string, Kind>>;
  readonly schema: z.ZodType<T>;
}

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** No data row may be for a year after the year the data is built in (it only checks; the output does not depend on it). */
const BUILD_YEAR = new Date().getUTCFullYear();

function convert(file: string, line: number, field: string, kind: Kind, text: string): unknown {
  if (text === "") return undefined;
  switch (kind) {
    case "list":
      return text.split(";");
    case "string":
      if (text !== text.trim()) throw new DataFileError(file, line, field, `has leading or trailing white space: ${JSON.stringify(text)}`);
      checkNoControl(file, line, field, text);
      return text;
    case "boolean":
      if (text !== "true" && text !== "false") throw new DataFileError(file, line, field, `must be true or false, found ${JSON.stringify(text)}`);
      return text === "true";
    case "number":
    case "integer": {
      if (!NUMBER.test(text)) throw new DataFileError(file, line, field, `must be a plain decimal number, found ${JSON.stringify(text)}`);
      // An integer is written as one: "2010.0" is refused, not read as 2010.
      if (kind === "integer" && !/^-?(0|[1-9]\d*)$/.test(text)) throw new DataFileError(file, line, field, `must be an integer, found ${text}`);
      return Number(text);
    }
  }
}

/** Loads a CSV data file by its spec; errors name the file, the line and the field. */
export function loadFile<T>(dataDir: string, spec: FileSpec<T>): Loaded<T> {
  const path = resolve(dataDir, spec.file);
  const columns = Object.keys(spec.columns);
  const file = `data/${spec.file}`;
  if (!existsSync(path)) throw new DataFileError(file, null, null, "is missing");
  const records = readCsv(path, columns, file);
  if (records.length === 0) throw new DataFileError(file, 2, null, "holds no rows, only its header: the file may be truncated");
  const rows: T[] = [];
  const lines: number[] = [];
  for (const { line, values } of records) {
    const obj: Record<string, unknown> = {};
    for (const c of columns) {
      const v = convert(file, line, c, spec.columns[c]!, values[c]!);
      if (v !== undefined) obj[c] = v;
    }
    const parsed = spec.schema.safeParse(obj);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.map(String).join(".") || null;
      const shown = field && field in obj ? ` (value ${JSON.stringify(obj[field])})` : field ? " (empty)" : "";
      throw new DataFileError(file, line, field, `${issue.message}${shown}`);
    }
    for (const f of ["year", "periodStart", "periodEnd"]) {
      const y = obj[f];
      if (typeof y === "number" && y > BUILD_YEAR) throw new DataFileError(file, line, f, `${y} is after the year of the build (${BUILD_YEAR}): no figure for a later year can be sourced yet`);
    }
    rows.push(parsed.data);
    lines.push(line);
  }
  return { rows, lines };
}

/** Loads a JSON array file and validates each element; errors name the file, the element (1-based) and the field. */
export function loadJson<T>(dataDir: string, fileName: string, schema: z.ZodType<T>): Loaded<T> {
  const file = `data/${fileName}`;
  const buf = readFileSync(resolve(dataDir, fileName));
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) throw new DataFileError(file, null, null, "starts with a byte-order mark; save it as UTF-8 without BOM");
  let data: unknown;
  try {
    data = JSON.parse(buf.toString("utf8"));
  } catch (e) {
    throw new DataFileError(file, null, null, `is not valid JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(data)) throw new DataFileError(file, null, null, "must hold a JSON array of rows");
  // JSON.parse keeps the last of two equal keys silently: a repeated key is refused.
  const dup = duplicateJsonKey(buf.toString("utf8"));
  if (dup) throw new DataFileError(file, dup.element, dup.key, `duplicate key ${JSON.stringify(dup.key)} in one object (line ${dup.line}); JSON keeps only the last`);
  const rows: T[] = [];
  data.forEach((el, i) => {
    checkJsonStrings(file, i + 1, el);
    const parsed = schema.safeParse(el);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new DataFileError(file, i + 1, issue.path.map(String).join(".") || null, issue.message);
    }
    rows.push(parsed.data);
  });
  return { rows, lines: rows.map((_, i) => i + 1) };
}

/** The rows a file holds and the line (or element) each was read from. */
export interface Loaded<T> {
  readonly rows: T[];
  readonly lines: number[];
}

/**
 * The zod schemas type codes and source ids as strings (they validate anyone's rows); compileData checks every
 * code against countries.csv and every source id against sources.csv, after which its rows are of the row types,
 * whose codes and source ids are the literal unions generated from those two files.
 */
export function known<T>(rows: readonly unknown[]): T[] {
  return rows as T[];
}


// Reading and writing the project's data files: strict CSV in, deterministic CSV out, atomic writes.
import { mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parse } from "csv-parse/sync";
import { writeFileAtomic } from "../../src/core/atomic.js";

export const ROOT = resolve(import.meta.dirname, "..", "..");

/** An error in a data file: names the file, the row (1-based line of the record) and the field. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly row: number | null,
    readonly field: string | null,
    detail: string,
  ) {
    const where = [file, row !== null ? `row ${row}` : null, field !== null ? `field ${field}` : null].filter(Boolean).join(", ");
    super(`${where}: ${detail}`);
    this.name = "DataFileError";
  }
}

export function rel(path: string): string {
  return relative(ROOT, path) || path;
}

export interface CsvRecord {
  /** 1-based line number of the record in the file (the header is line 1). */
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

/**
 * Parses a CSV file strictly: UTF-8 without a byte-order mark, LF line ends, a header row with exactly the
 * expected columns in order, and the same number of fields in every record.
 */
export function readCsv(path: string, columns: readonly string[], file = rel(path)): CsvRecord[] {
  const buf = readFileSync(path);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) throw new DataFileError(file, 1, null, "starts with a byte-order mark; save it as UTF-8 without BOM");
  const text = buf.toString("utf8");
  const cr = text.indexOf("\r");
  if (cr >= 0) throw new DataFileError(file, text.slice(0, cr).split("\n").length, null, "has CR (Windows) line ends; use LF");
  if (text.length === 0) throw new DataFileError(file, null, null, "is empty");
  if (!text.endsWith("\n")) throw new DataFileError(file, text.split("\n").length, null, "does not end with a newline: the file may be truncated");
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: false }) as never;
  } catch (e) {
    const err = e as { lines?: number; message: string };
    throw new DataFileError(file, err.lines ?? null, null, `is not valid CSV: ${err.message}`);
  }
  const [header, ...body] = records;
  if (!header) throw new DataFileError(file, 1, null, "has no header row");
  columns.forEach((c, i) => {
    if (header.record[i] !== c) {
      throw new DataFileError(file, 1, c, `header column ${i + 1} must be "${c}", found ${JSON.stringify(header.record[i] ?? null)}`);
    }
  });
  if (header.record.length !== columns.length) {
    throw new DataFileError(file, 1, null, `header has ${header.record.length} columns, expected ${columns.length}: ${columns.join(",")}`);
  }
  return body.map(({ record, info }) => {
    if (record.length !== columns.length) {
      throw new DataFileError(file, info.lines, columns[record.length] ?? null, `has ${record.length} fields, expected ${columns.length}`);
    }
    const values: Record<string, string> = {};
    columns.forEach((c, i) => (values[c] = record[i]!));
    return { line: info.lines, values };
  });
}

function csvField(value: unknown): string {
  if (value === undefined || value === null) return "";
  const s = typeof value === "number" ? numberText(value) : String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The shortest text that parses back to the same double (JavaScript's own `String`), never exponent form. */
/**
 * A number read from a workbook, as the workbook shows it. A spreadsheet displays at most 15 significant
 * digits (the digits a double holds exactly in decimal); what a double stores beyond them is the binary
 * representation's, not the producer's (the IMF's 3067.800000000001 is the 3067.8 every reader of the
 * workbook sees). Rounding to 15 significant digits keeps every published digit and drops that noise.
 */
export function asDisplayed(n: number): number {
  return Number(n.toPrecision(15));
}

export function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`cannot write ${n} to a data file`);
  const s = String(n);
  if (!/e/i.test(s)) return s;
  // Expand exponent notation without changing the value.
  return n.toLocaleString("en-US", { useGrouping: false, maximumSignificantDigits: 17 });
}

export function toCsv(rows: readonly object[], columns: readonly string[]): string {
  const lines = [columns.join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvField((row as Record<string, unknown>)[c])).join(","));
  return lines.join("\n") + "\n";
}

/** Writes a file atomically (temporary file, then rename), creating its folder. A failed run leaves the old file. */
export function writeAtomic(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, content);
}

/**
 * True when the module at `moduleUrl` is the script Node was started with. Compares file URLs built by Node,
 * so it holds for any path (spaces, non-ASCII, symbolic links resolved by Node alike).
 */
export function isMain(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return pathToFileURL(realpathSync(script)).href === pathToFileURL(realpathSync(fileURLToPath(moduleUrl))).href;
  } catch {
    return false;
  }
}

/** The spreadsheet column letters of a 1-based column number: 1 → A, 27 → AA (the modules' own function). */
export { columnLetters as columnName } from "../../src/core/columns.js";

/**
 * Writes a set of files so that a failure leaves the previous set whole: every file is first written in full
 * beside its target (a temporary name), and only when all are written are they renamed over their targets.
 * A full disk or an unwritable folder fails during the writes, before any target changed.
 */
export function writeSetAtomic(files: Readonly<Record<string, string | Uint8Array>>): void {
  const staged: [string, string][] = [];
  try {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(path), { recursive: true });
      const tmp = `${path}.${process.pid}.set.tmp`;
      staged.push([tmp, path]);
      writeFileSync(tmp, content);
    }
  } catch (e) {
    for (const [tmp] of staged) rmSync(tmp, { force: true });
    throw e;
  }
  for (const [tmp, path] of staged) renameSync(tmp, path);
}

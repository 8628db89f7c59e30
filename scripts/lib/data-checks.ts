// Cross-row checks of the curated data that the row schemas cannot make: each throws a DataFileError with the
// file, the row (the line of a CSV file, the element of a JSON array) and the field.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { DataFileError, ROOT } from "./files.js";
import { readRow } from "./xlsx-row.js";

/** C0 and C1 control characters and DEL: never part of a name, a title or an excerpt. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Throws when a text field holds a control character, naming the character's code point. */
export function checkNoControl(file: string, row: number | null, field: string | null, text: string): void {
  const m = CONTROL.exec(text);
  if (m) {
    const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    throw new DataFileError(file, row, field, `holds the control character ${code} at position ${m.index + 1}`);
  }
}

/** Every string in a parsed JSON value, with the path of its field (`capacity.0.unit`). */
export function checkJsonStrings(file: string, row: number, value: unknown, path = ""): void {
  if (typeof value === "string") checkNoControl(file, row, path || null, value);
  else if (Array.isArray(value)) value.forEach((v, i) => checkJsonStrings(file, row, v, path ? `${path}.${i}` : String(i)));
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      checkNoControl(file, row, path ? `${path}.${k}` : k, k);
      checkJsonStrings(file, row, v, path ? `${path}.${k}` : k);
    }
  }
}

/**
 * Finds the first key that appears twice in one object of a JSON text (JSON.parse keeps the last silently).
 * Returns the key, the 1-based element of the top-level array it sits in, and its line; undefined when every
 * object's keys are unique. The text must be valid JSON (parse it first).
 */
export function duplicateJsonKey(text: string): { key: string; element: number; line: number } | undefined {
  const stack: ({ keys: Set<string> } | null)[] = []; // an object's keys, or null for an array
  let element = 0;
  let line = 1;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") line++;
    else if (c === "{") {
      if (stack.length === 1) element++;
      stack.push({ keys: new Set() });
      expectKey = true;
    } else if (c === "[") {
      if (stack.length === 1) element++;
      stack.push(null);
      expectKey = false;
    } else if (c === "}" || c === "]") {
      stack.pop();
      expectKey = false;
    } else if (c === ",") {
      expectKey = stack[stack.length - 1] != null;
    } else if (c === '"') {
      let j = i + 1;
      let s = "";
      for (; text[j] !== '"'; j++) {
        if (text[j] === "\\") {
          s += text.slice(j, j + 2);
          j++;
        } else s += text[j];
      }
      const top = stack[stack.length - 1];
      if (expectKey && top) {
        const key = JSON.parse(`"${s}"`) as string;
        if (top.keys.has(key)) return { key, element, line };
        top.keys.add(key);
        expectKey = false;
      } else if (stack.length === 1) element++;
      i = j;
    } else if (stack.length === 1 && /[-0-9tfn]/.test(c)) {
      // A scalar element of the top-level array: count it, then skip to its end.
      element++;
      while (i + 1 < text.length && /[^,\]\s]/.test(text[i + 1]!)) i++;
    }
  }
  return undefined;
}

interface DotsRow {
  readonly year: number;
  readonly flow: string;
  readonly cell: string;
}

const DOTS_CELL = /^(DOTS_\d+\.xlsx)!sheet([12])!([A-Z]+)(\d+)$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** The IMF DOTS workbooks the cells point into: the repository's copies (a data folder given to the build need not hold them). */
export const DOTS_DIR = resolve(ROOT, "data/raw/imf-dots");

/** The row of every DOTS sheet that holds the years, one per column (C onwards); rows 1–6 hold the title, reporter and unit. */
const DOTS_HEADER_ROW = 7;

/** The years of a DOTS sheet's header row by column number, read once per process for each workbook and sheet. */
const headerCache = new Map<string, ReadonlyMap<number, number>>();

/** The years a DOTS sheet's header row holds, by column number (cells that are not a year are left out). */
export function dotsHeaderYears(dir: string, book: string, sheet: number): ReadonlyMap<number, number> {
  const path = resolve(dir, book);
  const key = `${sheet}:${path}`; // the sheet is a number: the key cannot be read two ways
  let years = headerCache.get(key);
  if (!years) {
    const m = new Map<number, number>();
    for (const [letters, value] of readRow(path, sheet, DOTS_HEADER_ROW)) if (/^\d{4}$/.test(value)) m.set(columnNumber(letters), Number(value));
    headerCache.set(key, (years = m));
  }
  return years;
}

/**
 * The IMF DOTS cells of partner-trade.csv and world-trade.csv, against the workbooks they name: the workbook
 * exists; sheet 1 holds exports and sheet 2 imports, so a cell whose sheet contradicts the row's flow is refused
 * (the generated module rebuilds the sheet from the flow, which would silently rewrite it); and the row's year is
 * the one the sheet's header row gives the cell's column. A year outside the workbook's years (1950, 2021), or a
 * cell in a column without a year, cannot pass, whatever the other rows say.
 */
export function checkDotsCells(file: string, rows: readonly DotsRow[], lines: readonly number[], dir = DOTS_DIR): void {
  rows.forEach((r, i) => {
    const m = DOTS_CELL.exec(r.cell);
    if (!m) throw new DataFileError(file, lines[i]!, "cell", `must be DOTS_<n>.xlsx!sheet1|sheet2!<column><row>, found ${JSON.stringify(r.cell)}`);
    const sheetFlow = m[2] === "1" ? "export" : "import";
    if (sheetFlow !== r.flow) throw new DataFileError(file, lines[i]!, "cell", `${r.cell} is on sheet${m[2]}, which holds ${sheetFlow}s, but the row's flow is ${r.flow}`);
    const book = m[1]!;
    if (!existsSync(resolve(dir, book))) throw new DataFileError(file, lines[i]!, "cell", `${r.cell}: there is no workbook ${book} in data/raw/imf-dots`);
    const header = dotsHeaderYears(dir, book, Number(m[2]));
    const letters = m[3]!;
    const year = header.get(columnNumber(letters));
    const span = () => (header.size ? `the sheet's years: ${Math.min(...header.values())}–${Math.max(...header.values())}` : "the sheet's header row holds no year");
    if (year === undefined) {
      throw new DataFileError(file, lines[i]!, "cell", `${r.cell}: column ${letters} of ${book}!sheet${m[2]} has no year in its header row (row ${DOTS_HEADER_ROW}; ${span()})`);
    }
    if (year !== r.year) {
      throw new DataFileError(file, lines[i]!, "year", `${r.year} is not the year of column ${letters} of ${book}!sheet${m[2]}: its header row says ${year} (${span()})`);
    }
  });
}

interface ArmsRow {
  readonly supplier: string;
  readonly recipient: string;
  readonly year: number;
  readonly release: string;
  readonly tivMillions: number;
}

/** A recipient's deliveries in a year cannot exceed the supplier's total (its WLD row) for that year and release. */
export function checkArmsBelowTotal(file: string, rows: readonly ArmsRow[], lines: readonly number[]): void {
  const totals = new Map<string, number>();
  const key = (r: ArmsRow) => `${r.supplier}/${r.year}/${r.release}`;
  for (const r of rows) if (r.recipient === "WLD") totals.set(key(r), r.tivMillions);
  rows.forEach((r, i) => {
    if (r.recipient === "WLD") return;
    const total = totals.get(key(r));
    if (total === undefined) throw new DataFileError(file, lines[i]!, "supplier", `${r.supplier} has no total (recipient WLD) for ${r.year} in release ${r.release}`);
    if (r.tivMillions > total) {
      throw new DataFileError(file, lines[i]!, "tivMillions", `${r.tivMillions} to ${r.recipient} exceeds ${r.supplier}'s total deliveries in ${r.year} (${total}, release ${r.release})`);
    }
  });
}

interface PublishedRow {
  readonly valueUsdMillions: number;
  readonly valueAsPublished?: string | undefined;
  readonly unitAsPublished?: string | undefined;
}

/** USD millions per unit a figure can be published in. */
const UNIT_FACTORS: Readonly<Record<string, number>> = { "USD millions": 1, "USD bn": 1_000, "USD trillion": 1_000_000 };

/**
 * A figure as published and its unit come together, and the value in USD millions is that figure times the
 * unit: a typo in either is refused rather than shipped beside a value it contradicts.
 */
export function checkPublishedValues(file: string, rows: readonly PublishedRow[], lines: readonly number[]): void {
  rows.forEach((r, i) => {
    const { valueAsPublished: text, unitAsPublished: unit } = r;
    if (text === undefined && unit === undefined) return;
    if (text === undefined) throw new DataFileError(file, lines[i]!, "valueAsPublished", `is empty, but unitAsPublished is ${JSON.stringify(unit)}`);
    if (unit === undefined) throw new DataFileError(file, lines[i]!, "unitAsPublished", `is empty, but valueAsPublished is ${text}`);
    if (!/^[0-9]+(\.[0-9]+)?$/.test(text)) throw new DataFileError(file, lines[i]!, "valueAsPublished", `must be digits with an optional decimal point, found ${JSON.stringify(text)}`);
    const factor = UNIT_FACTORS[unit];
    if (factor === undefined) throw new DataFileError(file, lines[i]!, "unitAsPublished", `must be one of ${Object.keys(UNIT_FACTORS).join(", ")}, found ${JSON.stringify(unit)}`);
    // Exact in decimal: scale the published digits by the unit's power of ten and compare as numbers.
    const expected = Number(text) * factor;
    if (Math.abs(expected - r.valueUsdMillions) > 1e-9 * Math.max(1, expected)) {
      throw new DataFileError(file, lines[i]!, "valueUsdMillions", `${r.valueUsdMillions} is not ${text} ${unit} (${expected} USD millions)`);
    }
  });
}

interface TradeKeyRow {
  readonly year: number;
  readonly reporter: string;
  readonly partner: string;
  readonly flow: string;
  readonly valueUsdMillions: number;
  readonly producer?: string;
  readonly sourceId: string;
}

/**
 * A hand-entered row that gives an IMF DOTS figure (producer imf-dots) for a year, reporter, partner and flow
 * that the DOTS workbooks already hold either repeats that cell under another source id or conflicts with it:
 * both are refused (the DOTS cell is the record).
 */
export function checkAgainstDots(file: string, rows: readonly TradeKeyRow[], lines: readonly number[], dots: readonly TradeKeyRow[]): void {
  const cells = new Map<string, TradeKeyRow>();
  const key = (r: TradeKeyRow) => `${r.year}/${r.reporter}/${r.partner}/${r.flow}`;
  for (const d of dots) cells.set(key(d), d);
  rows.forEach((r, i) => {
    if (r.producer !== "imf-dots") return;
    const d = cells.get(key(r));
    if (!d) return;
    if (d.valueUsdMillions === r.valueUsdMillions) {
      throw new DataFileError(file, lines[i]!, "sourceId", `${key(r)}: the row repeats the IMF DOTS cell of ${d.sourceId} (${d.valueUsdMillions}) under the source id ${r.sourceId}`);
    }
    throw new DataFileError(file, lines[i]!, "valueUsdMillions", `${key(r)}: ${r.valueUsdMillions} from ${r.sourceId} conflicts with the IMF DOTS cell of ${d.sourceId} (${d.valueUsdMillions})`);
  });
}

// Extracts SIPRI's trade register of the Arms Transfers Database, March 2025 update (data/raw/sipri-arms-2025/
// trade_register.csv: one line per deal and delivery year, 1995–2024, "Data generated: 12 Feb 2026") into
// data/arms-deliveries-2026-02-12.csv: one row per (supplier, recipient, year), the sum of the register's "TIV
// delivery values", and one row per (supplier, year) with recipient WLD, the sum over every recipient (SIPRI's
// own tables' Total). SIPRI names map to codes through data/sipri-names.csv, as for the 2022 tables.
// Deterministic: the same register gives the same bytes. Run: npm run data:extract
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { sipriCodes } from "./tiv-2022.js";
import { registerCell } from "../../lib/arms-cells.js";
import { DataFileError, isMain, ROOT, toCsv, writeAtomic } from "../../lib/files.js";

/** The release id: the date the register states it was generated ("Data generated: 12 Feb 2026"). */
export const REGISTER_RELEASE = "2026-02-12";
export const REGISTER_SOURCE_ID = "sipri-arms-register-2026-02-12";
export const REGISTER_FILE = "data/raw/sipri-arms-2025/trade_register.csv";
export const REGISTER_OUTPUT = "data/arms-deliveries-2026-02-12.csv";
export const REGISTER_FIRST_YEAR = 1995;
export const REGISTER_LAST_YEAR = 2024;

/** SIPRI's 11 note lines, each checked before the header (line 12). */
const NOTES: readonly (string | RegExp)[] = [
  "Transfers of major conventional arms from All countries  to All countries . Deals with deliveries made for the year range '1995' to '2025';",
  /^A '\?' in a column indicates uncertain data\./,
  /^An empty field for 'Number ordered'/,
  "SIPRI trend-indicator values (TIVs) are in millions.;",
  /^An empty field for 'SIPRI TIV for total order'/,
  /^A '0' for 'SIPRI TIV of delivered weapons' indicates that the volume of deliveries is between 0 and 0\.5 million SIPRI TIV/,
  /^Figures may not add up to stated totals/,
  /^For the method used for the SIPRI TIV/,
  ";",
  "Source: SIPRI Arms Transfers Database (c) SIPRI.;",
  /^Data generated: 12 Feb 2026 /,
];

const HEADER =
  "SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production";

/** A row as extracted: supplier→recipient TIV of one year, and the register lines it sums. */
export interface RegisterCell {
  readonly supplier: string;
  readonly recipient: string;
  readonly year: number;
  readonly tivMillions: number;
  readonly belowHalfMillion: boolean;
  readonly release: string;
  readonly sourceId: string;
  /**
   * Where the figure comes from: the selection of register lines summed, by the codes their Supplier and Recipient
   * map to and their Delivery year (`trade_register.csv!supplier ABW, recipient ISR, delivery year 1996`); for
   * recipient WLD, by supplier and year only. Derivable from the row's key, so the package computes it.
   */
  readonly cell: string;
}

/** TIV values have at most two decimals: summed in hundredths, so sums are exact and independent of order. */
function hundredths(text: string, line: number): number {
  const m = /^(0|[1-9]\d*)(?:\.(\d{1,2}))?$/.exec(text);
  if (!m) throw new DataFileError(REGISTER_FILE, line, "TIV delivery values", `is not a number with at most two decimals: ${JSON.stringify(text)}`);
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0"));
}

/** Reads the register and returns the yearly sums, sorted by supplier, recipient (WLD among them) and year. */
export function extractRegister(path = resolve(ROOT, REGISTER_FILE), names = sipriCodes()): RegisterCell[] {
  const text = readFileSync(path, "utf8");
  const lines = text.split("\r\n");
  // The last line has no line break after its ";"; every line's ";" is checked below, so a cut line fails.
  if (lines.at(-1) === "") lines.pop();
  NOTES.forEach((expected, i) => {
    const got = lines[i] ?? "";
    if (typeof expected === "string" ? got !== expected : !expected.test(got)) {
      throw new DataFileError(REGISTER_FILE, i + 1, null, `expected SIPRI's note ${JSON.stringify(String(expected))}, found ${JSON.stringify(got)}`);
    }
  });
  const body: string[] = [];
  for (let i = NOTES.length; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.endsWith(";")) throw new DataFileError(REGISTER_FILE, i + 1, null, "does not end with \";\"");
    body.push(line.slice(0, -1));
  }
  if (body[0] !== HEADER) throw new DataFileError(REGISTER_FILE, NOTES.length + 1, null, `expected the header ${JSON.stringify(HEADER)}`);
  const records = parse(body.join("\n"), { relax_column_count: false }) as string[][];
  const col = (name: string) => HEADER.split(",").indexOf(name);
  const [cSupplier, cRecipient, cYear, cTiv] = [col("Supplier"), col("Recipient"), col("Delivery year"), col("TIV delivery values")];
  const pairs = new Map<string, { supplier: string; recipient: string; year: number; sum: number }>();
  const totals = new Map<string, { supplier: string; year: number; sum: number }>();
  const code = (name: string, line: number, field: string) => {
    const c = names.get(name);
    if (!c) throw new DataFileError(REGISTER_FILE, line, field, `${JSON.stringify(name)} has no code in data/sipri-names.csv`);
    return c;
  };
  for (let i = 1; i < records.length; i++) {
    const rec = records[i]!;
    const line = NOTES.length + 1 + i;
    const supplier = code(rec[cSupplier]!, line, "Supplier");
    const recipient = code(rec[cRecipient]!, line, "Recipient");
    if (!/^\d{4}$/.test(rec[cYear]!)) throw new DataFileError(REGISTER_FILE, line, "Delivery year", `is not a year: ${JSON.stringify(rec[cYear])}`);
    const year = Number(rec[cYear]);
    if (year < REGISTER_FIRST_YEAR || year > REGISTER_LAST_YEAR) throw new DataFileError(REGISTER_FILE, line, "Delivery year", `${year} is outside ${REGISTER_FIRST_YEAR}–${REGISTER_LAST_YEAR}`);
    if (supplier === "SUN") throw new DataFileError(REGISTER_FILE, line, "Supplier", "the Soviet Union cannot deliver after 1991");
    const tiv = hundredths(rec[cTiv]!, line);
    const key = `${supplier}\u0000${recipient}\u0000${year}`;
    let p = pairs.get(key);
    if (!p) pairs.set(key, (p = { supplier, recipient, year, sum: 0 }));
    p.sum += tiv;
    const tkey = `${supplier}\u0000${year}`;
    let t = totals.get(tkey);
    if (!t) totals.set(tkey, (t = { supplier, year, sum: 0 }));
    t.sum += tiv;
  }
  const out: RegisterCell[] = [];
  const base = { release: REGISTER_RELEASE, sourceId: REGISTER_SOURCE_ID };
  for (const p of pairs.values()) {
    out.push({ supplier: p.supplier, recipient: p.recipient, year: p.year, tivMillions: p.sum / 100, belowHalfMillion: p.sum === 0, ...base, cell: registerCell(p.supplier, p.recipient, p.year) });
  }
  for (const t of totals.values()) {
    out.push({
      supplier: t.supplier, recipient: "WLD", year: t.year, tivMillions: t.sum / 100, belowHalfMillion: t.sum === 0, ...base,
      cell: registerCell(t.supplier, "WLD", t.year),
    });
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return out.sort((a, b) => cmp(a.supplier, b.supplier) || cmp(a.recipient, b.recipient) || a.year - b.year);
}

export const REGISTER_COLUMNS = ["supplier", "recipient", "year", "tivMillions", "belowHalfMillion", "release", "sourceId", "cell"] as const;

if (isMain(import.meta.url)) {
  const cells = extractRegister();
  writeAtomic(resolve(ROOT, REGISTER_OUTPUT), toCsv(cells, REGISTER_COLUMNS));
  console.log(`${REGISTER_OUTPUT}: ${cells.length} rows`);
}

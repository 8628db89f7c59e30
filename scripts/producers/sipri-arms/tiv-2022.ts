// Extracts SIPRI's trend-indicator-value (TIV) export tables in data/raw/sipri/ into data/arms-deliveries.csv:
// one row per (supplier, recipient, year) with a non-empty cell, and SIPRI's "Total" row as recipient WLD.
// SIPRI names map to codes through data/sipri-names.csv. Deterministic: the same tables give the same bytes.
// Run: npm run data:extract
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "csv-parse/sync";
import type { ArmsDeliveryRow } from "../../../src/core/types.js";
import { columnName, DataFileError, isMain, readCsv, ROOT, toCsv, writeAtomic } from "../../lib/files.js";

/** The release of the SIPRI Arms Transfers Database the tables were generated from ("Generated: 28 July 2022"). */
export const SIPRI_RELEASE = "2022-07-28";
export const SIPRI_SOURCE_ID = "sipri-tiv-2022-07-28";
export const FIRST_YEAR = 1950;
export const LAST_YEAR = 2021;

/** The fixed preamble of every table, line by line (line 1 names the supplier). */
const PREAMBLE: readonly (string | RegExp)[] = [
  /^TIV of arms exports from (.+), 1950-2021$/,
  "Figures are SIPRI Trend Indicator Values (TIVs) expressed in millions.",
  "Figures may not add up due to the conventions of rounding.",
  "A '0' indicates that the value of deliveries is less than 0.5m",
  "For more information, see http://www.sipri.org/databases/armstransfers/sources-and-methods/",
  "",
  "",
  "Source: SIPRI Arms Transfers Database",
  "Generated: 28 July 2022",
  "",
];

/** A row as extracted: codes and the source id are plain text here; the build checks them against the data. */
export interface ArmsCell extends Omit<ArmsDeliveryRow, "supplier" | "recipient" | "sourceId"> {
  readonly supplier: string;
  readonly recipient: string;
  readonly sourceId: string;
  /** file!<column letter><line>, as a spreadsheet opens the CSV. */
  readonly cell: string;
}

/** The SIPRI name → code map of data/sipri-names.csv. */
export function sipriCodes(file = resolve(ROOT, "data/sipri-names.csv")): Map<string, string> {
  const map = new Map<string, string>();
  for (const { line, values } of readCsv(file, ["sipriName", "code"])) {
    if (map.has(values.sipriName!)) throw new DataFileError("data/sipri-names.csv", line, "sipriName", `duplicate name ${JSON.stringify(values.sipriName)}`);
    map.set(values.sipriName!, values.code!);
  }
  return map;
}

/** Reads every table of `rawDir` and returns its non-empty cells, sorted by supplier, recipient and year. */
export function extractArms(rawDir = resolve(ROOT, "data/raw/sipri"), names = sipriCodes()): ArmsCell[] {
  const files = readdirSync(rawDir).filter((f) => /^TIV-Export-[A-Z]+-1950-2021\.csv$/.test(f)).sort();
  if (files.length === 0) throw new DataFileError(`data/raw/sipri`, null, null, "holds no TIV-Export-*.csv table");
  const cells: ArmsCell[] = [];
  const suppliers = new Map<string, string>();
  for (const file of files) {
    const where = `data/raw/sipri/${file}`;
    const records = parse(readFileSync(resolve(rawDir, file), "utf8"), { relax_column_count: true }) as string[][];
    PREAMBLE.forEach((expected, i) => {
      const got = records[i]?.[0] ?? "";
      if (typeof expected === "string" ? got !== expected : !expected.test(got)) {
        throw new DataFileError(where, i + 1, "A", `expected ${JSON.stringify(String(expected))}, found ${JSON.stringify(got)}`);
      }
    });
    const supplierName = (PREAMBLE[0] as RegExp).exec(records[0]![0]!)![1]!;
    const supplier = names.get(supplierName);
    if (!supplier) throw new DataFileError(where, 1, "A", `supplier ${JSON.stringify(supplierName)} has no code in data/sipri-names.csv`);
    const other = suppliers.get(supplier);
    if (other) throw new DataFileError(where, 1, "A", `supplier code ${supplier} also comes from ${other}`);
    suppliers.set(supplier, file);
    const header = records[10]!;
    const years = header.slice(1, -1).map(Number);
    if (header[0] !== "" || header.at(-1) !== "Total" || years.length !== LAST_YEAR - FIRST_YEAR + 1 || years.some((y, i) => y !== FIRST_YEAR + i)) {
      throw new DataFileError(where, 11, null, `expected the header ",${FIRST_YEAR},…,${LAST_YEAR},Total"`);
    }
    let sawTotal = false;
    const seen = new Set<string>();
    for (let i = 11; i < records.length; i++) {
      const rec = records[i]!;
      const name = rec[0] ?? "";
      if (name === "") {
        if (rec.some((c) => c !== "")) throw new DataFileError(where, i + 1, "A", "a row without a recipient name holds values");
        continue;
      }
      if (sawTotal) throw new DataFileError(where, i + 1, "A", `row ${JSON.stringify(name)} follows the Total row`);
      if (rec.length !== header.length) throw new DataFileError(where, i + 1, null, `has ${rec.length} fields, expected ${header.length}`);
      const recipient = names.get(name);
      if (!recipient) throw new DataFileError(where, i + 1, "A", `recipient ${JSON.stringify(name)} has no code in data/sipri-names.csv`);
      if (seen.has(recipient)) throw new DataFileError(where, i + 1, "A", `recipient code ${recipient} appears twice`);
      seen.add(recipient);
      if (name === "Total") sawTotal = true;
      years.forEach((year, j) => {
        const text = rec[j + 1]!;
        if (text === "") return; // an empty cell means no deliveries: no row, never a zero
        if (!/^(0|[1-9]\d*)$/.test(text)) throw new DataFileError(where, i + 1, columnName(j + 2), `${name} ${year} is not a whole number of millions: ${JSON.stringify(text)}`);
        const tivMillions = Number(text);
        cells.push({
          supplier, recipient, year, tivMillions, belowHalfMillion: tivMillions === 0, release: SIPRI_RELEASE, sourceId: SIPRI_SOURCE_ID,
          cell: `${file}!${columnName(j + 2)}${i + 1}`,
        });
      });
    }
    if (!sawTotal) throw new DataFileError(where, null, "A", "has no Total row");
  }
  // Code-point order, so the file does not depend on the locale.
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return cells.sort((a, b) => cmp(a.supplier, b.supplier) || cmp(a.recipient, b.recipient) || a.year - b.year);
}

export const ARMS_DELIVERIES_COLUMNS = ["supplier", "recipient", "year", "tivMillions", "belowHalfMillion", "release", "sourceId", "cell"] as const;

if (isMain(import.meta.url)) {
  const cells = extractArms();
  writeAtomic(resolve(ROOT, "data/arms-deliveries.csv"), toCsv(cells, ARMS_DELIVERIES_COLUMNS));
  console.log(`data/arms-deliveries.csv: ${cells.length} rows`);
}

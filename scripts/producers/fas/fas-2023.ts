// Extracts FAS's Status of World Nuclear Forces 2023 exports (data/raw/fas-2023/, UTF-16, tab-separated) into
// data/capabilities-fas-2023.csv: stockpiled warheads by country and year, 1945–2023, and the early-2023 total
// inventory, for the countries of the capabilities dataset. FAS's "Russia" before 1992 is the Soviet Union and
// is SUN, as in the 2022 edition. An empty value means no warheads: no row (a year without a value is absent,
// never 0). Every FAS figure is an estimate (`estimated: true`). Run: npm run data:extract
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DataFileError, isMain, ROOT, writeAtomic } from "../../lib/files.js";
import { type EditionCell, editionCsv, sortCells } from "../capability-edition.js";

export const FAS_RELEASE = "fas-2023";
export const FAS_SOURCE_ID = "fas-2023";
export const FAS_OUTPUT = "data/capabilities-fas-2023.csv";
const DIR = "data/raw/fas-2023";
const STOCKPILES = "nuclear_weapons_stockpiles_raw.csv";
const INVENTORIES = "nuclear_weapons_inventories_2023_raw.csv";

/** FAS's names → codes, for the countries of the capabilities dataset that FAS lists ("US" in the stockpiles, "United States" in the inventories). */
export const FAS_COUNTRIES: Readonly<Record<string, string>> = { China: "CHN", Russia: "RUS", US: "USA", "United States": "USA", India: "IND" };
const SOVIET_UNTIL = 1991;
const INVENTORY_YEAR = 2023;

/** Reads a UTF-16 (little-endian, with byte-order mark) tab-separated file into lines of fields. */
function readUtf16Tsv(dir: string, file: string): string[][] {
  const buf = readFileSync(resolve(dir, file));
  if (buf[0] !== 0xff || buf[1] !== 0xfe) throw new DataFileError(`${DIR}/${file}`, 1, null, "does not start with the UTF-16 little-endian byte-order mark");
  const text = buf.subarray(2).toString("utf16le");
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  return lines.map((l) => l.split("\t"));
}

const WHOLE = /^(0|[1-9]\d*)$/;

export function extractFas(dir = resolve(ROOT, DIR)): EditionCell[] {
  const out: EditionCell[] = [];
  const base = { unit: "warheads", estimated: true, release: FAS_RELEASE, sourceId: FAS_SOURCE_ID } as const;
  const stock = readUtf16Tsv(dir, STOCKPILES);
  const where = `${DIR}/${STOCKPILES}`;
  if (stock[0]!.join("\t") !== "Year\tMeasure Names\tMeasure Values") throw new DataFileError(where, 1, null, 'expected the header "Year, Measure Names, Measure Values"');
  const seen = new Set<string>();
  for (let i = 1; i < stock.length; i++) {
    const [yearText, name, value] = stock[i]!;
    if (stock[i]!.length !== 3) throw new DataFileError(where, i + 1, null, `has ${stock[i]!.length} fields, expected 3`);
    if (!/^\d{4}$/.test(yearText!)) throw new DataFileError(where, i + 1, "Year", `is not a year: ${JSON.stringify(yearText)}`);
    const code = FAS_COUNTRIES[name!];
    if (!code || value === "") continue;
    if (!WHOLE.test(value!)) throw new DataFileError(where, i + 1, "Measure Values", `is not a whole number: ${JSON.stringify(value)}`);
    const year = Number(yearText);
    if (year < 1945 || year > 2023) throw new DataFileError(where, i + 1, "Year", `${year} is outside 1945–2023`);
    const country = code === "RUS" && year <= SOVIET_UNTIL ? "SUN" : code;
    const key = `${country}/${year}`;
    if (seen.has(key)) throw new DataFileError(where, i + 1, "Measure Names", `${name} ${year} appears twice`);
    seen.add(key);
    out.push({ country, year, metric: "nuclearWarheads", value: Number(value), ...base, cell: `fas-2023/${STOCKPILES}!${i + 1}` });
  }
  const inv = readUtf16Tsv(dir, INVENTORIES);
  const whereInv = `${DIR}/${INVENTORIES}`;
  const names = inv[0]!;
  const totalLine = inv.findIndex((l) => l[0] === "Total Inventory");
  if (names[0] !== "" || totalLine < 0) throw new DataFileError(whereInv, 1, null, 'expected a header of country names and a "Total Inventory" line');
  names.forEach((name, j) => {
    const code = FAS_COUNTRIES[name];
    if (!code) return;
    const value = inv[totalLine]![j] ?? "";
    if (!WHOLE.test(value)) throw new DataFileError(whereInv, totalLine + 1, name, `is not a whole number: ${JSON.stringify(value)}`);
    out.push({ country: code, year: INVENTORY_YEAR, metric: "nuclearWarheadInventory", value: Number(value), ...base, cell: `fas-2023/${INVENTORIES}!${totalLine + 1}` });
  });
  return sortCells(out);
}

if (isMain(import.meta.url)) {
  const cells = extractFas();
  writeAtomic(resolve(ROOT, FAS_OUTPUT), editionCsv(cells));
  console.log(`${FAS_OUTPUT}: ${cells.length} rows`);
}

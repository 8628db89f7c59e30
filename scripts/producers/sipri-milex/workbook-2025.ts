// Extracts SIPRI's Military Expenditure Database workbook, April 2025 edition (data/raw/sipri-milex-2025/,
// 1949–2024), into data/capabilities-sipri-milex-2025.csv: military expenditure in constant (2023) and current
// US dollars and as a share of GDP, for the countries of the capabilities dataset. SIPRI marks its estimates
// in blue and highly uncertain figures in red (the sheets' third line says so); the colour is read from each
// cell's font: blue → `estimated`, red → `uncertain`, any other colour stops the extraction. "..." (data
// unavailable) and "xxx" (the country did not exist) are gaps, never zeros. SIPRI's "USSR" is SUN; its
// "Russia" is RUS from 1992 (earlier cells of that row are left out). Each value is the cell as the workbook shows
// it (15 significant digits, asDisplayed), then moved by whole decimal places into US dollars or percent.
// Run: npm run data:extract
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import { asDisplayed, DataFileError, isMain, ROOT, writeAtomic } from "../../lib/files.js";
import { type EditionCell, editionCsv, shiftDecimal, sortCells } from "../capability-edition.js";

export const MILEX_RELEASE = "sipri-milex-2025";
export const MILEX_SOURCE_ID = "sipri-milex-2025";
export const MILEX_FILE = "data/raw/sipri-milex-2025/SIPRI-Milex-data-1949-2024_2.xlsx";
export const MILEX_OUTPUT = "data/capabilities-sipri-milex-2025.csv";

/** SIPRI's country names → codes. */
export const MILEX_COUNTRIES: Readonly<Record<string, string>> = {
  China: "CHN", Russia: "RUS", USSR: "SUN", "United States of America": "USA", India: "IND", "Viet Nam": "VNM", Mongolia: "MNG",
  Kazakhstan: "KAZ", "Kyrgyz Republic": "KGZ", Tajikistan: "TJK", Turkmenistan: "TKM", Uzbekistan: "UZB",
};

interface Sheet {
  readonly name: string;
  readonly title: RegExp;
  readonly metric: string;
  readonly unit: string;
  /** Decimal places the value is shifted by: US$ millions → US dollars (6), a fraction → percent (2). */
  readonly shift: number;
}

export const MILEX_SHEETS: readonly Sheet[] = [
  { name: "Constant (2023) US$", title: /^Military expenditure by country, in constant \(2023\) US\$ m\., 1949-2024 /, metric: "militaryExpenditure", unit: "constant 2023 US dollars", shift: 6 },
  { name: "Current US$", title: /^Military expenditure by country, in millions of US\$ at current prices and exchange rates, 1949-2024 /, metric: "militaryExpenditureCurrentUsd", unit: "current US dollars", shift: 6 },
  { name: "Share of GDP", title: /^Military expenditure by country as percentage of gross domestic product, 1949-2024 /, metric: "militaryExpenditureShareGdp", unit: "percent of GDP", shift: 2 },
];

const LEGEND = "Figures in blue are SIPRI estimates. Figures in red indicate highly uncertain data.";
/** Excel's default indexed palette (the workbook defines no other): 10 is red (FF0000), 12 blue (0000FF). */
const RED = 10;
const BLUE = 12;
/** Russia's row holds the Russian Federation from 1992; SIPRI's USSR row holds the years before. */
const RUSSIA_FROM = 1992;

/**
 * SIPRI's current-dollar sheet holds 0 in a few early-1990s cells where the constant-dollar sheet holds a
 * positive figure (Russia 1992: 47,566 million constant 2023 US$; also Kazakhstan 1993, Kyrgyzstan 1992–1993,
 * Mongolia 1987–1990): not a spending of zero, so these are gaps, listed in data/README.md. A 0 anywhere else
 * stops the extraction.
 */
export const ZERO_IS_GAP_SHEET = "Current US$";
/** The zero cells left out, counted (a change in the workbook fails the extraction). */
export const ZERO_GAPS = ["RUS 1992", "KAZ 1993", "KGZ 1992", "KGZ 1993", "MNG 1987", "MNG 1988", "MNG 1989", "MNG 1990"];

export async function extractMilex(path = resolve(ROOT, MILEX_FILE)): Promise<EditionCell[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: EditionCell[] = [];
  const zeros: string[] = [];
  for (const sheet of MILEX_SHEETS) {
    const ws = wb.getWorksheet(sheet.name);
    const where = `${MILEX_FILE} sheet ${JSON.stringify(sheet.name)}`;
    if (!ws) throw new DataFileError(MILEX_FILE, null, null, `has no sheet ${JSON.stringify(sheet.name)}`);
    const title = String(ws.getCell("A1").value ?? "");
    if (!sheet.title.test(title)) throw new DataFileError(where, 1, "A", `expected the title ${sheet.title}, found ${JSON.stringify(title)}`);
    if (ws.getCell("A3").value !== LEGEND) throw new DataFileError(where, 3, "A", `expected SIPRI's colour legend ${JSON.stringify(LEGEND)}`);
    const header = ws.getRow(6);
    if (header.getCell(1).value !== "Country") throw new DataFileError(where, 6, "A", 'expected "Country"');
    const years: [col: number, year: number][] = [];
    header.eachCell((c, col) => {
      if (typeof c.value === "number") years.push([col, c.value]);
    });
    if (years.length !== 2024 - 1949 + 1 || years.some(([, y], i) => y !== 1949 + i)) throw new DataFileError(where, 6, null, "expected the years 1949–2024");
    const seen = new Set<string>();
    for (let r = 7; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const name = row.getCell(1).value;
      if (typeof name !== "string" || !(name in MILEX_COUNTRIES)) continue;
      const country = MILEX_COUNTRIES[name]!;
      if (seen.has(country)) throw new DataFileError(where, r, "A", `${name} appears twice`);
      seen.add(country);
      for (const [col, year] of years) {
        const cell = row.getCell(col);
        const ref = `${cell.address}`;
        const v = cell.value;
        if (v === "..." || v === "xxx" || v === null || v === undefined || v === "") continue; // a gap, never a zero
        if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw new DataFileError(where, r, ref, `${name} ${year} is not a number, "..." or "xxx": ${JSON.stringify(v)}`);
        if (country === "RUS" && year < RUSSIA_FROM) continue;
        if (country === "SUN" && year >= RUSSIA_FROM) throw new DataFileError(where, r, ref, `the USSR has a value in ${year}`);
        if (v === 0) {
          if (sheet.name !== ZERO_IS_GAP_SHEET || !ZERO_GAPS.includes(`${country} ${year}`)) throw new DataFileError(where, r, ref, `${name} ${year} is 0, which is not a known gap`);
          zeros.push(`${country} ${year}`);
          continue;
        }
        const color = cell.font?.color;
        // exceljs types the colour as { argb, theme }; SIPRI's workbook uses the indexed palette.
        const indexed = (color as { indexed?: number } | undefined)?.indexed;
        if (color && (indexed === undefined || (indexed !== RED && indexed !== BLUE && indexed !== 8))) {
          throw new DataFileError(where, r, ref, `font colour ${JSON.stringify(color)} is neither SIPRI's blue, red nor black`);
        }
        out.push({
          country, year, metric: sheet.metric, value: shiftDecimal(asDisplayed(v), sheet.shift), unit: sheet.unit,
          estimated: indexed === BLUE, ...(indexed === RED ? { uncertain: true as const } : {}),
          release: MILEX_RELEASE, sourceId: MILEX_SOURCE_ID, cell: `SIPRI-Milex-data-1949-2024_2.xlsx!${sheet.name}!${ref}`,
        });
      }
    }
    const missing = Object.values(MILEX_COUNTRIES).filter((c) => !seen.has(c));
    if (missing.length) throw new DataFileError(where, null, "A", `has no row for ${missing.join(", ")}`);
  }
  if (zeros.length !== ZERO_GAPS.length) throw new DataFileError(MILEX_FILE, null, null, `expected the zero cells ${ZERO_GAPS.join(", ")}, found ${zeros.join(", ")}`);
  return sortCells(out);
}

if (isMain(import.meta.url)) {
  const cells = await extractMilex();
  writeAtomic(resolve(ROOT, MILEX_OUTPUT), editionCsv(cells));
  console.log(`${MILEX_OUTPUT}: ${cells.length} rows`);
}

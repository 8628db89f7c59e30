// Extracts every partner row of the two IMF DOTS workbooks in data/raw/imf-dots/ into data/partner-trade.csv.
// Deterministic: the same workbooks give the same bytes. Run: npm run data:extract
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import { asDisplayed, columnName, DataFileError, readCsv, ROOT, toCsv, writeAtomic, isMain } from "../../lib/files.js";

export const FIRST_YEAR = 1992;
export const LAST_YEAR = 2020;

export const WORKBOOKS = [
  { file: "DOTS_40.xlsx", reporter: "CHN", sourceId: "imf-dots-chn" },
  { file: "DOTS_162.xlsx", reporter: "RUS", sourceId: "imf-dots-rus" },
] as const;
const SHEETS = [
  { index: 1, xml: "xl/worksheets/sheet1.xml", flow: "export", title: "Exports, FOB to Partner Countries" },
  { index: 2, xml: "xl/worksheets/sheet2.xml", flow: "import", title: "Imports, CIF from Partner Countries" },
] as const;

export interface ExtractedCell {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
  readonly column: string;
  readonly imfReporter: string;
  readonly imfFlow: string;
  readonly imfPartner: string;
  readonly reporter: "CHN" | "RUS";
  readonly flow: "export" | "import";
  readonly partner: string;
  readonly year: number;
  readonly valueUsdMillions: number;
  readonly sourceId: string;
}

/** Reads the workbooks and returns every non-empty partner cell from FIRST_YEAR to LAST_YEAR. */
export async function extractCells(rawDir = resolve(ROOT, "data/raw/imf-dots"), countriesCsv = resolve(ROOT, "data/countries.csv")): Promise<ExtractedCell[]> {
  const codeOf = new Map<string, string>();
  for (const { values } of readCsv(countriesCsv, ["code", "name", "imfName", "kind", "note"])) {
    if (values.imfName) codeOf.set(values.imfName, values.code!);
  }
  const cells: ExtractedCell[] = [];
  for (const wb of WORKBOOKS) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(resolve(rawDir, wb.file));
    for (const sheet of SHEETS) {
      const ws = workbook.getWorksheet(sheet.index);
      const where = `data/raw/imf-dots/${wb.file} ${sheet.xml}`;
      if (!ws) throw new DataFileError(where, null, null, "sheet is missing");
      const title = ws.getRow(2).getCell(2).value;
      if (title !== sheet.title) throw new DataFileError(where, 2, "B", `expected the title ${JSON.stringify(sheet.title)}, found ${JSON.stringify(title)}`);
      const imfReporter = String(ws.getRow(4).getCell(2).value);
      const unit = ws.getRow(5).getCell(2).value;
      if (unit !== "US Dollars, Millions") throw new DataFileError(where, 5, "B", `expected the unit "US Dollars, Millions", found ${JSON.stringify(unit)}`);
      const yearColumns: { col: number; year: number }[] = [];
      ws.getRow(7).eachCell((cell, col) => {
        const y = Number(cell.value);
        if (col >= 3 && Number.isInteger(y) && y >= FIRST_YEAR && y <= LAST_YEAR) yearColumns.push({ col, year: y });
      });
      if (yearColumns.length !== LAST_YEAR - FIRST_YEAR + 1) {
        throw new DataFileError(where, 7, null, `expected year columns ${FIRST_YEAR}–${LAST_YEAR}, found ${yearColumns.length}`);
      }
      // A partner may be listed twice in a sheet (Australia is: rows 8 and 32). Both rows must then hold the
      // same values in every year; the first row is kept.
      const firstRowOf = new Map<string, number>();
      for (let r = 8; r <= ws.rowCount; r++) {
        const name = ws.getRow(r).getCell(2).value;
        if (name === null || name === "Memorandum Items") continue;
        if (typeof name !== "string") throw new DataFileError(where, r, "B", `partner name is not text: ${JSON.stringify(name)}`);
        const partner = codeOf.get(name);
        if (!partner) throw new DataFileError(where, r, "B", `partner ${JSON.stringify(name)} has no code in data/countries.csv (imfName)`);
        const first = firstRowOf.get(name);
        if (first !== undefined) {
          for (const { col, year } of yearColumns) {
            const a = ws.getRow(first).getCell(col).value;
            const b = ws.getRow(r).getCell(col).value;
            if (a !== b) throw new DataFileError(where, r, columnName(col), `${name} is listed again (first at row ${first}) with another value for ${year}: ${String(b)} vs ${String(a)}`);
          }
          continue;
        }
        firstRowOf.set(name, r);
        for (const { col, year } of yearColumns) {
          const v = ws.getRow(r).getCell(col).value;
          if (v === null || v === undefined) continue; // an empty cell is a gap, never a zero
          if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
            throw new DataFileError(where, r, columnName(col), `value for ${name} ${year} is not a non-negative number: ${JSON.stringify(v)}`);
          }
          cells.push({
            file: wb.file, sheet: sheet.xml, row: r, column: columnName(col), imfReporter, imfFlow: sheet.title, imfPartner: name,
            reporter: wb.reporter, flow: sheet.flow, partner, year, valueUsdMillions: asDisplayed(v), sourceId: wb.sourceId,
          });
        }
      }
    }
  }
  return cells;
}

export const PARTNER_TRADE_COLUMNS = ["year", "reporter", "partner", "flow", "valueUsdMillions", "sourceId", "cell"] as const;

export function partnerTradeCsv(cells: readonly ExtractedCell[]): string {
  const rows = cells
    .map((c) => ({ ...c, cell: `${c.file}!${c.sheet.replace(/^xl\/worksheets\/|\.xml$/g, "")}!${c.column}${c.row}` }))
    .sort((a, b) => a.reporter.localeCompare(b.reporter) || a.partner.localeCompare(b.partner) || a.flow.localeCompare(b.flow) || a.year - b.year);
  return toCsv(rows, PARTNER_TRADE_COLUMNS);
}

if (isMain(import.meta.url)) {
  const cells = await extractCells();
  writeAtomic(resolve(ROOT, "data/partner-trade.csv"), partnerTradeCsv(cells));
  console.log(`data/partner-trade.csv: ${cells.length} rows from ${WORKBOOKS.length} workbooks`);
}

// Extracts, from every IMF DOTS reporter workbook in data/raw/imf-dots/, the reporter's exports to and imports
// from China, Russia and the world, 1992–2020, into data/world-trade.csv. Estimated cells (a trailing " e")
// are flagged; text cells with thousands separators are parsed; an empty cell is no row, never a zero.
// Deterministic: the same workbooks give the same bytes. Run: npm run data:extract
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import type { WorldTradeRow } from "../../../src/core/types.js";
import { asDisplayed, columnName, DataFileError, isMain, readCsv, ROOT, toCsv, writeAtomic } from "../../lib/files.js";

export const FIRST_YEAR = 1992;
export const LAST_YEAR = 2020;

/** The partner rows kept, by their IMF name. */
export const PARTNERS: Readonly<Record<string, "CHN" | "RUS" | "WLD">> = { "China, P.R.: Mainland": "CHN", "Russian Federation": "RUS", World: "WLD" };

/** Workbooks whose rows already have a source of their own (China's and Russia's, used by `trade`). */
const OWN_SOURCE: Readonly<Record<string, string>> = { "DOTS_40.xlsx": "imf-dots-chn", "DOTS_162.xlsx": "imf-dots-rus" };
export const REPORTERS_SOURCE_ID = "imf-dots-reporters";

const SHEETS = [
  { index: 1, sheet: "sheet1", flow: "export", title: "Exports, FOB to Partner Countries" },
  { index: 2, sheet: "sheet2", flow: "import", title: "Imports, CIF from Partner Countries" },
] as const;

/** A row as extracted: the reporter code and source id are plain text here; the build checks them against the data. */
export type WorldCell = Omit<WorldTradeRow, "reporter" | "sourceId"> & { readonly reporter: string; readonly sourceId: string };

/** A DOTS cell: a number, or text such as "1,661.39 e" (thousands separators; " e" marks an IMF estimate). */
export function parseDotsCell(value: unknown): { value: number; estimated: boolean } | null | undefined {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? { value, estimated: false } : undefined;
  if (typeof value !== "string") return undefined;
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?( e)?$/.exec(value.trim());
  if (!m) return undefined;
  return { value: Number(`${m[1]!.replace(/,/g, "")}${m[2] ?? ""}`), estimated: m[3] !== undefined };
}

/** The workbook files, in the order of their number (DOTS_1, DOTS_2, …). */
export function workbookFiles(rawDir = resolve(ROOT, "data/raw/imf-dots")): string[] {
  return readdirSync(rawDir)
    .filter((f) => /^DOTS_\d+\.xlsx$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
}

/** Reads every workbook and returns the China, Russia and World cells of 1992–2020, sorted by reporter, partner, flow and year. */
export async function extractWorld(rawDir = resolve(ROOT, "data/raw/imf-dots"), countriesCsv = resolve(ROOT, "data/countries.csv")): Promise<WorldCell[]> {
  const codeOf = new Map<string, string>();
  for (const { values } of readCsv(countriesCsv, ["code", "name", "imfName", "kind", "note"])) if (values.imfName) codeOf.set(values.imfName, values.code!);
  const cells: WorldCell[] = [];
  // A reporter published in two workbooks (Nicaragua: DOTS_143 and DOTS_144) must hold the same values in both.
  const seen = new Map<string, { file: string; values: Map<string, string> }>();
  for (const file of workbookFiles(rawDir)) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(resolve(rawDir, file));
    const mine: WorldCell[] = [];
    let reporter: string | undefined;
    for (const s of SHEETS) {
      const ws = workbook.getWorksheet(s.index);
      const where = `data/raw/imf-dots/${file} ${s.sheet}`;
      if (!ws) throw new DataFileError(where, null, null, "sheet is missing");
      const title = ws.getRow(2).getCell(2).value;
      if (title !== s.title) throw new DataFileError(where, 2, "B", `expected the title ${JSON.stringify(s.title)}, found ${JSON.stringify(title)}`);
      const unit = ws.getRow(5).getCell(2).value;
      if (unit !== "US Dollars, Millions") throw new DataFileError(where, 5, "B", `expected the unit "US Dollars, Millions", found ${JSON.stringify(unit)}`);
      const name = ws.getRow(4).getCell(2).value;
      const code = typeof name === "string" ? codeOf.get(name) : undefined;
      if (!code) throw new DataFileError(where, 4, "B", `reporter ${JSON.stringify(name)} has no code in data/countries.csv (imfName)`);
      if (reporter !== undefined && reporter !== code) throw new DataFileError(where, 4, "B", `reporter ${code} differs from sheet1's ${reporter}`);
      reporter = code;
      const years: { col: number; year: number }[] = [];
      ws.getRow(7).eachCell((cell, col) => {
        const y = Number(cell.value);
        if (col >= 3 && Number.isInteger(y) && y >= FIRST_YEAR && y <= LAST_YEAR) years.push({ col, year: y });
      });
      const firstRow = new Map<string, number>();
      for (let r = 8; r <= ws.rowCount; r++) {
        const partnerName = ws.getRow(r).getCell(2).value;
        if (typeof partnerName !== "string" || !(partnerName in PARTNERS)) continue;
        const partner = PARTNERS[partnerName]!;
        // A country does not trade with itself; the reporter "World" with the partner World is the world's total.
        if (partner === code && code !== "WLD") continue;
        const first = firstRow.get(partnerName);
        if (first !== undefined) {
          for (const { col, year } of years) {
            const a = ws.getRow(first).getCell(col).value;
            const b = ws.getRow(r).getCell(col).value;
            if (a !== b) throw new DataFileError(where, r, columnName(col), `${partnerName} is listed again (first at row ${first}) with another value for ${year}`);
          }
          continue;
        }
        firstRow.set(partnerName, r);
        for (const { col, year } of years) {
          const raw = ws.getRow(r).getCell(col).value;
          const parsed = parseDotsCell(raw);
          if (parsed === null) continue; // an empty cell is a gap, never a zero
          if (parsed === undefined) throw new DataFileError(where, r, columnName(col), `${partnerName} ${year} is not a DOTS value: ${JSON.stringify(raw)}`);
          mine.push({
            reporter: code, partner, flow: s.flow, year, valueUsdMillions: asDisplayed(parsed.value), estimated: parsed.estimated,
            sourceId: OWN_SOURCE[file] ?? REPORTERS_SOURCE_ID, cell: `${file}!${s.sheet}!${columnName(col)}${r}`,
          });
        }
      }
    }
    const values = new Map(mine.map((c) => [`${c.partner}/${c.flow}/${c.year}`, `${c.valueUsdMillions}/${c.estimated}`]));
    const earlier = seen.get(reporter!);
    if (earlier) {
      const same = earlier.values.size === values.size && [...values].every(([k, v]) => earlier.values.get(k) === v);
      if (!same) throw new DataFileError(`data/raw/imf-dots/${file}`, null, null, `reporter ${reporter} is also in ${earlier.file} with other values`);
      continue; // the first workbook is kept
    }
    seen.set(reporter!, { file, values });
    cells.push(...mine);
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return cells.sort((a, b) => cmp(a.reporter, b.reporter) || cmp(a.partner, b.partner) || cmp(a.flow, b.flow) || a.year - b.year);
}

export const WORLD_TRADE_COLUMNS = ["reporter", "partner", "flow", "year", "valueUsdMillions", "estimated", "sourceId", "cell"] as const;

if (isMain(import.meta.url)) {
  const cells = await extractWorld();
  writeAtomic(resolve(ROOT, "data/world-trade.csv"), toCsv(cells, WORLD_TRADE_COLUMNS));
  console.log(`data/world-trade.csv: ${cells.length} rows from ${workbookFiles().length} workbooks`);
}

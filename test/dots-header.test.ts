// The data build checks each IMF DOTS row's year against the header row of the workbook sheet its cell names
// (scripts/lib/data-checks.ts), read with a small zip reader (scripts/lib/xlsx-row.ts). Expected years are the
// workbooks' cells, written out here, and the reader agrees with the spreadsheet library the extraction uses.
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkDotsCells, DOTS_DIR, dotsHeaderYears } from "../scripts/lib/data-checks.js";
import { readRow } from "../scripts/lib/xlsx-row.js";

describe("IMF DOTS header years", () => {
  it("are read from the header row (row 7), gaps included: DOTS_40 (China) sheet 1 has 1961, then 1978–2020", () => {
    const years = dotsHeaderYears(DOTS_DIR, "DOTS_40.xlsx", 1);
    // C7 = 1961, D7 = 1978, R7 = 1992, AT7 = 2020 (columns 3, 4, 18, 46); nothing from AU on.
    expect([years.get(3), years.get(4), years.get(18), years.get(46), years.get(47)]).toEqual([1961, 1978, 1992, 2020, undefined]);
    expect(years.size).toBe(1 + (2020 - 1978 + 1));
  });

  it("the zip reader gives the same header row as the spreadsheet library, for workbooks of different spans", async () => {
    for (const book of ["DOTS_40.xlsx", "DOTS_162.xlsx", "DOTS_103.xlsx", "DOTS_10.xlsx"]) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(resolve(DOTS_DIR, book));
      for (const sheet of [1, 2]) {
        const expected: [string, string][] = [];
        workbook.getWorksheet(sheet)!.getRow(7).eachCell((cell, col) => {
          if (cell.value !== null && cell.value !== "") expected.push([workbook.getWorksheet(sheet)!.getColumn(col).letter, String(cell.value)]);
        });
        expect([...readRow(resolve(DOTS_DIR, book), sheet, 7)], `${book} sheet${sheet}`).toEqual(expected);
      }
    }
  });

  it("a row whose year is not its column's header year fails, even where no other row shares the column", () => {
    const row = (year: number, cell: string) => [{ year, flow: "export", cell }];
    // Right: China's exports in 1992 sit in column R of DOTS_40's sheet 1.
    expect(() => checkDotsCells("data/partner-trade.csv", row(1992, "DOTS_40.xlsx!sheet1!R196"), [2])).not.toThrow();
    expect(() => checkDotsCells("data/partner-trade.csv", row(1950, "DOTS_40.xlsx!sheet1!R196"), [2])).toThrow(
      "data/partner-trade.csv, row 2, field year: 1950 is not the year of column R of DOTS_40.xlsx!sheet1: its header row says 1992 (the sheet's years: 1961–2020)",
    );
    // Alone in a column (nothing to outvote it): the names' column B, and AU after the last year.
    expect(() => checkDotsCells("data/partner-trade.csv", row(1950, "DOTS_40.xlsx!sheet1!B196"), [2])).toThrow(
      "data/partner-trade.csv, row 2, field cell: DOTS_40.xlsx!sheet1!B196: column B of DOTS_40.xlsx!sheet1 has no year in its header row (row 7; the sheet's years: 1961–2020)",
    );
    expect(() => checkDotsCells("data/partner-trade.csv", row(2021, "DOTS_40.xlsx!sheet1!AU196"), [2])).toThrow(/field cell: DOTS_40\.xlsx!sheet1!AU196: column AU of DOTS_40\.xlsx!sheet1 has no year/);
    expect(() => checkDotsCells("data/partner-trade.csv", row(1992, "DOTS_9999.xlsx!sheet1!R196"), [2])).toThrow(/field cell: DOTS_9999\.xlsx!sheet1!R196: there is no workbook DOTS_9999\.xlsx/);
  });
});

// The cell every shipped arms and capabilities row carries: the same as the data file's, and pointing at the value
// in the producer's own file, read here with plain parsers (csv-parse, a line split, exceljs) and nothing of the build.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { ROOT } from "../scripts/lib/files.js";
import { armsDeliveries } from "../src/arms/index.js";
import { capabilities } from "../src/index.js";

const text = (p: string) => readFileSync(resolve(ROOT, p), "utf8");
const csv = (p: string) => parse(text(p), { columns: true }) as Record<string, string>[];
const ARMS_FILES = ["data/arms-deliveries.csv", "data/arms-deliveries-2026-02-12.csv"];
const CAPABILITY_FILES = ["data/capabilities.csv", "data/capabilities-sipri-milex-2025.csv", "data/capabilities-fas-2023.csv", "data/capabilities-maddison-2023.csv"];

/** Spreadsheet column letters → 1-based number: A → 1, AV → 48. */
const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

describe("the shipped rows carry the data files' cells", () => {
  it("every arms delivery and every capability row has the cell of its row in data/", () => {
    for (const [rows, files, key] of [
      [armsDeliveries, ARMS_FILES, (r: Record<string, unknown>) => `${r.supplier}/${r.recipient}/${r.year}/${r.release}`],
      [capabilities, CAPABILITY_FILES, (r: Record<string, unknown>) => `${r.country}/${r.metric}/${r.year}/${r.release}`],
    ] as const) {
      const edited = new Map(files.flatMap((f) => csv(f)).map((r) => [key(r), r.cell]));
      expect(rows.length).toBe(edited.size);
      for (const r of rows as unknown as readonly Record<string, unknown>[]) expect(r.cell, key(r)).toBe(edited.get(key(r)));
    }
  });
});

describe("each cell points at its value in the producer's file", () => {
  it("SIPRI's 2022 tables: the cell's column and row hold the row's TIV, in all 24,787 rows", () => {
    const tables = new Map<string, string[]>();
    const parsed = new Map<string, string[]>();
    let n = 0;
    for (const r of armsDeliveries.filter((x) => x.release === "2022-07-28")) {
      const m = /^(TIV-Export-[A-Z]+-1950-2021\.csv)!([A-Z]+)(\d+)$/.exec(r.cell);
      expect(m, r.cell).not.toBeNull();
      const [, file, letters, row] = m!;
      if (!tables.has(file!)) tables.set(file!, text(`data/raw/sipri/${file}`).split(/\r?\n/));
      const at = `${file}!${row}`;
      if (!parsed.has(at)) parsed.set(at, (parse(tables.get(file!)![Number(row) - 1]!) as string[][])[0]!);
      const fields = parsed.get(at)!;
      // Column B is 1950 in every table (line 11: ",1950,1951,…").
      expect(tables.get(file!)![10]!.split(",")[colNumber(letters!) - 1], r.cell).toBe(String(r.year));
      expect(fields[colNumber(letters!) - 1], `${r.supplier}/${r.recipient}/${r.year} ${r.cell}`).toBe(String(r.tivMillions));
      n++;
    }
    expect(n).toBe(24_787);
  });

  it("SIPRI's 2025 register: the lines the cell selects sum to the row's TIV, and every selection is a row", () => {
    // The register's names → codes (data/sipri-names.csv); its lines after SIPRI's 11 notes and the header, each ending in ";".
    const codes = new Map(csv("data/sipri-names.csv").map((r) => [r.sipriName!, r.code!]));
    const lines = text("data/raw/sipri-arms-2025/trade_register.csv").split("\r\n").filter((l) => l !== "");
    const records = parse(lines.slice(11).map((l) => l.replace(/;$/, "")).join("\n"), { columns: true }) as Record<string, string>[];
    const sums = new Map<string, number>();
    const add = (k: string, hundredths: number) => sums.set(k, (sums.get(k) ?? 0) + hundredths);
    for (const rec of records) {
      const [s, t] = [codes.get(rec.Supplier!), codes.get(rec.Recipient!)];
      expect(s && t, `${rec.Supplier} → ${rec.Recipient}`).toBeTruthy();
      const v = Math.round(Number(rec["TIV delivery values"]) * 100);
      add(`supplier ${s}, recipient ${t}, delivery year ${rec["Delivery year"]}`, v);
      add(`supplier ${s}, delivery year ${rec["Delivery year"]}`, v);
    }
    const rows = armsDeliveries.filter((x) => x.release === "2026-02-12");
    for (const r of rows) {
      const selection = r.cell.replace(/^trade_register\.csv!/, "");
      expect(sums.has(selection), r.cell).toBe(true);
      expect(Math.round(r.tivMillions * 100), r.cell).toBe(sums.get(selection));
    }
    expect(rows.length).toBe(sums.size);
  });

  it("capabilities read from CSV files: the cell's line holds the row's year and value", () => {
    const files = new Map<string, string[]>();
    const linesOf = (file: string): string[] => {
      if (!files.has(file)) {
        // FAS's 2023 exports are UTF-16 and tab-separated; the other files are Our World in Data's CSV.
        const fas = file.startsWith("fas-2023/");
        const raw = readFileSync(resolve(ROOT, fas ? `data/raw/${file}` : `data/raw/owid/${file}`));
        files.set(file, (fas ? new TextDecoder("utf-16le").decode(raw).replace(/^\uFEFF/, "") : raw.toString("utf8")).split(/\r?\n/));
      }
      return files.get(file)!;
    };
    let n = 0;
    for (const r of capabilities) {
      const m = /^([^!]+\.csv)!(\d+)$/.exec(r.cell);
      if (!m) continue;
      const line = linesOf(m[1]!)[Number(m[2]) - 1]!;
      const fields = line.includes("\t") ? line.split("\t") : (parse(line) as string[][])[0]!;
      const where = `${r.country} ${r.metric} ${r.year} ${r.release} ${r.cell}: ${line}`;
      // FAS's 2023 inventories are one line per kind of inventory with a column per country, all of 2023 (the file's name).
      if (m[1] !== "fas-2023/nuclear_weapons_inventories_2023_raw.csv") expect(fields.includes(String(r.year)), where).toBe(true);
      else expect(r.year, where).toBe(2023);
      expect(fields.some((f) => f !== "" && Number(f.replace(/,/g, "")) === r.value), where).toBe(true);
      n++;
    }
    // Every row but SIPRI's 2025 workbook's (1,154 rows, checked below).
    expect(n).toBe(capabilities.length - 1_154);
  });

  it("capabilities read from SIPRI's 2025 workbook: the cell holds the value (US$ m as dollars, 15 significant digits; shares in percent)", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(resolve(ROOT, "data/raw/sipri-milex-2025/SIPRI-Milex-data-1949-2024_2.xlsx"));
    const rows = capabilities.filter((r) => r.cell.startsWith("SIPRI-Milex-data-1949-2024_2.xlsx!"));
    for (const r of rows) {
      const [, sheet, address] = r.cell.split("!");
      const v = book.getWorksheet(sheet!)!.getCell(address!).value;
      expect(typeof v, r.cell).toBe("number");
      // Constant and current dollars: the sheet's US$ m × 10^6; the share of GDP: the sheet's fraction × 100.
      const expected = r.metric === "militaryExpenditureShareGdp" ? (v as number) * 100 : (v as number) * 1e6;
      expect(Number(r.value.toPrecision(12)), r.cell).toBe(Number(expected.toPrecision(12)));
    }
    expect(rows.length).toBe(1_154);
  }, 120_000);
});

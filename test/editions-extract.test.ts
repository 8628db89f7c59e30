// The producers' newer editions: the extractors reproduce the committed data files, and what they extract agrees
// with the producers' own tables and with sums computed independently from the raw files.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { ROOT } from "../scripts/lib/files.js";
import { editionCsv, shiftDecimal } from "../scripts/producers/capability-edition.js";
import { extractFas, FAS_OUTPUT } from "../scripts/producers/fas/fas-2023.js";
import { extractMaddison, MADDISON_OUTPUT } from "../scripts/producers/maddison/owid-2023.js";
import { extractRegister, REGISTER_COLUMNS, REGISTER_OUTPUT } from "../scripts/producers/sipri-arms/register-2025.js";
import { extractMilex, MILEX_OUTPUT } from "../scripts/producers/sipri-milex/workbook-2025.js";
import { sipriCodes } from "../scripts/producers/sipri-arms/tiv-2022.js";
import { toCsv } from "../scripts/lib/files.js";

const read = (p: string) => readFileSync(resolve(ROOT, p), "utf8");
const register = extractRegister();
const milex = await extractMilex();
const fas = extractFas();
const maddison = extractMaddison();

describe("extractors of the newer editions", () => {
  it("write exactly the committed data files (run npm run data:extract)", () => {
    expect(read(REGISTER_OUTPUT)).toBe(toCsv(register, REGISTER_COLUMNS));
    expect(read(MILEX_OUTPUT)).toBe(editionCsv(milex));
    expect(read(FAS_OUTPUT)).toBe(editionCsv(fas));
    expect(read(MADDISON_OUTPUT)).toBe(editionCsv(maddison));
  });

  it("shiftDecimal moves the decimal point of the written number, nothing else", () => {
    expect(shiftDecimal(0.0705, 2)).toBe(7.05);
    expect(shiftDecimal(317561.0423249247, 6)).toBe(317561042324.9247);
    expect(shiftDecimal(997309, 6)).toBe(997309000000);
    expect(shiftDecimal(1.5e-7, 2)).toBe(0.000015);
    expect(shiftDecimal(0, 6)).toBe(0);
  });
});

describe("SIPRI arms transfers, register of 12 Feb 2026 (March 2025 update)", () => {
  const at = (s: string, r: string, y: number) => register.find((c) => c.supplier === s && c.recipient === r && c.year === y)?.tivMillions;

  it("agrees with SIPRI's own 2024 tables (generated 24 Apr 2025) in every cell and total, rounded half up", () => {
    // 163_Countries_TIV_2024.csv: one table per supplier, its recipients' 2024 TIV and "Total exports from <supplier>".
    const names = sipriCodes();
    const rows = parse(read("data/raw/sipri-arms-2025/163_Countries_TIV_2024.csv"), { relax_column_count: true }) as string[][];
    let block: [string, number][] = [];
    let tables = 0;
    let cells = 0;
    for (const row of rows) {
      const first = row[0] ?? "";
      if (first === "Volume of transfers of major arms") block = [];
      else if (first.startsWith("Total exports from ")) {
        const supplier = names.get(first.slice("Total exports from ".length))!;
        expect(supplier, first).toBeDefined();
        expect(Math.floor(at(supplier, "WLD", 2024)! + 0.5), first).toBe(Number(row[1]!.trim()));
        for (const [name, value] of block) {
          const recipient = names.get(name)!;
          expect(recipient, name).toBeDefined();
          expect(Math.floor((at(supplier, recipient, 2024) ?? Number.NaN) + 0.5), `${supplier}→${recipient}`).toBe(value);
          cells++;
        }
        tables++;
        block = [];
      } else if (row.length === 6 && first !== "Recipient" && /^\d+ ?$/.test(row[1]!)) block.push([first, Number(row[1]!.trim())]);
    }
    // Counted independently from the same file (a Python reading of the tables): 44 tables, 364 recipient cells.
    expect([tables, cells]).toEqual([44, 364]);
  });

  it("holds the sums computed independently from the register", () => {
    // Computed outside the project with Python's csv module: strip the 11 note lines and each line's trailing ";",
    // then sum "TIV delivery values" by (Supplier, Recipient, Delivery year):
    //   Russia→China 2021 466.75; Russia→India 2024 463; Russia→China 2024 30; Russia→Kazakhstan 2024 440;
    //   Russia (all recipients) 2024 1338.75, 2020 3522.64; United States (all) 2024 13512.45.
    expect(at("RUS", "CHN", 2021)).toBe(466.75);
    expect(at("RUS", "IND", 2024)).toBe(463);
    expect(at("RUS", "CHN", 2024)).toBe(30);
    expect(at("RUS", "KAZ", 2024)).toBe(440);
    expect(at("RUS", "WLD", 2024)).toBe(1338.75);
    expect(at("RUS", "WLD", 2020)).toBe(3522.64);
    expect(at("USA", "WLD", 2024)).toBe(13512.45);
    expect(new Set(register.map((c) => c.year))).toEqual(new Set(Array.from({ length: 30 }, (_, i) => 1995 + i)));
  });

  it("codes Viet Nam VNM, unknown parties UNKNOWN and non-state actors NSA_…", () => {
    expect(register.some((c) => c.recipient === "VNM")).toBe(true);
    expect(register.some((c) => c.supplier === "UNKNOWN")).toBe(true);
    expect(register.some((c) => c.recipient.startsWith("NSA_"))).toBe(true);
    expect(register.some((c) => c.supplier === "SUN" || c.recipient === "SUN")).toBe(false);
  });
});

describe("SIPRI military expenditure, April 2025 workbook", () => {
  const v = (country: string, metric: string, year: number) => milex.find((c) => c.country === country && c.metric === metric && c.year === year);

  it("reads SIPRI's cell colours: blue is an estimate, red highly uncertain, black neither", () => {
    // Read independently with Python's zipfile and xml modules (cell style → cellXfs fontId → font colour): of the
    // 1,154 non-zero numeric cells of these countries' rows in the three sheets (Russia from 1992), 409 are in
    // font colour indexed 12 (blue), 41 in indexed 10 (red), the rest without a colour; China's CA106 of
    // "Constant (2023) US$" (2024) is blue, the United States' row has no colour.
    expect(v("CHN", "militaryExpenditure", 2024)).toMatchObject({ estimated: true });
    expect(v("CHN", "militaryExpenditure", 2024)!.uncertain).toBeUndefined();
    expect(v("USA", "militaryExpenditure", 2024)).toMatchObject({ estimated: false });
    expect(milex.length).toBe(1154);
    expect(milex.filter((c) => c.estimated).length).toBe(409);
    expect(milex.filter((c) => c.uncertain).length).toBe(41);
    expect(milex.some((c) => c.estimated && c.uncertain)).toBe(false);
  });

  it("keeps \"...\" and \"xxx\" as gaps, USSR as SUN to 1991 and Russia as RUS from 1992", () => {
    expect(v("SUN", "militaryExpenditure", 1991)).toBeUndefined(); // "..."
    // The workbook's cell holds 221760.29946222797 (US$ m); shown at 15 significant digits, 221760.299462228; in dollars 221760299462.228.
    expect(v("SUN", "militaryExpenditure", 1990)!.value).toBe(221760299462.228);
    expect(milex.some((c) => c.country === "SUN" && c.year >= 1992)).toBe(false);
    expect(milex.some((c) => c.country === "RUS" && c.year < 1992)).toBe(false);
    expect(milex.some((c) => c.country === "VNM" && c.year === 2024)).toBe(false); // "..."
    // SIPRI's current-dollar sheet holds 0 in eight early-1990s cells (the Python reading above finds the same
    // eight: Mongolia 1987–1990, Kazakhstan 1993, Kyrgyzstan 1992–1993, Russia 1992): gaps, not zeros.
    expect(milex.every((c) => c.value > 0)).toBe(true);
    expect(milex.some((c) => c.country === "RUS" && c.metric === "militaryExpenditureCurrentUsd" && c.year === 1992)).toBe(false);
  });
});

describe("FAS 2023 and Maddison 2023", () => {
  it("FAS: China 2022 is 390 (350 in the 2022 edition), the Soviet Union is SUN to 1991", () => {
    const f = (c: string, m: string, y: number) => fas.find((x) => x.country === c && x.metric === m && x.year === y)?.value;
    // The file itself (UTF-16, read with iconv): "2022\tChina\t390", "2023\tChina\t410", "1991\tRussia\t29154".
    expect(f("CHN", "nuclearWarheads", 2022)).toBe(390);
    expect(f("CHN", "nuclearWarheads", 2023)).toBe(410);
    expect(f("SUN", "nuclearWarheads", 1991)).toBe(29154);
    expect(f("RUS", "nuclearWarheads", 1991)).toBeUndefined();
    expect(f("RUS", "nuclearWarheadInventory", 2023)).toBe(5889);
  });

  it("Maddison: Russia is the producer's Russia (from 1900), the USSR entity is not taken", () => {
    const m = (c: string, y: number) => maddison.find((x) => x.country === c && x.year === y)?.value;
    // data.csv lines "China,CHN,2022,19238.18," and "Russia,RUS,2022,25437.107,".
    expect(m("CHN", 2022)).toBe(19238.18);
    expect(m("RUS", 2022)).toBe(25437.107);
    expect(maddison.some((x) => x.country === "SUN")).toBe(false);
  });
});

// A malformed data file stops the data build with file, row and field, and leaves the generated modules as
// they were. Each case copies data/ to a temporary folder, corrupts one file, and runs the build on it.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compileData } from "../scripts/build-data.js";
import { ROOT } from "../scripts/lib/files.js";

const work = mkdtempSync(join(tmpdir(), "crd-bad-data-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
function corrupted(file: string, edit: (text: string) => string): string {
  const dir = join(work, `case-${++n}`);
  cpSync(resolve(ROOT, "data"), dir, { recursive: true, filter: (src) => !src.includes(`${join("data", "raw")}`) });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, "utf8")));
  return dir;
}

const replaceLine = (lineNo: number, f: (line: string) => string) => (text: string) =>
  text.split("\n").map((l, i) => (i === lineNo - 1 ? f(l) : l)).join("\n");

export const CASES: [string, string, (t: string) => string, RegExp][] = [
  ["missing column", "trade-reported.csv", (t) => t.replace("valueUsdMillions,", ""), /data\/trade-reported\.csv, row 1, field valueUsdMillions/],
  ["wrong type (text in a number field)", "trade-reported.csv", replaceLine(2, (l) => l.replace(",29610,", ",lots,")), /trade-reported\.csv, row 2, field valueUsdMillions: must be a plain decimal number/],
  ["negative value", "partner-trade.csv", replaceLine(3, (l) => l.replace(",1.558,", ",-1.558,")), /partner-trade\.csv, row 3, field valueUsdMillions/],
  ["exponent number", "partner-trade.csv", replaceLine(3, (l) => l.replace(",1.558,", ",1e3,")), /partner-trade\.csv, row 3, field valueUsdMillions/],
  ["year out of range", "trade-reported.csv", replaceLine(2, (l) => l.replace(/^2010,/, "2210,")), /trade-reported\.csv, row 2, field year/],
  ["fractional year", "reported-shares.csv", replaceLine(2, (l) => l.replace(/^CHN,RUS,2003,2003,/, "CHN,RUS,2003,2003.5,")), /reported-shares\.csv, row 2, field year: must be an integer/],
  ["duplicate key", "partner-trade.csv", (t) => { const ls = t.split("\n"); ls.splice(3, 0, ls[2]!); return ls.join("\n"); }, /partner-trade\.csv, row 4, field year: duplicate key 1993\/CHN\/ABW\/export/],
  ["unknown sourceId", "trade-reported.csv", replaceLine(2, (l) => l.replace("press-vietnamplus-1", "press-nowhere-1")), /trade-reported\.csv, row 2, field sourceId: unknown sourceId "press-nowhere-1"/],
  ["unknown partner code", "partner-trade.csv", replaceLine(2, (l) => l.replace(",ABW,", ",XYZ,")), /partner-trade\.csv, row 2, field partner: unknown partner code "XYZ"/],
  ["unknown enum value", "trade-reported.csv", replaceLine(2, (l) => l.replace(",export,", ",exprot,")), /trade-reported\.csv, row 2, field flow/],
  ["byte-order mark", "countries.csv", (t) => `\uFEFF${t}`, /countries\.csv, row 1: starts with a byte-order mark/],
  ["CRLF line ends", "sources.csv", (t) => t.replace(/\n/g, "\r\n"), /sources\.csv, row 1: has CR \(Windows\) line ends/],
  ["truncated file", "partner-trade.csv", (t) => t.slice(0, Math.floor(t.length / 2)), /partner-trade\.csv, row \d+: does not end with a newline: the file may be truncated/],
  ["a record with a field missing", "reported-shares.csv", replaceLine(3, (l) => l.slice(0, l.lastIndexOf(","))), /reported-shares\.csv, row 3.*has 12 fields, expected 13/],
  ["empty required field", "sources.csv", replaceLine(2, (l) => l.replace(/^carnegie-article,"[^"]*",/, "carnegie-article,,")), /sources\.csv, row 2, field title/],
  ["unbalanced quote", "countries.csv", replaceLine(2, (l) => `"${l}`), /countries\.csv, row \d+.*not valid CSV/],
  ["unsorted rows", "partner-trade.csv", (t) => { const ls = t.split("\n"); [ls[2], ls[3]] = [ls[3]!, ls[2]!]; return ls.join("\n"); }, /partner-trade\.csv, row 4, field year: rows must be sorted by year within CHN\/ABW\/export/],
  ["a year written as 2010.0", "trade-reported.csv", replaceLine(2, (l) => l.replace(/^2010,/, "2010.0,")), /trade-reported\.csv, row 2, field year: must be an integer, found 2010\.0/],
  ["a year after the build year", "trade-reported.csv", replaceLine(2, (l) => l.replace(/^2010,/, "2099,")), /trade-reported\.csv, row 2, field year: 2099 is after the year of the build/],
  // China's exports to Russia in 2010 (GACC, 29,610) set above China's exports to the world that year (IMF DOTS, 1,578,444.2).
  ["a bilateral value above the reporter's world total", "trade-reported.csv", replaceLine(2, (l) => l.replace(",29610,", ",2000000,").replace(",29.61,USD bn,", ",2000,USD bn,")), /trade-reported\.csv, row 2, field valueUsdMillions: 2000000 exceeds CHN's export with the world in 2010 \(1578444\.204677\)/],
  // Kazakhstan's exports to China in 2020 (DOTS_103 AE59) set above its exports to the world (AE9, 46,926.834907).
  ["a bilateral value above the reporter's world total", "world-trade.csv", replaceLine(16400, (l) => l.replace(",9004.006953,", ",50000,")), /world-trade\.csv, row 16400, field valueUsdMillions: 50000 exceeds KAZ's export with the world in 2020 \(46926\.834907\)/],
  ["a file truncated to its header", "facts.csv", (t) => `${t.split("\n")[0]}\n`, /facts\.csv, row 2: holds no rows, only its header/],
  ["a hand-entered row that repeats an IMF DOTS cell", "trade-reported.csv", (t) => `${t}2001,CHN,RUS,export,3000,imf-dots,imf-dots-chn,3,USD bn,false,x,,,\n`, /trade-reported\.csv, row \d+, field sourceId: duplicate key 2001\/CHN\/RUS\/export\/imf-dots-chn: the row repeats an IMF DOTS cell/],
  // The third reliability pass: cross-row checks (scripts/lib/data-checks.ts).
  // SIPRI: Aruba's deliveries to Israel in 1996 (18) set above Aruba's total that year (its WLD row, 18).
  ["an arms delivery above its supplier's total", "arms-deliveries.csv", replaceLine(2, (l) => l.replace(",1996,18,", ",1996,19,")), /arms-deliveries\.csv, row 2, field tivMillions: 19 to ISR exceeds ABW's total deliveries in 1996 \(18, release 2022-07-28\)/],
  // China's exports to Aruba in 1992 sit in column R of DOTS_40's sheet 1, whose header row (row 7) says 1992;
  // the sheet's years are 1961 and 1978–2020 (C7, then D7 to AT7).
  ["a DOTS year outside the workbook's years", "partner-trade.csv", replaceLine(2, (l) => l.replace(/^1992,/, "1950,")), /partner-trade\.csv, row 2, field year: 1950 is not the year of column R of DOTS_40\.xlsx!sheet1: its header row says 1992 \(the sheet's years: 1961–2020\)/],
  // The same year with its cell moved to column B (the partner names), where no other row can outvote it.
  ["a DOTS year in a column without a year", "partner-trade.csv", replaceLine(2, (l) => l.replace(/^1992,/, "1950,").replace("!R196", "!B196")), /partner-trade\.csv, row 2, field cell: DOTS_40\.xlsx!sheet1!B196: column B of DOTS_40\.xlsx!sheet1 has no year in its header row/],
  // China's exports to Aruba in 2020 (AT196) moved to 2021 in column AU, after the workbook's last year.
  ["a DOTS year after the workbook's last year", "partner-trade.csv", replaceLine(30, (l) => l.replace(/^2020,/, "2021,").replace("!AT196", "!AU196")), /partner-trade\.csv, row 30, field cell: DOTS_40\.xlsx!sheet1!AU196: column AU of DOTS_40\.xlsx!sheet1 has no year in its header row \(row 7; the sheet's years: 1961–2020\)/],
  ["partner trade of a country with itself", "partner-trade.csv", replaceLine(2, (l) => l.replace(",CHN,ABW,", ",CHN,CHN,")), /partner-trade\.csv, row 2, field partner: a reporter cannot trade with itself/],
  // VietnamPlus: "đạt 29,61 tỷ USD", 29.61 USD bn = 29610 USD millions; the published figure changed to 29.71.
  ["a published figure that contradicts the value", "trade-reported.csv", replaceLine(2, (l) => l.replace(",29.61,USD bn,", ",29.71,USD bn,")), /trade-reported\.csv, row 2, field valueUsdMillions: 29610 is not 29\.71 USD bn \(29710 USD millions\)/],
  ["a published figure without its unit", "trade-reported.csv", replaceLine(2, (l) => l.replace(",29.61,USD bn,", ",29.61,,")), /trade-reported\.csv, row 2, field unitAsPublished: is empty, but valueAsPublished is 29\.61/],
  // DOTS_40 sheet 1 row 102: China's exports to Russia in 2001, 2714.579.
  ["a hand-entered row repeating an IMF DOTS cell under another source id", "trade-reported.csv", (t) => `${t}2001,CHN,RUS,export,2714.579,imf-dots,carnegie-article,,,false,x,,,\n`, /trade-reported\.csv, row \d+, field sourceId: 2001\/CHN\/RUS\/export: the row repeats the IMF DOTS cell of imf-dots-chn \(2714\.579\) under the source id carnegie-article/],
  ["a hand-entered row conflicting with an IMF DOTS cell", "trade-reported.csv", (t) => `${t}2001,CHN,RUS,export,3000,imf-dots,carnegie-article,,,false,x,,,\n`, /trade-reported\.csv, row \d+, field valueUsdMillions: 2001\/CHN\/RUS\/export: 3000 from carnegie-article conflicts with the IMF DOTS cell of imf-dots-chn \(2714\.579\)/],
  ["a duplicate key in a JSON data file", "energy-projects.json", (t) => t.replace('"id": "power-of-siberia",', '"id": "power-of-siberia",\n    "id": "power-of-siberia-2",'), /energy-projects\.json, row 1, field id: duplicate key "id" in one object \(line 4\); JSON keeps only the last/],
  ["a control character in a name", "countries.csv", replaceLine(3, (l) => l.replace("Advanced Economies (IMF group)", "Advanced\u0007Economies (IMF group)")), /countries\.csv, row 3, field name: holds the control character U\+0007 at position 9/],
  ["a control character in a JSON title", "assessments.json", (t) => t.replace('"title": "Peace on a long shared border"', '"title": "Peace on a long\\u0000shared border"'), /assessments\.json, row 1, field title: holds the control character U\+0000 at position 16/],
  // Aruba's exports to China in 1997: DOTS_10 sheet 1 (exports), cell E51; sheet 2 holds imports.
  ["a cell whose sheet contradicts the row's flow", "world-trade.csv", replaceLine(2, (l) => l.replace("DOTS_10.xlsx!sheet1!E51", "DOTS_10.xlsx!sheet2!E51")), /world-trade\.csv, row 2, field cell: DOTS_10\.xlsx!sheet2!E51 is on sheet2, which holds imports, but the row's flow is export/],
];

describe("bad data fails closed", () => {
  for (const [name, file, edit, message] of CASES) {
    it(`${name} in ${file} stops the build with file, row and field`, () => {
      const dir = corrupted(file, edit);
      expect(() => compileData(dir)).toThrow(message);
    });
  }

  it("a missing file stops the build naming the file", () => {
    const dir = corrupted("events.csv", (t) => t);
    rmSync(join(dir, "events.csv"));
    expect(() => compileData(dir)).toThrow(/events\.csv.*is missing/);
  });

  it("a failed build leaves the previous generated modules untouched", () => {
    const dir = corrupted("trade-reported.csv", replaceLine(2, (l) => l.replace(",29610,", ",-5,")));
    const out = join(work, "out");
    cpSync(resolve(ROOT, "src/datasets/generated"), out, { recursive: true });
    const before = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), "utf8")]));
    let stderr = "";
    let status = 0;
    try {
      execFileSync(process.execPath, ["--import", "tsx", resolve(ROOT, "scripts/build-data.ts")], {
        env: { ...process.env, CRD_DATA_DIR: dir, CRD_GENERATED_DIR: out },
        stdio: ["ignore", "pipe", "pipe"],
      });
    } catch (e) {
      const err = e as { status: number; stderr: Buffer };
      status = err.status;
      stderr = err.stderr.toString();
    }
    expect(status).toBe(1);
    expect(stderr).toMatch(/data build failed: data\/trade-reported\.csv, row 2, field valueUsdMillions/);
    const after = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), "utf8")]));
    expect(after).toEqual(before);
  });
});

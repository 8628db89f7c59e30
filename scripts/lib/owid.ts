// Reads the Our World in Data copies of the capability producers (data/raw/owid/<file>/data.csv): each producer
// folder under scripts/producers/ names the columns it contributes (an OwidColumn each), and this reader turns
// them into capability cells. Deterministic: the same files give the same cells.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { DataFileError, ROOT } from "./files.js";

/** The producers' entity names of the countries the dataset covers (the article's comparators). */
export const ENTITIES: Readonly<Record<string, string>> = {
  China: "CHN", Russia: "RUS", "United States": "USA", India: "IND", Vietnam: "VNM", Mongolia: "MNG",
  Kazakhstan: "KAZ", Kyrgyzstan: "KGZ", Tajikistan: "TJK", Turkmenistan: "TKM", Uzbekistan: "UZB",
};

/** The first year kept: the dataset covers the twentieth and twenty-first centuries. */
export const FIRST_YEAR = 1900;

/** Where a producer's "Russia" before 1992 is the Soviet Union, its rows before that year are SUN. */
const SOVIET_UNTIL = 1991;

/** One column of an OWID copy: the metric it holds, its unit and source, and how to read it. */
export interface OwidColumn {
  readonly file: string;
  readonly column: string;
  readonly metric: string;
  readonly unit: string;
  readonly sourceId: string;
  /** The producer's "Russia" is the Soviet Union up to 1991 (SIPRI, FAS), not an estimate for today's territory. */
  readonly russiaIsSovietUntil1991: boolean;
  /** Last year kept (population after 2015 is a projection). */
  readonly lastYear?: number;
  /**
   * `true` where the producer calls every value an estimate (FAS); `null` where the copy carries none of the
   * producer's estimate marks, so whether a value is an estimate is unknown (OWID's copies of SIPRI, Maddison and
   * Gapminder/UN: data/README.md).
   */
  readonly estimated: true | null;
  /** The producer's edition (a row of data/releases.csv). */
  readonly release: string;
}

export interface CapabilityCell {
  readonly country: string;
  readonly year: number;
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  /** True where the producer marks the value an estimate, false where it marks none, null where the file read carries no marks. */
  readonly estimated: boolean | null;
  /** The producer's edition (a row of data/releases.csv). */
  readonly release: string;
  readonly sourceId: string;
  /** file!line of the producer's CSV. */
  readonly cell: string;
}

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** Reads the OWID copies and returns every non-empty value of `columns`, sorted by country, metric and year. */
export function readOwid(columns: readonly OwidColumn[], rawDir = resolve(ROOT, "data/raw/owid")): CapabilityCell[] {
  const out: CapabilityCell[] = [];
  const cache = new Map<string, string[][]>();
  for (const col of columns) {
    const where = `data/raw/owid/${col.file}/data.csv`;
    let records = cache.get(col.file);
    if (!records) {
      records = parse(readFileSync(resolve(rawDir, col.file, "data.csv"), "utf8")) as string[][];
      cache.set(col.file, records);
    }
    const header = records[0]!;
    if (header[0] !== "Entity" || header[1] !== "Year") throw new DataFileError(where, 1, null, 'expected the columns "Entity,Year,…"');
    const j = header.indexOf(col.column);
    if (j < 0) throw new DataFileError(where, 1, col.column, "column is missing");
    for (let i = 1; i < records.length; i++) {
      const rec = records[i]!;
      const code = ENTITIES[rec[0]!];
      const text = rec[j] ?? "";
      if (!code || text === "") continue;
      if (!/^\d{1,4}$/.test(rec[1]!)) throw new DataFileError(where, i + 1, "Year", `is not a year: ${JSON.stringify(rec[1])}`);
      const year = Number(rec[1]);
      if (year < FIRST_YEAR || (col.lastYear !== undefined && year > col.lastYear)) continue;
      // OWID writes some whole numbers with a trailing ".0".
      if (!NUMBER.test(text)) throw new DataFileError(where, i + 1, col.column, `is not a plain decimal number: ${JSON.stringify(text)}`);
      const value = Number(text);
      if (value < 0) throw new DataFileError(where, i + 1, col.column, `is negative: ${text}`);
      const country = code === "RUS" && col.russiaIsSovietUntil1991 && year <= SOVIET_UNTIL ? "SUN" : code;
      out.push({ country, year, metric: col.metric, value, unit: col.unit, estimated: col.estimated, release: col.release, sourceId: col.sourceId, cell: `${col.file}/data.csv!${i + 1}` });
    }
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return out.sort((a, b) => cmp(a.country, b.country) || cmp(a.metric, b.metric) || a.year - b.year);
}

// Extracts the capability metrics of China, Russia and the article's comparators from the Our World in Data
// copies in data/raw/owid/ into data/capabilities.csv: one row per (country, metric, year) with a value.
// Deterministic: the same files give the same bytes. Run: npm run data:extract
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { DataFileError, isMain, ROOT, toCsv, writeAtomic } from "../lib/files.js";

/** The producers' entity names of the countries the dataset covers (the article's comparators). */
export const ENTITIES: Readonly<Record<string, string>> = {
  China: "CHN", Russia: "RUS", "United States": "USA", India: "IND", Vietnam: "VNM", Mongolia: "MNG",
  Kazakhstan: "KAZ", Kyrgyzstan: "KGZ", Tajikistan: "TJK", Turkmenistan: "TKM", Uzbekistan: "UZB",
};

/** The first year kept: the dataset covers the twentieth and twenty-first centuries. */
export const FIRST_YEAR = 1900;

/** Where a producer's "Russia" before 1992 is the Soviet Union, its rows before that year are SUN. */
const SOVIET_UNTIL = 1991;

interface Column {
  readonly file: string;
  readonly column: string;
  readonly metric: string;
  readonly unit: string;
  readonly sourceId: string;
  /** The producer's "Russia" is the Soviet Union up to 1991 (SIPRI, FAS), not an estimate for today's territory. */
  readonly russiaIsSovietUntil1991: boolean;
  /** Last year kept (population after 2015 is a projection). */
  readonly lastYear?: number;
  /** The producer calls every value an estimate. */
  readonly estimated: boolean;
}

export const COLUMNS: readonly Column[] = [
  { file: "maddison-2020", column: "GDP", metric: "gdp", unit: "2011 international dollars", sourceId: "owid-maddison-2020", russiaIsSovietUntil1991: false, estimated: false },
  { file: "maddison-2020", column: "GDP per capita", metric: "gdpPerCapita", unit: "2011 international dollars", sourceId: "owid-maddison-2020", russiaIsSovietUntil1991: false, estimated: false },
  {
    file: "population-gapminder-un", column: "Population by country, 1800 to 2015 (Gapminder & UN)", metric: "population", unit: "people",
    sourceId: "owid-population-gapminder-un", russiaIsSovietUntil1991: false, lastYear: 2015, estimated: false,
  },
  { file: "sipri-milex", column: "military_expenditure", metric: "militaryExpenditure", unit: "constant 2019 US dollars", sourceId: "owid-sipri-milex", russiaIsSovietUntil1991: true, estimated: false },
  { file: "sipri-milex", column: "military_expenditure_share_gdp", metric: "militaryExpenditureShareGdp", unit: "percent of GDP", sourceId: "owid-sipri-milex", russiaIsSovietUntil1991: true, estimated: false },
  { file: "fas-warhead-stockpiles", column: "nuclear_weapons_stockpile", metric: "nuclearWarheads", unit: "warheads", sourceId: "owid-fas-warhead-stockpiles", russiaIsSovietUntil1991: true, estimated: true },
  { file: "fas-warhead-inventories", column: "nuclear_weapons_inventory", metric: "nuclearWarheadInventory", unit: "warheads", sourceId: "owid-fas-warhead-inventories", russiaIsSovietUntil1991: true, estimated: true },
];

export interface CapabilityCell {
  readonly country: string;
  readonly year: number;
  readonly metric: string;
  readonly value: number;
  readonly unit: string;
  readonly estimated: boolean;
  readonly sourceId: string;
  /** file!line of the producer's CSV. */
  readonly cell: string;
}

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** Reads the OWID copies and returns every non-empty value of the metrics above, sorted by country, metric and year. */
export function extractCapabilities(rawDir = resolve(ROOT, "data/raw/owid")): CapabilityCell[] {
  const out: CapabilityCell[] = [];
  const cache = new Map<string, string[][]>();
  for (const col of COLUMNS) {
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
      out.push({ country, year, metric: col.metric, value, unit: col.unit, estimated: col.estimated, sourceId: col.sourceId, cell: `${col.file}/data.csv!${i + 1}` });
    }
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return out.sort((a, b) => cmp(a.country, b.country) || cmp(a.metric, b.metric) || a.year - b.year);
}

export const CAPABILITY_COLUMNS = ["country", "year", "metric", "value", "unit", "estimated", "sourceId", "cell"] as const;

if (isMain(import.meta.url)) {
  const cells = extractCapabilities();
  writeAtomic(resolve(ROOT, "data/capabilities.csv"), toCsv(cells, CAPABILITY_COLUMNS));
  console.log(`data/capabilities.csv: ${cells.length} rows`);
}

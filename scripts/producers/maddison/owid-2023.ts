// Extracts the Maddison Project Database 2023 GDP per capita (2011 international dollars, to 2022), as Our
// World in Data publishes it (data/raw/owid/maddison-2023-gdppc/data.csv), into
// data/capabilities-maddison-2023.csv, for the countries of the capabilities dataset, from 1900. The producer's
// "Russia" (today's territory, also before 1992) stays RUS, as in the 2020 edition; its "USSR" is another
// entity (the former Soviet territory, continued after 1991) and is not part of the dataset. The copy carries no
// estimate marks (its Annotations column names regions only), so `estimated` is null: unknown. Run: npm run data:extract
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { DataFileError, isMain, ROOT, writeAtomic } from "../../lib/files.js";
import { type EditionCell, editionCsv, sortCells } from "../capability-edition.js";

export const MADDISON_RELEASE = "maddison-2023";
export const MADDISON_SOURCE_ID = "maddison-2023";
export const MADDISON_OUTPUT = "data/capabilities-maddison-2023.csv";
const FILE = "data/raw/owid/maddison-2023-gdppc/data.csv";
const FIRST_YEAR = 1900;

/** OWID's entity names → codes (the same names as the 2020 copy). */
export const MADDISON_COUNTRIES: Readonly<Record<string, string>> = {
  China: "CHN", Russia: "RUS", "United States": "USA", India: "IND", Vietnam: "VNM", Mongolia: "MNG",
  Kazakhstan: "KAZ", Kyrgyzstan: "KGZ", Tajikistan: "TJK", Turkmenistan: "TKM", Uzbekistan: "UZB",
};

const NUMBER = /^(0|[1-9]\d*)(\.\d+)?$/;

export function extractMaddison(path = resolve(ROOT, FILE)): EditionCell[] {
  const records = parse(readFileSync(path, "utf8")) as string[][];
  if (records[0]!.join(",") !== "Entity,Code,Year,GDP per capita,GDP per capita (Annotations)") throw new DataFileError(FILE, 1, null, 'expected the columns "Entity,Code,Year,GDP per capita,GDP per capita (Annotations)"');
  const out: EditionCell[] = [];
  const seen = new Set<string>();
  for (let i = 1; i < records.length; i++) {
    const [entity, , yearText, value] = records[i]!;
    const country = MADDISON_COUNTRIES[entity!];
    if (!country || value === "") continue;
    if (!/^\d{1,4}$/.test(yearText!)) throw new DataFileError(FILE, i + 1, "Year", `is not a year: ${JSON.stringify(yearText)}`);
    const year = Number(yearText);
    if (year < FIRST_YEAR) continue;
    if (!NUMBER.test(value!)) throw new DataFileError(FILE, i + 1, "GDP per capita", `is not a plain decimal number: ${JSON.stringify(value)}`);
    if (seen.has(`${country}/${year}`)) throw new DataFileError(FILE, i + 1, "Year", `${entity} ${year} appears twice`);
    seen.add(`${country}/${year}`);
    out.push({
      country, year, metric: "gdpPerCapita", value: Number(value), unit: "2011 international dollars", estimated: null,
      release: MADDISON_RELEASE, sourceId: MADDISON_SOURCE_ID, cell: `maddison-2023-gdppc/data.csv!${i + 1}`,
    });
  }
  return sortCells(out);
}

if (isMain(import.meta.url)) {
  const cells = extractMaddison();
  writeAtomic(resolve(ROOT, MADDISON_OUTPUT), editionCsv(cells));
  console.log(`${MADDISON_OUTPUT}: ${cells.length} rows`);
}

// Extracts the capability metrics of China, Russia and the article's comparators into data/capabilities.csv: one
// row per (country, metric, year) with a value, from the editions each producer folder names, read from their Our
// World in Data copies in data/raw/owid/. Deterministic: the same files give the same bytes. Run: npm run data:extract
import { resolve } from "node:path";
import { isMain, ROOT, toCsv, writeAtomic } from "../lib/files.js";
import { readOwid, type CapabilityCell, type OwidColumn } from "../lib/owid.js";
import { EDITION_COLUMNS } from "./capability-edition.js";
import { COLUMNS as FAS } from "./fas/owid-2022.js";
import { COLUMNS as GAPMINDER_UN } from "./gapminder-un/owid-wpp-2017.js";
import { COLUMNS as MADDISON } from "./maddison/owid-2020.js";
import { COLUMNS as SIPRI_MILEX } from "./sipri-milex/owid-2022.js";

export { ENTITIES, FIRST_YEAR, type CapabilityCell } from "../lib/owid.js";

/** Every column the capabilities dataset reads, producer by producer. */
export const COLUMNS: readonly OwidColumn[] = [...MADDISON, ...GAPMINDER_UN, ...SIPRI_MILEX, ...FAS];

/** Reads the OWID copies and returns every non-empty value of the metrics above, sorted by country, metric and year. */
export function extractCapabilities(rawDir = resolve(ROOT, "data/raw/owid")): CapabilityCell[] {
  return readOwid(COLUMNS, rawDir);
}

/** The same columns as the newer editions' files (./capability-edition.ts), `uncertain` empty here. */
export const CAPABILITY_COLUMNS = EDITION_COLUMNS;

if (isMain(import.meta.url)) {
  const cells = extractCapabilities();
  writeAtomic(resolve(ROOT, "data/capabilities.csv"), toCsv(cells, CAPABILITY_COLUMNS));
  console.log(`data/capabilities.csv: ${cells.length} rows`);
}

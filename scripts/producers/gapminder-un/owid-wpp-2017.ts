// Population by country, 1800 to 2015 (Gapminder version 5; UN World Population Prospects 2017 from 1950), as
// copied by Our World in Data (data/raw/owid/population-gapminder-un/).
import type { OwidColumn } from "../../lib/owid.js";

/** The columns of this edition that the capabilities dataset reads. */
export const COLUMNS: readonly OwidColumn[] = [
  {
    file: "population-gapminder-un", column: "Population by country, 1800 to 2015 (Gapminder & UN)", metric: "population", unit: "people",
    sourceId: "owid-population-gapminder-un", russiaIsSovietUntil1991: false, lastYear: 2015, estimated: null, release: "gapminder-un-2017",
  },
];

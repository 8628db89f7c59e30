// Maddison Project Database, version 2020, as copied by Our World in Data (data/raw/owid/maddison-2020/): GDP and
// GDP per capita.
import type { OwidColumn } from "../../lib/owid.js";

/** The columns of this edition that the capabilities dataset reads. */
export const COLUMNS: readonly OwidColumn[] = [
  { file: "maddison-2020", column: "GDP", metric: "gdp", unit: "2011 international dollars", sourceId: "owid-maddison-2020", russiaIsSovietUntil1991: false, estimated: null, release: "maddison-2020" },
  { file: "maddison-2020", column: "GDP per capita", metric: "gdpPerCapita", unit: "2011 international dollars", sourceId: "owid-maddison-2020", russiaIsSovietUntil1991: false, estimated: null, release: "maddison-2020" },
];

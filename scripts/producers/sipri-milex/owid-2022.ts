// SIPRI Military Expenditure Database as copied by Our World in Data in February 2022
// (data/raw/owid/sipri-milex/): military expenditure and its share of GDP.
import type { OwidColumn } from "../../lib/owid.js";

/** The columns of this edition that the capabilities dataset reads. */
export const COLUMNS: readonly OwidColumn[] = [
  { file: "sipri-milex", column: "military_expenditure", metric: "militaryExpenditure", unit: "constant 2019 US dollars", sourceId: "owid-sipri-milex", russiaIsSovietUntil1991: true, estimated: null, release: "sipri-milex-owid-2022" },
  { file: "sipri-milex", column: "military_expenditure_share_gdp", metric: "militaryExpenditureShareGdp", unit: "percent of GDP", sourceId: "owid-sipri-milex", russiaIsSovietUntil1991: true, estimated: null, release: "sipri-milex-owid-2022" },
];

// FAS Status of World Nuclear Forces as copied by Our World in Data in February 2022
// (data/raw/owid/fas-warhead-stockpiles/, fas-warhead-inventories/): warhead stockpiles and inventories.
import type { OwidColumn } from "../../lib/owid.js";

/** The columns of this edition that the capabilities dataset reads. */
export const COLUMNS: readonly OwidColumn[] = [
  { file: "fas-warhead-stockpiles", column: "nuclear_weapons_stockpile", metric: "nuclearWarheads", unit: "warheads", sourceId: "owid-fas-warhead-stockpiles", russiaIsSovietUntil1991: true, estimated: true, release: "fas-2022" },
  { file: "fas-warhead-inventories", column: "nuclear_weapons_inventory", metric: "nuclearWarheadInventory", unit: "warheads", sourceId: "owid-fas-warhead-inventories", russiaIsSovietUntil1991: true, estimated: true, release: "fas-2022" },
];

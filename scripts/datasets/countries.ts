// The countries dataset: every code the data uses, with its names (data/countries.csv).
import { CountryRowSchema } from "../../src/schemas/index.js";
import { checkUnique } from "../lib/checks.js";
import type { Loaded } from "../lib/load.js";
import { rowsModule } from "../lib/modules.js";
import type { CountryRow } from "../../src/core/types.js";

export const spec = { file: "countries.csv", columns: { code: "string", name: "string", imfName: "string", kind: "string", note: "string" }, schema: CountryRowSchema } as const;

/** Each code once. */
export function check(countries: Loaded<{ code: string }>): void {
  checkUnique("countries.csv", countries.rows, countries.lines, (r) => r.code, "code");
}

export const module = (rows: readonly CountryRow[]) => rowsModule("countryRows", "CountryRow", rows);

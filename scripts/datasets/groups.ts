// The groups module: the codes of kind `group` in data/countries.csv (aggregates such as WLD and EUU) with their
// names, so that the world selectors can refuse them where a country is meant without loading every code.
import type { CountryRow } from "../../src/core/types.js";
import { HEADER, jsonLiteral } from "../lib/modules.js";

export function module(countries: readonly CountryRow[]): string {
  const groups = Object.fromEntries(countries.filter((c) => c.kind === "group").map((c) => [c.code, c.name]).sort(([a], [b]) => (a! < b! ? -1 : 1)));
  return (
    HEADER +
    `\n/** The codes of kind \`group\` in \`countries\` (aggregates such as \`WLD\` and \`EUU\`, or an unknown party), with their names.\n` +
    ` * A frozen object without a prototype: look a code up with Object.hasOwn. */\n` +
    `export const groupNames: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze(Object.assign(Object.create(null), ${jsonLiteral(groups)}));\n`
  );
}

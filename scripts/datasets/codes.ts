// The codes module: every country code and source id as a literal union type (from countries.csv and sources.csv).
import type { CompiledData } from "../lib/compiled.js";
import { HEADER } from "../lib/modules.js";

/**
 * The codes and source ids as literal union types, so that a query with a code the data does not have (a typo
 * such as `partner: "RSU"`) does not type-check. Types only: nothing of it reaches the built JavaScript.
 */
export function module(data: CompiledData): string {
  const union = (values: readonly string[]) => [...new Set(values)].sort().map((v) => `\n  | ${JSON.stringify(v)}`).join("");
  return (
    HEADER +
    `\n/** A code of the \`countries\` dataset: an ISO 3166-1 alpha-3 code, an IMF group (\`WLD\` for the world), a former\n` +
    ` * country (\`SUN\`, the Soviet Union), an organisation (\`ORG_…\`) or a non-state actor (\`NSA_…\`). */\n` +
    `export type CountryCode =${union(data.countries.map((c) => c.code))};\n\n` +
    `/** The id of a row of the \`sources\` dataset: what every \`sourceId\` and \`sourceIds\` entry holds. */\n` +
    `export type SourceId =${union(data.sources.map((s) => s.id))};\n`
  );
}

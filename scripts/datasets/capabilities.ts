// The capabilities dataset: GDP, population, military expenditure and warheads of China, Russia and the article's
// comparators (data/capabilities.csv, written by scripts/producers/capabilities.ts), and its generated module.
import { z as zod } from "zod";
import { CapabilityRowSchema } from "../../src/schemas/index.js";
import type { CapabilityRow } from "../../src/core/types.js";
import { checkRefs, checkUnique, type Refs } from "../lib/checks.js";
import { DataFileError } from "../lib/files.js";
import { loadFile } from "../lib/load.js";
import { HEADER, jsonLiteral } from "../lib/modules.js";

export const spec = {
  file: "capabilities.csv",
  columns: { country: "string", year: "integer", metric: "string", value: "number", unit: "string", estimated: "boolean", sourceId: "string", cell: "string" },
  schema: CapabilityRowSchema.safeExtend({ cell: zod.string().regex(/^[a-z0-9-]+\/data\.csv!\d+$/) }),
} as const;

/** Loads and checks data/capabilities.csv: one row per key, known codes and sources, one unit per metric, no Soviet figures as Russia's. */
export function compile(dataDir: string, { codes, sourceIds }: Refs) {
  const caps = loadFile(dataDir, spec);
  checkUnique("capabilities.csv", caps.rows, caps.lines, (r) => `${r.country}/${r.metric}/${r.year}`, "year");
  checkRefs("capabilities.csv", caps.rows, caps.lines, "country", codes, "country code");
  checkRefs("capabilities.csv", caps.rows, caps.lines, "sourceId", sourceIds, "sourceId");
  const unitOf = new Map<string, string>();
  caps.rows.forEach((r, i) => {
    const unit = unitOf.get(r.metric);
    if (unit !== undefined && unit !== r.unit) throw new DataFileError("data/capabilities.csv", caps.lines[i]!, "unit", `${r.metric} is in ${unit} elsewhere, here ${r.unit}`);
    unitOf.set(r.metric, r.unit);
    if (r.country === "RUS" && r.year < 1992 && /^(militaryExpenditure|nuclearWarhead)/.test(r.metric)) {
      throw new DataFileError("data/capabilities.csv", caps.lines[i]!, "country", `${r.metric} for ${r.year} is the Soviet Union's: use SUN, never RUS`);
    }
  });
  return caps.rows.map(({ cell: _cell, ...r }) => r);
}

/**
 * Capabilities: one series per (country, metric) with its unit, flags and source, its first year and its
 * values in year order, where null stands for a year without a value.
 */
export function module(rows: readonly CapabilityRow[]): string {
  type Series = [string, string, string, boolean, string, number, (number | null)[]];
  const series: Series[] = [];
  let cur: Series | undefined;
  for (const r of rows) {
    if (!cur || cur[0] !== r.country || cur[1] !== r.metric || cur[2] !== r.unit || cur[3] !== r.estimated || cur[4] !== r.sourceId) {
      cur = [r.country, r.metric, r.unit, r.estimated, r.sourceId, r.year, []];
      series.push(cur);
    }
    const gap = r.year - (cur[5] + cur[6].length);
    if (gap < 0) throw new Error(`capability rows are not sorted at ${r.country}/${r.metric}/${r.year}`);
    for (let i = 0; i < gap; i++) cur[6].push(null);
    cur[6].push(r.value);
  }
  return (
    HEADER +
    `import type { CapabilityMetric, CapabilityRow } from "../../core/types.js";\nimport { freezeRows } from "../../core/freeze.js";\n\n` +
    `type Series = [country: CapabilityRow["country"], metric: CapabilityMetric, unit: string, estimated: boolean, sourceId: CapabilityRow["sourceId"], first: number, values: (number | null)[]];\n\n` +
    `function expand(series: Series[]): CapabilityRow[] {\n` +
    `  const rows: CapabilityRow[] = [];\n` +
    `  for (const [country, metric, unit, estimated, sourceId, first, values] of series) {\n` +
    `    for (let i = 0; i < values.length; i++) {\n` +
    `      const value = values[i];\n` +
    `      if (value !== null && value !== undefined) rows.push({ country, year: first + i, metric, value, unit, estimated, sourceId });\n` +
    `    }\n` +
    `  }\n` +
    `  return rows;\n` +
    `}\n\n` +
    `export const capabilityRows: readonly CapabilityRow[] = /* @__PURE__ */ freezeRows(/* @__PURE__ */ expand(${jsonLiteral(series)}), []);\n`
  );
}

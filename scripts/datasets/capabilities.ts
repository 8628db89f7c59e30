// The capabilities dataset: GDP, population, military expenditure and warheads of China, Russia and the article's
// comparators, by producer edition (data/capabilities.csv from the Our World in Data copies, data/capabilities-<release>.csv
// from the producers' newer editions, each written by scripts/producers/), and its generated module.
import { z as zod } from "zod";
import { CapabilityRowSchema } from "../../src/schemas/index.js";
import type { CapabilityRow } from "../../src/core/types.js";
import { checkRefs, checkUnique, type Refs } from "../lib/checks.js";
import { DataFileError } from "../lib/files.js";
import { loadFile } from "../lib/load.js";
import { HEADER, jsonLiteral } from "../lib/modules.js";

/** The older editions (Our World in Data's copies) and one file per newer edition, each written by its producer's extractor. */
export const FILES = ["capabilities.csv", "capabilities-sipri-milex-2025.csv", "capabilities-fas-2023.csv", "capabilities-maddison-2023.csv"] as const;

export const spec = {
  file: "capabilities.csv",
  columns: {
    country: "string", year: "integer", metric: "string", value: "number", unit: "string", estimated: "boolean", uncertain: "boolean", release: "string",
    sourceId: "string", cell: "string",
  },
  schema: CapabilityRowSchema.safeExtend({ cell: zod.string().regex(/^([a-z0-9-]+\/[a-z0-9_.-]+\.csv!\d+|SIPRI-Milex-data-1949-2024_2\.xlsx![^!]+![A-Z]+\d+)$/) }),
} as const;

/**
 * Loads and checks every capabilities file: one row per key, known codes and sources, one unit per metric within
 * a release (releases may differ: SIPRI's constant 2019 and constant 2023 dollars), no Soviet figures as Russia's.
 * Returns the rows without their cells, and each file's rows for the release checks.
 */
export function compile(dataDir: string, { codes, sourceIds }: Refs) {
  const rows: Omit<zod.output<typeof spec.schema>, "cell">[] = [];
  const files: { file: string; rows: readonly { release: string; year: number; metric: string }[]; lines: readonly number[] }[] = [];
  const unitOf = new Map<string, string>();
  for (const name of FILES) {
    const caps = loadFile(dataDir, { ...spec, file: name });
    checkUnique(name, caps.rows, caps.lines, (r) => `${r.country}/${r.metric}/${r.year}/${r.release}`, "year");
    checkRefs(name, caps.rows, caps.lines, "country", codes, "country code");
    checkRefs(name, caps.rows, caps.lines, "sourceId", sourceIds, "sourceId");
    files.push({ file: name, rows: caps.rows, lines: caps.lines });
    caps.rows.forEach((r, i) => {
      const key = `${r.metric}/${r.release}`;
      const unit = unitOf.get(key);
      if (unit !== undefined && unit !== r.unit) throw new DataFileError(`data/${name}`, caps.lines[i]!, "unit", `${r.metric} of release ${r.release} is in ${unit} elsewhere, here ${r.unit}`);
      unitOf.set(key, r.unit);
      if (r.country === "RUS" && r.year < 1992 && /^(militaryExpenditure|nuclearWarhead)/.test(r.metric)) {
        throw new DataFileError(`data/${name}`, caps.lines[i]!, "country", `${r.metric} for ${r.year} is the Soviet Union's: use SUN, never RUS`);
      }
      const { cell: _cell, ...row } = r;
      rows.push(row);
    });
  }
  return { rows, files };
}

/**
 * Capabilities: one series per (country, metric, release) with its unit, flags and source, its first year and its
 * values in year order, where null stands for a year without a value; `uncertain` (SIPRI's red figures) splits a
 * series like `estimated` does.
 */
export function module(rows: readonly CapabilityRow[]): string {
  type Series = [string, string, string, boolean, string, number, (number | null)[], string, 0 | 1];
  const series: Series[] = [];
  let cur: Series | undefined;
  for (const r of rows) {
    const uncertain = r.uncertain ? 1 : 0;
    if (!cur || cur[0] !== r.country || cur[1] !== r.metric || cur[2] !== r.unit || cur[3] !== r.estimated || cur[4] !== r.sourceId || cur[7] !== r.release || cur[8] !== uncertain) {
      cur = [r.country, r.metric, r.unit, r.estimated, r.sourceId, r.year, [], r.release, uncertain];
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
    `type Series = [country: CapabilityRow["country"], metric: CapabilityMetric, unit: string, estimated: boolean, sourceId: CapabilityRow["sourceId"], first: number, values: (number | null)[], release: string, uncertain: 0 | 1];\n\n` +
    `function expand(series: Series[]): CapabilityRow[] {\n` +
    `  const rows: CapabilityRow[] = [];\n` +
    `  for (const [country, metric, unit, estimated, sourceId, first, values, release, uncertain] of series) {\n` +
    `    for (let i = 0; i < values.length; i++) {\n` +
    `      const value = values[i];\n` +
    `      if (value === null || value === undefined) continue;\n` +
    `      rows.push(uncertain ? { country, year: first + i, metric, value, unit, estimated, uncertain: true, release, sourceId } : { country, year: first + i, metric, value, unit, estimated, release, sourceId });\n` +
    `    }\n` +
    `  }\n` +
    `  return rows;\n` +
    `}\n\n` +
    `export const capabilityRows: readonly CapabilityRow[] = /* @__PURE__ */ freezeRows(/* @__PURE__ */ expand(${jsonLiteral(series)}), []);\n`
  );
}

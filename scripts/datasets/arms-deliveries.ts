// The armsDeliveries dataset: SIPRI's trend-indicator values of deliveries, supplier by recipient and year
// (data/arms-deliveries.csv, written by scripts/producers/sipri-arms/), and its generated module.
import { z as zod } from "zod";
import { ArmsDeliveryRowSchema } from "../../src/schemas/index.js";
import type { ArmsDeliveryRow } from "../../src/core/types.js";
import { checkRefs, checkUnique, type Refs } from "../lib/checks.js";
import { checkArmsBelowTotal } from "../lib/data-checks.js";
import { DataFileError } from "../lib/files.js";
import { loadFile } from "../lib/load.js";
import { HEADER, jsonLiteral } from "../lib/modules.js";

export const spec = {
  file: "arms-deliveries.csv",
  columns: {
    supplier: "string", recipient: "string", year: "integer", tivMillions: "integer", belowHalfMillion: "boolean", release: "string",
    sourceId: "string", cell: "string",
  },
  schema: ArmsDeliveryRowSchema.safeExtend({ cell: zod.string().regex(/^TIV-Export-[A-Z]+-1950-2021\.csv![A-Z]+\d+$/) }),
} as const;

/** Loads and checks data/arms-deliveries.csv: one row per key, known codes and sources, sorted; the rows without their cells. */
export function compile(dataDir: string, { codes, sourceIds }: Refs) {
  const deliveries = loadFile(dataDir, spec);
  checkUnique("arms-deliveries.csv", deliveries.rows, deliveries.lines, (r) => `${r.supplier}/${r.recipient}/${r.year}/${r.release}`, "year");
  checkRefs("arms-deliveries.csv", deliveries.rows, deliveries.lines, "supplier", codes, "supplier code");
  checkRefs("arms-deliveries.csv", deliveries.rows, deliveries.lines, "recipient", codes, "recipient code");
  checkRefs("arms-deliveries.csv", deliveries.rows, deliveries.lines, "sourceId", sourceIds, "sourceId");
  deliveries.rows.forEach((r, i) => {
    if (r.supplier === r.recipient) throw new DataFileError("data/arms-deliveries.csv", deliveries.lines[i]!, "recipient", "a supplier cannot deliver to itself");
    if (i > 0) {
      const p = deliveries.rows[i - 1]!;
      const order = p.supplier < r.supplier || (p.supplier === r.supplier && (p.recipient < r.recipient || (p.recipient === r.recipient && p.year < r.year)));
      if (!order) throw new DataFileError("data/arms-deliveries.csv", deliveries.lines[i]!, "year", "rows must be sorted by supplier, recipient and year");
    }
  });
  checkArmsBelowTotal("data/arms-deliveries.csv", deliveries.rows, deliveries.lines);
  return deliveries.rows.map(({ cell: _cell, ...r }) => r);
}

/**
 * Arms deliveries are large and sparse (1950–2021): emitted per (source, release) as one series per
 * (supplier, recipient) holding its first year and its values in year order, where a negative number -k
 * stands for k years without deliveries (TIV values are never negative).
 */
export function module(rows: readonly ArmsDeliveryRow[]): string {
  type Series = [string, string, number, number[]];
  const groups: [string, string, Series[]][] = [];
  let group: (typeof groups)[number] | undefined;
  let cur: Series | undefined;
  let next = 0;
  for (const r of rows) {
    if (!group || group[0] !== r.sourceId || group[1] !== r.release) {
      group = groups.find((g) => g[0] === r.sourceId && g[1] === r.release);
      if (!group) groups.push((group = [r.sourceId, r.release, []]));
      cur = undefined;
    }
    if (!cur || cur[0] !== r.supplier || cur[1] !== r.recipient) {
      cur = [r.supplier, r.recipient, r.year, []];
      group[2].push(cur);
      next = r.year;
    }
    if (r.year < next) throw new Error(`arms delivery rows are not sorted at ${r.supplier}/${r.recipient}/${r.year}`);
    if (r.year > next) cur[3].push(next - r.year);
    cur[3].push(r.tivMillions);
    next = r.year + 1;
  }
  return (
    HEADER +
    `import type { ArmsDeliveryRow } from "../../core/types.js";\nimport { freezeRows } from "../../core/freeze.js";\n\n` +
    `type Group = [sourceId: ArmsDeliveryRow["sourceId"], release: string, series: [supplier: ArmsDeliveryRow["supplier"], recipient: ArmsDeliveryRow["recipient"], first: number, values: number[]][]];\n\n` +
    `function expand(groups: Group[]): ArmsDeliveryRow[] {\n` +
    `  const rows: ArmsDeliveryRow[] = [];\n` +
    `  for (const [sourceId, release, series] of groups) {\n` +
    `    for (const [supplier, recipient, first, values] of series) {\n` +
    `      let year = first;\n` +
    `      for (const v of values) {\n` +
    `        if (v < 0) year -= v;\n` +
    `        else rows.push({ supplier, recipient, year: year++, tivMillions: v, belowHalfMillion: v === 0, release, sourceId });\n` +
    `      }\n` +
    `    }\n` +
    `  }\n` +
    `  return rows;\n` +
    `}\n\n` +
    `export const armsDeliveryRows: readonly ArmsDeliveryRow[] = /* @__PURE__ */ freezeRows(/* @__PURE__ */ expand(${jsonLiteral(groups)}), []);\n`
  );
}

// The armsDeliveries dataset: SIPRI's trend-indicator values of deliveries, supplier by recipient and year, in two
// releases side by side (data/arms-deliveries.csv from the tables of 2022-07-28, data/arms-deliveries-2026-02-12.csv
// from the register of SIPRI's March 2025 update, both written by scripts/producers/sipri-arms/), and its module.
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

/** SIPRI's trade register (release 2026-02-12): the same columns, sums with two decimals, the register lines summed. */
export const registerSpec = {
  file: "arms-deliveries-2026-02-12.csv",
  columns: { ...spec.columns, tivMillions: "number" },
  schema: ArmsDeliveryRowSchema.safeExtend({ cell: zod.string().regex(/^trade_register\.csv!(lines \d+( \d+)*|sum of the \d+ lines with supplier [A-Z_0-9]+ and delivery year \d{4})$/) }),
} as const;

/**
 * Loads and checks each SIPRI release's file on its own (the 2022 tables, the 2025 register): one row per key,
 * known codes and sources, sorted, no delivery above the supplier's total. Returns the rows without their cells,
 * release after release, and each file's rows for the release checks.
 */
export function compile(dataDir: string, { codes, sourceIds }: Refs) {
  const out: Omit<zod.output<typeof spec.schema>, "cell">[] = [];
  const files: { file: string; rows: readonly { release: string; year: number }[]; lines: readonly number[] }[] = [];
  for (const s of [spec, registerSpec]) {
    const deliveries = loadFile(dataDir, s);
    const file = s.file;
    checkUnique(file, deliveries.rows, deliveries.lines, (r) => `${r.supplier}/${r.recipient}/${r.year}/${r.release}`, "year");
    checkRefs(file, deliveries.rows, deliveries.lines, "supplier", codes, "supplier code");
    checkRefs(file, deliveries.rows, deliveries.lines, "recipient", codes, "recipient code");
    checkRefs(file, deliveries.rows, deliveries.lines, "sourceId", sourceIds, "sourceId");
    deliveries.rows.forEach((r, i) => {
      if (r.supplier === r.recipient) throw new DataFileError(`data/${file}`, deliveries.lines[i]!, "recipient", "a supplier cannot deliver to itself");
      if (i > 0) {
        const p = deliveries.rows[i - 1]!;
        const order = p.supplier < r.supplier || (p.supplier === r.supplier && (p.recipient < r.recipient || (p.recipient === r.recipient && p.year < r.year)));
        if (!order) throw new DataFileError(`data/${file}`, deliveries.lines[i]!, "year", "rows must be sorted by supplier, recipient and year");
      }
    });
    checkArmsBelowTotal(`data/${file}`, deliveries.rows, deliveries.lines);
    files.push({ file, rows: deliveries.rows, lines: deliveries.lines });
    for (const { cell: _cell, ...r } of deliveries.rows) out.push(r);
  }
  return { rows: out, files };
}

/**
 * Arms deliveries are large and sparse: emitted per (source, release) as one list per supplier of its series, one
 * per recipient, each holding its first year and its values in year order, where a negative number -k stands for
 * k years without deliveries (TIV values are never negative). The register's sums keep their two decimals as
 * written.
 */
export function module(rows: readonly ArmsDeliveryRow[]): string {
  type Series = [string, number, number[]];
  type Supplier = [string, Series[]];
  const groups: [string, string, Supplier[]][] = [];
  let group: (typeof groups)[number] | undefined;
  let sup: Supplier | undefined;
  let cur: Series | undefined;
  let next = 0;
  for (const r of rows) {
    if (!group || group[0] !== r.sourceId || group[1] !== r.release) {
      group = groups.find((g) => g[0] === r.sourceId && g[1] === r.release);
      if (!group) groups.push((group = [r.sourceId, r.release, []]));
      sup = undefined;
      cur = undefined;
    }
    if (!sup || sup[0] !== r.supplier) {
      sup = group[2].find((x) => x[0] === r.supplier);
      if (!sup) group[2].push((sup = [r.supplier, []]));
      cur = undefined;
    }
    if (!cur || cur[0] !== r.recipient) {
      if (sup[1].some((x) => x[0] === r.recipient)) throw new Error(`arms delivery rows are not sorted at ${r.supplier}/${r.recipient}/${r.year}`);
      cur = [r.recipient, r.year, []];
      sup[1].push(cur);
      next = r.year;
    }
    if (r.year < next) throw new Error(`arms delivery rows are not sorted at ${r.supplier}/${r.recipient}/${r.year}`);
    if (r.year > next) cur[2].push(next - r.year);
    cur[2].push(r.tivMillions);
    next = r.year + 1;
  }
  return (
    HEADER +
    `import type { ArmsDeliveryRow } from "../../core/types.js";\nimport { freezeRows } from "../../core/freeze.js";\n\n` +
    `type Group = [sourceId: ArmsDeliveryRow["sourceId"], release: string, suppliers: [supplier: ArmsDeliveryRow["supplier"], series: [recipient: ArmsDeliveryRow["recipient"], first: number, values: number[]][]][]];\n\n` +
    `function expand(groups: Group[]): ArmsDeliveryRow[] {\n` +
    `  const rows: ArmsDeliveryRow[] = [];\n` +
    `  for (const [sourceId, release, suppliers] of groups) {\n` +
    `    for (const [supplier, series] of suppliers) {\n` +
    `      for (const [recipient, first, values] of series) {\n` +
    `        let year = first;\n` +
    `        for (const v of values) {\n` +
    `          if (v < 0) year -= v;\n` +
    `          else rows.push({ supplier, recipient, year: year++, tivMillions: v, belowHalfMillion: v === 0, release, sourceId });\n` +
    `        }\n` +
    `      }\n` +
    `    }\n` +
    `  }\n` +
    `  return rows;\n` +
    `}\n\n` +
    `export const armsDeliveryRows: readonly ArmsDeliveryRow[] = /* @__PURE__ */ freezeRows(/* @__PURE__ */ expand(${jsonLiteral(groups)}), []);\n`
  );
}

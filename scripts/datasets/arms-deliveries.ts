// The armsDeliveries dataset: SIPRI's trend-indicator values of deliveries, supplier by recipient and year, in two
// releases side by side (data/arms-deliveries.csv from the tables of 2022-07-28, data/arms-deliveries-2026-02-12.csv
// from the register of SIPRI's March 2025 update, both written by scripts/producers/sipri-arms/), and its module.
import { z as zod } from "zod";
import { ArmsDeliveryRowSchema } from "../../src/schemas/index.js";
import type { ArmsDeliveryRow } from "../../src/core/types.js";
import { checkRefs, checkUnique, type Refs } from "../lib/checks.js";
import { checkArmsBelowTotal } from "../lib/data-checks.js";
import { columnName, DataFileError } from "../lib/files.js";
import { loadFile } from "../lib/load.js";
import { HEADER, jsonLiteral } from "../lib/modules.js";
import { registerCell } from "../lib/arms-cells.js";

export const spec = {
  file: "arms-deliveries.csv",
  columns: {
    supplier: "string", recipient: "string", year: "integer", tivMillions: "integer", belowHalfMillion: "boolean", release: "string",
    sourceId: "string", cell: "string",
  },
  schema: ArmsDeliveryRowSchema.safeExtend({ cell: zod.string().regex(/^TIV-Export-[A-Z]+-1950-2021\.csv![A-Z]+\d+$/) }),
} as const;

/** SIPRI's trade register (release 2026-02-12): the same columns, sums with two decimals, the selection of register lines summed. */
export const registerSpec = {
  file: "arms-deliveries-2026-02-12.csv",
  columns: { ...spec.columns, tivMillions: "number" },
  schema: ArmsDeliveryRowSchema.safeExtend({ cell: zod.string().regex(/^trade_register\.csv!supplier [A-Z][A-Z_0-9]*(, recipient [A-Z][A-Z_0-9]*)?, delivery year \d{4}$/) }),
} as const;

/**
 * Loads and checks each SIPRI release's file on its own (the 2022 tables, the 2025 register): one row per key,
 * known codes and sources, sorted, no delivery above the supplier's total. Returns the rows with their cells,
 * release after release, and each file's rows for the release checks.
 */
export function compile(dataDir: string, { codes, sourceIds }: Refs) {
  const out: zod.output<typeof spec.schema>[] = [];
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
    out.push(...deliveries.rows);
  }
  return { rows: out, files };
}

/** A table's cell: `TIV-Export-<SIPRI supplier code>-1950-2021.csv!<column><row>`; the years sit in consecutive columns. */
const TABLE_CELL = /^TIV-Export-([A-Z]+)-1950-2021\.csv!([A-Z]+)(\d+)$/;
/** The column of year 1950 in every table (B), so column = year - TABLE_COLUMN_OFFSET. */
const TABLE_COLUMN_OFFSET = 1948;
const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/**
 * Arms deliveries are large and sparse: emitted per (source, release) as one list per supplier of its series, one
 * per recipient, each holding its first year and its values in year order, where a negative number -k stands for
 * k years without deliveries (TIV values are never negative). The register's sums keep their two decimals as
 * written. Cells are not stored but rebuilt at import: a table's from the supplier's SIPRI code (once per
 * supplier), the series' row (once per series) and the year's column; the register's from the row's key. Every
 * rebuilt cell is checked against the data file's here.
 */
export function module(rows: readonly (ArmsDeliveryRow & { readonly cell: string })[]): string {
  type Series = [string, number, number[], number?];
  type Supplier = [string, Series[], string?];
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
    const table = TABLE_CELL.exec(r.cell);
    if (!sup || sup[0] !== r.supplier) {
      sup = group[2].find((x) => x[0] === r.supplier);
      if (!sup) group[2].push((sup = table ? [r.supplier, [], table[1]!] : [r.supplier, []]));
      cur = undefined;
    }
    if (!cur || cur[0] !== r.recipient) {
      if (sup[1].some((x) => x[0] === r.recipient)) throw new Error(`arms delivery rows are not sorted at ${r.supplier}/${r.recipient}/${r.year}`);
      cur = table ? [r.recipient, r.year, [], Number(table[3])] : [r.recipient, r.year, []];
      sup[1].push(cur);
      next = r.year;
    }
    if (r.year < next) throw new Error(`arms delivery rows are not sorted at ${r.supplier}/${r.recipient}/${r.year}`);
    if (r.year > next) cur[2].push(next - r.year);
    cur[2].push(r.tivMillions);
    next = r.year + 1;
    const rebuilt = table
      ? `TIV-Export-${sup[2]}-1950-2021.csv!${columnName(r.year - TABLE_COLUMN_OFFSET)}${cur[3]}`
      : registerCell(r.supplier, r.recipient, r.year);
    if (rebuilt !== r.cell || (table && colNumber(table[2]!) !== r.year - TABLE_COLUMN_OFFSET)) {
      throw new Error(`arms delivery ${r.supplier}/${r.recipient}/${r.year}/${r.release}: the cell ${r.cell} cannot be rebuilt (got ${rebuilt})`);
    }
  }
  return (
    HEADER +
    `import type { ArmsDeliveryRow } from "../../core/types.js";\nimport { columnLetters as column } from "../../core/columns.js";\n\n` +
    `type Series = [recipient: ArmsDeliveryRow["recipient"], first: number, values: number[], row?: number];\n` +
    `type Group = [sourceId: ArmsDeliveryRow["sourceId"], release: string, suppliers: [supplier: ArmsDeliveryRow["supplier"], series: Series[], file?: string][]];\n\n` +
    `/**\n` +
    ` * One row. The first row made here (by expand, before any real one) holds strings in every field, so V8 gives\n` +
    ` * the fields its generic representation: otherwise \`tivMillions\` would get the double representation once a\n` +
    ` * fractional value came, and every row would copy its number into a box of its own.\n` +
    ` */\n` +
    `function row(supplier: ArmsDeliveryRow["supplier"], recipient: ArmsDeliveryRow["recipient"], year: number, tivMillions: number, release: string, sourceId: ArmsDeliveryRow["sourceId"], cell: string): ArmsDeliveryRow {\n` +
    `  return { supplier, recipient, year, tivMillions, belowHalfMillion: tivMillions === 0, release, sourceId, cell };\n` +
    `}\n\n` +
    // A table's cell (the supplier's SIPRI code, the series' row, the year's column) or the register's selection.
    // One pass, each row frozen as it is made, the tuples read by index (destructuring goes through the
    // iterator protocol).
    `function expand(groups: Group[]): readonly ArmsDeliveryRow[] {\n` +
    `  const blank = "" as never;\n` +
    `  row(blank, blank, blank, blank, blank, blank, blank);\n` +
    `  const rows: ArmsDeliveryRow[] = [];\n` +
    `  let n = 0;\n` +
    `  for (let g = 0; g < groups.length; g++) {\n` +
    `    const sourceId = groups[g]![0], release = groups[g]![1], suppliers = groups[g]![2];\n` +
    `    for (let p = 0; p < suppliers.length; p++) {\n` +
    `      const supplier = suppliers[p]![0], series = suppliers[p]![1], file = suppliers[p]![2];\n` +
    `      for (let q = 0; q < series.length; q++) {\n` +
    `        const recipient = series[q]![0], values = series[q]![2], line = series[q]![3];\n` +
    `        const at = file === undefined ? \`trade_register.csv!supplier \${supplier}\${recipient === "WLD" ? "" : \`, recipient \${recipient}\`}, delivery year \` : \`TIV-Export-\${file}-1950-2021.csv!\`;\n` +
    `        let year = series[q]![1];\n` +
    `        for (let i = 0; i < values.length; i++) {\n` +
    `          const v = values[i]!;\n` +
    `          if (v < 0) {\n` +
    `            year -= v;\n` +
    `            continue;\n` +
    `          }\n` +
    `          const cell = file === undefined ? at + year : at + column(year - ${TABLE_COLUMN_OFFSET}) + line;\n` +
    `          rows[n++] = Object.freeze(row(supplier, recipient, year++, v, release, sourceId, cell));\n` +
    `        }\n` +
    `      }\n` +
    `    }\n` +
    `  }\n` +
    `  return Object.freeze(rows);\n` +
    `}\n\n` +
    `export const armsDeliveryRows: readonly ArmsDeliveryRow[] = /* @__PURE__ */ expand(${jsonLiteral(groups)});\n`
  );
}

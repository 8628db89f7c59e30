// The worldTrade dataset: any reporter's exports to and imports from China, Russia and the world, as the reporter
// reports them to the IMF (data/world-trade.csv, written by scripts/producers/imf-dots/world.ts), and its module.
import { WorldTradeRowSchema } from "../../src/schemas/index.js";
import type { WorldTradeRow } from "../../src/core/types.js";
import { checkBelowWorld, checkRefs, checkUnique, worldTotals, type Refs } from "../lib/checks.js";
import { checkDotsCells } from "../lib/data-checks.js";
import { DataFileError } from "../lib/files.js";
import { loadFile } from "../lib/load.js";
import { HEADER, jsonLiteral } from "../lib/modules.js";

export const spec = {
  file: "world-trade.csv",
  columns: { reporter: "string", partner: "string", flow: "string", year: "integer", valueUsdMillions: "number", estimated: "boolean", sourceId: "string", cell: "string" },
  schema: WorldTradeRowSchema,
} as const;

/** Loads and checks data/world-trade.csv: one row per key, known codes and sources, sorted, below the world totals. */
export function compile(dataDir: string, { codes, sourceIds }: Refs) {
  const world = loadFile(dataDir, spec);
  checkUnique("world-trade.csv", world.rows, world.lines, (r) => `${r.reporter}/${r.partner}/${r.flow}/${r.year}`, "year");
  checkRefs("world-trade.csv", world.rows, world.lines, "reporter", codes, "reporter code");
  checkRefs("world-trade.csv", world.rows, world.lines, "sourceId", sourceIds, "sourceId");
  world.rows.forEach((r, i) => {
    if (r.reporter === r.partner && r.reporter !== "WLD") throw new DataFileError("data/world-trade.csv", world.lines[i]!, "partner", "a reporter cannot trade with itself");
    if (i > 0) {
      const p = world.rows[i - 1]!;
      const k = (x: { reporter: string; partner: string; flow: string }) => `${x.reporter}\u0000${x.partner}\u0000${x.flow}`;
      if (k(p) > k(r) || (k(p) === k(r) && p.year >= r.year)) throw new DataFileError("data/world-trade.csv", world.lines[i]!, "year", "rows must be sorted by reporter, partner, flow and year");
    }
  });
  checkBelowWorld("world-trade.csv", world.rows, world.lines, worldTotals(world.rows, true), true);
  checkDotsCells("data/world-trade.csv", world.rows, world.lines);
  return world.rows;
}

/**
 * World trade: one series per (reporter, partner, flow, source) with its workbook, sheet row and column
 * offset (the years of a series sit in consecutive columns: column = year + offset), its first year, its
 * values in year order (null for a gap) and the offsets of the IMF's estimates. The cell of each value is
 * rebuilt from these at import.
 */
export function module(rows: readonly WorldTradeRow[]): string {
  type Series = [string, string, string, string, string, number, number, number, (number | null)[], number[]];
  const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const series: Series[] = [];
  let cur: Series | undefined;
  for (const r of rows) {
    const m = /^(DOTS_\d+\.xlsx)!sheet[12]!([A-Z]+)(\d+)$/.exec(r.cell);
    if (!m) throw new Error(`world trade: bad cell ${r.cell}`);
    const [, file, letters, line] = m;
    const offset = colNumber(letters!) - r.year;
    if (!cur || cur[0] !== r.reporter || cur[1] !== r.partner || cur[2] !== r.flow || cur[3] !== r.sourceId || cur[4] !== file || cur[5] !== Number(line) || cur[6] !== offset) {
      cur = [r.reporter, r.partner, r.flow, r.sourceId, file!, Number(line), offset, r.year, [], []];
      series.push(cur);
    }
    const gap = r.year - (cur[7] + cur[8].length);
    if (gap < 0) throw new Error(`world trade rows are not sorted at ${r.reporter}/${r.partner}/${r.flow}/${r.year}`);
    for (let i = 0; i < gap; i++) cur[8].push(null);
    if (r.estimated) cur[9].push(cur[8].length);
    cur[8].push(r.valueUsdMillions);
  }
  return (
    HEADER +
    `import type { WorldTradeRow } from "../../core/types.js";\nimport { PARTNER_SERIES } from "./partner-series.js";\n\n` +
    `type Series = [reporter: WorldTradeRow["reporter"], partner: WorldTradeRow["partner"], flow: WorldTradeRow["flow"], sourceId: WorldTradeRow["sourceId"], file: string, line: number, offset: number, first: number, values: (number | null)[], estimated: number[]];\n\n` +
    // Column letters are built once per column, not once per value; each row is frozen as it is made (one
    // pass over the rows instead of two). Both measured in the benchmark's world import.
    `const COLUMNS: string[] = [];\n\n` +
    `function column(n: number): string {\n` +
    `  let s = COLUMNS[n];\n` +
    `  if (s !== undefined) return s;\n` +
    `  s = "";\n` +
    `  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;\n` +
    `  return (COLUMNS[n] = s);\n` +
    `}\n\n` +
    `function expand(series: Series[]): readonly WorldTradeRow[] {\n` +
    `  const rows: WorldTradeRow[] = [];\n` +
    `  for (let k = 0; k < series.length; k++) {\n` +
    // Indexed reads: array destructuring would go through the iterator protocol for every series.
    `    const q = series[k]!;\n` +
    `    const reporter = q[0], partner = q[1], flow = q[2], sourceId = q[3], line = q[5], offset = q[6], first = q[7], values = q[8], estimated = q[9];\n` +
    `    const prefix = q[4] + (flow === "export" ? "!sheet1!" : "!sheet2!");\n` +
    `    let e = 0;\n` +
    `    for (let i = 0; i < values.length; i++) {\n` +
    `      const v = values[i];\n` +
    `      if (v === null || v === undefined) continue;\n` +
    `      const isEstimate = estimated[e] === i;\n` +
    `      if (isEstimate) e++;\n` +
    `      const year = first + i;\n` +
    `      rows.push(Object.freeze({ reporter, partner, flow, year, valueUsdMillions: v, estimated: isEstimate, sourceId, cell: prefix + column(year + offset) + line }));\n` +
    `    }\n` +
    `  }\n` +
    `  return Object.freeze(rows);\n` +
    `}\n\n` +
    `export const worldTradeRows: readonly WorldTradeRow[] = /* @__PURE__ */ expand(${jsonLiteral(series)});\n\n` +
    poleValuesModulePart()
  );
}

/**
 * China's and Russia's own trade with every partner, for the world selectors' China and Russia side: kept as a
 * string and parsed on the selectors' first call, so that importing the world entry does not pay for it (and
 * does not load the partner-trade entry). One series per (reporter, partner, flow, source): first year, values.
 */
function poleValuesModulePart(): string {
  return (
    `/** One value of China's or Russia's own statistics. */\n` +
    `export interface PoleValue {\n  readonly value: number;\n  readonly sourceId: string;\n}\n\n` +
    `let poles: Map<string, Map<number, PoleValue>> | undefined;\n\n` +
    `/** reporter/partner/flow → year → value, parsed on the first call. */\n` +
    `export function poleValues(): ReadonlyMap<string, ReadonlyMap<number, PoleValue>> {\n` +
    `  if (poles) return poles;\n` +
    `  const out = new Map<string, Map<number, PoleValue>>();\n` +
    `  for (const [reporter, partner, flow, sourceId, first, values] of JSON.parse(PARTNER_SERIES) as [string, string, string, string, number, (number | null)[]][]) {\n` +
    `    const m = new Map<number, PoleValue>();\n` +
    `    for (let i = 0; i < values.length; i++) {\n` +
    `      const v = values[i];\n` +
    `      if (v !== null && v !== undefined) m.set(first + i, Object.freeze({ value: v, sourceId }));\n` +
    `    }\n` +
    `    out.set(reporter + "/" + partner + "/" + flow, m);\n` +
    `  }\n` +
    `  return (poles = out);\n` +
    `}\n`
  );
}

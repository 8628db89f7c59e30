// The worldTrade dataset: any reporter's exports to and imports from China, Russia and the world, as the reporter
// reports them to the IMF (data/world-trade.csv, written by scripts/producers/imf-dots/world.ts), and its module.
import { WorldTradeRowSchema } from "../../src/schemas/index.js";
import type { WorldTradeRow } from "../../src/core/types.js";
import { checkBelowWorld, checkRefs, checkUnique, worldTotals, type Refs } from "../lib/checks.js";
import { checkDotsCells } from "../lib/data-checks.js";
import { DataFileError } from "../lib/files.js";
import { loadFile } from "../lib/load.js";
import { HEADER, jsonLiteral, PARTNER_SERIES_TYPE } from "../lib/modules.js";

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
 * World trade: the partners once, then one group per run of series with the same reporter, source and workbook,
 * each series holding its partner and flow (one number: 2 × the partner's index + 0 for exports, 1 for imports),
 * its sheet row, the column of its first year (the years of a series sit in consecutive columns), its first
 * year, its values in year order (null for a gap) and, where there are any, the offsets of the IMF's
 * estimates. The cell of each value is rebuilt from these at import. Strings repeated in every series (codes,
 * flows, source, workbook) would be a fifth of the module.
 */
export function module(rows: readonly WorldTradeRow[]): string {
  type Series = [pf: number, line: number, col: number, first: number, values: (number | null)[], estimated?: number[]];
  type Group = [reporter: string, sourceId: string, file: string, series: Series[]];
  const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const partners = [...new Set(rows.map((r) => r.partner))].sort();
  const groups: Group[] = [];
  let group: Group | undefined;
  let cur: Series | undefined;
  let key = "";
  for (const r of rows) {
    const m = /^(DOTS_\d+\.xlsx)!sheet([12])!([A-Z]+)(\d+)$/.exec(r.cell);
    if (!m) throw new Error(`world trade: bad cell ${r.cell}`);
    const [, file, sheet, letters, line] = m;
    if (sheet !== (r.flow === "export" ? "1" : "2")) throw new Error(`world trade: ${r.cell} is not the ${r.flow} sheet`);
    if (!group || group[0] !== r.reporter || group[1] !== r.sourceId || group[2] !== file) {
      group = [r.reporter, r.sourceId, file!, []];
      groups.push(group);
      cur = undefined;
    }
    const pf = 2 * partners.indexOf(r.partner) + (r.flow === "export" ? 0 : 1);
    const col = colNumber(letters!);
    const k = `${pf}/${line}/${col - r.year}`;
    if (!cur || key !== k) {
      cur = [pf, Number(line), col, r.year, []];
      group[3].push(cur);
      key = k;
    }
    const gap = r.year - (cur[3] + cur[4].length);
    if (gap < 0) throw new Error(`world trade rows are not sorted at ${r.reporter}/${r.partner}/${r.flow}/${r.year}`);
    for (let i = 0; i < gap; i++) cur[4].push(null);
    if (r.estimated) (cur[5] ??= []).push(cur[4].length);
    cur[4].push(r.valueUsdMillions);
  }
  return (
    HEADER +
    `import type { WorldTradeRow } from "../../core/types.js";\nimport { PARTNER_SERIES } from "./partner-series.js";\nimport { columnLetters as column } from "../../core/columns.js";\n\n` +
    `type Series = [pf: number, line: number, col: number, first: number, values: (number | null)[], estimated?: number[]];\n` +
    `type Group = [reporter: WorldTradeRow["reporter"], sourceId: WorldTradeRow["sourceId"], file: string, series: Series[]];\n\n` +
    // Column letters are built once per column (src/core/columns.ts), not once per value; each row is frozen as it is made (one
    // pass over the rows instead of two). Both measured in the benchmark's world import.
    `function expand([partners, groups]: [WorldTradeRow["partner"][], Group[]]): readonly WorldTradeRow[] {\n` +
    `  const rows: WorldTradeRow[] = [];\n` +
    `  for (let g = 0; g < groups.length; g++) {\n` +
    // Indexed reads: array destructuring would go through the iterator protocol for every series.
    `    const group = groups[g]!;\n` +
    `    const reporter = group[0], sourceId = group[1], file = group[2], series = group[3];\n` +
    `    for (let k = 0; k < series.length; k++) {\n` +
    `      const q = series[k]!;\n` +
    `      const partner = partners[q[0] >> 1]!, flow = q[0] & 1 ? "import" : "export", line = q[1], col = q[2], values = q[4], estimated = q[5];\n` +
    `      const prefix = file + (flow === "export" ? "!sheet1!" : "!sheet2!");\n` +
    `      let e = 0;\n` +
    `      for (let i = 0; i < values.length; i++) {\n` +
    `        const v = values[i];\n` +
    `        if (v === null || v === undefined) continue;\n` +
    `        const isEstimate = estimated !== undefined && estimated[e] === i;\n` +
    `        if (isEstimate) e++;\n` +
    `        rows.push(Object.freeze({ reporter, partner, flow, year: q[3] + i, valueUsdMillions: v, estimated: isEstimate, sourceId, cell: prefix + column(col + i) + line }));\n` +
    `      }\n` +
    `    }\n` +
    `  }\n` +
    `  return Object.freeze(rows);\n` +
    `}\n\n` +
    `export const worldTradeRows: readonly WorldTradeRow[] = /* @__PURE__ */ expand(${jsonLiteral([partners, groups])});\n\n` +
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
    `  for (const [reporter, sourceId, series] of JSON.parse(PARTNER_SERIES) as ${PARTNER_SERIES_TYPE}) {\n` +
    `    for (const [partner, f, first, values] of series) {\n` +
    `      const m = new Map<number, PoleValue>();\n` +
    `      for (let i = 0; i < values.length; i++) {\n` +
    `        const v = values[i];\n` +
    `        if (v !== null && v !== undefined) m.set(first + i, Object.freeze({ value: v, sourceId }));\n` +
    `      }\n` +
    `      out.set(reporter + "/" + partner + "/" + (f ? "import" : "export"), m);\n` +
    `    }\n` +
    `  }\n` +
    `  return (poles = out);\n` +
    `}\n`
  );
}

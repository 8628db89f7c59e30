// The trade dataset: China's and Russia's IMF DOTS cells with each other and the world (from
// data/partner-trade.csv) beside every hand-entered figure of data/trade-reported.csv, and its generated module.
import { TradeRowSchema } from "../../src/schemas/index.js";
import type { TradeRow } from "../../src/core/types.js";
import { checkBelowWorld, checkRefs, checkUnique, worldTotals, type Refs } from "../lib/checks.js";
import { checkAgainstDots, checkPublishedValues } from "../lib/data-checks.js";
import { DataFileError } from "../lib/files.js";
import { known, type Loaded } from "../lib/load.js";
import { HEADER, jsonLiteral } from "../lib/modules.js";

/** The hand-entered figures: data/trade-reported.csv. */
export const spec = {
  file: "trade-reported.csv",
  columns: {
    year: "integer", reporter: "string", partner: "string", flow: "string", valueUsdMillions: "number", producer: "string", sourceId: "string",
    valueAsPublished: "string", unitAsPublished: "string", approximate: "boolean", excerpt: "string", note: "string", bound: "string", producerInferred: "boolean",
  },
  schema: TradeRowSchema,
} as const;

type Reported = Loaded<{ year: number; reporter: string; partner: string; flow: string; valueUsdMillions: number; sourceId: string }>;
type Partner = Loaded<{ year: number; reporter: "CHN" | "RUS"; partner: string; flow: string; valueUsdMillions: number; sourceId: string; cell: string }>;

/** One row per key, known partner codes and sources. */
export function check(reported: Reported, { codes, sourceIds }: Refs): void {
  checkPublishedValues("data/trade-reported.csv", reported.rows, reported.lines);
  checkUnique("trade-reported.csv", reported.rows, reported.lines, (r) => `${r.year}/${r.reporter}/${r.partner}/${r.flow}/${r.sourceId}`, "sourceId");
  checkRefs("trade-reported.csv", reported.rows, reported.lines, "partner", codes, "partner code");
  checkRefs("trade-reported.csv", reported.rows, reported.lines, "sourceId", sourceIds, "sourceId");
}

/** The dataset: the DOTS cells of China with Russia and the world, and of Russia with China and the world, beside every hand-entered figure. */
export function compile(partner: Partner, reported: Reported): TradeRow[] {
  reported.rows.forEach((r, i) => {
    if (r.reporter === r.partner) throw new DataFileError("data/trade-reported.csv", reported.lines[i]!, "partner", "a reporter cannot trade with itself");
  });
  const counterpart = { CHN: "RUS", RUS: "CHN" } as const;
  const dots = known<TradeRow>(
    partner.rows
      .filter((r) => r.partner === "WLD" || r.partner === counterpart[r.reporter])
      .map((r) => ({ year: r.year, reporter: r.reporter, partner: r.partner, flow: r.flow, valueUsdMillions: r.valueUsdMillions, producer: "imf-dots", sourceId: r.sourceId, cell: r.cell, approximate: false })),
  );
  // One row per key across both files: a hand-entered row may not repeat an IMF DOTS cell.
  const dotsKeys = new Set(dots.map((r) => `${r.year}/${r.reporter}/${r.partner}/${r.flow}/${r.sourceId}`));
  reported.rows.forEach((r, i) => {
    const k = `${r.year}/${r.reporter}/${r.partner}/${r.flow}/${r.sourceId}`;
    if (dotsKeys.has(k)) throw new DataFileError("data/trade-reported.csv", reported.lines[i]!, "sourceId", `duplicate key ${k}: the row repeats an IMF DOTS cell of data/partner-trade.csv`);
  });
  // Nor give an IMF DOTS figure the workbooks hold under another source id, or a different one.
  checkAgainstDots("data/trade-reported.csv", reported.rows, reported.lines, dots);
  // A bilateral figure cannot exceed the reporter's trade with the world in the same flow and year: checked
  // within each file against that file's world totals of the same source (DOTS), and for hand-entered rows
  // against the largest world total any source gives for that reporter, flow and year.
  checkBelowWorld("partner-trade.csv", partner.rows, partner.lines, worldTotals(partner.rows, true), true);
  checkBelowWorld("trade-reported.csv", reported.rows, reported.lines, worldTotals([...dots, ...reported.rows], false), false);
  return known<TradeRow>([...dots, ...reported.rows]).sort(
    (a, b) =>
      a.reporter.localeCompare(b.reporter) || a.partner.localeCompare(b.partner) || a.flow.localeCompare(b.flow) || a.year - b.year || a.sourceId.localeCompare(b.sourceId),
  );
}

/**
 * Trade: the IMF DOTS rows (the bulk, one shape) as series like the world module's (reporter, partner, flow,
 * source, workbook, sheet row, column of the first year, first year, values; the cell is rebuilt from these),
 * and the hand-entered rows as they are, each with its index in the sorted rows. Smaller than one object per
 * row, and each DOTS row is made with its final shape and frozen as it is made.
 */
export function module(rows: readonly TradeRow[]): string {
  type Series = [reporter: string, partner: string, flow: string, sourceId: string, file: string, line: number, col: number, first: number, values: (number | null)[]];
  const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const DOTS_KEYS = "year,reporter,partner,flow,valueUsdMillions,producer,sourceId,cell,approximate";
  const series: Series[] = [];
  const hand: [number, TradeRow][] = [];
  let cur: Series | undefined;
  rows.forEach((r, at) => {
    const m = r.cell === undefined ? null : /^(DOTS_\d+\.xlsx)!sheet([12])!([A-Z]+)(\d+)$/.exec(r.cell);
    const dots = m && r.producer === "imf-dots" && r.approximate === false && Object.keys(r).join(",") === DOTS_KEYS && m[2] === (r.flow === "export" ? "1" : "2");
    if (!dots) {
      hand.push([at, r]);
      return;
    }
    const [, file, , letters, line] = m;
    const col = colNumber(letters!);
    if (!cur || cur[0] !== r.reporter || cur[1] !== r.partner || cur[2] !== r.flow || cur[3] !== r.sourceId || cur[4] !== file || cur[5] !== Number(line) || cur[6] - cur[7] !== col - r.year || r.year < cur[7] + cur[8].length) {
      cur = [r.reporter, r.partner, r.flow, r.sourceId, file!, Number(line), col, r.year, []];
      series.push(cur);
    }
    for (let gap = r.year - (cur[7] + cur[8].length); gap > 0; gap--) cur[8].push(null);
    cur[8].push(r.valueUsdMillions);
  });
  // The fields that hold objects or arrays in some hand-entered row: only these need a deep freeze.
  const nested = [...new Set(hand.flatMap(([, r]) => Object.entries(r).filter(([, v]) => typeof v === "object" && v !== null).map(([k]) => k)))].sort();
  return (
    HEADER +
    `import type { TradeRow } from "../../core/types.js";\nimport { freezeRows } from "../../core/freeze.js";\nimport { columnLetters as column } from "../../core/columns.js";\n\n` +
    `type Series = [reporter: TradeRow["reporter"], partner: TradeRow["partner"], flow: TradeRow["flow"], sourceId: TradeRow["sourceId"], file: string, line: number, col: number, first: number, values: (number | null)[]];\n\n` +
    `function expand([series, hand]: [Series[], [number, TradeRow][]]): readonly TradeRow[] {\n` +
    `  const dots: TradeRow[] = [];\n` +
    `  for (let k = 0; k < series.length; k++) {\n` +
    `    const q = series[k]!;\n` +
    `    const reporter = q[0], partner = q[1], flow = q[2], sourceId = q[3], line = q[5], col = q[6], first = q[7], values = q[8];\n` +
    `    const prefix = q[4] + (flow === "export" ? "!sheet1!" : "!sheet2!");\n` +
    `    for (let i = 0; i < values.length; i++) {\n` +
    `      const v = values[i];\n` +
    `      if (v === null || v === undefined) continue;\n` +
    `      dots.push(Object.freeze({ year: first + i, reporter, partner, flow, valueUsdMillions: v, producer: "imf-dots", sourceId, cell: prefix + column(col + i) + line, approximate: false }));\n` +
    `    }\n` +
    `  }\n` +
    // The hand-entered rows go to their places in the sorted rows; the DOTS rows fill the places between.
    `  const rows: TradeRow[] = [];\n` +
    `  let d = 0;\n` +
    `  for (let h = 0; h < hand.length; h++) {\n` +
    `    const entry = hand[h]!;\n` +
    `    while (rows.length < entry[0]) rows.push(dots[d++]!);\n` +
    `    rows.push(entry[1]);\n` +
    `  }\n` +
    `  while (d < dots.length) rows.push(dots[d++]!);\n` +
    `  freezeRows(hand.map((entry) => entry[1]), ${JSON.stringify(nested)});\n` +
    `  return Object.freeze(rows);\n` +
    `}\n\n` +
    `export const tradeRows: readonly TradeRow[] = /* @__PURE__ */ expand(${jsonLiteral([series, hand])});\n`
  );
}

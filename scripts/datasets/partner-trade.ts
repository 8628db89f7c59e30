// The partnerTrade dataset: every partner of China and Russia in their IMF DOTS workbooks
// (data/partner-trade.csv, written by scripts/producers/imf-dots/dots.ts), and its two generated modules.
import { PartnerTradeRowSchema, TradeRowSchema } from "../../src/schemas/index.js";
import type { PartnerTradeRow } from "../../src/core/types.js";
import { checkRefs, checkUnique, type Refs } from "../lib/checks.js";
import { checkDotsCells } from "../lib/data-checks.js";
import { DataFileError } from "../lib/files.js";
import type { Loaded } from "../lib/load.js";
import { HEADER } from "../lib/modules.js";

export const spec = {
  file: "partner-trade.csv",
  columns: { year: "integer", reporter: "string", partner: "string", flow: "string", valueUsdMillions: "number", sourceId: "string", cell: "string" },
  schema: PartnerTradeRowSchema.extend({ cell: TradeRowSchema.shape.cell.unwrap() }),
} as const;

type Row = { year: number; reporter: string; partner: string; flow: string; valueUsdMillions: number; sourceId: string; cell: string };

/** One row per key, known codes and sources, and each series one run of rows with increasing years. */
export function check(partner: Loaded<Row>, { codes, sourceIds }: Refs): void {
  checkUnique("partner-trade.csv", partner.rows, partner.lines, (r) => `${r.year}/${r.reporter}/${r.partner}/${r.flow}`, "year");
  partner.rows.forEach((r, i) => {
    if (r.reporter === r.partner) throw new DataFileError("data/partner-trade.csv", partner.lines[i]!, "partner", "a reporter cannot trade with itself");
  });
  checkDotsCells("data/partner-trade.csv", partner.rows, partner.lines);
  checkRefs("partner-trade.csv", partner.rows, partner.lines, "partner", codes, "partner code");
  // Each (reporter, partner, flow) series is one run of rows with increasing years (npm run data:extract writes them so).
  const closed = new Set<string>();
  partner.rows.forEach((r, i) => {
    const k = `${r.reporter}/${r.partner}/${r.flow}`;
    const p = i > 0 ? partner.rows[i - 1]! : undefined;
    const pk = p ? `${p.reporter}/${p.partner}/${p.flow}` : undefined;
    if (p && pk === k && p.year >= r.year) throw new DataFileError("data/partner-trade.csv", partner.lines[i]!, "year", `rows must be sorted by year within ${k}`);
    if (pk !== k) {
      if (closed.has(k)) throw new DataFileError("data/partner-trade.csv", partner.lines[i]!, "partner", `rows must be sorted: ${k} appears again after other series`);
      if (pk) closed.add(pk);
    }
  });
  checkRefs("partner-trade.csv", partner.rows, partner.lines, "sourceId", sourceIds, "sourceId");
}

/**
 * Partner-trade rows (sorted) as series: [reporter, partner, flow, sourceId, first year, values], one per
 * (reporter, partner, flow, source), with `null` for the years a series skips.
 */
function partnerSeries(rows: readonly PartnerTradeRow[]): [string, string, string, string, number, (number | null)[]][] {
  const series: [string, string, string, string, number, (number | null)[]][] = [];
  let cur: (typeof series)[number] | undefined;
  for (const r of rows) {
    if (!cur || cur[0] !== r.reporter || cur[1] !== r.partner || cur[2] !== r.flow || cur[3] !== r.sourceId) {
      cur = [r.reporter, r.partner, r.flow, r.sourceId, r.year, []];
      series.push(cur);
    }
    const gap = r.year - (cur[4] + cur[5].length);
    if (gap < 0) throw new Error(`partner trade rows are not sorted at ${r.reporter}/${r.partner}/${r.flow}/${r.year}`);
    for (let i = 0; i < gap; i++) cur[5].push(null);
    cur[5].push(r.valueUsdMillions);
  }
  return series;
}

/**
 * China's and Russia's trade with every partner as one text (JSON of one series per reporter, partner, flow
 * and source: first year, values). The partner-trade entry parses it at import; the world entry parses it on
 * its selectors' first call. It is its own module, built once (dist/partner-series.js) and
 * imported by both entries, so the package ships the values once per format.
 */
function partnerSeriesModule(rows: readonly PartnerTradeRow[]): string {
  const text = JSON.stringify(partnerSeries(rows)).replace(/'/g, "\\u0027");
  return HEADER + `/** China's and Russia's IMF DOTS values with every partner, as JSON text. */\nexport const PARTNER_SERIES: string = ${JSON.stringify(text)};\n`;
}

/** Partner trade is large: emitted as one series per (reporter, partner, flow) with consecutive years. */
function partnerTradeModule(): string {
  return (
    HEADER +
    `import type { PartnerTradeRow } from "../../core/types.js";\nimport { freezeRows } from "../../core/freeze.js";\nimport { PARTNER_SERIES } from "./partner-series.js";\n\n` +
    `type Series = [PartnerTradeRow["reporter"], PartnerTradeRow["partner"], PartnerTradeRow["flow"], PartnerTradeRow["sourceId"], number, (number | null)[]];\n\n` +
    `function expand(series: Series[]): PartnerTradeRow[] {\n` +
    `  const rows: PartnerTradeRow[] = [];\n` +
    `  for (const [reporter, partner, flow, sourceId, first, values] of series) {\n` +
    `    values.forEach((v, i) => {\n` +
    `      if (v !== null) rows.push({ year: first + i, reporter, partner, flow, valueUsdMillions: v, sourceId });\n` +
    `    });\n` +
    `  }\n` +
    `  return rows;\n` +
    `}\n\n` +
    `export const partnerTradeRows: readonly PartnerTradeRow[] = /* @__PURE__ */ freezeRows(/* @__PURE__ */ expand(JSON.parse(PARTNER_SERIES) as Series[]), []);\n`
  );
}

/** The two modules of the dataset: the values as one text (partner-series.ts) and the rows (partner-trade.ts). */
export const modules = (rows: readonly PartnerTradeRow[]) => ({ "partner-series.ts": partnerSeriesModule(rows), "partner-trade.ts": partnerTradeModule() });

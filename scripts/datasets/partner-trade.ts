// The partnerTrade dataset: every partner of China and Russia in their IMF DOTS workbooks
// (data/partner-trade.csv, written by scripts/producers/imf-dots/dots.ts), and its two generated modules.
import { PartnerTradeRowSchema, TradeRowSchema } from "../../src/schemas/index.js";
import type { PartnerTradeRow } from "../../src/core/types.js";
import { checkRefs, checkUnique, type Refs } from "../lib/checks.js";
import { checkDotsCells } from "../lib/data-checks.js";
import { DataFileError } from "../lib/files.js";
import type { Loaded } from "../lib/load.js";
import { HEADER, PARTNER_SERIES_TYPE } from "../lib/modules.js";

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
 * Partner-trade rows (sorted) as groups: one per run of rows with the same reporter and source, each holding
 * one series per (partner, flow): the partner, 0 for exports or 1 for imports, the first year and the values
 * in year order, with `null` for the years a series skips. The rows' order is the series' order.
 */
function partnerSeries(rows: readonly PartnerTradeRow[]): [string, string, [string, 0 | 1, number, (number | null)[]][]][] {
  const groups: [string, string, [string, 0 | 1, number, (number | null)[]][]][] = [];
  let group: (typeof groups)[number] | undefined;
  let cur: (typeof groups)[number][2][number] | undefined;
  for (const r of rows) {
    if (r.flow !== "export" && r.flow !== "import") throw new Error(`partner trade: flow ${r.flow} at ${r.reporter}/${r.partner}/${r.year}`);
    const f = r.flow === "export" ? 0 : 1;
    if (!group || group[0] !== r.reporter || group[1] !== r.sourceId) {
      group = [r.reporter, r.sourceId, []];
      groups.push(group);
      cur = undefined;
    }
    if (!cur || cur[0] !== r.partner || cur[1] !== f) {
      cur = [r.partner, f, r.year, []];
      group[2].push(cur);
    }
    const gap = r.year - (cur[2] + cur[3].length);
    if (gap < 0) throw new Error(`partner trade rows are not sorted at ${r.reporter}/${r.partner}/${r.flow}/${r.year}`);
    for (let i = 0; i < gap; i++) cur[3].push(null);
    cur[3].push(r.valueUsdMillions);
  }
  return groups;
}

/**
 * China's and Russia's trade with every partner as one text (JSON of one group per reporter and source, each
 * with one series per partner and flow: first year, values; see partnerSeries). The partner-trade entry parses
 * it at import; the world entry parses it on its selectors' first call. It is its own module, built once
 * (dist/partner-series.js) and imported by both entries, so the package ships the values once per format.
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
    `type Groups = ${PARTNER_SERIES_TYPE};\n\n` +
    `function expand(groups: Groups): PartnerTradeRow[] {\n` +
    `  const rows: PartnerTradeRow[] = [];\n` +
    `  for (const [reporter, sourceId, series] of groups) {\n` +
    `    for (const [partner, f, first, values] of series) {\n` +
    `      const flow = f ? "import" : "export";\n` +
    `      values.forEach((v, i) => {\n` +
    `        if (v !== null) rows.push({ year: first + i, reporter: reporter as PartnerTradeRow["reporter"], partner: partner as PartnerTradeRow["partner"], flow, valueUsdMillions: v, sourceId: sourceId as PartnerTradeRow["sourceId"] });\n` +
    `      });\n` +
    `    }\n` +
    `  }\n` +
    `  return rows;\n` +
    `}\n\n` +
    `export const partnerTradeRows: readonly PartnerTradeRow[] = /* @__PURE__ */ freezeRows(/* @__PURE__ */ expand(JSON.parse(PARTNER_SERIES) as Groups), []);\n`
  );
}

/** The two modules of the dataset: the values as one text (partner-series.ts) and the rows (partner-trade.ts). */
export const modules = (rows: readonly PartnerTradeRow[]) => ({ "partner-series.ts": partnerSeriesModule(rows), "partner-trade.ts": partnerTradeModule() });

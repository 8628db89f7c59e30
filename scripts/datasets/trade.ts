// The trade dataset: China's and Russia's IMF DOTS cells with each other and the world (from
// data/partner-trade.csv) beside every hand-entered figure of data/trade-reported.csv, and its generated module.
import { TradeRowSchema } from "../../src/schemas/index.js";
import type { TradeRow } from "../../src/core/types.js";
import { checkBelowWorld, checkRefs, checkUnique, worldTotals, type Refs } from "../lib/checks.js";
import { checkAgainstDots, checkPublishedValues } from "../lib/data-checks.js";
import { DataFileError } from "../lib/files.js";
import { known, type Loaded } from "../lib/load.js";
import { rowsModule } from "../lib/modules.js";

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

export const module = (rows: readonly TradeRow[]) => rowsModule("tradeRows", "TradeRow", rows);

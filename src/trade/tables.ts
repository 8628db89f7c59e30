// Tidy tables of what the trade selectors return, for languages that cannot call them: every default series,
// and every share and asymmetry by year and basis. Built from the selectors passed in (the build's data export
// and the CLI pass the package's own), so the files are exactly what the functions return.
import type {
  DependencyAsymmetryQuery, DependencyAsymmetryResult, ShareBasis, TradeSeriesPoint, TradeSeriesQuery, TradeShareQuery, TradeShareResult,
} from "./selectors.js";
import type { Flow, Reporter } from "../core/types.js";

/** The selectors the tables are built from. */
export interface TableSelectors {
  readonly tradeSeries: (q: TradeSeriesQuery) => readonly TradeSeriesPoint[];
  readonly tradeShare: (q: TradeShareQuery) => TradeShareResult;
  readonly dependencyAsymmetry: (q: DependencyAsymmetryQuery) => DependencyAsymmetryResult;
}

/** One point of a default trade series. */
export interface TradeSeriesTableRow {
  readonly reporter: Reporter;
  readonly partner: string;
  readonly flow: Flow;
  readonly year: number;
  readonly valueUsdMillions: number;
  readonly producer: string;
  readonly sourceId: string;
  readonly derived: boolean;
  readonly approximate: boolean;
}

/** One share of one year on one basis. */
export interface TradeShareTableRow {
  readonly reporter: Reporter;
  readonly partner: Reporter;
  readonly year: number;
  readonly basis: ShareBasis;
  readonly share: number;
  readonly bilateralUsdMillions: number;
  readonly totalUsdMillions: number;
  readonly bilateralProducer: string;
  readonly totalProducer: string;
  readonly approximate: boolean;
  readonly sourceIds: string;
}

/** One dependency asymmetry of one year on one basis (a = Russia, b = China). */
export interface TradeAsymmetryTableRow {
  readonly a: Reporter;
  readonly b: Reporter;
  readonly year: number;
  readonly basis: ShareBasis;
  readonly ratio: number;
  readonly aShare: number;
  readonly bShare: number;
  readonly producers: string;
  readonly approximate: boolean;
  readonly sourceIds: string;
}

export const TRADE_SERIES_COLUMNS = ["reporter", "partner", "flow", "year", "valueUsdMillions", "producer", "sourceId", "derived", "approximate"] as const;
export const TRADE_SHARES_COLUMNS = [
  "reporter", "partner", "year", "basis", "share", "bilateralUsdMillions", "totalUsdMillions", "bilateralProducer", "totalProducer", "approximate", "sourceIds",
] as const;
export const TRADE_ASYMMETRY_COLUMNS = ["a", "b", "year", "basis", "ratio", "aShare", "bShare", "producers", "approximate", "sourceIds"] as const;

const PAIRS: readonly [Reporter, Reporter][] = [["CHN", "RUS"], ["RUS", "CHN"]];
const FLOWS: readonly Flow[] = ["export", "import", "total"];
const BASES: readonly ShareBasis[] = ["reported", "mirror"];

/** The rows of one series query, as the table holds them. */
export function seriesRows(sel: TableSelectors, q: TradeSeriesQuery): TradeSeriesTableRow[] {
  return sel.tradeSeries(q).map((p) => ({
    reporter: q.reporter, partner: q.partner, flow: q.flow, year: p.year, valueUsdMillions: p.value, producer: p.producer, sourceId: p.sourceId,
    derived: p.derived === true, approximate: p.approximate === true,
  }));
}

/** Every default series: China and Russia, each with the other and with the world, each flow. */
export function tradeSeriesTable(sel: TableSelectors): TradeSeriesTableRow[] {
  return PAIRS.flatMap(([reporter, other]) => ([other, "WLD"] as const).flatMap((partner) => FLOWS.flatMap((flow) => seriesRows(sel, { reporter, partner, flow }))));
}

function years(sel: TableSelectors): number[] {
  const all = new Set<number>();
  for (const [reporter] of PAIRS) for (const p of sel.tradeSeries({ reporter, partner: "WLD", flow: "total" })) all.add(p.year);
  return [...all].sort((a, b) => a - b);
}

/** Every share the selectors can compute: each reporter, each year, each basis. */
export function tradeSharesTable(sel: TableSelectors): TradeShareTableRow[] {
  const rows: TradeShareTableRow[] = [];
  for (const [reporter, partner] of PAIRS) {
    for (const basis of BASES) {
      for (const year of years(sel)) {
        let r: TradeShareResult;
        try {
          r = sel.tradeShare({ reporter, partner, year, basis });
        } catch {
          continue; // a year without both values is no row
        }
        rows.push({
          reporter, partner, year, basis, share: r.share, bilateralUsdMillions: r.bilateral, totalUsdMillions: r.total,
          bilateralProducer: r.producers[0], totalProducer: r.producers[1], approximate: r.approximate, sourceIds: r.sourceIds.join(";"),
        });
      }
    }
  }
  return rows;
}

/** Every dependency asymmetry the selectors can compute (Russia over China), each year, each basis. */
export function tradeAsymmetryTable(sel: TableSelectors): TradeAsymmetryTableRow[] {
  const rows: TradeAsymmetryTableRow[] = [];
  for (const basis of BASES) {
    for (const year of years(sel)) {
      let r: DependencyAsymmetryResult;
      try {
        r = sel.dependencyAsymmetry({ a: "RUS", b: "CHN", year, basis });
      } catch {
        continue;
      }
      rows.push({
        a: "RUS", b: "CHN", year, basis, ratio: r.ratio, aShare: r.aShare, bShare: r.bShare, producers: r.producers.join(";"), approximate: r.approximate,
        sourceIds: r.sourceIds.join(";"),
      });
    }
  }
  return rows;
}

// Selectors over every IMF DOTS reporter's trade with China, Russia and the world (worldTrade), and China's and
// Russia's own trade with every partner (partnerTrade): shares, dependency asymmetry and mirror flows for any
// reporter. Indexes built on first use answer every query without scanning the rows.
// China's and Russia's own values with every partner come from a compact text that the world and partner-trade
// entries share (one file per format), parsed here on the selectors' first call: importing the world entry does
// not build the partner-trade rows.
import { poleValues, worldTradeRows } from "../datasets/generated/world-trade.js";
import { groupNames } from "../datasets/generated/groups.js";
import { DataNotAvailableError } from "../core/errors.js";
import { show } from "../metrics/_check.js";
import { checkCode, checkIntegerYear, checkQuery } from "../core/query.js";
import { dependencyAsymmetryRatio } from "../metrics/asymmetry.js";
import { share } from "../metrics/share.js";
import type { CountryCode, Flow } from "../core/types.js";

/** China or Russia. */
export type Pole = "CHN" | "RUS";

/** A query for {@link tradeShare}. */
export interface WorldShareQuery {
  /** Whose statistics: any country reporting to `worldTrade`, e.g. `"KAZ"` (not a group such as `WLD` or `EUU`). */
  readonly reporter: CountryCode;
  /** `"CHN"` or `"RUS"`. */
  readonly partner: Pole;
  /** The year (1992–2020). */
  readonly year: number;
  /** `"total"` (the default: exports + imports), `"export"` or `"import"`. */
  readonly flow?: Flow;
}

/** The result of {@link tradeShare}. */
export interface WorldShareResult {
  /** bilateral / total, in [0, 1]. */
  readonly share: number;
  /** The reporter's trade with the partner (the flow asked for), USD millions. */
  readonly bilateral: number;
  /** The reporter's trade with the world (the same flow), USD millions. */
  readonly total: number;
  /** The flow. */
  readonly flow: Flow;
  /** True where any value used is an IMF estimate. */
  readonly estimated: boolean;
  /** The sources of the values. */
  readonly sourceIds: readonly string[];
}

/** A query for {@link dependencyAsymmetry}: two countries, one of them China or Russia. */
export interface WorldAsymmetryQuery {
  /** The first country (not a group such as `WLD` or `EUU`); the ratio is a's dependence over b's. */
  readonly a: CountryCode;
  /** The second country (not a group). */
  readonly b: CountryCode;
  /** The year (1992–2020). */
  readonly year: number;
}

/** The result of {@link dependencyAsymmetry}. */
export interface WorldAsymmetryResult {
  /** aShare / bShare: how many times more a depends on the tie than b. */
  readonly ratio: number;
  /** b's share of a's trade, from a's statistics. */
  readonly aShare: number;
  /** a's share of b's trade, from b's statistics. */
  readonly bShare: number;
  /** The year. */
  readonly year: number;
  /** True where any value used is an IMF estimate. */
  readonly estimated: boolean;
  /** The sources of the values. */
  readonly sourceIds: readonly string[];
}

/** A query for {@link mirrorTrade}: one of reporter and partner is China or Russia. */
export interface MirrorQuery {
  /** Whose figure is compared (a country, not a group such as `WLD` or `EUU`). */
  readonly reporter: CountryCode;
  /** The other country (not a group). */
  readonly partner: CountryCode;
  /** `"export"` or `"import"`, from the reporter's side. */
  readonly flow: "export" | "import";
  /** The year (1992–2020). */
  readonly year: number;
}

/** One side of a mirror comparison. */
export interface MirrorValue {
  /** Whose statistics. */
  readonly reporter: CountryCode;
  /** The flow from that reporter's side. */
  readonly flow: "export" | "import";
  /** USD millions. */
  readonly value: number;
  /** True where the IMF marks the value as an estimate. */
  readonly estimated: boolean;
  /** The source. */
  readonly sourceId: string;
}

/** The result of {@link mirrorTrade}. */
export interface MirrorResult {
  /** The reporter's own figure. */
  readonly reported: MirrorValue;
  /** The partner's figure for the same flow seen from the other side (its exports for the reporter's imports, and the reverse). */
  readonly mirror: MirrorValue;
  /** reported − mirror, USD millions. */
  readonly difference: number;
  /** reported / mirror. */
  readonly ratio: number;
  /** The year. */
  readonly year: number;
}

interface Point {
  readonly value: number;
  readonly estimated: boolean;
  readonly sourceId: string;
}

/** reporter/partner/flow → year → point, over both datasets (partnerTrade for CHN and RUS with every partner). */
let index: Map<string, Map<number, Point>> | undefined;
let reporters: Set<string> | undefined;

function getIndex(): Map<string, Map<number, Point>> {
  if (index) return index;
  const idx = new Map<string, Map<number, Point>>();
  const put = (reporter: string, partner: string, flow: string, year: number, p: Point) => {
    const k = `${reporter}/${partner}/${flow}`;
    let m = idx.get(k);
    if (!m) idx.set(k, (m = new Map()));
    if (!m.has(year)) m.set(year, p);
  };
  const rep = new Set<string>();
  for (let i = 0; i < worldTradeRows.length; i++) {
    const r = worldTradeRows[i]!;
    rep.add(r.reporter);
    put(r.reporter, r.partner, r.flow, r.year, { value: r.valueUsdMillions, estimated: r.estimated, sourceId: r.sourceId });
  }
  for (const [key, years] of poleValues()) {
    const [reporter, partner, flow] = key.split("/") as [string, string, string];
    for (const [year, p] of years) put(reporter, partner, flow, year, { value: p.value, estimated: false, sourceId: p.sourceId });
  }
  reporters = rep;
  return (index = idx);
}




function checkReporter(fn: string, name: string, code: string): void {
  // The world is the whole a share is taken of, never a side: refused as the root selectors refuse it. Any other
  // group (the EU, the euro area, the IMF's regions, "not specified") is refused too: its world total counts the
  // trade among its members, so its "share" is not the dependence of a country, and its rows stay in worldTrade.
  if (code === "WLD") throw new RangeError(`${fn}: ${name} must be a country, not WLD (the world is the whole)`);
  if (Object.hasOwn(groupNames, code)) {
    throw new RangeError(`${fn}: ${name} must be a country, not ${code} (${groupNames[code]}, a group of the countries table; its rows are in worldTrade)`);
  }
  getIndex();
  if (!reporters!.has(code)) {
    throw new DataNotAvailableError(`${fn} ${name}`, [], `${fn}: ${JSON.stringify(code)} is not an IMF DOTS reporter of the data (${reporters!.size} reporters: the reporter codes of worldTrade)`);
  }
}

function years(key: string): number[] {
  return [...(getIndex().get(key)?.keys() ?? [])].sort((a, b) => a - b);
}

function point(fn: string, reporter: string, partner: string, flow: "export" | "import", year: number): Point {
  const key = `${reporter}/${partner}/${flow}`;
  const p = getIndex().get(key)?.get(year);
  if (!p) throw new DataNotAvailableError(`${reporter}→${partner} ${flow} (IMF DOTS, ${reporter}-reported)`, years(key), `${fn}: no value for ${year}`);
  return p;
}

function flowValue(fn: string, reporter: string, partner: string, flow: Flow, year: number): { value: number; points: Point[] } {
  if (flow !== "total") {
    const p = point(fn, reporter, partner, flow, year);
    return { value: p.value, points: [p] };
  }
  const x = point(fn, reporter, partner, "export", year);
  const m = point(fn, reporter, partner, "import", year);
  return { value: x.value + m.value, points: [x, m] };
}

const sourcesOf = (points: readonly Point[]) => Object.freeze([...new Set(points.map((p) => p.sourceId))].sort());

/**
 * China's or Russia's share of any reporter's trade in one year, from the reporter's own statistics (IMF
 * DOTS): the reporter's exports plus imports with the partner over its exports plus imports with the world
 * (or one flow, with `flow`). `estimated` says whether the IMF estimated any value used.
 *
 * @category Selectors
 * @param query - reporter, partner (`CHN` or `RUS`), year and optionally flow
 * @returns the share with both values and their sources
 * @throws TypeError for a malformed query; RangeError for a group (`WLD`, `EUU`, … : kind `group` in
 *   `countries`) as the reporter; DataNotAvailableError for a reporter that is not in the data or a year without
 *   both values (the message lists the years that exist)
 * @example
 * ```ts
 * import { tradeShare } from "china-russia-data/world";
 *
 * // China's share of Kazakhstan's trade in 2020, from Kazakhstan's statistics:
 * Math.round(tradeShare({ reporter: "KAZ", partner: "CHN", year: 2020 }).share * 1000) / 10;
 * //=> 18
 * ```
 */
export function tradeShare(query: WorldShareQuery): WorldShareResult {
  const fn = "tradeShare";
  const q = checkQuery(fn, query, ["reporter", "partner", "year", "flow"]);
  const reporter = checkCode(fn, "reporter", q.reporter);
  const partner = checkCode(fn, "partner", q.partner);
  if (partner !== "CHN" && partner !== "RUS") throw new RangeError(`${fn}: partner must be "CHN" or "RUS", got ${show(partner)}`);
  const year = checkIntegerYear(fn, "year", q.year);
  const flow = q.flow === undefined ? "total" : q.flow;
  if (flow !== "total" && flow !== "export" && flow !== "import") throw new TypeError(`${fn}: flow must be "total", "export" or "import", got ${show(flow)}`);
  checkReporter(fn, "reporter", reporter);
  const b = flowValue(fn, reporter, partner, flow, year);
  const w = flowValue(fn, reporter, "WLD", flow, year);
  const points = [...b.points, ...w.points];
  return Object.freeze({
    share: share(b.value, w.value), bilateral: b.value, total: w.value, flow, estimated: points.some((p) => p.estimated), sourceIds: sourcesOf(points),
  });
}

/**
 * The dependency asymmetry between China or Russia and any other reporter in one year, each side's share
 * from its own statistics: b's share of a's trade (from a's statistics) over a's share of b's trade (from b's).
 * China's and Russia's side come from their own DOTS workbooks (`partnerTrade`), the other side's from its
 * workbook (`worldTrade`).
 *
 * @category Selectors
 * @param query - a, b (one of them `CHN` or `RUS`) and year
 * @returns the ratio with both shares and the sources
 * @throws TypeError for a malformed query; RangeError when neither a nor b is China or Russia, both are the
 *   same, or either is a group (`WLD`, `EUU`, … : kind `group` in `countries`); DataNotAvailableError for a missing country or year (the message lists the years that exist)
 * @example
 * ```ts
 * import { dependencyAsymmetry } from "china-russia-data/world";
 *
 * // Mongolia depends on its trade with China far more than China on its trade with Mongolia:
 * dependencyAsymmetry({ a: "MNG", b: "CHN", year: 2020 }).ratio > 100;
 * //=> true
 * ```
 */
export function dependencyAsymmetry(query: WorldAsymmetryQuery): WorldAsymmetryResult {
  const fn = "dependencyAsymmetry";
  const q = checkQuery(fn, query, ["a", "b", "year"]);
  const a = checkCode(fn, "a", q.a);
  const b = checkCode(fn, "b", q.b);
  const year = checkIntegerYear(fn, "year", q.year);
  if (a === b) throw new RangeError(`${fn}: a and b must be different countries, got ${a} twice`);
  const poles = ["CHN", "RUS"];
  if (!poles.includes(a) && !poles.includes(b)) throw new RangeError(`${fn}: one of a and b must be "CHN" or "RUS", got ${show(a)} and ${show(b)}`);
  checkReporter(fn, "a", a);
  checkReporter(fn, "b", b);
  const side = (reporter: string, partner: string) => {
    const bi = flowValue(fn, reporter, partner, "total", year);
    const wo = flowValue(fn, reporter, "WLD", "total", year);
    return { share: share(bi.value, wo.value), points: [...bi.points, ...wo.points] };
  };
  const sa = side(a, b);
  const sb = side(b, a);
  const points = [...sa.points, ...sb.points];
  return Object.freeze({
    ratio: dependencyAsymmetryRatio(sa.share, sb.share), aShare: sa.share, bShare: sb.share, year, estimated: points.some((p) => p.estimated),
    sourceIds: sourcesOf(points),
  });
}

/**
 * A reporter's figure for its trade with a partner beside the partner's mirror figure: the reporter's imports
 * from the partner against the partner's exports to the reporter, or the reporter's exports against the
 * partner's imports. One of the two must be China or Russia (whose statistics with every partner the data
 * hold).
 *
 * Convention: imports are valued CIF (with freight and insurance) and exports FOB, so a reporter's imports
 * usually exceed the partner's exports for the same goods (ratio above 1); timing, re-exports through third
 * countries, unrecorded shuttle trade and the IMF's estimates widen the gap. A mirror gap is a finding to
 * explain, not an error to correct.
 *
 * @category Selectors
 * @param query - reporter, partner, flow (`export` or `import`, from the reporter's side) and year
 * @returns both figures, their difference and ratio
 * @throws TypeError for a malformed query; RangeError when neither is China or Russia, or either is a group
 *   (`WLD`, `EUU`, … : kind `group` in `countries`); DataNotAvailableError for a missing country or year (the message lists the years that exist)
 * @example
 * ```ts
 * import { mirrorTrade } from "china-russia-data/world";
 *
 * const m = mirrorTrade({ reporter: "RUS", partner: "CHN", flow: "import", year: 2020 });
 * [m.reported.reporter, m.mirror.reporter, m.mirror.flow];
 * //=> ["RUS", "CHN", "export"]
 * ```
 */
export function mirrorTrade(query: MirrorQuery): MirrorResult {
  const fn = "mirrorTrade";
  const q = checkQuery(fn, query, ["reporter", "partner", "year", "flow"]);
  const reporter = checkCode(fn, "reporter", q.reporter);
  const partner = checkCode(fn, "partner", q.partner);
  const year = checkIntegerYear(fn, "year", q.year);
  if (q.flow !== "export" && q.flow !== "import") throw new TypeError(`${fn}: flow must be "export" or "import", got ${show(q.flow)}`);
  const flow = q.flow;
  if (reporter === partner) throw new RangeError(`${fn}: reporter and partner must be different countries, got ${reporter} twice`);
  if (reporter !== "CHN" && reporter !== "RUS" && partner !== "CHN" && partner !== "RUS") {
    throw new RangeError(`${fn}: one of reporter and partner must be "CHN" or "RUS", got ${show(reporter)} and ${show(partner)}`);
  }
  checkReporter(fn, "reporter", reporter);
  checkReporter(fn, "partner", partner);
  const other = flow === "import" ? "export" : "import";
  const r = point(fn, reporter, partner, flow, year);
  const m = point(fn, partner, reporter, other, year);
  if (m.value === 0) throw new RangeError(`${fn}: the mirror value (${partner}'s ${other}s) is 0 in ${year}, so no ratio exists`);
  // Both codes were found in the data by the lookups above.
  return Object.freeze({
    reported: Object.freeze({ reporter: reporter as CountryCode, flow, value: r.value, estimated: r.estimated, sourceId: r.sourceId }),
    mirror: Object.freeze({ reporter: partner as CountryCode, flow: other, value: m.value, estimated: m.estimated, sourceId: m.sourceId }),
    difference: r.value - m.value,
    ratio: r.value / m.value,
    year,
  });
}

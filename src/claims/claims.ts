// Computes the figures behind the article's claims from the library's own data. Run at build time by
// scripts/build-data.ts (the results ship as the `claims` dataset) and again by the tests.
import { createTradeSelectors } from "../trade/selectors.js";
import type {
  SourceId, ArmsDeliveryRow, ArmsTransferRow, CapabilityMetric, CapabilityRow, WorldTradeRow, ClaimRow, EnergyProjectRow, EventRow, FactRow, ReportedShareRow, TradeRow, Verdict,
} from "../core/types.js";

/** A claim as data/claims.json states it. */
export interface ClaimSpec {
  readonly id: string;
  readonly quote: string;
  readonly statedValue?: number;
  readonly unit: string;
}

/** The datasets the claims are checked against. */
export interface ClaimInputs {
  readonly trade: readonly TradeRow[];
  readonly reportedShares: readonly ReportedShareRow[];
  readonly energyProjects: readonly EnergyProjectRow[];
  readonly armsTransfers: readonly ArmsTransferRow[];
  readonly armsDeliveries: readonly ArmsDeliveryRow[];
  readonly capabilities: readonly CapabilityRow[];
  readonly worldTrade: readonly WorldTradeRow[];
  readonly facts: readonly FactRow[];
  readonly events: readonly EventRow[];
}

interface Check {
  readonly computedValue?: number;
  readonly method: string;
  readonly verdict: Verdict;
  readonly reason: string;
  readonly sourceIds: readonly string[];
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * The one tolerance rule for every numeric claim: `supported` where the figure found in the data is within 2%
 * of the stated one (relative difference), `approximately` within 10%, else `contradicted`. Qualifiers in the
 * quote ("nearly", "about") do not widen it; the reason says how the figures differ.
 */
export const TOLERANCE = Object.freeze({ supported: 0.02, approximately: 0.1 });

function compare(stated: number, found: number): Verdict {
  const d = Math.abs(found - stated) / Math.abs(stated);
  return d <= TOLERANCE.supported ? "supported" : d <= TOLERANCE.approximately ? "approximately" : "contradicted";
}

const off = (stated: number, found: number) => `${round((Math.abs(found - stated) / Math.abs(stated)) * 100, 1)}%`;

function one<T>(rows: readonly T[], what: string, pred: (r: T) => boolean): T {
  const found = rows.filter(pred);
  if (found.length !== 1) throw new Error(`claims: expected exactly one ${what}, found ${found.length}`);
  return found[0]!;
}

const pct = (x: number) => `${round(x, 2)}%`;

type Computation = (spec: ClaimSpec, data: ClaimInputs) => Check;

/** SIPRI TIV of a supplier's deliveries to a recipient (WLD: to all) summed over from–to, with the sources. */
function tiv(rows: readonly ArmsDeliveryRow[], supplier: string, recipient: string, from: number, to: number): { sum: number; sourceIds: string[] } {
  let sum = 0;
  const ids = new Set<string>();
  for (const r of rows) {
    if (r.supplier === supplier && r.recipient === recipient && r.year >= from && r.year <= to) {
      sum += r.tivMillions;
      ids.add(r.sourceId);
    }
  }
  return { sum, sourceIds: [...ids] };
}

const CENTRAL_ASIA = ["KAZ", "KGZ", "TJK", "TKM", "UZB"] as const;

/** A reporter's trade (or one flow) with a partner in a year, from the reporter's own IMF DOTS workbook. */
function dots(rows: readonly WorldTradeRow[], reporter: string, partner: string, year: number, flows: readonly ("export" | "import")[]): { value: number; sourceIds: string[] } {
  let value = 0;
  const ids = new Set<string>();
  for (const flow of flows) {
    const r = rows.find((x) => x.reporter === reporter && x.partner === partner && x.flow === flow && x.year === year);
    if (!r) throw new Error(`claims: no ${reporter}→${partner} ${flow} for ${year}`);
    value += r.valueUsdMillions;
    ids.add(r.sourceId);
  }
  return { value, sourceIds: [...ids] };
}

/** China-reported China–Russia trade in 2021 (the default series). */
function gacc2021(d: ClaimInputs): number {
  return one(createTradeSelectors(d.trade).tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" }), "2021 point", (x) => x.year === 2021).value;
}

/**
 * China's value of a metric over Russia's in the first year from 1992 (the Russian Federation's first) and
 * the last year in which both have a value.
 */
function chinaOverRussia(rows: readonly CapabilityRow[], metric: CapabilityMetric) {
  const of = (c: string) => new Map(rows.filter((r) => r.country === c && r.metric === metric).map((r) => [r.year, r]));
  const cn = of("CHN");
  const ru = of("RUS");
  const years = [...cn.keys()].filter((y) => y >= 1992 && ru.has(y) && ru.get(y)!.value > 0).sort((a, b) => a - b);
  if (years.length < 2) throw new Error(`claims: fewer than two years with both China's and Russia's ${metric}`);
  const at = (y: number) => ({ year: y, china: cn.get(y)!, russia: ru.get(y)!, ratio: cn.get(y)!.value / ru.get(y)!.value });
  const first = at(years[0]!);
  const last = at(years.at(-1)!);
  return { first, last, sourceIds: [...new Set([first.china, first.russia, last.china, last.russia].map((r) => r.sourceId))] };
}

/** The trend rule of the asymmetry claims: China "expands its lead or closes the gap" where its ratio to Russia rises. */
function asymmetryCheck(rows: readonly CapabilityRow[], metric: CapabilityMetric, what: string): Check {
  const { first, last, sourceIds } = chinaOverRussia(rows, metric);
  const v = round(last.ratio, 3);
  const lead = (x: number) => (x >= 1 ? `China ${round(x, 2)} times Russia` : `China at ${pct(x * 100)} of Russia`);
  return {
    computedValue: v, sourceIds,
    method:
      `capabilityRatio({ metric: "${metric}", a: "CHN", b: "RUS", year }) for ${first.year} (the first year from 1992 with both values) and ${last.year} (the last); ` +
      "supported where the ratio rose (China expanded its lead or closed the gap), contradicted where it fell",
    verdict: last.ratio > first.ratio ? "supported" : "contradicted",
    reason: `${what}: ${lead(first.ratio)} in ${first.year}, ${lead(last.ratio)} in ${last.year}.`,
  };
}

/** The article's five-year windows, ending with 2016–2020. */
const WINDOWS: readonly (readonly [number, number])[] = [[1996, 2000], [2001, 2005], [2006, 2010], [2011, 2015], [2016, 2020]];

const COMPUTE: Record<string, Computation> = {
  "trade-2001-10-7bn": (s, d) => {
    const p = one(createTradeSelectors(d.trade).tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" }), "2001 point", (x) => x.year === 2001);
    const v = round(p.value / 1000, 3);
    return {
      computedValue: v, sourceIds: [p.sourceId],
      method: "tradeSeries({ reporter: \"CHN\", partner: \"RUS\", flow: \"total\" }) for 2001: IMF DOTS, China-reported exports + imports, USD bn",
      verdict: compare(s.statedValue!, v),
      reason: `China-reported trade in 2001 was ${v}bn; Russia-reported DOTS gives only about half, so the figure is China's.`,
    };
  },
  "trade-2021-nearly-140bn": (s, d) => {
    const p = one(createTradeSelectors(d.trade).tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" }), "2021 point", (x) => x.year === 2021);
    const v = round(p.value / 1000, 3);
    return {
      computedValue: v, sourceIds: [p.sourceId],
      method: "tradeSeries({ reporter: \"CHN\", partner: \"RUS\", flow: \"total\" }) for 2021: Chinese customs (GACC), USD bn",
      verdict: compare(s.statedValue!, v),
      reason: `China's customs give ${v}bn for 2021, ${off(s.statedValue!, v)} above "nearly $140 billion".`,
    };
  },
  "trade-fourteenfold-since-2001": (s, d) => {
    const g = createTradeSelectors(d.trade).tradeGrowth({ reporter: "CHN", partner: "RUS", flow: "total", from: 2001, to: 2021 });
    const v = round(g.fold, 2);
    return {
      computedValue: v, sourceIds: g.sourceIds,
      method: "tradeGrowth({ reporter: \"CHN\", partner: \"RUS\", flow: \"total\", from: 2001, to: 2021 }).fold",
      verdict: compare(s.statedValue!, v),
      reason:
        `China-reported trade grew ${v}-fold from 2001 to 2021, which rounds to fourteen. The article's own figures imply less: ` +
        `140 / 10.7 = ${round(140 / 10.7, 1)}-fold.`,
    };
  },
  "china-share-of-russia-trade-2013": (s, d) => {
    const r = createTradeSelectors(d.trade).tradeShare({ reporter: "RUS", partner: "CHN", year: 2013 });
    const v = round(r.share * 100, 2);
    return {
      computedValue: v, sourceIds: r.sourceIds,
      method: "tradeShare({ reporter: \"RUS\", partner: \"CHN\", year: 2013 }): Russia-reported IMF DOTS, trade with China over trade with the world",
      verdict: compare(s.statedValue!, v),
      reason: `Russia's own DOTS figures give ${pct(v)} for 2013 (a press source gives 10.3%).`,
    };
  },
  "china-share-of-russia-trade-2021": (s, d) => {
    const r = one(d.reportedShares, "Jan–Aug 2021 share", (x) => x.country === "RUS" && x.partner === "CHN" && x.period === "2021-01/2021-08");
    return {
      computedValue: r.sharePercent, sourceIds: [r.sourceId],
      method: "reportedShares: China's share of Russia's trade, January–August 2021 (Russian Export Center); tradeShare cannot compute 2021 because Russia's total trade for 2021 is not in the data",
      verdict: compare(s.statedValue!, r.sharePercent),
      reason:
        `No full-year 2021 share can be computed: Russia's total trade for 2021 is not in the data (Russian customs published only part-year ` +
        `figures that year). The January–August 2021 share was ${pct(r.sharePercent)}, ${off(s.statedValue!, r.sharePercent)} below "nearly 20 percent". ` +
        `The 2021 bilateral figures that exist are China's customs' ${round(gacc2021(d) / 1000, 3)}bn and a Russian official's "about 140" bn.`,
    };
  },
  "china-share-set-to-increase": (_s, d) => {
    const sel = createTradeSelectors(d.trade);
    const before = sel.tradeShare({ reporter: "RUS", partner: "CHN", year: 2020 });
    const after = [2022, 2023].map((year) => ({ year, ...sel.tradeShare({ reporter: "RUS", partner: "CHN", year, basis: "mirror" }) }));
    const last = after.at(-1)!;
    const v = round(last.share * 100, 2);
    return {
      computedValue: v, sourceIds: [...new Set([...before.sourceIds, ...after.flatMap((a) => a.sourceIds)])],
      method:
        "tradeShare({ reporter: \"RUS\", partner: \"CHN\", year: 2020 }) (Russia's own statistics, IMF DOTS) against tradeShare({ reporter: \"RUS\", " +
        "partner: \"CHN\", year, basis: \"mirror\" }) for 2022 and 2023 (China's customs figure for the bilateral trade over Russia's customs total); " +
        "supported where every later share exceeds the earlier one",
      verdict: after.every((a) => a.share > before.share) ? "supported" : "contradicted",
      reason:
        `China's share of Russia's trade was ${pct(before.share * 100)} in 2020 (Russia's own figures), then, on the mirror basis, ` +
        `${after.map((a) => `${pct(a.share * 100)} in ${a.year}`).join(" and ")}. Russia stopped publishing its trade by partner in 2022, so the ` +
        `later shares divide China's figure by Russia's total: CIF/FOB valuation, timing and re-exports make the two sides differ.`,
    };
  },
  "russia-share-of-china-trade-2021": (s, d) => {
    const r = createTradeSelectors(d.trade).tradeShare({ reporter: "CHN", partner: "RUS", year: 2021 });
    const v = round(r.share * 100, 2);
    return {
      computedValue: v, sourceIds: r.sourceIds,
      method: "tradeShare({ reporter: \"CHN\", partner: \"RUS\", year: 2021 }): GACC China–Russia trade over China's total trade",
      verdict: compare(s.statedValue!, v),
      reason: `GACC figures give ${pct(v)} for 2021.`,
    };
  },
  "russia-needs-china-more": (_s, d) => {
    const sel = createTradeSelectors(d.trade);
    const r = sel.dependencyAsymmetry({ a: "RUS", b: "CHN", year: 2020 });
    const v = round(r.ratio, 2);
    return {
      computedValue: v, sourceIds: r.sourceIds,
      method: "dependencyAsymmetry({ a: \"RUS\", b: \"CHN\", year: 2020 }).ratio: China's share of Russia's trade over Russia's share of China's trade (2020, the last year with both sides' totals)",
      verdict: v > 1 ? "supported" : "contradicted",
      reason: `In 2020 China's share of Russia's trade (${pct(r.aShare * 100)}) was ${v} times Russia's share of China's (${pct(r.bShare * 100)}).`,
    };
  },
  "power-of-siberia-36bcm": (s, d) => {
    const p = one(d.energyProjects, "Power of Siberia", (x) => x.id === "power-of-siberia");
    const c = one(p.capacity, "design capacity", (x) => x.status === "design");
    return {
      computedValue: c.value, sourceIds: [c.sourceId],
      method: "energyProjects, power-of-siberia: the design capacity",
      verdict: compare(s.statedValue!, c.value),
      reason: `The design capacity is ${c.value} ${c.unit} (Kremlin, TASS), ${off(s.statedValue!, c.value)} above the article's 36; no source gives 36.`,
    };
  },
  "power-of-siberia-2-50bcm": (s, d) => {
    const p = one(d.energyProjects, "Power of Siberia 2", (x) => x.id === "power-of-siberia-2");
    const c = one(p.capacity, "assessed capacity", (x) => x.status === "assessed");
    return {
      computedValue: c.value, sourceIds: [c.sourceId],
      method: "energyProjects, power-of-siberia-2: the capacity Gazprom assessed in 2020",
      verdict: compare(s.statedValue!, c.value),
      reason: `Gazprom assessed supplies of up to ${c.value} ${c.unit} via Mongolia; the 2025 memorandum is not yet a final contract.`,
    };
  },
  "skovorodino-mohe-30mt": (s, d) => {
    const p = one(d.energyProjects, "ESPO spur", (x) => x.id === "espo-spur-skovorodino-mohe");
    const c = p.capacity.at(-1)!;
    return {
      computedValue: c.value, sourceIds: [c.sourceId],
      method: "energyProjects, espo-spur-skovorodino-mohe: the latest capacity (from 1 January 2018)",
      verdict: compare(s.statedValue!, c.value),
      reason: `Capacity doubled from 15 to ${c.value} ${c.unit} when the second line opened in 2018.`,
    };
  },
  "rosneft-discount-2011": (s, d) => {
    const f = one(d.facts, "discount fact", (x) => x.id === "rosneft-cnpc-discount-2011");
    return {
      computedValue: f.value, sourceIds: [f.sourceId],
      method: "facts, rosneft-cnpc-discount-2011",
      verdict: compare(s.statedValue!, f.value),
      reason: `S&P Global Platts: a $${f.value.toFixed(2)}/bbl discount effective from November 2011, settling a price dispute.`,
    };
  },
  "india-23-percent-of-arms-exports": (s, d) => {
    const a = one(d.armsTransfers, "India 2016–2020", (x) => x.recipient === "IND" && x.periodStart === 2016 && x.periodEnd === 2020 && x.measure === "share-of-supplier-exports");
    return {
      computedValue: a.sharePercent, sourceIds: [a.sourceId],
      method: "armsTransfers: India's share of Russia's arms exports, 2016–2020 (SIPRI via press)",
      verdict: compare(s.statedValue!, a.sharePercent),
      reason: `SIPRI's 2016–2020 figure, as reported, is ${a.sharePercent}%.`,
    };
  },
  "india-arms-share-2016-2020-tiv": (s, d) => {
    const india = tiv(d.armsDeliveries, "RUS", "IND", 2016, 2020);
    const total = tiv(d.armsDeliveries, "RUS", "WLD", 2016, 2020);
    const v = round((india.sum / total.sum) * 100, 2);
    return {
      computedValue: v, sourceIds: [...new Set([...india.sourceIds, ...total.sourceIds])],
      method: "armsShare({ supplier: \"RUS\", recipient: \"IND\", from: 2016, to: 2020 }) (china-russia-data/arms): India's TIV over SIPRI's total for Russia, release 2022-07-28",
      verdict: compare(s.statedValue!, v),
      reason:
        `SIPRI's release of 28 July 2022 gives ${india.sum} of ${total.sum} TIV millions, ${pct(v)}, not the 23% quoted for 2016–2020 ` +
        `(armsTransfers). SIPRI revises back years in every release, so a share quoted from an earlier release need not hold in a later one.`,
    };
  },
  "india-arms-grown-last-five-years": (_s, d) => {
    const now = tiv(d.armsDeliveries, "RUS", "IND", 2016, 2020);
    const before = tiv(d.armsDeliveries, "RUS", "IND", 2011, 2015);
    const v = round(now.sum / before.sum, 2);
    return {
      computedValue: v, sourceIds: [...new Set([...now.sourceIds, ...before.sourceIds])],
      method: "armsSeries({ supplier: \"RUS\", recipient: \"IND\" }) summed over 2016–2020 and over 2011–2015 (china-russia-data/arms); the ratio of the two sums",
      verdict: now.sum > before.sum ? "supported" : "contradicted",
      reason: `Russia's deliveries to India were ${now.sum} TIV millions in 2016–2020 against ${before.sum} in 2011–2015: ${v} times, a fall, not growth.`,
    };
  },
  "vietnam-arms-steadily-growing": (_s, d) => {
    const sums = WINDOWS.map(([a, b]) => ({ a, b, ...tiv(d.armsDeliveries, "RUS", "VNM", a, b) }));
    const first = sums[0]!;
    const last = sums.at(-1)!;
    const falls = sums.slice(1).filter((w, i) => w.sum < sums[i]!.sum);
    const v = round(last.sum / first.sum, 2);
    return {
      computedValue: v, sourceIds: [...new Set(sums.flatMap((w) => w.sourceIds))],
      method: "armsSeries({ supplier: \"RUS\", recipient: \"VNM\" }) summed over the five-year windows 1996–2000 to 2016–2020 (china-russia-data/arms); the last sum over the first. A trend claim is supported where every window exceeds the one before, approximately where the last exceeds the first but some windows fall, contradicted where the last is below the first",
      verdict: falls.length === 0 ? "supported" : last.sum > first.sum ? "approximately" : "contradicted",
      reason:
        `Five-year sums (TIV millions): ${sums.map((w) => `${w.a}–${w.b} ${w.sum}`).join(", ")}. Deliveries grew overall (${v}-fold), ` +
        `but not steadily: ${falls.map((w) => `${w.a}–${w.b}`).join(" and ")} fell below the window before.`,
    };
  },
  "china-arms-central-asia": (_s, d) => {
    const later = CENTRAL_ASIA.map((c) => tiv(d.armsDeliveries, "CHN", c, 2011, 2020));
    const earlier = CENTRAL_ASIA.map((c) => tiv(d.armsDeliveries, "CHN", c, 2001, 2010));
    const russia = CENTRAL_ASIA.map((c) => tiv(d.armsDeliveries, "RUS", c, 2011, 2020));
    const sum = (xs: { sum: number }[]) => xs.reduce((n, x) => n + x.sum, 0);
    const v = sum(later);
    return {
      computedValue: v, sourceIds: [...new Set([...later, ...earlier, ...russia].flatMap((x) => x.sourceIds))],
      method: "armsSeries({ supplier: \"CHN\", recipient }) for Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan, summed over 2011–2020 and over 2001–2010 (china-russia-data/arms), TIV millions; Russia's deliveries to the same five for comparison",
      verdict: v > sum(earlier) ? "supported" : "contradicted",
      reason:
        `China delivered ${v} TIV millions of major arms to the five Central Asian states in 2011–2020 against ${sum(earlier)} in 2001–2010; ` +
        `Russia delivered ${sum(russia)} in 2011–2020. SIPRI counts deliveries of major arms only: military aid and facilities are not in the data.`,
    };
  },
  "asymmetry-economy": (_s, d) => asymmetryCheck(d.capabilities, "gdp", "GDP (Maddison Project, 2011 international dollars)"),
  "asymmetry-military-expenditure": (_s, d) => asymmetryCheck(d.capabilities, "militaryExpenditure", "Military expenditure (SIPRI, constant 2019 US dollars)"),
  "asymmetry-nuclear-warheads": (_s, d) => asymmetryCheck(d.capabilities, "nuclearWarheads", "Nuclear warhead stockpiles (FAS estimates); Russia still leads"),
  "nuclear-deterrent-projection": (_s, d) => {
    const { last, sourceIds } = chinaOverRussia(d.capabilities, "nuclearWarheads");
    return {
      computedValue: round(last.ratio, 3), sourceIds,
      method: `capabilityRatio({ metric: "nuclearWarheads", a: "CHN", b: "RUS", year: ${last.year} }): the latest ratio; the claim is a projection for later in the decade, which no data can check yet`,
      verdict: "not-verifiable",
      reason:
        `A forecast: the data end in ${last.year}, when FAS estimated China's stockpile at ${last.china.value} warheads and Russia's at ` +
        `${last.russia.value} (a ratio of ${round(last.ratio, 3)}).`,
    };
  },
  "central-asia-china-clout": (_s, d) => {
    const names: Record<string, string> = { KAZ: "Kazakhstan", KGZ: "Kyrgyzstan", TJK: "Tajikistan", TKM: "Turkmenistan", UZB: "Uzbekistan" };
    const both = ["export", "import"] as const;
    const ids = new Set<string>();
    const rows = CENTRAL_ASIA.map((c) => {
      const at = (year: number) => {
        const cn = dots(d.worldTrade, c, "CHN", year, both);
        const wl = dots(d.worldTrade, c, "WLD", year, both);
        const cx = dots(d.worldTrade, c, "CHN", year, ["export"]);
        const wx = dots(d.worldTrade, c, "WLD", year, ["export"]);
        for (const x of [cn, wl, cx, wx]) for (const id of x.sourceIds) ids.add(id);
        return { trade: cn.value / wl.value, exports: cx.value / wx.value };
      };
      return { code: c, from: at(1995), to: at(2020) };
    });
    const rose = rows.filter((r) => r.to.trade > r.from.trade && r.to.exports > r.from.exports);
    return {
      computedValue: rose.length, sourceIds: [...ids],
      method:
        "tradeShare({ reporter, partner: \"CHN\", year }) and tradeShare({ reporter, partner: \"CHN\", year, flow: \"export\" }) (china-russia-data/world), " +
        "1995 against 2020, from each Central Asian state's own IMF DOTS statistics; supported where China's share of trade and of exports rose in every state",
      verdict: rose.length === rows.length ? "supported" : rose.length > 0 ? "approximately" : "contradicted",
      reason:
        "China's share of each state's trade (and of its exports), 1995 → 2020: " +
        rows.map((r) => `${names[r.code]} ${pct(r.from.trade * 100)} → ${pct(r.to.trade * 100)} (${pct(r.from.exports * 100)} → ${pct(r.to.exports * 100)})`).join("; ") +
        ". The data measure value, not which goods: that the exports are raw materials is not checked.",
    };
  },
  "china-dependency-hardly-growing": (_s, d) => {
    const sel = createTradeSelectors(d.trade);
    const a = sel.tradeShare({ reporter: "CHN", partner: "RUS", year: 2013 });
    const b = sel.tradeShare({ reporter: "CHN", partner: "RUS", year: 2021 });
    const change = b.share * 100 - a.share * 100;
    return {
      computedValue: round(b.share * 100, 2), sourceIds: [...new Set([...a.sourceIds, ...b.sourceIds])],
      method:
        "tradeShare({ reporter: \"CHN\", partner: \"RUS\", year }) for 2013 and 2021 (China's own statistics: IMF DOTS for 2013, Chinese customs for 2021); " +
        "supported where Russia's share of China's trade changed by less than one percentage point",
      verdict: Math.abs(change) < 1 ? "supported" : "contradicted",
      reason: `Russia's share of China's trade was ${pct(a.share * 100)} in 2013 and ${pct(b.share * 100)} in 2021: ${change >= 0 ? "up" : "down"} ${round(Math.abs(change), 2)} percentage points in eight years.`,
    };
  },
  "treaty-twentieth-anniversary-2021": (_s, d) => {
    const t = one(d.events, "treaty", (x) => x.id === "treaty-good-neighbourliness");
    const e = one(d.events, "treaty extension", (x) => x.id === "treaty-extension-2021");
    const years = Number(e.date.slice(0, 4)) - Number(t.date.slice(0, 4));
    return {
      computedValue: years, sourceIds: [...t.sourceIds, ...e.sourceIds],
      method: "events: treaty-good-neighbourliness (signed) and treaty-extension-2021 (the joint statement of the virtual summit); the years between them, and the summit's date",
      verdict: years === 20 && e.date === "2021-06-28" ? "supported" : "contradicted",
      reason: `The treaty was signed on ${t.date}; the joint statement on its anniversary was adopted at the virtual summit of ${e.date}, ${years} years later.`,
    };
  },
  "vostok-2018-chinese-troops": (_s, d) => {
    const e = one(d.events, "Vostok 2018", (x) => x.id === "vostok-2018");
    const y = Number(e.date.slice(0, 4));
    return {
      computedValue: y, sourceIds: e.sourceIds,
      method: "events, vostok-2018: its date and description (China takes part for the first time)",
      verdict: y === 2018 && /first time/i.test(e.description) ? "supported" : "contradicted",
      reason: `Vostok 2018 began on ${e.date}, the first time Chinese troops took part; sources differ on the size of the contingent.`,
    };
  },
  "border-length-4200km": (s, d) => {
    const f = one(d.facts, "demarcated border length", (x) => x.id === "border-length-demarcated");
    return {
      computedValue: f.value, sourceIds: [f.sourceId],
      method: "facts, border-length-demarcated (length after the final demarcation)",
      verdict: compare(s.statedValue!, f.value),
      reason: `The demarcated border measures ${f.value} km; 4,200 is that figure rounded.`,
    };
  },
  "border-dispute-resolved-by-2006": (s, d) => {
    const ratified = one(d.events, "ratification event", (x) => x.id === "border-supplementary-agreement-ratified");
    const demarcated = one(d.events, "demarcation event", (x) => x.id === "border-demarcation-protocol-2008");
    const ry = Number(ratified.date.slice(0, 4));
    const dy = Number(demarcated.date.slice(0, 4));
    return {
      computedValue: dy, sourceIds: [...ratified.sourceIds, ...demarcated.sourceIds],
      method: "events: the 2004 supplementary agreement's ratification (instruments exchanged) and the additional protocol accepting the demarcation",
      verdict: ry <= s.statedValue! && dy > s.statedValue! ? "approximately" : dy <= s.statedValue! ? "supported" : "contradicted",
      reason: `The last agreement was ratified in ${ry}, but the demarcation was accepted only in ${dy}.`,
    };
  },
  "border-conflict-1969": (s, d) => {
    const e = one(d.events, "Zhenbao clash", (x) => x.id === "zhenbao-island-clash");
    const y = Number(e.date.slice(0, 4));
    return {
      computedValue: y, sourceIds: e.sourceIds,
      method: "events, zhenbao-island-clash",
      verdict: y === s.statedValue ? "supported" : "contradicted",
      reason: `The Zhenbao (Damansky) Island clash began on ${e.date}.`,
    };
  },
  "huawei-tripled-research-staff": (s, d) => {
    const a = one(d.facts, "Huawei 2019", (x) => x.id === "huawei-russia-rd-staff-2019");
    const b = one(d.facts, "Huawei 2021", (x) => x.id === "huawei-russia-research-staff-2021");
    const v = round(b.value / a.value, 2);
    return {
      computedValue: v, sourceIds: [a.sourceId, b.sourceId],
      method: "facts: huawei-russia-research-staff-2021 / huawei-russia-rd-staff-2019 (about 1,500 / about 550)",
      verdict: compare(s.statedValue!, v),
      reason: `About ${a.value} (2019) to about ${b.value} (2021, including Minsk) is ${v}-fold; both figures trace back to Sputnik.`,
    };
  },
};

/** The claims whose figure is one published value read from a dataset, not a computation over the data. */
const LOOKED_UP: ReadonlySet<string> = new Set([
  "trade-2021-nearly-140bn", "china-share-of-russia-trade-2021", "power-of-siberia-36bcm", "power-of-siberia-2-50bcm", "skovorodino-mohe-30mt",
  "rosneft-discount-2011", "india-23-percent-of-arms-exports", "border-length-4200km", "border-dispute-resolved-by-2006", "border-conflict-1969",
  "treaty-twentieth-anniversary-2021", "vostok-2018-chinese-troops",
]);

/** The ids of the claims this module knows how to check. */
export const CLAIM_IDS: readonly string[] = Object.keys(COMPUTE);

/** Computes every claim of `specs` against `data`; throws for a claim it has no computation for. */
export function computeClaims(specs: readonly ClaimSpec[], data: ClaimInputs): ClaimRow[] {
  return specs.map((spec) => {
    const compute = COMPUTE[spec.id];
    if (!compute) throw new Error(`claims: no computation for claim ${spec.id}`);
    const c = compute(spec, data);
    return {
      id: spec.id,
      quote: spec.quote,
      ...(spec.statedValue !== undefined ? { statedValue: spec.statedValue } : {}),
      unit: spec.unit,
      ...(c.computedValue !== undefined ? { computedValue: c.computedValue } : {}),
      valueKind: LOOKED_UP.has(spec.id) ? "looked-up" : "computed",
      method: c.method,
      verdict: c.verdict,
      reason: c.reason,
      // Ids from the spec and from rows that cite sources; the build checks each against the sources dataset.
      sourceIds: [...new Set([...c.sourceIds, "carnegie-article"])] as SourceId[],
    };
  });
}

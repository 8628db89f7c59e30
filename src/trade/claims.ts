// The article's trade claims (totals, growth, shares, asymmetry), computed with the trade selectors; src/claims/
// assembles and judges every domain's claims.
import { createTradeSelectors } from "./selectors.js";
import type { ClaimInputs, ClaimJudge, ClaimTable } from "../core/claim.js";
import { one, pct, round } from "../core/claim.js";

/** China-reported China–Russia trade in 2021 (the default series). */
function gacc2021(d: ClaimInputs): number {
  return one(createTradeSelectors(d.trade).tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" }), "2021 point", (x) => x.year === 2021).value;
}

/** The trade claims: each claim's id and its computation, given the tolerance rule. */
export const tradeClaims = ({ compare, off }: ClaimJudge): ClaimTable => ({
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
});

// The article's arms claims (India's and Vietnam's deliveries from Russia, China's to Central Asia), computed from
// SIPRI's TIV deliveries and the armsTransfers dataset; src/claims/ assembles and judges every domain's claims.
import type { ArmsDeliveryRow } from "../core/types.js";
import type { ClaimJudge, ClaimTable } from "../core/claim.js";
import { CENTRAL_ASIA, one, pct, round } from "../core/claim.js";

/**
 * The release the article's authors could have used (published in 2021): SIPRI's tables of 2022-07-28 are the
 * oldest the library holds, and its 2016–2020 figures are those of the article's era. Every arms claim reads it.
 */
const ARTICLE_ARMS_RELEASE = "2022-07-28";

/** SIPRI TIV of a supplier's deliveries to a recipient (WLD: to all) summed over from–to in one release, with the sources. */
function tiv(rows: readonly ArmsDeliveryRow[], supplier: string, recipient: string, from: number, to: number, release = ARTICLE_ARMS_RELEASE): { sum: number; sourceIds: string[] } {
  let sum = 0;
  const ids = new Set<string>();
  for (const r of rows) {
    if (r.release === release && r.supplier === supplier && r.recipient === recipient && r.year >= from && r.year <= to) {
      sum += r.tivMillions;
      ids.add(r.sourceId);
    }
  }
  return { sum, sourceIds: [...ids] };
}

/** The article's five-year windows, ending with 2016–2020. */
const WINDOWS: readonly (readonly [number, number])[] = [[1996, 2000], [2001, 2005], [2006, 2010], [2011, 2015], [2016, 2020]];

/** The arms claims: each claim's id and its computation, given the tolerance rule. */
export const armsClaims = ({ compare }: ClaimJudge): ClaimTable => ({
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
      method: "armsShare({ supplier: \"RUS\", recipient: \"IND\", from: 2016, to: 2020, release: \"2022-07-28\" }) (china-russia-data/arms): India's TIV over SIPRI's total for Russia, release 2022-07-28",
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
    const yearly = [last.a - 1, ...Array.from({ length: last.b - last.a + 1 }, (_, i) => last.a + i)].map((year) => ({ year, tiv: tiv(d.armsDeliveries, "RUS", "VNM", year, year).sum }));
    if (!yearly.slice(1).every((y, i) => y.tiv < yearly[i]!.tiv)) throw new Error("claims: Viet Nam's yearly deliveries no longer fall in every year of the last window: restate the reason");
    return {
      computedValue: v, sourceIds: [...new Set(sums.flatMap((w) => w.sourceIds))],
      method:
        "armsSeries({ supplier: \"RUS\", recipient: \"VNM\" }) summed over the five-year windows 1996–2000 to 2016–2020 (china-russia-data/arms), and the yearly values of the last window; " +
        "\"steadily growing\" is supported only where every window exceeds the one before, and contradicted where any falls; the figure is the last sum over the first",
      verdict: falls.length === 0 ? "supported" : "contradicted",
      reason:
        `Five-year sums (TIV millions): ${sums.map((w) => `${w.a}–${w.b} ${w.sum}`).join(", ")}: ${falls.length} of ${sums.length - 1} steps fall ` +
        `(${falls.map((w) => `${w.a}–${w.b}`).join(" and ")} below the window before), and yearly deliveries fell in every year of ${last.a}–${last.b} ` +
        `(${yearly.map((y) => `${y.year} ${y.tiv}`).join(", ")}). Over the whole span they grew ${v}-fold, but not steadily.`,
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
});

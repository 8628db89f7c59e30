// The article's capability claims (China's lead or gap against Russia in GDP, military expenditure, warheads),
// computed from the capabilities dataset; src/claims/ assembles and judges every domain's claims.
import type { CapabilityMetric, CapabilityRow } from "../core/types.js";
import type { ClaimCheck, ClaimInputs, ClaimJudge, ClaimSpec, ClaimTable } from "../core/claim.js";
import { one, pct, round } from "../core/claim.js";

/**
 * China's value of a metric over Russia's in the first year from 1992 (the Russian Federation's first) and
 * the last year in which both have a value.
 */
function chinaOverRussia(rows: readonly CapabilityRow[], metric: CapabilityMetric) {
  const release = ARTICLE_CAPABILITY_RELEASES[metric];
  const of = (c: string) => new Map(rows.filter((r) => r.country === c && r.metric === metric && r.release === release).map((r) => [r.year, r]));
  const cn = of("CHN");
  const ru = of("RUS");
  const years = [...cn.keys()].filter((y) => y >= 1992 && ru.has(y) && ru.get(y)!.value > 0).sort((a, b) => a - b);
  if (years.length < 2) throw new Error(`claims: fewer than two years with both China's and Russia's ${metric}`);
  const at = (y: number) => ({ year: y, china: cn.get(y)!, russia: ru.get(y)!, ratio: cn.get(y)!.value / ru.get(y)!.value });
  const first = at(years[0]!);
  const last = at(years.at(-1)!);
  return { first, last, sourceIds: [...new Set([first.china, first.russia, last.china, last.russia].map((r) => r.sourceId))] };
}

/** The editions of the article's era (the oldest the library holds), one per metric the claims read: a series never mixes releases. */
const ARTICLE_CAPABILITY_RELEASES: Partial<Record<CapabilityMetric, string>> = {
  gdp: "maddison-2020", militaryExpenditure: "sipri-milex-owid-2022", nuclearWarheads: "fas-2022",
};

/** The trend rule of the asymmetry claims: China "expands its lead or closes the gap" where its ratio to Russia rises. */
function asymmetryCheck(rows: readonly CapabilityRow[], metric: CapabilityMetric, what: string): ClaimCheck {
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

/** The capabilities claims: each claim's id and its computation, given the tolerance rule. */
/** A country's 2024 military expenditure in current US dollars (SIPRI's April 2025 workbook), USD billion. */
function milex2024(compare: ClaimJudge["compare"], s: ClaimSpec, d: ClaimInputs, country: string, name: string): ClaimCheck {
  const r = one(d.capabilities, `${country} 2024 current-dollar spending`, (x) => x.country === country && x.metric === "militaryExpenditureCurrentUsd" && x.year === 2024 && x.release === "sipri-milex-2025");
  const v = round(r.value / 1e9, 2);
  return {
    computedValue: v, sourceIds: [r.sourceId],
    method: `capabilitySeries({ country: "${country}", metric: "militaryExpenditureCurrentUsd", release: "sipri-milex-2025" }) for 2024, USD bn`,
    verdict: compare(s.statedValue!, v),
    reason: `SIPRI's workbook gives ${name} ${v}bn current US dollars for 2024${r.estimated ? " (in blue: a SIPRI estimate)" : ""}.`,
  };
}

export const capabilitiesClaims = ({ compare }: ClaimJudge): ClaimTable => ({
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
  // The producer's own headlines for SIPRI's April 2025 workbook, each quoted from the page in its spec's quotedFrom.
  "china-military-spending-2024-314bn": (s, d) => milex2024(compare, s, d, "CHN", "China"),
  "russia-military-spending-2024-149bn": (s, d) => milex2024(compare, s, d, "RUS", "Russia"),
});

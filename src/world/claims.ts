// The article's claim on Central Asia's trade with China, computed from each state's own IMF DOTS statistics
// (the worldTrade dataset); src/claims/ assembles and judges every domain's claims.
import type { WorldTradeRow } from "../core/types.js";
import type { ClaimJudge, ClaimTable } from "../core/claim.js";
import { CENTRAL_ASIA, pct } from "../core/claim.js";

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

/** The world claims: each claim's id and its computation, given the tolerance rule. */
export const worldClaims = (_judge: ClaimJudge): ClaimTable => ({
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
});

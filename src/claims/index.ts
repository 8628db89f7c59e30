// Computes the figures behind the article's claims from the library's own data. Run at build time by
// scripts/build-data.ts (the results ship as the `claims` dataset) and again by the tests. Each domain computes
// its own claims (src/<domain>/claims.ts); this module assembles their tables, hands them the tolerance rule
// (./judge.ts) and writes each claim's row.
import type { SourceId, ClaimRow } from "../core/types.js";
import type { ClaimInputs, ClaimSpec, ClaimTable } from "../core/claim.js";
import { armsClaims } from "../arms/claims.js";
import { capabilitiesClaims } from "../capabilities/claims.js";
import { energyClaims } from "../energy/claims.js";
import { timelineClaims } from "../timeline/claims.js";
import { tradeClaims } from "../trade/claims.js";
import { worldClaims } from "../world/claims.js";
import { JUDGE } from "./judge.js";

export type { ClaimInputs, ClaimSpec } from "../core/claim.js";
export { TOLERANCE } from "./judge.js";

const COMPUTE: ClaimTable = {
  ...tradeClaims(JUDGE), ...energyClaims(JUDGE), ...armsClaims(JUDGE), ...capabilitiesClaims(JUDGE), ...worldClaims(JUDGE), ...timelineClaims(JUDGE),
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
      ...(c.byRelease ? { byRelease: c.byRelease } : {}),
      ...(spec.quotedFrom ? { quotedFrom: spec.quotedFrom } : {}),
      // Ids from the spec and from rows that cite sources; the build checks each against the sources dataset.
      sourceIds: [...new Set([...c.sourceIds, spec.quotedFrom ?? "carnegie-article"])] as SourceId[],
    };
  });
}

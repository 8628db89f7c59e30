// The tolerance rule that judges every numeric claim: each domain's claims (src/<domain>/claims.ts) receive it as
// a ClaimJudge, so the rule is written once and no domain imports src/claims/.
import type { Verdict } from "../core/types.js";
import { round, type ClaimJudge } from "../core/claim.js";

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

/** The tolerance rule as the domains' claim tables take it. */
export const JUDGE: ClaimJudge = Object.freeze({ compare, off });

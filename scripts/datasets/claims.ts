// The claims dataset: the article's quantitative claims as data/claims.json states them, each computed and judged
// by the library's own code (src/claims/) against the other datasets, and its generated module.
import { z as zod } from "zod";
import { computeClaims, type ClaimInputs, type ClaimSpec } from "../../src/claims/index.js";
import type { ClaimRow } from "../../src/core/types.js";
import { checkUnique, listRefs, type Refs } from "../lib/checks.js";
import { loadJson } from "../lib/load.js";
import { rowsModule } from "../lib/modules.js";

const ClaimSpecSchema = zod.strictObject({
  id: zod.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  quote: zod.string().min(1),
  statedValue: zod.number().finite().exactOptional(),
  unit: zod.string().min(1),
  /** The page whose words `quote` holds, where it is not the article: a producer's headline or an outlet quoting it. */
  quotedFrom: zod.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).exactOptional(),
});

export const load = (dataDir: string) => loadJson(dataDir, "claims.json", ClaimSpecSchema);

/** Each id once. */
export function check(specs: ReturnType<typeof load>): void {
  checkUnique("claims.json", specs.rows, specs.lines, (r) => r.id, "id");
}

/** Computes every claim; the sources a claim cites are those of its spec and of the rows its computation read: each must exist. */
export function compile(specs: ReturnType<typeof load>, data: ClaimInputs, { sourceIds }: Refs): ClaimRow[] {
  const claims = computeClaims(specs.rows as ClaimSpec[], data);
  listRefs("claims.json", specs.lines, claims.map((c) => c.sourceIds), "sourceIds", sourceIds, "sourceId");
  return claims;
}

export const module = (rows: readonly ClaimRow[]) => rowsModule("claimRows", "ClaimRow", rows);

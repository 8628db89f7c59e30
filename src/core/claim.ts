// What a domain needs to compute the article's claims (see src/claims/): the claim as data/claims.json states it,
// the datasets it is checked against, the shape of one check, and small helpers. The tolerance rule that turns a
// stated and a found figure into a verdict belongs to src/claims/judge.ts and is handed to each domain's table.
import type {
  ArmsDeliveryRow, ArmsTransferRow, CapabilityRow, ClaimReleaseValue, WorldTradeRow, EnergyProjectRow, EventRow, FactRow, ReportedShareRow, TradeRow, Verdict,
} from "./types.js";

/** A claim as data/claims.json states it. */
export interface ClaimSpec {
  readonly id: string;
  readonly quote: string;
  readonly statedValue?: number;
  readonly unit: string;
  /** The page whose words `quote` holds, where it is not the article (a source id). */
  readonly quotedFrom?: string;
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

/** What a domain's computation finds for one claim. */
export interface ClaimCheck {
  readonly computedValue?: number;
  readonly method: string;
  readonly verdict: Verdict;
  readonly reason: string;
  readonly sourceIds: readonly string[];
  /** The figure in each release, oldest first, where the producer's releases differ. */
  readonly byRelease?: readonly ClaimReleaseValue[];
}

/** The tolerance rule, handed by src/claims/ to each domain's claims: the verdict, and how far apart the figures are. */
export interface ClaimJudge {
  /** `supported`, `approximately` or `contradicted` for a found figure against the stated one. */
  readonly compare: (stated: number, found: number) => Verdict;
  /** The relative difference of the two figures, as a percentage with one decimal ("3.4%"). */
  readonly off: (stated: number, found: number) => string;
}

/** Computes one claim from its spec and the data. */
export type ClaimComputation = (spec: ClaimSpec, data: ClaimInputs) => ClaimCheck;

/** A domain's claims: the id of each claim and its computation. */
export type ClaimTable = Record<string, ClaimComputation>;

export const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The one row of `rows` that `pred` accepts; throws naming `what` when there is none or more than one. */
export function one<T>(rows: readonly T[], what: string, pred: (r: T) => boolean): T {
  const found = rows.filter(pred);
  if (found.length !== 1) throw new Error(`claims: expected exactly one ${what}, found ${found.length}`);
  return found[0]!;
}

export const pct = (x: number) => `${round(x, 2)}%`;

/** The five Central Asian states of the article's claims. */
export const CENTRAL_ASIA = ["KAZ", "KGZ", "TJK", "TKM", "UZB"] as const;

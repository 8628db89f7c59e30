// Row types of the timeline and the article datasets: events, facts, assessments, claims (split from types.ts
// to keep each file short; types.ts re-exports them).
import type { DatePrecision, SourceId } from "./types.js";

/** A dated event. */
export interface EventRow {
  /** Stable id. */
  readonly id: string;
  /** ISO 8601 date of the stated precision: `2014-05-21`, `2017-12` or `2014`. */
  readonly date: string;
  /** `day`, `month` or `year`. */
  readonly precision: DatePrecision;
  /** `border`, `treaty`, `energy`, `military`, `diplomacy` or `economy`. */
  readonly category: "border" | "treaty" | "energy" | "military" | "diplomacy" | "economy";
  /** Short title. */
  readonly title: string;
  /** What happened, in the project's own words. */
  readonly description: string;
  /** The sources. */
  readonly sourceIds: readonly SourceId[];
  /** A sentence of the first source. */
  readonly excerpt: string;
}

/** A scalar fact. */
export interface FactRow {
  /** Stable id. */
  readonly id: string;
  /** What the value is. */
  readonly label: string;
  /** The value. */
  readonly value: number;
  /** Its unit, e.g. `km`. */
  readonly unit: string;
  /** The date or period it refers to, where stated. */
  readonly date?: string;
  /** True where the source says "about", "more than" or "some". */
  readonly approximate: boolean;
  /** `lower` where the source says "more than" the figure, `upper` where it says "less than": a bound, not an approximation. */
  readonly bound?: "lower" | "upper";
  /** The source. */
  readonly sourceId: SourceId;
  /** The sentence the value was read from. */
  readonly excerpt: string;
  /** Caveats and conflicts. */
  readonly note?: string;
}

/** A driver, limitation or friction of the relationship in the article's analytic frame. */
export interface AssessmentRow {
  /** Stable id. */
  readonly id: string;
  /** `driver`, `limitation` or `friction`. */
  readonly kind: "driver" | "limitation" | "friction";
  /** Short title. */
  readonly title: string;
  /** The argument, summarised in the project's own words. */
  readonly summary: string;
  /** A short verbatim quote from the article. */
  readonly quote: string;
  /** Names of datasets that bear on it. */
  readonly datasets: readonly string[];
  /** Ids of `events` that bear on it. */
  readonly events: readonly string[];
  /** Ids of `claims` that bear on it. */
  readonly claims: readonly string[];
  /** The source (the article). */
  readonly sourceId: SourceId;
}

/**
 * How a claim compares with the data: `supported` (within 2% of the data), `approximately` (within 10%),
 * `contradicted`, `not-verifiable`, or `revised`: the figure is the producer's own figure of its time, which the
 * producer has since revised (see `byRelease` on the claim).
 */
export type Verdict = "supported" | "approximately" | "contradicted" | "not-verifiable" | "revised";

/** A claim's figure as one producer release gives it. */
export interface ClaimReleaseValue {
  /** The release (a row of `releases`). */
  readonly release: string;
  /** The figure computed from that release, in the claim's unit. */
  readonly value: number;
}

/** A quantitative claim of the article, checked against the library's own data. */
export interface ClaimRow {
  /** Stable id. */
  readonly id: string;
  /** The article's words. */
  readonly quote: string;
  /** The figure the article states, where it states one. */
  readonly statedValue?: number;
  /** Its unit. */
  readonly unit: string;
  /** The figure the library finds in its own data, where it can: computed by a selector, or looked up in a dataset (see `valueKind`). */
  readonly computedValue?: number;
  /** `computed` where a selector or a sum computes the figure from the data; `looked-up` where it is one value read from a dataset as published. */
  readonly valueKind: "computed" | "looked-up";
  /** How the figure was computed or where it was looked up (which selector or dataset, which rows). */
  readonly method: string;
  /** `supported`, `approximately`, `contradicted`, `not-verifiable` or `revised`. */
  readonly verdict: Verdict;
  /** One line on why. */
  readonly reason: string;
  /** Where the producer published editions that differ: the figure in each release, oldest first. */
  readonly byRelease?: readonly ClaimReleaseValue[];
  /** The source id of the page whose words `quote` holds, where it is not the article (a producer's headline, or an outlet quoting the producer). */
  readonly quotedFrom?: string;
  /** Sources of the computed figure, and the article (or the page quoted). */
  readonly sourceIds: readonly SourceId[];
}

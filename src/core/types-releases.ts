// The row type of the releases dataset: one producer edition (split from types.ts to keep each file short;
// types.ts re-exports it).
import type { SourceId } from "./types.js";

/** One edition of a producer's data, as the file the library read states it. */
export interface ReleaseRow {
  /** The release id: what rows' `release` field and the selectors' `release` argument hold, e.g. `"2026-02-12"`, `"fas-2023"`. */
  readonly id: string;
  /** The dataset whose rows carry the release. */
  readonly dataset: "armsDeliveries" | "capabilities" | "trade";
  /** Who produced the data. */
  readonly producer: string;
  /** The edition, as the producer or its file names it. */
  readonly title: string;
  /** The date the file states (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); `dateMeaning` says what it is. */
  readonly date: string;
  /** What the date is, in the file's words (e.g. "Data generated", "retrieved by Our World in Data"). */
  readonly dateMeaning: string;
  /** First year the release covers in the library. */
  readonly firstYear: number;
  /** Last year the release covers in the library. */
  readonly lastYear: number;
  /** For capabilities: the metrics the release provides. */
  readonly metrics?: readonly string[];
  /** The source. */
  readonly sourceId: SourceId;
  /** A remark. */
  readonly note?: string;
}

// The releases dataset (data/releases.csv): one row per producer edition. Checked against the rows that carry a
// release: every armsDeliveries and capabilities row names a release of its dataset, a capabilities row's metric
// is one its release provides, and each release's first and last year are those of its rows. The other datasets'
// files are loaded by their own dataset files; scripts/build-data.ts hands their rows to the checks below.
import { ReleaseRowSchema } from "../../src/schemas/index.js";
import type { ReleaseRow } from "../../src/core/types.js";
import { checkRefs, checkUnique, type Refs } from "../lib/checks.js";
import { DataFileError } from "../lib/files.js";
import type { Loaded } from "../lib/load.js";
import { rowsModule } from "../lib/modules.js";

export const spec = {
  file: "releases.csv",
  columns: {
    id: "string", dataset: "string", producer: "string", title: "string", date: "string", dateMeaning: "string", firstYear: "integer", lastYear: "integer",
    metrics: "list", sourceId: "string", note: "string",
  },
  schema: ReleaseRowSchema,
} as const;

/** A release as loaded (its source id not yet narrowed to the generated union). */
type Loose = Omit<ReleaseRow, "sourceId"> & { readonly sourceId: string };

/** Each id once; every source known. */
export function check(releases: Loaded<Loose>, { sourceIds }: Refs): void {
  checkUnique("releases.csv", releases.rows, releases.lines, (r) => r.id, "id");
  checkRefs("releases.csv", releases.rows, releases.lines, "sourceId", sourceIds, "sourceId");
}

interface Carrier {
  readonly release: string;
  readonly year: number;
  readonly metric?: string;
}

/** The rows of one data file: `file` and `lines` name the data row that fails. */
export interface CarrierFile {
  readonly file: string;
  readonly rows: readonly Carrier[];
  readonly lines: readonly number[];
}

/** Checks every data file of one dataset against the releases. */
export function checkRefsOf(releases: Loaded<Loose>, dataset: ReleaseRow["dataset"], files: readonly CarrierFile[]): void {
  const byId = new Map(releases.rows.map((r, i) => [r.id, { row: r, line: releases.lines[i]! }]));
  const span = new Map<string, [number, number]>();
  for (const { file, rows, lines } of files) rows.forEach((r, i) => {
    const rel = byId.get(r.release);
    if (!rel) throw new DataFileError(`data/${file}`, lines[i]!, "release", `unknown release ${JSON.stringify(r.release)} (releases: ${[...byId.keys()].join(", ")})`);
    if (rel.row.dataset !== dataset) throw new DataFileError(`data/${file}`, lines[i]!, "release", `release ${r.release} is a release of ${rel.row.dataset}, not of ${dataset}`);
    if (r.metric !== undefined && !(rel.row.metrics ?? []).includes(r.metric)) {
      throw new DataFileError(`data/${file}`, lines[i]!, "metric", `release ${r.release} provides ${(rel.row.metrics ?? []).join(", ")}, not ${r.metric}`);
    }
    const s = span.get(r.release);
    span.set(r.release, s ? [Math.min(s[0], r.year), Math.max(s[1], r.year)] : [r.year, r.year]);
  });
  for (const { row, line } of byId.values()) {
    if (row.dataset !== dataset) continue;
    const s = span.get(row.id);
    if (!s) throw new DataFileError("data/releases.csv", line, "id", `no row of ${dataset} carries release ${row.id}`);
    if (s[0] !== row.firstYear || s[1] !== row.lastYear) {
      throw new DataFileError("data/releases.csv", line, "firstYear", `release ${row.id} states ${row.firstYear}–${row.lastYear}, its rows cover ${s[0]}–${s[1]}`);
    }
  }
}

/** Checks a release whose rows carry no release field (IMF DOTS: the trade rows) against the years of those rows. */
export function checkYearsOf(releases: Loaded<Loose>, dataset: ReleaseRow["dataset"], years: readonly number[]): void {
  let first = Infinity;
  let last = -Infinity;
  for (const y of years) {
    if (y < first) first = y;
    if (y > last) last = y;
  }
  releases.rows.forEach((row, i) => {
    if (row.dataset !== dataset) return;
    if (row.firstYear !== first || row.lastYear !== last) {
      throw new DataFileError("data/releases.csv", releases.lines[i]!, "firstYear", `release ${row.id} states ${row.firstYear}–${row.lastYear}, its rows cover ${first}–${last}`);
    }
  });
}

export const module = (rows: readonly ReleaseRow[]) => rowsModule("releaseRows", "ReleaseRow", rows);

// The assessments dataset: the drivers, limitations and frictions of the article's analytic frame
// (data/assessments.json), and its generated module.
import { AssessmentRowSchema } from "../../src/schemas/index.js";
import type { AssessmentRow } from "../../src/core/types.js";
import { checkRefs, checkUnique, listRefs, type Refs } from "../lib/checks.js";
import { DATASET_NAMES } from "../lib/compiled.js";
import { loadJson } from "../lib/load.js";
import { rowsModule } from "../lib/modules.js";

export const load = (dataDir: string) => loadJson(dataDir, "assessments.json", AssessmentRowSchema);

/** Each id once; every source known. */
export function check(assessments: ReturnType<typeof load>, { sourceIds }: Refs): void {
  checkUnique("assessments.json", assessments.rows, assessments.lines, (r) => r.id, "id");
  checkRefs("assessments.json", assessments.rows, assessments.lines, "sourceId", sourceIds, "sourceId");
}

/** Every event, claim and dataset an assessment points to exists. */
export function checkLinks(assessments: ReturnType<typeof load>, eventIds: ReadonlySet<string>, claimIds: ReadonlySet<string>): void {
  const datasetNames = new Set<string>(DATASET_NAMES);
  listRefs("assessments.json", assessments.lines, assessments.rows.map((r) => r.events), "events", eventIds, "event id");
  listRefs("assessments.json", assessments.lines, assessments.rows.map((r) => r.claims), "claims", claimIds, "claim id");
  listRefs("assessments.json", assessments.lines, assessments.rows.map((r) => r.datasets), "datasets", datasetNames, "dataset");
}

export const module = (rows: readonly AssessmentRow[]) => rowsModule("assessmentRows", "AssessmentRow", rows);

// The energyFlows dataset: yearly energy flows from Russia to China (data/energy-flows.csv), and its generated module.
import { EnergyFlowRowSchema } from "../../src/schemas/index.js";
import type { EnergyFlowRow } from "../../src/core/types.js";
import { checkRefs, checkUnique, type Refs } from "../lib/checks.js";
import { DataFileError } from "../lib/files.js";
import type { Loaded } from "../lib/load.js";
import { rowsModule } from "../lib/modules.js";

export const spec = {
  file: "energy-flows.csv",
  columns: {
    projectId: "string", flow: "string", year: "integer", value: "number", unit: "string", status: "string", approximate: "boolean",
    sourceId: "string", excerpt: "string", note: "string", bound: "string",
  },
  schema: EnergyFlowRowSchema,
} as const;

type Row = { projectId?: string | undefined; flow: string; year: number; status: string; sourceId: string };

/** One row per key; every source and project known. */
export function check(flows: Loaded<Row>, { sourceIds }: Refs, projectIds: ReadonlySet<string>): void {
  checkUnique("energy-flows.csv", flows.rows, flows.lines, (r) => `${r.flow}/${r.year}/${r.status}/${r.sourceId}`, "sourceId");
  checkRefs("energy-flows.csv", flows.rows, flows.lines, "sourceId", sourceIds, "sourceId");
  flows.rows.forEach((r, i) => {
    if (r.projectId !== undefined && !projectIds.has(r.projectId)) throw new DataFileError("data/energy-flows.csv", flows.lines[i]!, "projectId", `unknown project ${JSON.stringify(r.projectId)}`);
  });
}

export const module = (rows: readonly EnergyFlowRow[]) => rowsModule("energyFlowRows", "EnergyFlowRow", rows);

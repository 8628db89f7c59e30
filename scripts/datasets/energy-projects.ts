// The energyProjects dataset: the Russia–China pipelines and LNG projects (data/energy-projects.json), and its
// generated module.
import { EnergyProjectRowSchema } from "../../src/schemas/index.js";
import type { EnergyProjectRow } from "../../src/core/types.js";
import { checkUnique, type Refs } from "../lib/checks.js";
import { DataFileError } from "../lib/files.js";
import { loadJson } from "../lib/load.js";
import { rowsModule } from "../lib/modules.js";

export const load = (dataDir: string) => loadJson(dataDir, "energy-projects.json", EnergyProjectRowSchema);

/** Each id once; every source a capacity, stake or milestone cites is known and listed in the project's sourceIds. */
export function check(projects: ReturnType<typeof load>, { sourceIds }: Refs): void {
  checkUnique("energy-projects.json", projects.rows, projects.lines, (r) => r.id, "id");
  projects.rows.forEach((p, i) => {
    const cited = [...p.capacity, ...p.chineseStakes, ...p.milestones].map((x) => x.sourceId);
    for (const id of cited) {
      if (!sourceIds.has(id)) throw new DataFileError("data/energy-projects.json", i + 1, "sourceId", `unknown sourceId ${JSON.stringify(id)}`);
      if (!p.sourceIds.includes(id)) throw new DataFileError("data/energy-projects.json", i + 1, "sourceIds", `does not list ${id}, which the row cites`);
    }
  });
}

export const module = (rows: readonly EnergyProjectRow[]) => rowsModule("energyProjectRows", "EnergyProjectRow", rows);

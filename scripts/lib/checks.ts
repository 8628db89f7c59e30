// Checks shared by the datasets: unique keys, references to codes, source ids and other rows, and the rule that
// a bilateral trade figure never exceeds the reporter's trade with the world. Each error names file, row and field.
import { DataFileError } from "./files.js";

export function checkUnique<T>(file: string, rows: readonly T[], lines: readonly number[], key: (r: T) => string, keyName: string): void {
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    const k = key(r);
    const first = seen.get(k);
    if (first !== undefined) throw new DataFileError(`data/${file}`, lines[i]!, keyName, `duplicate key ${k} (first at row ${first})`);
    seen.set(k, lines[i]!);
  });
}

export function checkRefs<T>(file: string, rows: readonly T[], lines: readonly number[], field: keyof T & string, known: ReadonlySet<string>, what: string): void {
  rows.forEach((r, i) => {
    const v = r[field] as unknown as string;
    if (!known.has(v)) throw new DataFileError(`data/${file}`, lines[i]!, field, `unknown ${what} ${JSON.stringify(v)}`);
  });
}

/** Every element of each row's list must be known. */
export function listRefs(file: string, lines: readonly number[], lists: readonly (readonly string[])[], field: string, known: ReadonlySet<string>, what: string): void {
  lists.forEach((list, i) => {
    for (const v of list) if (!known.has(v)) throw new DataFileError(`data/${file}`, lines[i]!, field, `unknown ${what} ${JSON.stringify(v)}`);
  });
}

/** A trade row as the world-total check reads it. */
export type FlowRow = { reporter: string; partner: string; flow: string; year: number; valueUsdMillions: number; sourceId: string };
const worldKey = (r: FlowRow, bySource: boolean) => `${r.reporter}/${r.flow}/${r.year}${bySource ? `/${r.sourceId}` : ""}`;

/** The largest trade with the world (partner WLD) by reporter, flow and year (and source, if `bySource`). */
export function worldTotals(rows: readonly FlowRow[], bySource: boolean): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) {
    if (r.partner !== "WLD") continue;
    const k = worldKey(r, bySource);
    m.set(k, Math.max(m.get(k) ?? 0, r.valueUsdMillions));
  }
  return m;
}

/** A bilateral figure cannot exceed the reporter's trade with the world in the same flow and year. */
export function checkBelowWorld(file: string, rows: readonly FlowRow[], lines: readonly number[], totals: ReadonlyMap<string, number>, bySource: boolean): void {
  rows.forEach((r, i) => {
    if (r.partner === "WLD") return;
    const w = totals.get(worldKey(r, bySource));
    if (w !== undefined && r.valueUsdMillions > w) {
      throw new DataFileError(`data/${file}`, lines[i]!, "valueUsdMillions", `${r.valueUsdMillions} exceeds ${r.reporter}'s ${r.flow} with the world in ${r.year} (${w})`);
    }
  });
}

/** The codes and source ids the rows of every other dataset may refer to (countries.csv and sources.csv). */
export interface Refs {
  readonly codes: ReadonlySet<string>;
  readonly sourceIds: ReadonlySet<string>;
}

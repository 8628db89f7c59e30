// The capabilities dataset: GDP, population, military expenditure and warheads of China, Russia and the article's
// comparators, by producer edition (data/capabilities.csv from the Our World in Data copies, data/capabilities-<release>.csv
// from the producers' newer editions, each written by scripts/producers/), and its generated module.
import { z as zod } from "zod";
import { CapabilityRowSchema } from "../../src/schemas/index.js";
import type { CapabilityRow } from "../../src/core/types.js";
import { checkRefs, checkUnique, type Refs } from "../lib/checks.js";
import { columnName, DataFileError } from "../lib/files.js";
import { loadFile } from "../lib/load.js";
import { HEADER, jsonLiteral } from "../lib/modules.js";

/** The older editions (Our World in Data's copies) and one file per newer edition, each written by its producer's extractor. */
export const FILES = ["capabilities.csv", "capabilities-sipri-milex-2025.csv", "capabilities-fas-2023.csv", "capabilities-maddison-2023.csv"] as const;

export const spec = {
  file: "capabilities.csv",
  columns: {
    country: "string", year: "integer", metric: "string", value: "number", unit: "string", estimated: "boolean", uncertain: "boolean", release: "string",
    sourceId: "string", cell: "string",
  },
  // An empty `estimated` is null: the file read is a copy without the producer's estimate marks (unknown).
  schema: CapabilityRowSchema.extend({
    cell: zod.string().regex(/^([a-z0-9-]+\/[a-z0-9_.-]+\.csv!\d+|SIPRI-Milex-data-1949-2024_2\.xlsx![^!]+![A-Z]+\d+)$/),
    estimated: CapabilityRowSchema.shape.estimated.default(null),
  }),
} as const;

/**
 * Loads and checks every capabilities file: one row per key, known codes and sources, one unit per metric within
 * a release (releases may differ: SIPRI's constant 2019 and constant 2023 dollars), no Soviet figures as Russia's.
 * Returns the rows with their cells, and each file's rows for the release checks.
 */
export function compile(dataDir: string, { codes, sourceIds }: Refs) {
  const rows: zod.output<typeof spec.schema>[] = [];
  const files: { file: string; rows: readonly { release: string; year: number; metric: string }[]; lines: readonly number[] }[] = [];
  const unitOf = new Map<string, string>();
  // Whether a release's file carries the producer's estimate marks is a property of the file: either every row of a
  // release has `estimated` null (a copy without marks) or none has (an empty cell in a marked file is an error).
  const unmarked = new Map<string, boolean>();
  for (const name of FILES) {
    const caps = loadFile(dataDir, { ...spec, file: name });
    checkUnique(name, caps.rows, caps.lines, (r) => `${r.country}/${r.metric}/${r.year}/${r.release}`, "year");
    checkRefs(name, caps.rows, caps.lines, "country", codes, "country code");
    checkRefs(name, caps.rows, caps.lines, "sourceId", sourceIds, "sourceId");
    files.push({ file: name, rows: caps.rows, lines: caps.lines });
    caps.rows.forEach((r, i) => {
      const key = `${r.metric}/${r.release}`;
      const unit = unitOf.get(key);
      if (unit !== undefined && unit !== r.unit) throw new DataFileError(`data/${name}`, caps.lines[i]!, "unit", `${r.metric} of release ${r.release} is in ${unit} elsewhere, here ${r.unit}`);
      unitOf.set(key, r.unit);
      const none = r.estimated === null;
      if ((unmarked.get(r.release) ?? none) !== none) {
        throw new DataFileError(`data/${name}`, caps.lines[i]!, "estimated", `is ${none ? "empty" : String(r.estimated)}, but release ${r.release} ${none ? "marks" : "does not mark"} estimates elsewhere: a release's file carries the producer's marks in every row or in none`);
      }
      unmarked.set(r.release, none);
      if (r.country === "RUS" && r.year < 1992 && /^(militaryExpenditure|nuclearWarhead)/.test(r.metric)) {
        throw new DataFileError(`data/${name}`, caps.lines[i]!, "country", `${r.metric} for ${r.year} is the Soviet Union's: use SUN, never RUS`);
      }
      rows.push(r);
    });
  }
  return { rows, files };
}

/**
 * A series' cells as a rule, so that the module stores a few numbers per series instead of a string per value:
 * `[0, a]` line = a + year; `[1, a]` line = a + k, k the value's index among the series' values (a file with a
 * line per value, years with gaps); `[2, a, row]` column = a + year in a fixed row (a workbook).
 */
type CellRule = [0, number] | [1, number] | [2, number, number];

/** The prefix of a cell (file, or workbook and sheet) and the rule of its series, or undefined when a rule does not fit. */
function ruleOf(cells: readonly { year: number; cell: string }[]): { prefix: string; rule: CellRule } | undefined {
  const parts = cells.map(({ year, cell }) => {
    const m = /^(.*!)(?:([A-Z]+)(\d+)|(\d+))$/.exec(cell);
    if (!m) throw new Error(`capabilities: bad cell ${cell}`);
    return { year, prefix: m[1]!, column: m[2] === undefined ? undefined : colNumber(m[2]), row: Number(m[3] ?? m[4]) };
  });
  const first = parts[0]!;
  if (parts.some((p) => p.prefix !== first.prefix || (p.column === undefined) !== (first.column === undefined))) return undefined;
  const rule: CellRule | undefined =
    first.column !== undefined
      ? [2, first.column - first.year, first.row]
      : parts.every((p) => p.row - p.year === first.row - first.year)
        ? [0, first.row - first.year]
        : [1, first.row];
  return parts.every((p, k) => cellOf(first.prefix, rule, p.year, k) === cells[k]!.cell) ? { prefix: first.prefix, rule } : undefined;
}

const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const cellOf = (prefix: string, rule: CellRule, year: number, k: number) =>
  prefix + (rule[0] === 0 ? rule[1] + year : rule[0] === 1 ? rule[1] + k : columnName(rule[1] + year) + rule[2]);

/**
 * Capabilities: one series per (country, metric, release) with its unit, flags and source, its first year and its
 * values in year order, where null stands for a year without a value; `uncertain` (SIPRI's red figures) splits a
 * series like `estimated` does, and so does a change of file or of the rule its cells follow. Cells are rebuilt at
 * import from the series' prefix (an index into one list) and rule; every rebuilt cell is checked here.
 */
export function module(rows: readonly (CapabilityRow & { readonly cell: string })[]): string {
  type Series = [string, string, string, boolean | null, string, number, (number | null)[], string, 0 | 1, number, CellRule];
  const prefixes: string[] = [];
  const series: Series[] = [];
  let cur: Series | undefined;
  let cells: { year: number; cell: string }[] = [];
  const close = () => {
    if (!cur) return;
    const r = ruleOf(cells);
    if (!r) throw new Error(`capabilities: the cells of ${cur[0]}/${cur[1]}/${cur[7]} follow no rule`);
    if (!prefixes.includes(r.prefix)) prefixes.push(r.prefix);
    cur[9] = prefixes.indexOf(r.prefix);
    cur[10] = r.rule;
  };
  for (const r of rows) {
    const uncertain = r.uncertain ? 1 : 0;
    const same = cur && cur[0] === r.country && cur[1] === r.metric && cur[2] === r.unit && cur[3] === r.estimated && cur[4] === r.sourceId && cur[7] === r.release && cur[8] === uncertain;
    // A series continues only while one rule still fits its cells.
    if (!same || !ruleOf([...cells, { year: r.year, cell: r.cell }])) {
      close();
      cur = [r.country, r.metric, r.unit, r.estimated, r.sourceId, r.year, [], r.release, uncertain, -1, [0, 0]];
      series.push(cur);
      cells = [];
    }
    const gap = r.year - (cur![5] + cur![6].length);
    if (gap < 0) throw new Error(`capability rows are not sorted at ${r.country}/${r.metric}/${r.year}`);
    for (let i = 0; i < gap; i++) cur![6].push(null);
    cur![6].push(r.value);
    cells.push({ year: r.year, cell: r.cell });
  }
  close();
  return (
    HEADER +
    `import type { CapabilityMetric, CapabilityRow } from "../../core/types.js";\nimport { columnLetters as column } from "../../core/columns.js";\n\n` +
    `type CellRule = [0, number] | [1, number] | [2, number, number];\n` +
    `type Series = [country: CapabilityRow["country"], metric: CapabilityMetric, unit: string, estimated: boolean | null, sourceId: CapabilityRow["sourceId"], first: number, values: (number | null)[], release: string, uncertain: 0 | 1, prefix: number, cell: CellRule];\n\n` +
    `/** The files (and workbook sheets) the cells are in. */\n` +
    `const PREFIXES: readonly string[] = ${JSON.stringify(prefixes)};\n\n` +
    // The cell rules: line = a + year; line = a + the value's index in its series; column = a + year in a row.
    // One pass: each row is frozen as it is made; the series are read by index (array destructuring goes
    // through the iterator protocol).
    `/**\n` +
    ` * One row. The first rows made here (by expand, before any real one) hold strings in every field, so V8 gives\n` +
    ` * the fields its generic representation: otherwise \`value\` would get the double representation, and every row\n` +
    ` * would copy its number into a box of its own (an allocation per row, which the garbage collector then moves).\n` +
    ` */\n` +
    `function row(uncertain: 0 | 1, country: CapabilityRow["country"], year: number, metric: CapabilityMetric, value: number, unit: string, estimated: boolean | null, release: string, sourceId: CapabilityRow["sourceId"], cell: string): CapabilityRow {\n` +
    `  return uncertain ? { country, year, metric, value, unit, estimated, uncertain: true, release, sourceId, cell } : { country, year, metric, value, unit, estimated, release, sourceId, cell };\n` +
    `}\n\n` +
    `function expand(series: Series[]): readonly CapabilityRow[] {\n` +
    `  const blank = "" as never;\n` +
    `  row(0, blank, blank, blank, blank, blank, blank, blank, blank, blank);\n` +
    `  row(1, blank, blank, blank, blank, blank, blank, blank, blank, blank);\n` +
    `  const rows: CapabilityRow[] = [];\n` +
    `  let n = 0;\n` +
    `  for (let s = 0; s < series.length; s++) {\n` +
    `    const q = series[s]!;\n` +
    `    const country = q[0], metric = q[1], unit = q[2], estimated = q[3], sourceId = q[4], first = q[5], values = q[6], release = q[7], uncertain = q[8], prefix = PREFIXES[q[9]]!, rule = q[10];\n` +
    `    const kind = rule[0], a = rule[1], line = rule[0] === 2 ? rule[2] : 0;\n` +
    `    let k = 0;\n` +
    `    for (let i = 0; i < values.length; i++) {\n` +
    `      const value = values[i];\n` +
    `      if (value === null || value === undefined) continue;\n` +
    `      const year = first + i;\n` +
    `      const cell = kind === 0 ? prefix + (a + year) : kind === 1 ? prefix + (a + k) : prefix + column(a + year) + line;\n` +
    `      k++;\n` +
    `      rows[n++] = Object.freeze(row(uncertain, country, year, metric, value, unit, estimated, release, sourceId, cell));\n` +
    `    }\n` +
    `  }\n` +
    `  return Object.freeze(rows);\n` +
    `}\n\n` +
    `export const capabilityRows: readonly CapabilityRow[] = /* @__PURE__ */ expand(${jsonLiteral(series)});\n`
  );
}

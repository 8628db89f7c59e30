// Validates every curated data file and compiles it into typed, frozen modules under src/datasets/generated/.
// A malformed file stops the build with file, row and field, and leaves the generated modules untouched.
// Run: npm run data:build  (npm run build runs it first)
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import type { z } from "zod";
import { existsSync, readFileSync } from "node:fs";
import { z as zod } from "zod";
import { computeClaims, type ClaimSpec } from "../src/claims/index.js";
import {
  ArmsDeliveryRowSchema,
  CapabilityRowSchema,
  WorldTradeRowSchema,
  ArmsTransferRowSchema,
  AssessmentRowSchema,
  CountryRowSchema,
  EnergyFlowRowSchema,
  EnergyProjectRowSchema,
  EventRowSchema,
  FactRowSchema,
  PartnerTradeRowSchema,
  ReportedShareRowSchema,
  SourceRowSchema,
  TradeRowSchema,
  schemas,
} from "../src/schemas/index.js";
import type {
  ArmsDeliveryRow, ArmsTransferRow, CapabilityRow, WorldTradeRow, AssessmentRow, ClaimRow, CountryRow, EnergyFlowRow, EnergyProjectRow, EventRow, FactRow, PartnerTradeRow,
  ReportedShareRow, SourceRow, TradeRow,
} from "../src/core/types.js";
import { checkAgainstDots, checkArmsBelowTotal, checkDotsCells, checkJsonStrings, checkNoControl, checkPublishedValues, duplicateJsonKey } from "./lib/data-checks.js";
import { DataFileError, isMain, readCsv, ROOT, writeSetAtomic } from "./lib/files.js";

type Kind = "string" | "number" | "integer" | "boolean" | "list";

interface FileSpec<T> {
  readonly file: string;
  readonly columns: Readonly<Record<string, Kind>>;
  readonly schema: z.ZodType<T>;
}

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** No data row may be for a year after the year the data is built in (it only checks; the output does not depend on it). */
const BUILD_YEAR = new Date().getUTCFullYear();

function convert(file: string, line: number, field: string, kind: Kind, text: string): unknown {
  if (text === "") return undefined;
  switch (kind) {
    case "list":
      return text.split(";");
    case "string":
      if (text !== text.trim()) throw new DataFileError(file, line, field, `has leading or trailing white space: ${JSON.stringify(text)}`);
      checkNoControl(file, line, field, text);
      return text;
    case "boolean":
      if (text !== "true" && text !== "false") throw new DataFileError(file, line, field, `must be true or false, found ${JSON.stringify(text)}`);
      return text === "true";
    case "number":
    case "integer": {
      if (!NUMBER.test(text)) throw new DataFileError(file, line, field, `must be a plain decimal number, found ${JSON.stringify(text)}`);
      // An integer is written as one: "2010.0" is refused, not read as 2010.
      if (kind === "integer" && !/^-?(0|[1-9]\d*)$/.test(text)) throw new DataFileError(file, line, field, `must be an integer, found ${text}`);
      return Number(text);
    }
  }
}

export function loadFile<T>(dataDir: string, spec: FileSpec<T>): { rows: T[]; lines: number[] } {
  const path = resolve(dataDir, spec.file);
  const columns = Object.keys(spec.columns);
  const file = `data/${spec.file}`;
  if (!existsSync(path)) throw new DataFileError(file, null, null, "is missing");
  const records = readCsv(path, columns, file);
  if (records.length === 0) throw new DataFileError(file, 2, null, "holds no rows, only its header: the file may be truncated");
  const rows: T[] = [];
  const lines: number[] = [];
  for (const { line, values } of records) {
    const obj: Record<string, unknown> = {};
    for (const c of columns) {
      const v = convert(file, line, c, spec.columns[c]!, values[c]!);
      if (v !== undefined) obj[c] = v;
    }
    const parsed = spec.schema.safeParse(obj);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.map(String).join(".") || null;
      const shown = field && field in obj ? ` (value ${JSON.stringify(obj[field])})` : field ? " (empty)" : "";
      throw new DataFileError(file, line, field, `${issue.message}${shown}`);
    }
    for (const f of ["year", "periodStart", "periodEnd"]) {
      const y = obj[f];
      if (typeof y === "number" && y > BUILD_YEAR) throw new DataFileError(file, line, f, `${y} is after the year of the build (${BUILD_YEAR}): no figure for a later year can be sourced yet`);
    }
    rows.push(parsed.data);
    lines.push(line);
  }
  return { rows, lines };
}

/** Loads a JSON array file and validates each element; errors name the file, the element (1-based) and the field. */
export function loadJson<T>(dataDir: string, fileName: string, schema: z.ZodType<T>): { rows: T[]; lines: number[] } {
  const file = `data/${fileName}`;
  const buf = readFileSync(resolve(dataDir, fileName));
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) throw new DataFileError(file, null, null, "starts with a byte-order mark; save it as UTF-8 without BOM");
  let data: unknown;
  try {
    data = JSON.parse(buf.toString("utf8"));
  } catch (e) {
    throw new DataFileError(file, null, null, `is not valid JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(data)) throw new DataFileError(file, null, null, "must hold a JSON array of rows");
  // JSON.parse keeps the last of two equal keys silently: a repeated key is refused.
  const dup = duplicateJsonKey(buf.toString("utf8"));
  if (dup) throw new DataFileError(file, dup.element, dup.key, `duplicate key ${JSON.stringify(dup.key)} in one object (line ${dup.line}); JSON keeps only the last`);
  const rows: T[] = [];
  data.forEach((el, i) => {
    checkJsonStrings(file, i + 1, el);
    const parsed = schema.safeParse(el);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new DataFileError(file, i + 1, issue.path.map(String).join(".") || null, issue.message);
    }
    rows.push(parsed.data);
  });
  return { rows, lines: rows.map((_, i) => i + 1) };
}

const ClaimSpecSchema = zod.strictObject({
  id: zod.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  quote: zod.string().min(1),
  statedValue: zod.number().finite().exactOptional(),
  unit: zod.string().min(1),
});

/**
 * The zod schemas type codes and source ids as strings (they validate anyone's rows); compileData checks every
 * code against countries.csv and every source id against sources.csv, after which its rows are of the row types,
 * whose codes and source ids are the literal unions generated from those two files.
 */
function known<T>(rows: readonly unknown[]): T[] {
  return rows as T[];
}

export const SPECS = {
  countries: { file: "countries.csv", columns: { code: "string", name: "string", imfName: "string", kind: "string", note: "string" }, schema: CountryRowSchema },
  sources: {
    file: "sources.csv",
    columns: { id: "string", title: "string", producer: "string", publisher: "string", date: "string", url: "string", accessed: "string", licence: "string", citation: "string" },
    schema: SourceRowSchema,
  },
  partnerTrade: {
    file: "partner-trade.csv",
    columns: { year: "integer", reporter: "string", partner: "string", flow: "string", valueUsdMillions: "number", sourceId: "string", cell: "string" },
    schema: PartnerTradeRowSchema.extend({ cell: TradeRowSchema.shape.cell.unwrap() }),
  },
  tradeReported: {
    file: "trade-reported.csv",
    columns: {
      year: "integer", reporter: "string", partner: "string", flow: "string", valueUsdMillions: "number", producer: "string", sourceId: "string",
      valueAsPublished: "string", unitAsPublished: "string", approximate: "boolean", excerpt: "string", note: "string", bound: "string", producerInferred: "boolean",
    },
    schema: TradeRowSchema,
  },
  reportedShares: {
    file: "reported-shares.csv",
    columns: {
      country: "string", partner: "string", period: "string", year: "integer", sharePercent: "number", approximate: "boolean",
      producer: "string", sourceId: "string", excerpt: "string", note: "string", bound: "string", periodInferred: "boolean", producerInferred: "boolean",
    },
    schema: ReportedShareRowSchema,
  },
  events: {
    file: "events.csv",
    columns: { id: "string", date: "string", precision: "string", category: "string", title: "string", description: "string", sourceIds: "list", excerpt: "string" },
    schema: EventRowSchema,
  },
  energyFlows: {
    file: "energy-flows.csv",
    columns: {
      projectId: "string", flow: "string", year: "integer", value: "number", unit: "string", status: "string", approximate: "boolean",
      sourceId: "string", excerpt: "string", note: "string", bound: "string",
    },
    schema: EnergyFlowRowSchema,
  },
  armsTransfers: {
    file: "arms-transfers.csv",
    columns: {
      supplier: "string", recipient: "string", periodStart: "integer", periodEnd: "integer", sharePercent: "number", measure: "string",
      approximate: "boolean", sourceId: "string", excerpt: "string", note: "string", bound: "string", periodInferred: "boolean",
    },
    schema: ArmsTransferRowSchema,
  },
  armsDeliveries: {
    file: "arms-deliveries.csv",
    columns: {
      supplier: "string", recipient: "string", year: "integer", tivMillions: "integer", belowHalfMillion: "boolean", release: "string",
      sourceId: "string", cell: "string",
    },
    schema: ArmsDeliveryRowSchema.safeExtend({ cell: zod.string().regex(/^TIV-Export-[A-Z]+-1950-2021\.csv![A-Z]+\d+$/) }),
  },
  worldTrade: {
    file: "world-trade.csv",
    columns: { reporter: "string", partner: "string", flow: "string", year: "integer", valueUsdMillions: "number", estimated: "boolean", sourceId: "string", cell: "string" },
    schema: WorldTradeRowSchema,
  },
  capabilities: {
    file: "capabilities.csv",
    columns: { country: "string", year: "integer", metric: "string", value: "number", unit: "string", estimated: "boolean", sourceId: "string", cell: "string" },
    schema: CapabilityRowSchema.safeExtend({ cell: zod.string().regex(/^[a-z0-9-]+\/data\.csv!\d+$/) }),
  },
  facts: {
    file: "facts.csv",
    columns: {
      id: "string", label: "string", value: "number", unit: "string", date: "string", approximate: "boolean", sourceId: "string",
      excerpt: "string", note: "string", bound: "string",
    },
    schema: FactRowSchema,
  },
} as const;

export interface CompiledData {
  readonly countries: CountryRow[];
  readonly sources: SourceRow[];
  readonly trade: TradeRow[];
  readonly partnerTrade: PartnerTradeRow[];
  readonly worldTrade: WorldTradeRow[];
  readonly reportedShares: ReportedShareRow[];
  readonly energyProjects: EnergyProjectRow[];
  readonly energyFlows: EnergyFlowRow[];
  readonly armsTransfers: ArmsTransferRow[];
  readonly armsDeliveries: ArmsDeliveryRow[];
  readonly capabilities: CapabilityRow[];
  readonly events: EventRow[];
  readonly facts: FactRow[];
  readonly assessments: AssessmentRow[];
  readonly claims: ClaimRow[];
}

/** The dataset names an assessment may point to. */
export const DATASET_NAMES = [
  "trade", "partnerTrade", "worldTrade", "reportedShares", "energyProjects", "energyFlows", "armsTransfers", "armsDeliveries", "capabilities", "events", "facts",
  "assessments", "claims", "countries", "sources",
] as const;

function checkUnique<T>(file: string, rows: readonly T[], lines: readonly number[], key: (r: T) => string, keyName: string): void {
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    const k = key(r);
    const first = seen.get(k);
    if (first !== undefined) throw new DataFileError(`data/${file}`, lines[i]!, keyName, `duplicate key ${k} (first at row ${first})`);
    seen.set(k, lines[i]!);
  });
}

function checkRefs<T>(file: string, rows: readonly T[], lines: readonly number[], field: keyof T & string, known: ReadonlySet<string>, what: string): void {
  rows.forEach((r, i) => {
    const v = r[field] as unknown as string;
    if (!known.has(v)) throw new DataFileError(`data/${file}`, lines[i]!, field, `unknown ${what} ${JSON.stringify(v)}`);
  });
}

/** Loads, validates and cross-checks every data file; builds the datasets. Throws DataFileError on any problem. */
export function compileData(dataDir = resolve(ROOT, "data")): CompiledData {
  const countries = loadFile(dataDir, SPECS.countries);
  const sources = loadFile(dataDir, SPECS.sources);
  const partner = loadFile(dataDir, SPECS.partnerTrade);
  const reported = loadFile(dataDir, SPECS.tradeReported);
  const shares = loadFile(dataDir, SPECS.reportedShares);

  checkUnique("countries.csv", countries.rows, countries.lines, (r) => r.code, "code");
  checkUnique("sources.csv", sources.rows, sources.lines, (r) => r.id, "id");
  const codes = new Set(countries.rows.map((r) => r.code));
  const sourceIds = new Set(sources.rows.map((r) => r.id));

  checkUnique("partner-trade.csv", partner.rows, partner.lines, (r) => `${r.year}/${r.reporter}/${r.partner}/${r.flow}`, "year");
  partner.rows.forEach((r, i) => {
    if (r.reporter === r.partner) throw new DataFileError("data/partner-trade.csv", partner.lines[i]!, "partner", "a reporter cannot trade with itself");
  });
  checkDotsCells("data/partner-trade.csv", partner.rows, partner.lines);
  checkPublishedValues("data/trade-reported.csv", reported.rows, reported.lines);
  checkRefs("partner-trade.csv", partner.rows, partner.lines, "partner", codes, "partner code");
  // Each (reporter, partner, flow) series is one run of rows with increasing years (npm run data:extract writes them so).
  const closed = new Set<string>();
  partner.rows.forEach((r, i) => {
    const k = `${r.reporter}/${r.partner}/${r.flow}`;
    const p = i > 0 ? partner.rows[i - 1]! : undefined;
    const pk = p ? `${p.reporter}/${p.partner}/${p.flow}` : undefined;
    if (p && pk === k && p.year >= r.year) throw new DataFileError("data/partner-trade.csv", partner.lines[i]!, "year", `rows must be sorted by year within ${k}`);
    if (pk !== k) {
      if (closed.has(k)) throw new DataFileError("data/partner-trade.csv", partner.lines[i]!, "partner", `rows must be sorted: ${k} appears again after other series`);
      if (pk) closed.add(pk);
    }
  });
  checkRefs("partner-trade.csv", partner.rows, partner.lines, "sourceId", sourceIds, "sourceId");
  checkUnique("trade-reported.csv", reported.rows, reported.lines, (r) => `${r.year}/${r.reporter}/${r.partner}/${r.flow}/${r.sourceId}`, "sourceId");
  checkRefs("trade-reported.csv", reported.rows, reported.lines, "partner", codes, "partner code");
  checkRefs("trade-reported.csv", reported.rows, reported.lines, "sourceId", sourceIds, "sourceId");
  checkRefs("reported-shares.csv", shares.rows, shares.lines, "partner", codes, "partner code");
  checkRefs("reported-shares.csv", shares.rows, shares.lines, "sourceId", sourceIds, "sourceId");
  reported.rows.forEach((r, i) => {
    if (r.reporter === r.partner) throw new DataFileError("data/trade-reported.csv", reported.lines[i]!, "partner", "a reporter cannot trade with itself");
  });

  // The trade dataset: the DOTS cells of China with Russia and the world, and of Russia with China and the world,
  // beside every hand-entered figure.
  const counterpart = { CHN: "RUS", RUS: "CHN" } as const;
  const dots = known<TradeRow>(
    partner.rows
      .filter((r) => r.partner === "WLD" || r.partner === counterpart[r.reporter])
      .map((r) => ({ year: r.year, reporter: r.reporter, partner: r.partner, flow: r.flow, valueUsdMillions: r.valueUsdMillions, producer: "imf-dots", sourceId: r.sourceId, cell: r.cell, approximate: false })),
  );
  // One row per key across both files: a hand-entered row may not repeat an IMF DOTS cell.
  const dotsKeys = new Set(dots.map((r) => `${r.year}/${r.reporter}/${r.partner}/${r.flow}/${r.sourceId}`));
  reported.rows.forEach((r, i) => {
    const k = `${r.year}/${r.reporter}/${r.partner}/${r.flow}/${r.sourceId}`;
    if (dotsKeys.has(k)) throw new DataFileError("data/trade-reported.csv", reported.lines[i]!, "sourceId", `duplicate key ${k}: the row repeats an IMF DOTS cell of data/partner-trade.csv`);
  });
  // Nor give an IMF DOTS figure the workbooks hold under another source id, or a different one.
  checkAgainstDots("data/trade-reported.csv", reported.rows, reported.lines, dots);
  // A bilateral figure cannot exceed the reporter's trade with the world in the same flow and year: checked
  // within each file against that file's world totals of the same source (DOTS), and for hand-entered rows
  // against the largest world total any source gives for that reporter, flow and year.
  type FlowRow = { reporter: string; partner: string; flow: string; year: number; valueUsdMillions: number; sourceId: string };
  const worldKey = (r: FlowRow, bySource: boolean) => `${r.reporter}/${r.flow}/${r.year}${bySource ? `/${r.sourceId}` : ""}`;
  const worldTotals = (rows: readonly FlowRow[], bySource: boolean) => {
    const m = new Map<string, number>();
    for (const r of rows) {
      if (r.partner !== "WLD") continue;
      const k = worldKey(r, bySource);
      m.set(k, Math.max(m.get(k) ?? 0, r.valueUsdMillions));
    }
    return m;
  };
  const checkBelowWorld = (file: string, rows: readonly FlowRow[], lines: readonly number[], totals: ReadonlyMap<string, number>, bySource: boolean) =>
    rows.forEach((r, i) => {
      if (r.partner === "WLD") return;
      const w = totals.get(worldKey(r, bySource));
      if (w !== undefined && r.valueUsdMillions > w) {
        throw new DataFileError(`data/${file}`, lines[i]!, "valueUsdMillions", `${r.valueUsdMillions} exceeds ${r.reporter}'s ${r.flow} with the world in ${r.year} (${w})`);
      }
    });
  checkBelowWorld("partner-trade.csv", partner.rows, partner.lines, worldTotals(partner.rows, true), true);
  checkBelowWorld("trade-reported.csv", reported.rows, reported.lines, worldTotals([...dots, ...reported.rows], false), false);
  const trade = [...dots, ...reported.rows].sort(
    (a, b) =>
      a.reporter.localeCompare(b.reporter) || a.partner.localeCompare(b.partner) || a.flow.localeCompare(b.flow) || a.year - b.year || a.sourceId.localeCompare(b.sourceId),
  );
  const partnerTrade = partner.rows.map(({ cell: _cell, ...r }) => r);

  const events = loadFile(dataDir, SPECS.events);
  const flows = loadFile(dataDir, SPECS.energyFlows);
  const arms = loadFile(dataDir, SPECS.armsTransfers);
  const facts = loadFile(dataDir, SPECS.facts);
  const projects = loadJson(dataDir, "energy-projects.json", EnergyProjectRowSchema);
  const assessments = loadJson(dataDir, "assessments.json", AssessmentRowSchema);
  const claimSpecs = loadJson(dataDir, "claims.json", ClaimSpecSchema);

  checkUnique("events.csv", events.rows, events.lines, (r) => r.id, "id");
  checkUnique("facts.csv", facts.rows, facts.lines, (r) => r.id, "id");
  checkUnique("energy-projects.json", projects.rows, projects.lines, (r) => r.id, "id");
  checkUnique("assessments.json", assessments.rows, assessments.lines, (r) => r.id, "id");
  checkUnique("claims.json", claimSpecs.rows, claimSpecs.lines, (r) => r.id, "id");
  checkUnique("energy-flows.csv", flows.rows, flows.lines, (r) => `${r.flow}/${r.year}/${r.status}/${r.sourceId}`, "sourceId");
  checkUnique("arms-transfers.csv", arms.rows, arms.lines, (r) => `${r.recipient}/${r.periodStart}-${r.periodEnd}/${r.measure}/${r.sourceId}`, "sourceId");
  for (const [file, loaded] of [["energy-flows.csv", flows], ["arms-transfers.csv", arms], ["facts.csv", facts], ["assessments.json", assessments]] as const) {
    checkRefs(file, loaded.rows as { sourceId: string }[], loaded.lines, "sourceId", sourceIds, "sourceId");
  }
  const listRefs = (file: string, lines: readonly number[], lists: readonly (readonly string[])[], field: string, known: ReadonlySet<string>, what: string) =>
    lists.forEach((list, i) => {
      for (const v of list) if (!known.has(v)) throw new DataFileError(`data/${file}`, lines[i]!, field, `unknown ${what} ${JSON.stringify(v)}`);
    });
  listRefs("events.csv", events.lines, events.rows.map((r) => r.sourceIds), "sourceIds", sourceIds, "sourceId");
  projects.rows.forEach((p, i) => {
    const cited = [...p.capacity, ...p.chineseStakes, ...p.milestones].map((x) => x.sourceId);
    for (const id of cited) {
      if (!sourceIds.has(id)) throw new DataFileError("data/energy-projects.json", i + 1, "sourceId", `unknown sourceId ${JSON.stringify(id)}`);
      if (!p.sourceIds.includes(id)) throw new DataFileError("data/energy-projects.json", i + 1, "sourceIds", `does not list ${id}, which the row cites`);
    }
  });
  const projectIds = new Set(projects.rows.map((p) => p.id));
  flows.rows.forEach((r, i) => {
    if (r.projectId !== undefined && !projectIds.has(r.projectId)) throw new DataFileError("data/energy-flows.csv", flows.lines[i]!, "projectId", `unknown project ${JSON.stringify(r.projectId)}`);
  });
  checkRefs("arms-transfers.csv", arms.rows, arms.lines, "recipient", codes, "country code");
  const deliveries = loadFile(dataDir, SPECS.armsDeliveries);
  checkUnique("arms-deliveries.csv", deliveries.rows, deliveries.lines, (r) => `${r.supplier}/${r.recipient}/${r.year}/${r.release}`, "year");
  checkRefs("arms-deliveries.csv", deliveries.rows, deliveries.lines, "supplier", codes, "supplier code");
  checkRefs("arms-deliveries.csv", deliveries.rows, deliveries.lines, "recipient", codes, "recipient code");
  checkRefs("arms-deliveries.csv", deliveries.rows, deliveries.lines, "sourceId", sourceIds, "sourceId");
  deliveries.rows.forEach((r, i) => {
    if (r.supplier === r.recipient) throw new DataFileError("data/arms-deliveries.csv", deliveries.lines[i]!, "recipient", "a supplier cannot deliver to itself");
    if (i > 0) {
      const p = deliveries.rows[i - 1]!;
      const order = p.supplier < r.supplier || (p.supplier === r.supplier && (p.recipient < r.recipient || (p.recipient === r.recipient && p.year < r.year)));
      if (!order) throw new DataFileError("data/arms-deliveries.csv", deliveries.lines[i]!, "year", "rows must be sorted by supplier, recipient and year");
    }
  });
  checkArmsBelowTotal("data/arms-deliveries.csv", deliveries.rows, deliveries.lines);
  const armsDeliveries = deliveries.rows.map(({ cell: _cell, ...r }) => r);
  const world = loadFile(dataDir, SPECS.worldTrade);
  checkUnique("world-trade.csv", world.rows, world.lines, (r) => `${r.reporter}/${r.partner}/${r.flow}/${r.year}`, "year");
  checkRefs("world-trade.csv", world.rows, world.lines, "reporter", codes, "reporter code");
  checkRefs("world-trade.csv", world.rows, world.lines, "sourceId", sourceIds, "sourceId");
  world.rows.forEach((r, i) => {
    if (r.reporter === r.partner && r.reporter !== "WLD") throw new DataFileError("data/world-trade.csv", world.lines[i]!, "partner", "a reporter cannot trade with itself");
    if (i > 0) {
      const p = world.rows[i - 1]!;
      const k = (x: { reporter: string; partner: string; flow: string }) => `${x.reporter}\u0000${x.partner}\u0000${x.flow}`;
      if (k(p) > k(r) || (k(p) === k(r) && p.year >= r.year)) throw new DataFileError("data/world-trade.csv", world.lines[i]!, "year", "rows must be sorted by reporter, partner, flow and year");
    }
  });
  checkBelowWorld("world-trade.csv", world.rows, world.lines, worldTotals(world.rows, true), true);
  checkDotsCells("data/world-trade.csv", world.rows, world.lines);
  const worldTrade = world.rows;
  const caps = loadFile(dataDir, SPECS.capabilities);
  checkUnique("capabilities.csv", caps.rows, caps.lines, (r) => `${r.country}/${r.metric}/${r.year}`, "year");
  checkRefs("capabilities.csv", caps.rows, caps.lines, "country", codes, "country code");
  checkRefs("capabilities.csv", caps.rows, caps.lines, "sourceId", sourceIds, "sourceId");
  const unitOf = new Map<string, string>();
  caps.rows.forEach((r, i) => {
    const unit = unitOf.get(r.metric);
    if (unit !== undefined && unit !== r.unit) throw new DataFileError("data/capabilities.csv", caps.lines[i]!, "unit", `${r.metric} is in ${unit} elsewhere, here ${r.unit}`);
    unitOf.set(r.metric, r.unit);
    if (r.country === "RUS" && r.year < 1992 && /^(militaryExpenditure|nuclearWarhead)/.test(r.metric)) {
      throw new DataFileError("data/capabilities.csv", caps.lines[i]!, "country", `${r.metric} for ${r.year} is the Soviet Union's: use SUN, never RUS`);
    }
  });
  const capabilities = caps.rows.map(({ cell: _cell, ...r }) => r);
  const eventIds = new Set(events.rows.map((e) => e.id));
  const claimIds = new Set(claimSpecs.rows.map((c) => c.id));
  const datasetNames = new Set<string>(DATASET_NAMES);
  listRefs("assessments.json", assessments.lines, assessments.rows.map((r) => r.events), "events", eventIds, "event id");
  listRefs("assessments.json", assessments.lines, assessments.rows.map((r) => r.claims), "claims", claimIds, "claim id");
  listRefs("assessments.json", assessments.lines, assessments.rows.map((r) => r.datasets), "datasets", datasetNames, "dataset");

  const byDate = <T extends { date: string; id: string }>(a: T, b: T) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
  const base = {
    trade: known<TradeRow>(trade),
    reportedShares: known<ReportedShareRow>(shares.rows),
    energyProjects: known<EnergyProjectRow>(projects.rows),
    armsTransfers: known<ArmsTransferRow>(arms.rows),
    armsDeliveries: known<ArmsDeliveryRow>(armsDeliveries),
    capabilities: known<CapabilityRow>(capabilities),
    worldTrade: known<WorldTradeRow>(worldTrade),
    facts: known<FactRow>(facts.rows),
    events: known<EventRow>([...events.rows].sort(byDate)),
  };
  const claims = computeClaims(claimSpecs.rows as ClaimSpec[], base);
  // The sources a claim cites are those of its spec and of the rows its computation read: each must exist.
  listRefs("claims.json", claimSpecs.lines, claims.map((c) => c.sourceIds), "sourceIds", sourceIds, "sourceId");
  return {
    ...base,
    countries: known<CountryRow>(countries.rows),
    sources: known<SourceRow>(sources.rows),
    partnerTrade: known<PartnerTradeRow>(partnerTrade),
    energyFlows: known<EnergyFlowRow>(flows.rows),
    assessments: known<AssessmentRow>(assessments.rows),
    claims,
  };
}

/** A canonical serialisation: keys sorted, no white space. Used for hashes. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

const HEADER = "// Generated by scripts/build-data.ts from the files in data/. Do not edit: change the data and run npm run data:build.\n";

/**
 * The codes and source ids as literal union types, so that a query with a code the data does not have (a typo
 * such as `partner: "RSU"`) does not type-check. Types only: nothing of it reaches the built JavaScript.
 */
function codesModule(data: CompiledData): string {
  const union = (values: readonly string[]) => [...new Set(values)].sort().map((v) => `\n  | ${JSON.stringify(v)}`).join("");
  return (
    HEADER +
    `\n/** A code of the \`countries\` dataset: an ISO 3166-1 alpha-3 code, an IMF group (\`WLD\` for the world), a former\n` +
    ` * country (\`SUN\`, the Soviet Union), an organisation (\`ORG_…\`) or a non-state actor (\`NSA_…\`). */\n` +
    `export type CountryCode =${union(data.countries.map((c) => c.code))};\n\n` +
    `/** The id of a row of the \`sources\` dataset: what every \`sourceId\` and \`sourceIds\` entry holds. */\n` +
    `export type SourceId =${union(data.sources.map((s) => s.id))};\n`
  );
}

function jsonLiteral(value: unknown): string {
  // A JSON.parse of a string literal is the fastest way for engines to load a large literal.
  // Annotated pure, so that a bundler drops the data when nothing uses it.
  // Apostrophes inside the JSON strings are written as the JSON escape \u0027, so that the bundler can print the
  // literal in single quotes (a template literal parses more slowly in V8).
  return `/* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(value).replace(/'/g, "\\u0027"))})`;
}

function rowsModule(name: string, type: string, rows: readonly object[]): string {
  // The fields that hold objects or arrays in some row: only these need a deep freeze.
  const nested = [...new Set(rows.flatMap((r) => Object.entries(r).filter(([, v]) => typeof v === "object" && v !== null).map(([k]) => k)))].sort();
  return (
    HEADER +
    `import type { ${type} } from "../../core/types.js";\nimport { freezeRows } from "../../core/freeze.js";\n\n` +
    `export const ${name}: readonly ${type}[] = /* @__PURE__ */ freezeRows(${jsonLiteral(rows)}, ${JSON.stringify(nested)});\n`
  );
}

/**
 * Partner-trade rows (sorted) as series: [reporter, partner, flow, sourceId, first year, values], one per
 * (reporter, partner, flow, source), with `null` for the years a series skips.
 */
function partnerSeries(rows: readonly PartnerTradeRow[]): [string, string, string, string, number, (number | null)[]][] {
  const series: [string, string, string, string, number, (number | null)[]][] = [];
  let cur: (typeof series)[number] | undefined;
  for (const r of rows) {
    if (!cur || cur[0] !== r.reporter || cur[1] !== r.partner || cur[2] !== r.flow || cur[3] !== r.sourceId) {
      cur = [r.reporter, r.partner, r.flow, r.sourceId, r.year, []];
      series.push(cur);
    }
    const gap = r.year - (cur[4] + cur[5].length);
    if (gap < 0) throw new Error(`partner trade rows are not sorted at ${r.reporter}/${r.partner}/${r.flow}/${r.year}`);
    for (let i = 0; i < gap; i++) cur[5].push(null);
    cur[5].push(r.valueUsdMillions);
  }
  return series;
}

/**
 * China's and Russia's trade with every partner as one text (JSON of one series per reporter, partner, flow
 * and source: first year, values). The partner-trade entry parses it at import; the world entry parses it on
 * its selectors' first call. It is its own module, built once per format (dist/partner-series.js and .cjs) and
 * imported by both entries, so the package ships the values once per format.
 */
function partnerSeriesModule(rows: readonly PartnerTradeRow[]): string {
  const text = JSON.stringify(partnerSeries(rows)).replace(/'/g, "\\u0027");
  return HEADER + `/** China's and Russia's IMF DOTS values with every partner, as JSON text. */\nexport const PARTNER_SERIES: string = ${JSON.stringify(text)};\n`;
}

/** Partner trade is large: emitted as one series per (reporter, partner, flow) with consecutive years. */
function partnerTradeModule(): string {
  return (
    HEADER +
    `import type { PartnerTradeRow } from "../../core/types.js";\nimport { freezeRows } from "../../core/freeze.js";\nimport { PARTNER_SERIES } from "./partner-series.js";\n\n` +
    `type Series = [PartnerTradeRow["reporter"], PartnerTradeRow["partner"], PartnerTradeRow["flow"], PartnerTradeRow["sourceId"], number, (number | null)[]];\n\n` +
    `function expand(series: Series[]): PartnerTradeRow[] {\n` +
    `  const rows: PartnerTradeRow[] = [];\n` +
    `  for (const [reporter, partner, flow, sourceId, first, values] of series) {\n` +
    `    values.forEach((v, i) => {\n` +
    `      if (v !== null) rows.push({ year: first + i, reporter, partner, flow, valueUsdMillions: v, sourceId });\n` +
    `    });\n` +
    `  }\n` +
    `  return rows;\n` +
    `}\n\n` +
    `export const partnerTradeRows: readonly PartnerTradeRow[] = /* @__PURE__ */ freezeRows(/* @__PURE__ */ expand(JSON.parse(PARTNER_SERIES) as Series[]), []);\n`
  );
}

/**
 * Arms deliveries are large and sparse (1950–2021): emitted per (source, release) as one series per
 * (supplier, recipient) holding its first year and its values in year order, where a negative number -k
 * stands for k years without deliveries (TIV values are never negative).
 */
function armsDeliveriesModule(rows: readonly ArmsDeliveryRow[]): string {
  type Series = [string, string, number, number[]];
  const groups: [string, string, Series[]][] = [];
  let group: (typeof groups)[number] | undefined;
  let cur: Series | undefined;
  let next = 0;
  for (const r of rows) {
    if (!group || group[0] !== r.sourceId || group[1] !== r.release) {
      group = groups.find((g) => g[0] === r.sourceId && g[1] === r.release);
      if (!group) groups.push((group = [r.sourceId, r.release, []]));
      cur = undefined;
    }
    if (!cur || cur[0] !== r.supplier || cur[1] !== r.recipient) {
      cur = [r.supplier, r.recipient, r.year, []];
      group[2].push(cur);
      next = r.year;
    }
    if (r.year < next) throw new Error(`arms delivery rows are not sorted at ${r.supplier}/${r.recipient}/${r.year}`);
    if (r.year > next) cur[3].push(next - r.year);
    cur[3].push(r.tivMillions);
    next = r.year + 1;
  }
  return (
    HEADER +
    `import type { ArmsDeliveryRow } from "../../core/types.js";\nimport { freezeRows } from "../../core/freeze.js";\n\n` +
    `type Group = [sourceId: ArmsDeliveryRow["sourceId"], release: string, series: [supplier: ArmsDeliveryRow["supplier"], recipient: ArmsDeliveryRow["recipient"], first: number, values: number[]][]];\n\n` +
    `function expand(groups: Group[]): ArmsDeliveryRow[] {\n` +
    `  const rows: ArmsDeliveryRow[] = [];\n` +
    `  for (const [sourceId, release, series] of groups) {\n` +
    `    for (const [supplier, recipient, first, values] of series) {\n` +
    `      let year = first;\n` +
    `      for (const v of values) {\n` +
    `        if (v < 0) year -= v;\n` +
    `        else rows.push({ supplier, recipient, year: year++, tivMillions: v, belowHalfMillion: v === 0, release, sourceId });\n` +
    `      }\n` +
    `    }\n` +
    `  }\n` +
    `  return rows;\n` +
    `}\n\n` +
    `export const armsDeliveryRows: readonly ArmsDeliveryRow[] = /* @__PURE__ */ freezeRows(/* @__PURE__ */ expand(${jsonLiteral(groups)}), []);\n`
  );
}

/**
 * World trade: one series per (reporter, partner, flow, source) with its workbook, sheet row and column
 * offset (the years of a series sit in consecutive columns: column = year + offset), its first year, its
 * values in year order (null for a gap) and the offsets of the IMF's estimates. The cell of each value is
 * rebuilt from these at import.
 */
function worldTradeModule(rows: readonly WorldTradeRow[]): string {
  type Series = [string, string, string, string, string, number, number, number, (number | null)[], number[]];
  const colNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const series: Series[] = [];
  let cur: Series | undefined;
  for (const r of rows) {
    const m = /^(DOTS_\d+\.xlsx)!sheet[12]!([A-Z]+)(\d+)$/.exec(r.cell);
    if (!m) throw new Error(`world trade: bad cell ${r.cell}`);
    const [, file, letters, line] = m;
    const offset = colNumber(letters!) - r.year;
    if (!cur || cur[0] !== r.reporter || cur[1] !== r.partner || cur[2] !== r.flow || cur[3] !== r.sourceId || cur[4] !== file || cur[5] !== Number(line) || cur[6] !== offset) {
      cur = [r.reporter, r.partner, r.flow, r.sourceId, file!, Number(line), offset, r.year, [], []];
      series.push(cur);
    }
    const gap = r.year - (cur[7] + cur[8].length);
    if (gap < 0) throw new Error(`world trade rows are not sorted at ${r.reporter}/${r.partner}/${r.flow}/${r.year}`);
    for (let i = 0; i < gap; i++) cur[8].push(null);
    if (r.estimated) cur[9].push(cur[8].length);
    cur[8].push(r.valueUsdMillions);
  }
  return (
    HEADER +
    `import type { WorldTradeRow } from "../../core/types.js";\nimport { PARTNER_SERIES } from "./partner-series.js";\n\n` +
    `type Series = [reporter: WorldTradeRow["reporter"], partner: WorldTradeRow["partner"], flow: WorldTradeRow["flow"], sourceId: WorldTradeRow["sourceId"], file: string, line: number, offset: number, first: number, values: (number | null)[], estimated: number[]];\n\n` +
    // Column letters are built once per column, not once per value; each row is frozen as it is made (one
    // pass over the rows instead of two). Both measured in the benchmark's world import.
    `const COLUMNS: string[] = [];\n\n` +
    `function column(n: number): string {\n` +
    `  let s = COLUMNS[n];\n` +
    `  if (s !== undefined) return s;\n` +
    `  s = "";\n` +
    `  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;\n` +
    `  return (COLUMNS[n] = s);\n` +
    `}\n\n` +
    `function expand(series: Series[]): readonly WorldTradeRow[] {\n` +
    `  const rows: WorldTradeRow[] = [];\n` +
    `  for (let k = 0; k < series.length; k++) {\n` +
    // Indexed reads: array destructuring would go through the iterator protocol for every series.
    `    const q = series[k]!;\n` +
    `    const reporter = q[0], partner = q[1], flow = q[2], sourceId = q[3], line = q[5], offset = q[6], first = q[7], values = q[8], estimated = q[9];\n` +
    `    const prefix = q[4] + (flow === "export" ? "!sheet1!" : "!sheet2!");\n` +
    `    let e = 0;\n` +
    `    for (let i = 0; i < values.length; i++) {\n` +
    `      const v = values[i];\n` +
    `      if (v === null || v === undefined) continue;\n` +
    `      const isEstimate = estimated[e] === i;\n` +
    `      if (isEstimate) e++;\n` +
    `      const year = first + i;\n` +
    `      rows.push(Object.freeze({ reporter, partner, flow, year, valueUsdMillions: v, estimated: isEstimate, sourceId, cell: prefix + column(year + offset) + line }));\n` +
    `    }\n` +
    `  }\n` +
    `  return Object.freeze(rows);\n` +
    `}\n\n` +
    `export const worldTradeRows: readonly WorldTradeRow[] = /* @__PURE__ */ expand(${jsonLiteral(series)});\n\n` +
    poleValuesModulePart()
  );
}

/**
 * China's and Russia's own trade with every partner, for the world selectors' China and Russia side: kept as a
 * string and parsed on the selectors' first call, so that importing the world entry does not pay for it (and
 * does not load the partner-trade entry). One series per (reporter, partner, flow, source): first year, values.
 */
function poleValuesModulePart(): string {
  return (
    `/** One value of China's or Russia's own statistics. */\n` +
    `export interface PoleValue {\n  readonly value: number;\n  readonly sourceId: string;\n}\n\n` +
    `let poles: Map<string, Map<number, PoleValue>> | undefined;\n\n` +
    `/** reporter/partner/flow → year → value, parsed on the first call. */\n` +
    `export function poleValues(): ReadonlyMap<string, ReadonlyMap<number, PoleValue>> {\n` +
    `  if (poles) return poles;\n` +
    `  const out = new Map<string, Map<number, PoleValue>>();\n` +
    `  for (const [reporter, partner, flow, sourceId, first, values] of JSON.parse(PARTNER_SERIES) as [string, string, string, string, number, (number | null)[]][]) {\n` +
    `    const m = new Map<number, PoleValue>();\n` +
    `    for (let i = 0; i < values.length; i++) {\n` +
    `      const v = values[i];\n` +
    `      if (v !== null && v !== undefined) m.set(first + i, Object.freeze({ value: v, sourceId }));\n` +
    `    }\n` +
    `    out.set(reporter + "/" + partner + "/" + flow, m);\n` +
    `  }\n` +
    `  return (poles = out);\n` +
    `}\n`
  );
}

/**
 * Capabilities: one series per (country, metric) with its unit, flags and source, its first year and its
 * values in year order, where null stands for a year without a value.
 */
function capabilitiesModule(rows: readonly CapabilityRow[]): string {
  type Series = [string, string, string, boolean, string, number, (number | null)[]];
  const series: Series[] = [];
  let cur: Series | undefined;
  for (const r of rows) {
    if (!cur || cur[0] !== r.country || cur[1] !== r.metric || cur[2] !== r.unit || cur[3] !== r.estimated || cur[4] !== r.sourceId) {
      cur = [r.country, r.metric, r.unit, r.estimated, r.sourceId, r.year, []];
      series.push(cur);
    }
    const gap = r.year - (cur[5] + cur[6].length);
    if (gap < 0) throw new Error(`capability rows are not sorted at ${r.country}/${r.metric}/${r.year}`);
    for (let i = 0; i < gap; i++) cur[6].push(null);
    cur[6].push(r.value);
  }
  return (
    HEADER +
    `import type { CapabilityMetric, CapabilityRow } from "../../core/types.js";\nimport { freezeRows } from "../../core/freeze.js";\n\n` +
    `type Series = [country: CapabilityRow["country"], metric: CapabilityMetric, unit: string, estimated: boolean, sourceId: CapabilityRow["sourceId"], first: number, values: (number | null)[]];\n\n` +
    `function expand(series: Series[]): CapabilityRow[] {\n` +
    `  const rows: CapabilityRow[] = [];\n` +
    `  for (const [country, metric, unit, estimated, sourceId, first, values] of series) {\n` +
    `    for (let i = 0; i < values.length; i++) {\n` +
    `      const value = values[i];\n` +
    `      if (value !== null && value !== undefined) rows.push({ country, year: first + i, metric, value, unit, estimated, sourceId });\n` +
    `    }\n` +
    `  }\n` +
    `  return rows;\n` +
    `}\n\n` +
    `export const capabilityRows: readonly CapabilityRow[] = /* @__PURE__ */ freezeRows(/* @__PURE__ */ expand(${jsonLiteral(series)}), []);\n`
  );
}

export interface DatasetMeta {
  readonly fields: readonly string[];
  readonly rows: number;
  readonly years: readonly [number, number] | null;
  readonly sources: readonly string[];
  readonly sha256: string;
}

/** The fields of a dataset, in its schema's order: the columns of its CSV file and of the CLI's export. */
function fieldsOf(name: keyof typeof schemas): string[] {
  const js = zod.toJSONSchema(schemas[name], { io: "output", unrepresentable: "any" }) as { properties: Record<string, unknown> };
  return Object.keys(js.properties);
}

function metaOf(rows: readonly object[], name: keyof typeof schemas): DatasetMeta {
  const years: number[] = [];
  const srcs = new Set<string>();
  for (const r of rows) {
    const rec = r as { year?: number; date?: string; periodStart?: number; periodEnd?: number; sourceId?: string; sourceIds?: readonly string[] };
    if (typeof rec.year === "number") years.push(rec.year);
    else if (typeof rec.periodStart === "number") years.push(rec.periodStart, rec.periodEnd!);
    else if (typeof rec.date === "string" && /^\d{4}/.test(rec.date)) years.push(Number(rec.date.slice(0, 4)));
    if (rec.sourceId) srcs.add(rec.sourceId);
    for (const id of rec.sourceIds ?? []) srcs.add(id);
  }
  return {
    fields: fieldsOf(name),
    rows: rows.length,
    years: years.length ? [Math.min(...years), Math.max(...years)] : null,
    sources: [...srcs].sort(),
    sha256: sha256(canonical(rows)),
  };
}

export function generatedModules(data: CompiledData): Record<string, string> {
  const metas = {
    trade: metaOf(data.trade, "trade"),
    partnerTrade: metaOf(data.partnerTrade, "partnerTrade"),
    worldTrade: metaOf(data.worldTrade, "worldTrade"),
    reportedShares: metaOf(data.reportedShares, "reportedShares"),
    energyProjects: metaOf(data.energyProjects, "energyProjects"),
    energyFlows: metaOf(data.energyFlows, "energyFlows"),
    armsTransfers: metaOf(data.armsTransfers, "armsTransfers"),
    armsDeliveries: metaOf(data.armsDeliveries, "armsDeliveries"),
    capabilities: metaOf(data.capabilities, "capabilities"),
    events: metaOf(data.events, "events"),
    facts: metaOf(data.facts, "facts"),
    assessments: metaOf(data.assessments, "assessments"),
    claims: metaOf(data.claims, "claims"),
    countries: metaOf(data.countries, "countries"),
    sources: metaOf(data.sources, "sources"),
  };
  const fingerprint = sha256(Object.entries(metas).map(([k, m]) => `${k}:${m.sha256}`).join("\n"));
  return {
    "trade.ts": rowsModule("tradeRows", "TradeRow", data.trade),
    "partner-series.ts": partnerSeriesModule(data.partnerTrade),
    "partner-trade.ts": partnerTradeModule(),
    "world-trade.ts": worldTradeModule(data.worldTrade),
    "reported-shares.ts": rowsModule("reportedShareRows", "ReportedShareRow", data.reportedShares),
    "energy-projects.ts": rowsModule("energyProjectRows", "EnergyProjectRow", data.energyProjects),
    "energy-flows.ts": rowsModule("energyFlowRows", "EnergyFlowRow", data.energyFlows),
    "arms-transfers.ts": rowsModule("armsTransferRows", "ArmsTransferRow", data.armsTransfers),
    "arms-deliveries.ts": armsDeliveriesModule(data.armsDeliveries),
    "capabilities.ts": capabilitiesModule(data.capabilities),
    "events.ts": rowsModule("eventRows", "EventRow", data.events),
    "facts.ts": rowsModule("factRows", "FactRow", data.facts),
    "assessments.ts": rowsModule("assessmentRows", "AssessmentRow", data.assessments),
    "claims.ts": rowsModule("claimRows", "ClaimRow", data.claims),
    "codes.ts": codesModule(data),
    "countries.ts": rowsModule("countryRows", "CountryRow", data.countries),
    "sources.ts": rowsModule("sourceRows", "SourceRow", data.sources),
    "meta.ts":
      HEADER +
      `import { deepFreeze } from "../../core/freeze.js";\n\n` +
      `/** sha256 over the canonical serialisation of every dataset's sha256. */\n` +
      `export const fingerprint = ${JSON.stringify(fingerprint)};\n\n` +
      // One constant per dataset (and no property access at the top level), so that bundlers can drop the
      // ones an application does not use.
      Object.entries(metas)
        .map(([name, m]) => `export const ${name}Meta = /* @__PURE__ */ deepFreeze(${JSON.stringify(m)} as const);\n`)
        .join("") +
      `\nexport const datasetMeta = /* @__PURE__ */ Object.freeze({ ${Object.keys(metas).map((n) => `${n}: ${n}Meta`).join(", ")} });\n`,
  };
}

if (isMain(import.meta.url)) {
  try {
    // CRD_DATA_DIR and CRD_GENERATED_DIR exist for the tests of failing builds.
    const data = compileData(process.env.CRD_DATA_DIR ?? resolve(ROOT, "data"));
    const modules = generatedModules(data);
    const outDir = process.env.CRD_GENERATED_DIR ?? resolve(ROOT, "src/datasets/generated");
    // Every file is validated and rendered before the first one is written, and the modules are replaced as one
    // set: a failure while writing leaves the previous set whole (hashes in meta.ts match the rows beside them).
    writeSetAtomic(Object.fromEntries(Object.entries(modules).map(([name, text]) => [resolve(outDir, name), text])));
    console.log(`data: ${Object.entries(data).map(([k, v]) => `${k} ${(v as unknown[]).length}`).join(", ")}`);
  } catch (e) {
    if (e instanceof DataFileError) {
      console.error(`data build failed: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}

// Writes every dataset as CSV (the large ones gzip-compressed) into dist/data/, and a Frictionless Data Package v2 descriptor,
// datapackage.json at the package root, generated from the zod schemas (field names, types, constraints, descriptions, units),
// with each file's bytes and sha256. Run after tsup by npm run build. Python, R and DuckDB users read these
// files with no JavaScript.
import "./lib/globals.js";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import * as root from "../src/index.js";
import { armsDeliveries } from "../src/arms/index.js";
import { worldTrade } from "../src/world/index.js";
import { partnerTrade } from "../src/partner-trade.js";
import { schemas } from "../src/schemas/index.js";
import { columnsOf, TIDY_TABLES, toCsvText } from "../src/core/table.js";
import {
  TRADE_ASYMMETRY_COLUMNS, TRADE_SERIES_COLUMNS, TRADE_SHARES_COLUMNS, tradeAsymmetryTable, tradeSeriesTable, tradeSharesTable,
} from "../src/trade/tables.js";
import { isMain, ROOT, writeAtomic } from "./lib/files.js";
import { linksOf, linkTables, type LinkParent } from "./lib/link-tables.js";
import { gzipShipped } from "./lib/gzip.js";

type Json = Record<string, unknown>;

export const DATASETS = {
  trade: { rows: root.trade, title: "China–Russia and world trade by reporter and source", primaryKey: ["year", "reporter", "partner", "flow", "sourceId"] },
  partnerTrade: { rows: partnerTrade, title: "China's and Russia's trade with every IMF DOTS partner, 1992–2020", primaryKey: ["year", "reporter", "partner", "flow"] },
  worldTrade: { rows: worldTrade, title: "Every IMF DOTS reporter's exports to and imports from China, Russia and the world, 1992–2020", primaryKey: ["reporter", "partner", "flow", "year"] },
  reportedShares: { rows: root.reportedShares, title: "Published trade-share figures", primaryKey: ["country", "partner", "period", "sourceId"] },
  energyProjects: { rows: root.energyProjects, title: "Russia–China pipelines and LNG projects", primaryKey: ["id"] },
  energyFlows: { rows: root.energyFlows, title: "Annual energy flows from Russia to China", primaryKey: ["flow", "year", "status", "sourceId"] },
  armsTransfers: { rows: root.armsTransfers, title: "Shares of Russia's arms exports by recipient and period", primaryKey: ["recipient", "periodStart", "periodEnd", "measure", "sourceId"] },
  armsDeliveries: { rows: armsDeliveries, title: "SIPRI trend-indicator values of arms deliveries by supplier, recipient and year: release 2022-07-28 (1950–2021) and release 2026-02-12 (1995–2024), side by side", primaryKey: ["supplier", "recipient", "year", "release"] },
  capabilities: { rows: root.capabilities, title: "GDP, population, military expenditure and nuclear warheads of China, Russia and comparators, from 1900, by producer edition", primaryKey: ["country", "metric", "year", "release"] },
  releases: { rows: root.releases, title: "The producers' editions the data come from", primaryKey: ["id"] },
  events: { rows: root.events, title: "Dated events of China–Russia relations", primaryKey: ["id"] },
  facts: { rows: root.facts, title: "Scalar facts", primaryKey: ["id"] },
  assessments: { rows: root.assessments, title: "The article's drivers, limitations and frictions", primaryKey: ["id"] },
  claims: { rows: root.claims, title: "The article's quantitative claims, and the producers' headlines for their newer editions, checked against the data", primaryKey: ["id"] },
  countries: { rows: root.countries, title: "Partner codes and IMF names", primaryKey: ["code"] },
  sources: { rows: root.sources, title: "Bibliography", primaryKey: ["id"] },
} as const satisfies Record<keyof typeof schemas, { rows: readonly object[]; title: string; primaryKey: readonly string[] }>;

export const fileName = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Maps one JSON Schema property (from z.toJSONSchema) to a Frictionless table-schema field. */
function field(name: string, prop: Json, required: boolean): Json {
  // A nullable property (`type: [T, "null"]`) is a field of type T whose empty cells are null: never required.
  if (Array.isArray(prop.type)) {
    const types = (prop.type as string[]).filter((t) => t !== "null");
    if (types.length !== 1 || types.length === prop.type.length) throw new Error(`${name}: cannot map the type ${JSON.stringify(prop.type)} to a Table Schema field`);
    return field(name, { ...prop, type: types[0] }, false);
  }
  const type = prop.type as string | undefined;
  const f: Json = { name, type: type === "integer" ? "integer" : type === "number" ? "number" : type === "boolean" ? "boolean" : type === "array" ? "array" : type === "object" ? "object" : "string" };
  if (typeof prop.description === "string") f.description = prop.description;
  if (typeof prop.unit === "string") f.unit = prop.unit;
  const constraints: Json = {};
  if (required) constraints.required = true;
  if (Array.isArray(prop.enum)) constraints.enum = prop.enum;
  if (typeof prop.pattern === "string") constraints.pattern = prop.pattern;
  if (typeof prop.minimum === "number") constraints.minimum = prop.minimum;
  if (typeof prop.maximum === "number") constraints.maximum = prop.maximum;
  if (typeof prop.minLength === "number" && f.type === "string") constraints.minLength = prop.minLength;
  if (Object.keys(constraints).length) f.constraints = constraints;
  return f;
}

/** The columns of each dataset that hold a code of the countries resource. */
const COUNTRY_COLUMNS: Partial<Record<keyof typeof schemas, readonly string[]>> = {
  trade: ["reporter", "partner"], partnerTrade: ["reporter", "partner"], worldTrade: ["reporter", "partner"], reportedShares: ["country", "partner"],
  armsTransfers: ["supplier", "recipient"], armsDeliveries: ["supplier", "recipient"], capabilities: ["country"],
};
const countryKey = (f: string) => ({ fields: [f], reference: { resource: "countries", fields: ["code"] } });

export function tableSchema(name: keyof typeof schemas, columns: readonly string[]): Json {
  const js = z.toJSONSchema(schemas[name], { io: "output", unrepresentable: "any" }) as Json;
  const props = js.properties as Record<string, Json>;
  const required = new Set(js.required as string[]);
  const fields = columns.map((c) => {
    if (!props[c]) throw new Error(`${name}: column ${c} is not in the schema`);
    return field(c, props[c]!, required.has(c));
  });
  const missing = Object.keys(props).filter((p) => !columns.includes(p));
  const schema: Json = { fields, missingValues: [""], primaryKey: [...DATASETS[name].primaryKey] };
  if (missing.length) schema.fields = [...fields, ...missing.map((m) => field(m, props[m]!, required.has(m)))];
  const fks: Json[] = [];
  if (columns.includes("sourceId") && name !== "sources") fks.push({ fields: ["sourceId"], reference: { resource: "sources", fields: ["id"] } });
  if (name === "energyFlows") fks.push({ fields: ["projectId"], reference: { resource: "energy-projects", fields: ["id"] } });
  for (const f of COUNTRY_COLUMNS[name] ?? []) fks.push(countryKey(f));
  if (fks.length) schema.foreignKeys = fks;
  return schema;
}

export interface ExportedFile {
  readonly path: string;
  readonly content: string | Buffer;
}

/**
 * Datasets shipped as gzip-compressed CSV, to keep the installed package small: the four large tables, and the
 * bibliography (84 KB as plain CSV, most of it citations and excerpts; 18 KB compressed).
 */
export const COMPRESSED: ReadonlySet<string> = new Set(["partnerTrade", "worldTrade", "armsDeliveries", "capabilities", "sources"]);

/** The entry point that holds a dataset's rows as JavaScript objects, where it is not the root entry. */
const ENTRY: Readonly<Record<string, string>> = { partnerTrade: "china-russia-data/partner-trade", worldTrade: "china-russia-data/world", armsDeliveries: "china-russia-data/arms" };

const bytesOf = (c: string | Buffer) => (typeof c === "string" ? Buffer.byteLength(c) : c.length);
const sha256 = (c: string | Buffer) => createHash("sha256").update(c).digest("hex");

/**
 * Every file of the data export, relative to the package root: dist/data/<name>.csv (or .csv.gz) and
 * datapackage.json (at the root, so that every module resolution mode finds `china-russia-data/datapackage.json`).
 */
export function exportFiles(): ExportedFile[] {
  const pkg = JSON.parse(readFileSyncUtf8(resolve(ROOT, "package.json"))) as { version: string; description: string };
  const files: ExportedFile[] = [];
  const resources: Json[] = [];
  const parents = new Map<string, LinkParent>();
  for (const name of Object.keys(DATASETS) as (keyof typeof DATASETS)[]) {
    const { rows, title } = DATASETS[name];
    const columns = columnsOfSchema(name, rows);
    const schema = tableSchema(name, columns);
    parents.set(fileName(name), { name: fileName(name), rows, fields: schema.fields as Json[] });
    const base = `dist/data/${fileName(name)}`;
    const compressed = COMPRESSED.has(name);
    // Zopfli's gzip, with no file name and mtime 0 in the header: the same rows give the same bytes.
    const csv = compressed ? gzipShipped(toCsvText(rows, columns)) : toCsvText(rows, columns);
    const csvPath = compressed ? `${base}.csv.gz` : `${base}.csv`;
    files.push({ path: csvPath, content: csv });
    const sourceIds = [...new Set(rows.flatMap((r) => {
      const rec = r as { sourceId?: string; sourceIds?: readonly string[] };
      return [...(rec.sourceId ? [rec.sourceId] : []), ...(rec.sourceIds ?? [])];
    }))].sort();
    resources.push({
      name: fileName(name),
      title,
      path: csvPath,
      format: "csv",
      ...(compressed ? { compression: "gz" } : {}),
      mediatype: "text/csv",
      encoding: "utf-8",
      bytes: bytesOf(csv),
      hash: `sha256:${sha256(csv)}`,
      dialect: { $schema: "https://datapackage.org/profiles/2.0/tabledialect.json", delimiter: ",", lineTerminator: "\n", header: true },
      schema: { $schema: "https://datapackage.org/profiles/2.0/tableschema.json", ...schema },
      description: `${title}. ${rows.length} rows${compressed ? ", gzip-compressed CSV" : ""} (the rows as JavaScript objects: the ${ENTRY[name] ?? "china-russia-data"} entry point; as JSON: npx china-russia-data export ${name} --format json).${linkNote(fileName(name))}`,
      ...(sourceIds.length ? { sources: sourceIds.map((id) => ({ title: root.sources.find((s) => s.id === id)!.title, path: root.sources.find((s) => s.id === id)!.url })) } : {}),
    });
  }
  // The tidy tables: what the trade selectors return, for languages that cannot call them.
  const tidy = derivedTables();
  if (tidy.map((t) => t.name).join() !== TIDY_TABLES.join()) throw new Error(`tidy tables ${tidy.map((t) => t.name).join()} are not TIDY_TABLES`);
  for (const t of tidy) {
    parents.set(t.name, { name: t.name, rows: t.rows, fields: t.fields });
    const csv = toCsvText(t.rows, t.columns);
    const base = `dist/data/${t.name}`;
    files.push({ path: `${base}.csv`, content: csv });
    resources.push({
      name: t.name, title: t.title, path: `${base}.csv`, format: "csv", mediatype: "text/csv", encoding: "utf-8", bytes: bytesOf(csv), hash: `sha256:${sha256(csv)}`,
      dialect: { $schema: "https://datapackage.org/profiles/2.0/tabledialect.json", delimiter: ",", lineTerminator: "\n", header: true },
      schema: { $schema: "https://datapackage.org/profiles/2.0/tableschema.json", fields: t.fields, missingValues: [""], primaryKey: t.primaryKey, foreignKeys: t.foreignKeys },
      description: `${t.title}. ${t.rows.length} rows, derived from the package's other resources by its selectors (${t.how}). Lists of ids are joined with ";".${linkNote(t.name)}`,
    });
  }
  // The link tables: each id of a list-valued column in a row of its own, with a foreign key on it.
  for (const t of linkTables(parents)) {
    const csv = toCsvText(t.rows, t.columns);
    const path = `dist/data/${t.name}.csv`;
    files.push({ path, content: csv });
    resources.push({
      name: t.name, title: t.title, path, format: "csv", mediatype: "text/csv", encoding: "utf-8", bytes: bytesOf(csv), hash: `sha256:${sha256(csv)}`,
      dialect: { $schema: "https://datapackage.org/profiles/2.0/tabledialect.json", delimiter: ",", lineTerminator: "\n", header: true },
      schema: { $schema: "https://datapackage.org/profiles/2.0/tableschema.json", fields: t.fields, missingValues: [""], primaryKey: t.primaryKey, foreignKeys: t.foreignKeys },
      description: `${t.title}. ${t.rows.length} rows (${t.how}), so that each id has a foreign key: a foreign key compares whole cells, and the list column holds several ids in one.`,
    });
  }
  const descriptor = {
    $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
    name: "china-russia-data",
    title: "china-russia-data: typed, sourced data on China–Russia relations",
    description: pkg.description,
    version: pkg.version,
    ...(root.meta.released ? { created: `${root.meta.released}T00:00:00Z` } : {}),
    keywords: ["China", "Russia", "trade", "IMF DOTS", "energy", "arms transfers"],
    licenses: [
      { name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0 (the project's own work)" },
    ],
    contributors: [{ title: "The china-russia-data contributors", roles: ["creator"] }],
    fingerprint: `sha256:${root.meta.fingerprint}`,
    resources,
  };
  // Compact (no indentation): the indented descriptor was a third larger, and every reader (Frictionless, pandas,
  // R, a browser's JSON viewer) parses or pretty-prints it the same.
  files.push({ path: "datapackage.json", content: JSON.stringify(descriptor) + "\n" });
  return files;
}

/** Where a resource's list-valued columns are split into link resources that carry their foreign keys. */
const linkNote = (name: string) =>
  linksOf(name).map((l) => ` Each id of ${l.list} is a row of resource ${l.name}, which has the foreign key.`).join("");

type Field = { name: string; type: string; description: string; unit?: string; constraints?: Json };
const f = (name: string, type: string, description: string, unit?: string): Field => ({ name, type, description, ...(unit ? { unit } : {}), constraints: { required: true } });

/** The three tidy tables, with their Frictionless fields. */
export function derivedTables(): { name: string; title: string; how: string; rows: readonly object[]; columns: readonly string[]; fields: Field[]; primaryKey: string[]; foreignKeys: Json[] }[] {
  const producer = "imf-dots, gacc, mofcom, fcs, ru-official or other";
  return [
    {
      name: "trade-series", title: "Default trade series of China and Russia, each with the other and with the world, by flow and year",
      how: "tradeSeries for every reporter, partner and flow", rows: tradeSeriesTable(root), columns: TRADE_SERIES_COLUMNS, primaryKey: ["reporter", "partner", "flow", "year"],
      foreignKeys: [countryKey("reporter"), countryKey("partner"), { fields: ["sourceId"], reference: { resource: "sources", fields: ["id"] } }],
      fields: [
        f("reporter", "string", "Whose statistics: CHN or RUS"), f("partner", "string", "RUS, CHN or WLD (the world)"), f("flow", "string", "export, import or total"),
        f("year", "integer", "Calendar year"), f("valueUsdMillions", "number", "The value of the default series", "USD millions"),
        f("producer", "string", `Producer of the figure: ${producer}`), f("sourceId", "string", "Id of the row of the sources resource the figure comes from"),
        f("derived", "boolean", "True where the value is exports + imports of one source"), f("approximate", "boolean", "True where the figure is rounded or 'about' in its source"),
      ],
    },
    {
      name: "trade-shares", title: "Each country's share of the other's trade by year, on the reported and the mirror basis",
      how: "tradeShare for every reporter, year and basis", rows: tradeSharesTable(root), columns: TRADE_SHARES_COLUMNS, primaryKey: ["reporter", "partner", "year", "basis"],
      foreignKeys: [countryKey("reporter"), countryKey("partner")],
      fields: [
        f("reporter", "string", "Whose trade: CHN or RUS"), f("partner", "string", "The other country"), f("year", "integer", "Calendar year"),
        f("basis", "string", "reported (the reporter's own statistics) or mirror (the partner's figure over the reporter's total)"),
        f("share", "number", "bilateralUsdMillions / totalUsdMillions, in [0, 1]"), f("bilateralUsdMillions", "number", "Trade with the partner", "USD millions"),
        f("totalUsdMillions", "number", "The reporter's trade with the world", "USD millions"), f("bilateralProducer", "string", `Producer of the bilateral value: ${producer}`),
        f("totalProducer", "string", `Producer of the total: ${producer}`), f("approximate", "boolean", "True where either value is approximate"),
        f("sourceIds", "string", "Ids of the rows of the sources resource, joined with ;"),
      ],
    },
    {
      name: "trade-asymmetry", title: "The dependency asymmetry of Russia and China by year, on the reported and the mirror basis",
      how: "dependencyAsymmetry({ a: RUS, b: CHN }) for every year and basis", rows: tradeAsymmetryTable(root), columns: TRADE_ASYMMETRY_COLUMNS, primaryKey: ["a", "b", "year", "basis"],
      foreignKeys: [countryKey("a"), countryKey("b")],
      fields: [
        f("a", "string", "RUS"), f("b", "string", "CHN"), f("year", "integer", "Calendar year"), f("basis", "string", "reported or mirror"),
        f("ratio", "number", "aShare / bShare: how many times more Russia depends on the tie than China"), f("aShare", "number", "China's share of Russia's trade"),
        f("bShare", "number", "Russia's share of China's trade"), f("producers", "string", "Producers of the four values, joined with ;"),
        f("approximate", "boolean", "True where any value is approximate"), f("sourceIds", "string", "Ids of the rows of the sources resource, joined with ;"),
      ],
    },
  ];
}

function columnsOfSchema(name: keyof typeof schemas, rows: readonly object[]): string[] {
  // Columns in the schema's order; every property of the schema, present in the rows or not.
  const js = z.toJSONSchema(schemas[name], { io: "output", unrepresentable: "any" }) as Json;
  const order = Object.keys(js.properties as Json);
  const present = new Set(columnsOf(rows));
  for (const c of present) if (!order.includes(c)) throw new Error(`${name}: rows have a column ${c} that the schema lacks`);
  return order;
}

function readFileSyncUtf8(p: string): string {
  return readFileSync(p, "utf8");
}

if (isMain(import.meta.url)) {
  const files = exportFiles();
  for (const f of files) writeAtomic(resolve(ROOT, f.path), f.content);
  const total = files.reduce((n, f) => n + bytesOf(f.content), 0);
  console.log(`dist: ${files.length} data files, ${(total / 1024).toFixed(0)} KiB`);
}

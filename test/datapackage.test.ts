// The data export: every dataset as CSV (and JSON), described by datapackage.json. A Frictionless Data
// Package library validates the descriptor and reads and casts every row with the table schemas.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { Package } from "datapackage";
import { afterAll, describe, expect, it } from "vitest";
import { COMPRESSED, DATASETS, exportFiles, fileName } from "../scripts/export-data.js";
import { LINK_TABLES, TIDY_TABLES } from "../src/core/table.js";
import { ROOT } from "../scripts/lib/files.js";

const files = exportFiles();
const dir = mkdtempSync(join(tmpdir(), "crd-datapackage-"));
mkdirSync(join(dir, "dist", "data"), { recursive: true });
for (const f of files) {
  const path = join(dir, f.path);
  // Frictionless readers of this generation take plain CSV: unpack the compressed resource beside the rest.
  const content = f.path.endsWith(".gz") ? gunzipSync(f.content as Buffer) : f.content;
  writeFileSync(path.replace(/\.gz$/, ""), content, { flag: "w" });
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const descriptor = JSON.parse(files.find((f) => f.path === "datapackage.json")!.content as string) as {
  fingerprint: string;
  resources: Resource[];
};
interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}
interface Resource {
  name: string;
  path: string;
  bytes: number;
  hash: string;
  compression?: string;
  schema: { fields: { name: string; type: string }[]; primaryKey: string[]; foreignKeys?: ForeignKey[] };
}

/** The descriptor with plain (unpacked) CSV paths, loaded by the Frictionless library once for every test. */
let plainPackage: ReturnType<typeof Package.load> | undefined;
function loadPlain(): ReturnType<typeof Package.load> {
  if (!plainPackage) {
    const plain = { ...descriptor, resources: descriptor.resources.map(({ compression: _c, hash: _h, bytes: _b, ...r }) => ({ ...r, path: r.path.replace(/\.gz$/, "") })) };
    writeFileSync(join(dir, "datapackage.plain.json"), JSON.stringify(plain));
    plainPackage = Package.load(join(dir, "datapackage.plain.json"), { basePath: dir });
  }
  return plainPackage;
}

describe("datapackage.json", () => {
  it("describes every dataset, with each file's bytes and sha256 as recomputed here", () => {
    // Every dataset, and the three tidy tables of what the trade selectors return.
    expect(descriptor.resources.map((r) => r.name).sort()).toEqual([...Object.keys(DATASETS).map(fileName), "trade-asymmetry", "trade-series", "trade-shares", ...LINK_TABLES].sort());
    for (const r of descriptor.resources) {
      const file = files.find((f) => f.path === r.path)!;
      const bytes = typeof file.content === "string" ? Buffer.from(file.content) : file.content;
      expect(r.bytes, r.path).toBe(bytes.length);
      expect(r.hash, r.path).toBe(`sha256:${createHash("sha256").update(bytes).digest("hex")}`);
    }
  });

  it("is a valid data package, and every resource reads and casts against its table schema", async () => {
    const dp = await loadPlain();
    expect(dp.errors.map((e: Error) => e.message)).toEqual([]);
    expect(dp.valid).toBe(true);
    for (const [name, { rows }] of Object.entries(DATASETS)) {
      const resource = dp.getResource(fileName(name));
      const read = (await resource.read({ keyed: true, cast: true })) as Record<string, unknown>[];
      expect(read.length, name).toBe(rows.length);
      // The first row reads back with the same values (missing values are empty cells, read as null).
      const first = rows[0] as unknown as Record<string, unknown>;
      for (const [k, v] of Object.entries(read[0]!)) {
        const expected = first[k] === undefined ? null : first[k];
        if (expected !== null && typeof expected === "object") expect(v, `${name}.${k}`).toEqual(JSON.parse(JSON.stringify(expected)));
        else if (typeof expected === "number") expect(Number(v), `${name}.${k}`).toBe(expected);
        else expect(v, `${name}.${k}`).toBe(expected);
      }
    }
  }, 60_000);

  // Independent of the build: the edited files in data/, parsed here with csv-parse, against every row a
  // Frictionless reader casts from the shipped file. A build that dropped, reordered into the wrong key,
  // retyped or rewrote a value fails here, whatever the build's own objects hold.
  const EDITED: Record<string, { file: string | readonly string[]; key: readonly string[]; lists?: readonly string[] }> = {
    // Editions: one file per producer release, the dataset is all of them.
    armsDeliveries: { file: ["arms-deliveries.csv", "arms-deliveries-2026-02-12.csv"], key: ["supplier", "recipient", "year", "release"] },
    armsTransfers: { file: "arms-transfers.csv", key: ["supplier", "recipient", "periodStart", "periodEnd", "measure", "sourceId"] },
    capabilities: {
      file: ["capabilities.csv", "capabilities-sipri-milex-2025.csv", "capabilities-fas-2023.csv", "capabilities-maddison-2023.csv"],
      key: ["country", "metric", "year", "release"],
    },
    releases: { file: "releases.csv", key: ["id"], lists: ["metrics"] },
    countries: { file: "countries.csv", key: ["code"] },
    energyFlows: { file: "energy-flows.csv", key: ["flow", "year", "status", "sourceId"] },
    events: { file: "events.csv", key: ["id"], lists: ["sourceIds"] },
    facts: { file: "facts.csv", key: ["id"] },
    partnerTrade: { file: "partner-trade.csv", key: ["year", "reporter", "partner", "flow"] },
    reportedShares: { file: "reported-shares.csv", key: ["country", "partner", "period", "sourceId"] },
    sources: { file: "sources.csv", key: ["id"] },
    worldTrade: { file: "world-trade.csv", key: ["reporter", "partner", "flow", "year"] },
  };

  it("every row of a dataset kept in one edited CSV file reads back, cast, with that file's values", async () => {
    const dp = await loadPlain();
    for (const [name, spec] of Object.entries(EDITED)) {
      const edited = (typeof spec.file === "string" ? [spec.file] : spec.file).flatMap(
        (f) => parse(readFileSync(join(ROOT, "data", f), "utf8"), { columns: true }) as Record<string, string>[],
      );
      const read = (await dp.getResource(fileName(name)).read({ keyed: true, cast: true })) as Record<string, unknown>[];
      expect(read.length, name).toBe(edited.length);
      const keyOf = (r: Record<string, unknown>) => spec.key.map((k) => String(r[k])).join("|");
      const byKey = new Map(read.map((r) => [keyOf(r), r]));
      expect(byKey.size, `${name}: keys are unique`).toBe(read.length);
      for (const e of edited) {
        const got = byKey.get(keyOf(e));
        expect(got, `${name} ${keyOf(e)}`).toBeDefined();
        for (const [k, text] of Object.entries(e)) {
          if (k === "cell" && name === "partnerTrade") continue; // partner trade's workbook cells: kept in data/ only (its rows are worldTrade's too, with cells)
          const v = got![k];
          const where = `${name} ${keyOf(e)} ${k}`;
          if (text === "") expect(v === null || v === undefined || v === false, where).toBe(true);
          else if (spec.lists?.includes(k)) expect(v, where).toEqual(text.split(";"));
          else if (typeof v === "number") expect(v, where).toBe(Number(text));
          else if (typeof v === "boolean") expect(String(v), where).toBe(text);
          else expect(v instanceof Date ? v.toISOString().slice(0, text.length) : String(v), where).toBe(text);
        }
      }
    }
  }, 120_000);

  it("ships one file per dataset, tidy table and link table (CSV, the large ones gzip-compressed) and the descriptor, no JSON copies", () => {
    expect(files.filter((f) => f.path.endsWith(".json")).map((f) => f.path)).toEqual(["datapackage.json"]);
    for (const name of Object.keys(DATASETS)) {
      expect(files.filter((f) => f.path.startsWith(`dist/data/${fileName(name)}.`)).map((f) => f.path), name).toEqual([`dist/data/${fileName(name)}.csv${COMPRESSED.has(name) ? ".gz" : ""}`]);
    }
    expect(files.length).toBe(Object.keys(DATASETS).length + TIDY_TABLES.length + LINK_TABLES.length + 1);
    // Rows pinned to their source: the IMF DOTS cell of China's exports to Russia in 2001 (DOTS_40.xlsx, sheet 1,
    // row 102: 2714.579) and a press figure (VietnamPlus: "đạt 29,61 tỷ USD", 29.61 USD bn = 29610 USD millions).
    const trade = parse(files.find((f) => f.path === "dist/data/trade.csv")!.content as string, { columns: true }) as Record<string, string>[];
    expect(trade).toContainEqual(expect.objectContaining({ year: "2001", reporter: "CHN", partner: "RUS", flow: "export", valueUsdMillions: "2714.579", sourceId: "imf-dots-chn" }));
    expect(trade).toContainEqual(expect.objectContaining({ year: "2010", reporter: "CHN", partner: "RUS", flow: "export", valueUsdMillions: "29610", valueAsPublished: "29.61", unitAsPublished: "USD bn", sourceId: "press-vietnamplus-1" }));
  });

  it("carries the data fingerprint", async () => {
    const { meta } = await import("../src/index.js");
    expect(descriptor.fingerprint).toBe(`sha256:${meta.fingerprint}`);
  });
});

/** The rows of every shipped CSV file as text cells, parsed here with csv-parse (not with the build's code). */
function tablesOf(fs: readonly { path: string; content: string | Buffer }[]): Map<string, Record<string, string>[]> {
  const out = new Map<string, Record<string, string>[]>();
  for (const r of descriptor.resources) {
    const file = fs.find((f) => f.path === r.path)!;
    const text = r.compression === "gz" ? gunzipSync(file.content as Buffer) : file.content;
    out.set(r.name, parse(text, { columns: true }) as Record<string, string>[]);
  }
  return out;
}

/** Each row whose foreign-key cells match no key of the referenced resource: "resource row n fields = values". */
function violations(tables: ReadonlyMap<string, readonly Record<string, string>[]>): { checked: number; bad: string[] } {
  let checked = 0;
  const bad: string[] = [];
  for (const r of descriptor.resources) {
    for (const fk of r.schema.foreignKeys ?? []) {
      const keys = new Set(tables.get(fk.reference.resource)!.map((row) => JSON.stringify(fk.reference.fields.map((f) => row[f]))));
      for (const [i, row] of tables.get(r.name)!.entries()) {
        const values = fk.fields.map((f) => row[f]!);
        if (values.every((v) => v === "")) continue; // a missing optional reference (energyFlows' projectId)
        checked++;
        if (!keys.has(JSON.stringify(values))) bad.push(`${r.name} row ${i + 2} ${fk.fields.join("+")} = ${values.join("+")}`);
      }
    }
  }
  return { checked, bad };
}

describe("foreign keys", () => {
  const tables = tablesOf(files);

  it("every value of every foreign key of every resource resolves to a key of the referenced resource", () => {
    const { checked, bad } = violations(tables);
    expect(bad).toEqual([]);
    // Every row of trade, partnerTrade, worldTrade, armsDeliveries and capabilities carries at least one reference.
    expect(checked).toBeGreaterThan(33_780 + 24_787 + 22_810);
  });

  it("the check fails on a reference that resolves to nothing", () => {
    const broken = new Map(tables);
    const links = tables.get("claims-sources")!.map((r) => ({ ...r }));
    links[3] = { ...links[3]!, sourceId: "no-such-source" };
    broken.set("claims-sources", links);
    broken.set("sources", tables.get("sources")!.filter((r) => r.id !== "imf-dots-chn"));
    const { bad } = violations(broken);
    expect(bad).toContain("claims-sources row 5 sourceId = no-such-source");
    expect(bad.some((b) => b.startsWith("trade row ") && b.endsWith("sourceId = imf-dots-chn"))).toBe(true);
  });

  it("references the referenced resource's primary key, and names only resources and fields that exist", () => {
    const byName = new Map(descriptor.resources.map((r) => [r.name, r]));
    let n = 0;
    for (const r of descriptor.resources) {
      for (const fk of r.schema.foreignKeys ?? []) {
        const target = byName.get(fk.reference.resource);
        expect(target, `${r.name} → ${fk.reference.resource}`).toBeDefined();
        expect(fk.reference.fields, `${r.name} → ${fk.reference.resource}`).toEqual(target!.schema.primaryKey);
        for (const f of fk.fields) expect(r.schema.fields.map((x) => x.name), `${r.name}.${f}`).toContain(f);
        n++;
      }
    }
    expect(n).toBeGreaterThanOrEqual(20);
  });

  // Written out here, not taken from the build: each column that holds several ids in one cell, and the link
  // resource that holds them one per row. The link's rows, grouped by the parent's key, are the parent's lists.
  const LISTS: Record<string, { parent: string; list: string; key: Record<string, string>; id: string; target: string }> = {
    "claims-sources": { parent: "claims", list: "sourceIds", key: { claimId: "id" }, id: "sourceId", target: "sources" },
    "events-sources": { parent: "events", list: "sourceIds", key: { eventId: "id" }, id: "sourceId", target: "sources" },
    "energy-projects-sources": { parent: "energy-projects", list: "sourceIds", key: { projectId: "id" }, id: "sourceId", target: "sources" },
    "assessments-events": { parent: "assessments", list: "events", key: { assessmentId: "id" }, id: "eventId", target: "events" },
    "assessments-claims": { parent: "assessments", list: "claims", key: { assessmentId: "id" }, id: "claimId", target: "claims" },
    "trade-shares-sources": { parent: "trade-shares", list: "sourceIds", key: { reporter: "reporter", partner: "partner", year: "year", basis: "basis" }, id: "sourceId", target: "sources" },
    "trade-asymmetry-sources": { parent: "trade-asymmetry", list: "sourceIds", key: { a: "a", b: "b", year: "year", basis: "basis" }, id: "sourceId", target: "sources" },
  };

  it("every sourceIds column has a link resource whose rows are exactly its lists, with a foreign key to its parent and one to the target", () => {
    const withList = descriptor.resources.filter((r) => r.schema.fields.some((f) => f.name === "sourceIds")).map((r) => r.name).sort();
    expect(withList).toEqual(Object.values(LISTS).filter((l) => l.list === "sourceIds").map((l) => l.parent).sort());
    for (const [name, spec] of Object.entries(LISTS)) {
      const link = descriptor.resources.find((r) => r.name === name)!;
      expect(link.schema.foreignKeys, name).toEqual([
        { fields: Object.keys(spec.key), reference: { resource: spec.parent, fields: Object.values(spec.key) } },
        { fields: [spec.id], reference: { resource: spec.target, fields: ["id"] } },
      ]);
      // A JSON array in the datasets, ids joined with ";" in the tidy tables.
      const listOf = (cell: string): string[] => (cell.startsWith("[") ? (JSON.parse(cell) as string[]) : cell.split(";"));
      const expected = tables.get(spec.parent)!.flatMap((row) => listOf(row[spec.list]!).map((id) => [...Object.values(spec.key).map((k) => row[k]), id].join("|")));
      const got = tables.get(name)!.map((row) => [...Object.keys(spec.key).map((k) => row[k]), row[spec.id]].join("|"));
      expect(got, name).toEqual(expected);
      expect(got.length, name).toBeGreaterThan(0);
    }
  });

  it("a Frictionless reader resolves every foreign key of every resource, and refuses a link to a missing source", async () => {
    const dp = await loadPlain();
    for (const r of descriptor.resources.filter((x) => x.schema.foreignKeys)) {
      const rows = (await dp.getResource(r.name).read({ relations: true })) as unknown[];
      expect(rows.length, r.name).toBe(tables.get(r.name)!.length);
    }
    // The same reader on a copy of three resources where one link names a source that does not exist.
    const bad = join(dir, "bad");
    mkdirSync(join(bad, "dist", "data"), { recursive: true });
    const keep = ["sources", "claims", "claims-sources"];
    for (const name of keep) {
      // The copy is plain CSV (the bibliography ships gzip-compressed).
      const file = files.find((f) => f.path === `dist/data/${name}.csv` || f.path === `dist/data/${name}.csv.gz`)!;
      const text = file.path.endsWith(".gz") ? gunzipSync(file.content as Buffer).toString("utf8") : (file.content as string);
      writeFileSync(join(bad, "dist", "data", `${name}.csv`), name === "claims-sources" ? text.replace(/,imf-dots-chn\n/, ",no-such-source\n") : text);
    }
    const small = { ...descriptor, resources: descriptor.resources.filter((r) => keep.includes(r.name)).map(({ compression: _c, hash: _h, bytes: _b, ...r }) => ({ ...r, path: r.path.replace(/\.gz$/, "") })) };
    writeFileSync(join(bad, "datapackage.json"), JSON.stringify(small));
    const broken = await Package.load(join(bad, "datapackage.json"), { basePath: bad });
    expect(broken.valid).toBe(true);
    await expect(broken.getResource("claims-sources").read({ relations: true })).rejects.toThrow(/Foreign key/);
    await expect(broken.getResource("claims").read({ relations: true })).resolves.toBeDefined();
  }, 120_000);
});

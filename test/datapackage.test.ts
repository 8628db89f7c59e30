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
  resources: { name: string; path: string; bytes: number; hash: string; compression?: string; schema: { fields: { name: string }[] } }[];
};

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
    expect(descriptor.resources.map((r) => r.name).sort()).toEqual([...Object.keys(DATASETS).map(fileName), "trade-asymmetry", "trade-series", "trade-shares"].sort());
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
  const EDITED: Record<string, { file: string; key: readonly string[]; lists?: readonly string[] }> = {
    armsDeliveries: { file: "arms-deliveries.csv", key: ["supplier", "recipient", "year"] },
    armsTransfers: { file: "arms-transfers.csv", key: ["supplier", "recipient", "periodStart", "periodEnd", "measure", "sourceId"] },
    capabilities: { file: "capabilities.csv", key: ["country", "metric", "year"] },
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
      const edited = parse(readFileSync(join(ROOT, "data", spec.file), "utf8"), { columns: true }) as Record<string, string>[];
      const read = (await dp.getResource(fileName(name)).read({ keyed: true, cast: true })) as Record<string, unknown>[];
      expect(read.length, name).toBe(edited.length);
      const keyOf = (r: Record<string, unknown>) => spec.key.map((k) => String(r[k])).join("|");
      const byKey = new Map(read.map((r) => [keyOf(r), r]));
      expect(byKey.size, `${name}: keys are unique`).toBe(read.length);
      for (const e of edited) {
        const got = byKey.get(keyOf(e));
        expect(got, `${name} ${keyOf(e)}`).toBeDefined();
        for (const [k, text] of Object.entries(e)) {
          if (k === "cell") continue; // the workbook or table cell: provenance kept in data/ only
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

  it("ships one file per dataset and tidy table (CSV, the large ones gzip-compressed) and the descriptor, no JSON copies", () => {
    expect(files.filter((f) => f.path.endsWith(".json")).map((f) => f.path)).toEqual(["datapackage.json"]);
    for (const name of Object.keys(DATASETS)) {
      expect(files.filter((f) => f.path.startsWith(`dist/data/${fileName(name)}.`)).map((f) => f.path), name).toEqual([`dist/data/${fileName(name)}.csv${COMPRESSED.has(name) ? ".gz" : ""}`]);
    }
    expect(files.length).toBe(Object.keys(DATASETS).length + 3 + 1);
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

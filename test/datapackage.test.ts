// The data export: every dataset as CSV (and JSON), described by datapackage.json. A Frictionless Data
// Package library validates the descriptor and reads and casts every row with the table schemas.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Package } from "datapackage";
import { afterAll, describe, expect, it } from "vitest";
import { COMPRESSED, DATASETS, exportFiles, fileName } from "../scripts/export-data.js";

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
    const plain = { ...descriptor, resources: descriptor.resources.map(({ compression: _c, hash: _h, bytes: _b, ...r }) => ({ ...r, path: r.path.replace(/\.gz$/, "") })) };
    writeFileSync(join(dir, "datapackage.plain.json"), JSON.stringify(plain));
    const dp = await Package.load(join(dir, "datapackage.plain.json"), { basePath: dir });
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

  it("ships JSON beside the CSV of every dataset but the compressed ones, with the same rows", () => {
    for (const [name, { rows }] of Object.entries(DATASETS)) {
      const json = files.find((f) => f.path === `dist/data/${fileName(name)}.json`);
      if (COMPRESSED.has(name)) expect(json).toBeUndefined();
      else expect(JSON.parse(json!.content as string)).toEqual(JSON.parse(JSON.stringify(rows)));
    }
  });

  it("holds CSV for every dataset, JSON for all but the compressed, the tidy tables (CSV and JSON) and the descriptor", () => {
    expect(files.length).toBe(Object.keys(DATASETS).length * 2 - COMPRESSED.size + 3 * 2 + 1);
  });

  it("carries the data fingerprint", async () => {
    const { meta } = await import("../src/index.js");
    expect(descriptor.fingerprint).toBe(`sha256:${meta.fingerprint}`);
  });
});

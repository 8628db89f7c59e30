// Reports rows added, changed and removed per dataset against a git ref (default: the last release, the newest
// commit that changed CHANGELOG.md, else the first commit), for pasting into a changeset.
// Usage: npm run data:diff [-- REF]
import "./lib/globals.js";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { canonical, compileData, type CompiledData } from "./build-data.js";
import { DATASETS } from "./export-data.js";
import { ROOT, isMain } from "./lib/files.js";

const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28, stdio: ["ignore", "pipe", "ignore"] });

function dataAt(ref: string): CompiledData {
  const dir = mkdtempSync(join(tmpdir(), "crd-diff-"));
  try {
    for (const file of git("ls-tree", "-r", "--name-only", ref, "data").split("\n").filter((f) => f && !f.startsWith("data/raw/"))) {
      const target = join(dir, file.slice("data/".length));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, execFileSync("git", ["show", `${ref}:${file}`], { cwd: ROOT, maxBuffer: 1 << 28 }));
    }
    return compileData(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface DatasetDiff {
  readonly added: string[];
  readonly changed: string[];
  readonly removed: string[];
}

export function diffDatasets(before: Partial<CompiledData>, after: CompiledData): Record<string, DatasetDiff> {
  const out: Record<string, DatasetDiff> = {};
  const group = (rows: readonly object[] | undefined, key: (r: object) => string) => {
    const m = new Map<string, string[]>();
    for (const r of rows ?? []) {
      const k = key(r);
      const list = m.get(k);
      if (list) list.push(canonical(r));
      else m.set(k, [canonical(r)]);
    }
    return m;
  };
  for (const [name, { primaryKey }] of Object.entries(DATASETS)) {
    const key = (r: object) => primaryKey.map((k) => String((r as Record<string, unknown>)[k])).join(" / ");
    const old = group((before as Record<string, object[] | undefined>)[name], key);
    const now = group((after as unknown as Record<string, object[] | undefined>)[name], key);
    const added: string[] = [];
    const changed: string[] = [];
    const removed: string[] = [];
    // Rows are matched by key, and within a key (should a file ever hold two rows with one key) row for row:
    // rows the same on both sides cancel, the rest pair up as changed, and what is left over is added or removed.
    for (const k of new Set([...old.keys(), ...now.keys()])) {
      const before = [...(old.get(k) ?? [])];
      const after: string[] = [];
      for (const row of now.get(k) ?? []) {
        const i = before.indexOf(row);
        if (i >= 0) before.splice(i, 1);
        else after.push(row);
      }
      const pairs = Math.min(before.length, after.length);
      for (let i = 0; i < pairs; i++) changed.push(k);
      for (let i = pairs; i < after.length; i++) added.push(k);
      for (let i = pairs; i < before.length; i++) removed.push(k);
    }
    out[name] = { added, changed, removed };
  }
  return out;
}

if (isMain(import.meta.url)) {
  let ref = process.argv[2];
  if (!ref) {
    ref = git("log", "-1", "--format=%H", "--", "CHANGELOG.md").trim() || git("rev-list", "--max-parents=0", "HEAD").trim().split("\n").pop()!;
  }
  let before: Partial<CompiledData> = {};
  try {
    before = dataAt(ref);
  } catch (e) {
    console.error(`(the data at ${ref} does not build: ${(e as Error).message}; comparing against no data)`);
  }
  const diff = diffDatasets(before, compileData());
  console.log(`Data changes since ${ref}:\n`);
  for (const [name, d] of Object.entries(diff)) {
    if (!d.added.length && !d.changed.length && !d.removed.length) continue;
    console.log(`- ${name}: ${d.added.length} added, ${d.changed.length} changed, ${d.removed.length} removed`);
    for (const [what, keys] of [["added", d.added], ["changed", d.changed], ["removed", d.removed]] as const) {
      for (const k of keys.slice(0, 50)) console.log(`  - ${what}: ${k}`);
    }
  }
}

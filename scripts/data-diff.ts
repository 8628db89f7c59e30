// Reports rows added, changed and removed per dataset against a git ref (default: the newest tag v*, else the
// first commit), for pasting into a changeset. Usage: npm run data:diff [-- REF]
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
  for (const [name, { primaryKey }] of Object.entries(DATASETS)) {
    const key = (r: object) => primaryKey.map((k) => String((r as Record<string, unknown>)[k])).join(" / ");
    const old = new Map(((before as Record<string, object[] | undefined>)[name] ?? []).map((r) => [key(r), canonical(r)]));
    const now = new Map(((after as unknown as Record<string, object[]>)[name] ?? []).map((r) => [key(r), canonical(r)]));
    out[name] = {
      added: [...now.keys()].filter((k) => !old.has(k)),
      changed: [...now.keys()].filter((k) => old.has(k) && old.get(k) !== now.get(k)),
      removed: [...old.keys()].filter((k) => !now.has(k)),
    };
  }
  return out;
}

if (isMain(import.meta.url)) {
  let ref = process.argv[2];
  if (!ref) {
    try {
      ref = git("describe", "--tags", "--abbrev=0", "--match", "v*").trim();
    } catch {
      ref = git("rev-list", "--max-parents=0", "HEAD").trim().split("\n").pop()!;
    }
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
    for (const [what, keys] of [["changed", d.changed], ["removed", d.removed]] as const) {
      for (const k of keys.slice(0, 50)) console.log(`  - ${what}: ${k}`);
    }
  }
}

// Determinism across processes: a second process, in another time zone and locale (Turkish, whose case
// rules and collation differ from English), derives every file the build makes from the data. Each must have
// the sha256 of the committed file (which the other suites check against what this process makes) or, for
// the exported files that are not committed, of what this process exports.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../scripts/lib/files.js";
import { exportFiles } from "../scripts/export-data.js";

describe("the build's outputs in a second process", () => {
  it("are byte-identical under another time zone and locale, and the committed ones are what both make", async () => {
    const tsx = resolve(ROOT, "node_modules", ".bin", "tsx");
    const env = { ...process.env, TZ: "Pacific/Chatham", LC_ALL: "tr_TR.UTF-8", LANG: "tr_TR.UTF-8", LANGUAGE: "tr" };
    const other = JSON.parse(execFileSync(tsx, [resolve(ROOT, "test", "determinism-child.ts"), "--print"], { cwd: ROOT, env, encoding: "utf8", maxBuffer: 1 << 24 })) as Record<string, string>;
    // The child really ran in another locale and zone.
    const probe = execFileSync(process.execPath, ["-e", "process.stdout.write(new Intl.DateTimeFormat().resolvedOptions().locale + ' ' + new Date(0).getTimezoneOffset())"], { env, encoding: "utf8" });
    expect(probe).toBe("tr-TR -765");
    const sha = (x: string | Uint8Array) => createHash("sha256").update(x).digest("hex");
    const exported = new Map(exportFiles().map((f) => [f.path, sha(f.content)]));
    expect(Object.keys(other).length).toBeGreaterThan(40);
    for (const [file, hash] of Object.entries(other)) {
      const here = exported.get(file) ?? (existsSync(resolve(ROOT, file)) ? sha(readFileSync(resolve(ROOT, file))) : "missing");
      expect(hash, file).toBe(here);
    }
    for (const file of exported.keys()) expect(other[file], file).toBeDefined();
  }, 300_000); // the child extracts every workbook again: minutes on two busy cores
});

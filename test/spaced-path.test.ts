// The data build from a checkout whose path holds a space (and a non-ASCII letter): the scripts must know they
// are the main module and write their output, not exit 0 having done nothing. A copy of what the build reads
// (data/ without the raw files, scripts/, src/, the release files) goes to such a folder, with a link to the raw
// files (the build reads the IMF DOTS workbooks' header rows); the build runs there.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../scripts/lib/files.js";

const base = mkdtempSync(join(tmpdir(), "crd-"));
const dir = join(base, "a checkout with spaces é");
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("the data build from a path with a space", () => {
  it("writes every generated module and the data export, the same as here", () => {
    cpSync(join(ROOT, "data"), join(dir, "data"), { recursive: true, filter: (p) => !p.includes(`${join("data", "raw")}`) });
    for (const d of ["scripts", "src"]) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
    for (const f of ["package.json", "release.json", "CITATION.cff", "tsconfig.json"]) cpSync(join(ROOT, f), join(dir, f));
    symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
    symlinkSync(join(ROOT, "data", "raw"), join(dir, "data", "raw"), "dir");
    // The copy's generated modules are removed: only the build can bring them back.
    rmSync(join(dir, "src", "datasets", "generated"), { recursive: true });
    const tsx = resolve(ROOT, "node_modules", ".bin", "tsx");
    execFileSync(tsx, [join(dir, "scripts", "build-data.ts")], { cwd: dir, stdio: "pipe" });
    for (const f of ["meta.ts", "trade.ts", "codes.ts", "partner-series.ts", "world-trade.ts"]) {
      expect(readFileSync(join(dir, "src", "datasets", "generated", f), "utf8"), f).toBe(readFileSync(join(ROOT, "src", "datasets", "generated", f), "utf8"));
    }
    // The export writes dist/data/ and datapackage.json in the copy.
    execFileSync(tsx, [join(dir, "scripts", "export-data.ts")], { cwd: dir, stdio: "pipe" });
    expect(existsSync(join(dir, "dist", "data", "trade.csv"))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8")).resources.length).toBeGreaterThan(10);
  }, 120_000);
});

// The built package: what it contains, what it loads, and that building it again gives the same bytes.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  dependencies?: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional: boolean }>;
  devDependencies: Record<string, string>;
  version: string;
};

function packJson(): { files: { path: string }[]; shasum: string; integrity: string; unpackedSize: number }[] {
  return JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
}

function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(ROOT, p)] = createHash("sha256").update(readFileSync(p)).digest("hex");
    }
  };
  walk(dir);
  return out;
}

describe("supply chain", () => {
  it("has no runtime dependency: zod is an optional peer, needed only by the schemas entry", () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies).toEqual({ zod: pkg.devDependencies.zod });
    expect(pkg.peerDependenciesMeta).toEqual({ zod: { optional: true } });
    // The zod the tests run with satisfies the declared range's major version.
    const installed = (JSON.parse(readFileSync(join(ROOT, "node_modules", "zod", "package.json"), "utf8")) as { version: string }).version;
    expect(installed.split(".")[0]).toBe((pkg.peerDependencies.zod ?? "").replace(/^\^/, "").split(".")[0]);
  });

  it("only the schemas entry loads zod", () => {
    for (const f of ["index.js", "partner-trade.js", "arms.js", "world.js", "partner-series.js", "cli.js"]) {
      const code = readFileSync(join(ROOT, "dist", f), "utf8");
      expect(code, f).not.toMatch(/from\s*["']zod["']|require\(["']zod["']\)/);
    }
    expect(readFileSync(join(ROOT, "dist", "schemas.js"), "utf8")).toMatch(/from\s*["']zod["']/);
  });

  it("every relative link and image of the README is a file the tarball holds, so it works in node_modules", () => {
    const files = new Set(packJson()[0]!.files.map((f) => f.path));
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const relative = [...readme.matchAll(/\]\(([^)#\s]+)\)/g)].map((m) => m[1]!).filter((u) => !/^[a-z]+:/.test(u));
    expect(relative.length).toBeGreaterThan(0);
    for (const path of relative) expect(files.has(path), path).toBe(true);
  });

  it("the tarball holds only what users need: ES modules, their types, CSV, the descriptor, the charts", () => {
    const files = packJson()[0]!.files.map((f) => f.path).sort();
    const allowed = /^(package\.json|README\.md|LICENSE|LICENSE-DATA|CITATION\.cff|datapackage\.json|dist\/[\w.-]+\.(js|d\.ts)|dist\/data\/[\w-]+\.(csv|csv\.gz)|docs\/charts\/[\w-]+\.svg)$/;
    for (const f of files) expect(f, f).toMatch(allowed);
    for (const required of ["dist/index.js", "dist/index.d.ts", "dist/cli.js", "datapackage.json", "dist/data/trade.csv", "CITATION.cff", "LICENSE-DATA"]) {
      expect(files).toContain(required);
    }
    expect(files.some((f) => f.startsWith("src/") || f.startsWith("data/") || f.startsWith("test/") || f.startsWith("scripts/"))).toBe(false);
  });
});

describe("reproducible build", () => {
  it("building again gives byte-identical dist/ and datapackage.json, and the same tarball", () => {
    const first = { ...hashTree(join(ROOT, "dist")), datapackage: hashTree(ROOT)["datapackage.json"] };
    const pack1 = packJson()[0]!;
    execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "ignore" });
    const second = { ...hashTree(join(ROOT, "dist")), datapackage: hashTree(ROOT)["datapackage.json"] };
    const pack2 = packJson()[0]!;
    expect(second).toEqual(first);
    expect(pack2.shasum).toBe(pack1.shasum);
    expect(pack2.integrity).toBe(pack1.integrity);
  });

  it("no built file names the folder it was built in", () => {
    const files = Object.keys(hashTree(join(ROOT, "dist"))).filter((f) => !f.endsWith(".gz"));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) expect(readFileSync(join(ROOT, f), "utf8"), f).not.toContain(ROOT);
  });

  it("require() of an entry gives its frozen ES module namespace: one consumer cannot replace what another uses", () => {
    const out = execFileSync(
      process.execPath,
      ["-e", `"use strict"; const a = require("./dist/index.js"); let rootThrew = false; try { a.share = () => 42; } catch (e) { rootThrew = e instanceof TypeError; }
       const w = require("./dist/world.js"); let worldThrew = false; try { w.tradeShare = null; } catch (e) { worldThrew = e instanceof TypeError; }
       console.log(JSON.stringify({ rootThrew, worldThrew, share: require("./dist/index.js").share(1, 2), world: typeof require("./dist/world.js").tradeShare }));`],
      { cwd: ROOT, encoding: "utf8" },
    );
    // Each assignment throws on its own (strict mode), and neither changed what a later require returns.
    expect(JSON.parse(out)).toEqual({ rootThrew: true, worldThrew: true, share: 0.5, world: "function" });
  });

  it("an error from any entry point is a DataNotAvailableError of the root entry", async () => {
    const { pathToFileURL } = await import("node:url");
    const root = (await import(pathToFileURL(join(ROOT, "dist", "index.js")).href)) as { DataNotAvailableError: new (...a: never[]) => Error };
    const arms = (await import(pathToFileURL(join(ROOT, "dist", "arms.js")).href)) as { armsSeries: (q: object) => unknown };
    const world = (await import(pathToFileURL(join(ROOT, "dist", "world.js")).href)) as { tradeShare: (q: object) => unknown };
    for (const call of [() => arms.armsSeries({ supplier: "XX", recipient: "IND" }), () => world.tradeShare({ reporter: "XX", partner: "CHN", year: 2020 })]) {
      let error: unknown;
      try {
        call();
      } catch (e) {
        error = e;
      }
      expect(error instanceof root.DataNotAvailableError).toBe(true);
    }
    expect(new Error("x") instanceof root.DataNotAvailableError).toBe(false);
  });
});


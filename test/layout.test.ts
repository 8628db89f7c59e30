// The layout of src/ and scripts/ (docs/design-notes.md, "Layout"): which room may import which, how long a file
// may grow, and which files may sit loose in src/. Read from the import specifiers of every source file.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { posix, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT } from "../scripts/lib/files.js";

/** Every .ts file under `dir`, as a path relative to the repository with forward slashes. */
function files(dir: string): string[] {
  return readdirSync(resolve(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    return statSync(resolve(ROOT, path)).isDirectory() ? files(path) : name.endsWith(".ts") ? [path] : [];
  });
}

const SOURCES = [...files("src"), ...files("scripts")];
const GENERATED = /^src\/datasets\/generated\//;

/** The files a file imports (static, dynamic and type-only imports and re-exports), resolved to repository paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(resolve(ROOT, file), "utf8");
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((spec) => spec.startsWith("."))
    .map((spec) => posix.normalize(posix.join(posix.dirname(file), spec)).replace(/\.js$/, ".ts"));
}

const GRAPH = new Map(SOURCES.map((f) => [f, importsOf(f)]));

/**
 * The rooms of src/ from the bottom up: a file may import its own room and the rooms of lower layers, never a
 * room of its own layer or above. Domains do not import each other.
 */
const LAYERS: readonly (readonly string[])[] = [
  ["src/core/"],
  ["src/datasets/", "src/metrics/"],
  ["src/trade/", "src/world/", "src/arms/", "src/capabilities/", "src/energy/", "src/timeline/", "src/schemas/"],
  ["src/claims/", "src/cite/"],
  ["src/index.ts", "src/partner-trade.ts"],
  ["src/cli/"],
];

/** Imports against the arrows that the layout accepts, each for the reason given. */
const EXCEPTIONS: Readonly<Record<string, string>> = {
  // The argument printer of every error message lives with the metrics' checks, which the dist code orders first.
  "src/core/query.ts -> src/metrics/_check.ts": "the argument printer `show`",
  // Types only: the code and source-id unions are generated from the data.
  "src/core/types.ts -> src/datasets/generated/codes.ts": "the generated CountryCode and SourceId unions",
};

/** The room of a file; the CLI's entry (src/cli.ts) belongs to the CLI's room. */
const roomOf = (file: string) => (file === "src/cli.ts" ? "src/cli/" : LAYERS.flat().find((room) => (room.endsWith("/") ? file.startsWith(room) : file === room)));
const layerOf = (room: string) => LAYERS.findIndex((rooms) => rooms.includes(room));

/** Every import of src/ against the layout's rules, one line each. */
export function layoutViolations(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const out: string[] = [];
  for (const [file, imports] of graph) {
    if (!file.startsWith("src/")) continue;
    for (const target of imports) {
      const edge = `${file} -> ${target}`;
      if (target.startsWith("scripts/")) out.push(`${edge}: nothing under src/ imports scripts/`);
      if (!target.startsWith("src/") || EXCEPTIONS[edge]) continue;
      const from = roomOf(file);
      const to = roomOf(target);
      if (!from || !to) {
        out.push(`${edge}: ${from ? target : file} is in no room of the layout`);
        continue;
      }
      if (from === to) continue;
      if (to.startsWith("src/cli")) out.push(`${edge}: only the command line imports src/cli/`);
      else if (layerOf(to) >= layerOf(from)) out.push(`${edge}: arrows point down only (${from} may not import ${to})`);
    }
  }
  return out;
}

/** The files `entry` loads, directly or through other files (static imports only: a dynamic import loads on demand). */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(resolve(ROOT, file), "utf8");
    const info = ts.preProcessFile(text, true, false);
    for (const f of info.importedFiles) {
      if (!f.fileName.startsWith(".")) continue;
      visit(posix.normalize(posix.join(posix.dirname(file), f.fileName)).replace(/\.js$/, ".ts"));
    }
  };
  visit(entry);
  return seen;
}

describe("layout", () => {
  it("imports point down only: no room imports the CLI, a room of its own layer or above, or scripts/", () => {
    expect(layoutViolations(GRAPH)).toEqual([]);
  });

  it("the rule catches a wrong import (a domain importing the CLI, the core importing a domain, src/ importing scripts/)", () => {
    const bad = new Map(GRAPH);
    bad.set("src/arms/selectors.ts", [...GRAPH.get("src/arms/selectors.ts")!, "src/cli/main.ts", "scripts/lib/files.ts"]);
    bad.set("src/core/errors.ts", ["src/trade/selectors.ts"]);
    expect(layoutViolations(bad).sort()).toEqual([
      "src/arms/selectors.ts -> scripts/lib/files.ts: nothing under src/ imports scripts/",
      "src/arms/selectors.ts -> src/cli/main.ts: only the command line imports src/cli/",
      "src/core/errors.ts -> src/trade/selectors.ts: arrows point down only (src/core/ may not import src/trade/)",
    ]);
  });

  it("the root entry never loads a subpath's data or entry", () => {
    const loaded = staticClosure("src/index.ts");
    const subpaths = [
      "src/partner-trade.ts", "src/world/index.ts", "src/arms/index.ts", "src/schemas/index.ts",
      "src/datasets/generated/partner-trade.ts", "src/datasets/generated/partner-series.ts", "src/datasets/generated/world-trade.ts",
      "src/datasets/generated/arms-deliveries.ts",
    ];
    expect(subpaths.filter((f) => loaded.has(f))).toEqual([]);
    // The closure is real: the root entry does load the trade rows.
    expect(loaded.has("src/datasets/generated/trade.ts")).toBe(true);
  });

  it("in scripts/, the shared helpers import no producer or dataset, and producers and datasets do not import each other", () => {
    const out: string[] = [];
    for (const [file, imports] of GRAPH) {
      for (const target of imports) {
        const edge = `${file} -> ${target}`;
        if (file.startsWith("scripts/lib/") && /^scripts\/(?!lib\/)/.test(target)) out.push(`${edge}: scripts/lib/ imports only scripts/lib/ and src/`);
        if (file.startsWith("scripts/producers/") && (target.startsWith("scripts/datasets/") || target === "scripts/build-data.ts")) out.push(`${edge}: a producer writes data/, it does not build`);
        if (file.startsWith("scripts/datasets/") && /^scripts\/(producers|datasets)\/|^scripts\/build-data\.ts$/.test(target)) out.push(`${edge}: a dataset reads data/ and scripts/lib/ only`);
      }
    }
    expect(out).toEqual([]);
  });

  /** Files allowed to stay whole although longer, each with its reason (none today). */
  const LONG: Readonly<Record<string, string>> = {};

  it("no file of src/ or scripts/ but the generated modules is over 400 lines", () => {
    const lines = SOURCES.filter((f) => !GENERATED.test(f)).map((f) => [f, readFileSync(resolve(ROOT, f), "utf8").split("\n").length - 1] as const);
    expect(lines.filter(([f, n]) => n > (LONG[f] ? 450 : 400))).toEqual([]);
    // An exception that no longer needs to be one is removed from the list.
    expect(Object.keys(LONG).filter((f) => (lines.find(([g]) => g === f)?.[1] ?? 0) <= 400)).toEqual([]);
  });

  it("src/ holds no loose file but the entry points tsup builds", () => {
    const loose = readdirSync(resolve(ROOT, "src")).filter((name) => statSync(resolve(ROOT, "src", name)).isFile());
    const tsup = readFileSync(resolve(ROOT, "tsup.config.ts"), "utf8");
    expect(loose.filter((name) => !tsup.includes(`"src/${name}"`))).toEqual([]);
    expect(loose.sort()).toEqual(["cli.ts", "index.ts", "partner-trade.ts"]);
  });
});

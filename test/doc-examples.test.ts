// Runs every @example block of the public doc comments, so the documentation cannot drift from the code.
// An example imports from the package's entry points, then states calls, each followed by `//=> expected`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const { transpileModule, ScriptTarget, ModuleKind } = ts;
import * as root from "../src/index.js";
import * as arms from "../src/arms/index.js";
import * as world from "../src/world/index.js";
import * as partnerTrade from "../src/partner-trade.js";
import * as schemas from "../src/schemas/index.js";

const entries: Record<string, Record<string, unknown>> = {
  "china-russia-data": root,
  "china-russia-data/schemas": schemas,
  "china-russia-data/partner-trade": partnerTrade,
  "china-russia-data/arms": arms,
  "china-russia-data/world": world,
};

interface Example {
  file: string;
  line: number;
  code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.(test|d)\.ts$/.test(name) ? [path] : [];
  });
}

export function extractExamples(file: string, text: string): Example[] {
  const out: Example[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*\*\s*@example\b/.test(lines[i]!)) continue;
    let j = i + 1;
    while (j < lines.length && !/^\s*\*\s*```/.test(lines[j]!)) j++;
    const start = j + 1;
    let end = start;
    while (end < lines.length && !/^\s*\*\s*```/.test(lines[end]!)) end++;
    const code = lines
      .slice(start, end)
      .map((l) => l.replace(/^\s*\* ?/, ""))
      .join("\n");
    out.push({ file, line: start + 1, code });
    i = end;
  }
  return out;
}

function compile(example: Example): { body: string; checks: number } {
  // Statements are blocks of lines ending with ";"; a `//=> value` line checks the statement before it.
  const blocks: string[] = [];
  let current: string[] = [];
  let checks = 0;
  for (const line of example.code.split("\n")) {
    const t = line.trim();
    const imp = /^import\s*\{([^}]*)\}\s*from\s*"([^"]+)";?$/.exec(t);
    if (imp) {
      const names = imp[1]!.split(",").map((s) => s.trim()).filter(Boolean);
      blocks.push(`const { ${names.join(", ")} } = __entry(${JSON.stringify(imp[2])});`);
      continue;
    }
    if (t.startsWith("//=>")) {
      if (current.length > 0) throw new Error(`${example.file}:${example.line}: the statement before //=> must end with ";"`);
      const expr = blocks.pop()!.trim().replace(/;$/, "");
      blocks.push(`__check(${expr}, (${t.slice(4).trim()}), ${JSON.stringify(expr)});`);
      checks++;
      continue;
    }
    if (t === "" || t.startsWith("//")) continue;
    current.push(line);
    if (t.endsWith(";") || t.endsWith("}")) {
      blocks.push(current.join("\n"));
      current = [];
    }
  }
  if (current.length > 0) blocks.push(current.join("\n"));
  const ts = blocks.join("\n");
  const js = transpileModule(ts, { compilerOptions: { target: ScriptTarget.ES2022, module: ModuleKind.ESNext } }).outputText;
  return { body: js, checks };
}

function expectClose(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === "number" && typeof actual === "number") {
    const tol = 1e-12 * Math.max(1, Math.abs(expected));
    if (!(Math.abs(actual - expected) <= tol)) throw new Error(`${path}: expected ${expected}, got ${actual}`);
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      throw new Error(`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
    expected.forEach((e, i) => expectClose(actual[i], e, `${path}[${i}]`));
    return;
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object") throw new Error(`${path}: expected an object, got ${String(actual)}`);
    // The same keys on both sides: a result with a key the example does not state fails as one that lacks one.
    const want = Object.keys(expected).sort();
    const got = Object.keys(actual).sort();
    if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`${path}: expected the keys ${want.join(", ")}, got ${got.join(", ")}`);
    for (const [k, e] of Object.entries(expected)) expectClose((actual as Record<string, unknown>)[k], e, `${path}.${k}`);
    return;
  }
  if (!Object.is(actual, expected)) throw new Error(`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

const srcDir = new URL("../src", import.meta.url).pathname;
const examples = sourceFiles(srcDir).flatMap((f) => extractExamples(relative(srcDir, f), readFileSync(f, "utf8")));

describe("doc-comment examples", () => {
  it("the comparison of a stated result refuses an extra key, a missing key and a different number", () => {
    expect(() => expectClose({ share: 0.5, extra: 1 }, { share: 0.5 }, "r")).toThrow(/^r: expected the keys share, got extra, share$/);
    expect(() => expectClose({ share: 0.5 }, { share: 0.5, total: 2 }, "r")).toThrow(/^r: expected the keys share, total, got share$/);
    expect(() => expectClose({ a: [1, 2] }, { a: [1, 3] }, "r")).toThrow(/^r\.a\[1\]: expected 3, got 2$/);
    expect(() => expectClose({ a: [1, 2] }, { a: [1, 2] }, "r")).not.toThrow();
  });

  it("there are examples to run", () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  for (const ex of examples) {
    it(`${ex.file}:${ex.line} runs and gives the results it states`, async () => {
      const { body, checks } = compile(ex);
      expect(checks, "an example must state at least one result with //=>").toBeGreaterThan(0);
      const __entry = (name: string) => {
        const mod = entries[name];
        if (!mod) throw new Error(`example imports unknown entry ${name}`);
        return mod;
      };
      let done = 0;
      const __check = (actual: unknown, expected: unknown, expr: string) => {
        expectClose(actual, expected, expr);
        done++;
      };
      const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
        ...args: string[]
      ) => (...a: unknown[]) => Promise<void>;
      await new AsyncFunction("__entry", "__check", body)(__entry, __check);
      expect(done).toBe(checks);
    });
  }
});

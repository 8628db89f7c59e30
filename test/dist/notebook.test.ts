// Runs every code cell of the example notebook, in order, against the built package. The cells are plain
// JavaScript, so Node runs them: the `npm:` specifiers the Deno kernel uses are rewritten to the package's own
// name (resolved to dist/ by the exports map) and to the installed dev dependencies.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };

interface Notebook {
  cells: { cell_type: string; source: string[]; outputs?: { output_type: string; text?: string[]; data?: Record<string, unknown> }[]; execution_count?: number | null }[];
  metadata: { kernelspec: { name: string } };
}

const notebook = JSON.parse(readFileSync(join(ROOT, "examples", "china-russia-trade.ipynb"), "utf8")) as Notebook;
const cells = notebook.cells.filter((c) => c.cell_type === "code").map((c) => c.source.join(""));

describe("examples/china-russia-trade.ipynb", () => {
  it("is a Deno-kernel notebook that pins this package's version", () => {
    expect(notebook.metadata.kernelspec.name).toBe("deno");
    const pins = [...cells.join("\n").matchAll(/npm:china-russia-data@([^"'/]+)/g)].map((m) => m[1]);
    expect(pins.length).toBeGreaterThan(0);
    for (const v of pins) expect(v).toBe(pkg.version);
    const observable = readFileSync(join(ROOT, "examples", "observable.md"), "utf8");
    expect(observable).toContain(`npm:china-russia-data@${pkg.version}`);
    expect(observable).toContain(`cdn.jsdelivr.net/npm/china-russia-data@${pkg.version}/+esm`);
  });

  it("every version pin in the README, the examples and the guides names this package's version (the release step moves them)", () => {
    const files = ["README.md", "examples/observable.md", "docs/guides/04-notebooks.md"];
    const pins = files.flatMap((f) => [...readFileSync(join(ROOT, f), "utf8").matchAll(/china-russia-data@(\d[0-9A-Za-z.+-]*)/g)].map((m) => `${f}: ${m[1]}`));
    expect(pins.some((p) => p.startsWith("README.md"))).toBe(true);
    expect(pins.filter((p) => !p.endsWith(`: ${pkg.version}`))).toEqual([]);
  });

  it("examples/observable.md says which Observable it targets, and its classic-notebook cells are one named expression each", () => {
    const observable = readFileSync(join(ROOT, "examples", "observable.md"), "utf8");
    expect(observable).toMatch(/\*\*Observable Framework\*\* page \(Framework 1\.x\)/);
    const classic = observable.slice(observable.indexOf("## In a classic notebook"));
    const classicCells = [...classic.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
    expect(classicCells.length).toBeGreaterThanOrEqual(3);
    // A classic cell is `name = expression` or a bare expression: no declarations, no static imports, no npm: specifiers.
    for (const c of classicCells) expect(c, c).not.toMatch(/^(const|let|var|import)\s|npm:/m);
  });

  it("ships with the outputs of a run of this version and this data (npm run notebook:run)", async () => {
    const { meta } = (await import(join(ROOT, "dist", "index.js"))) as { meta: { version: string; fingerprint: string } };
    const code = notebook.cells.filter((c) => c.cell_type === "code");
    code.forEach((c, i) => {
      expect(c.outputs?.length ?? 0, `code cell ${i + 1} has outputs`).toBeGreaterThan(0);
      expect(c.execution_count, `code cell ${i + 1} ran, in order`).toBe(i + 1);
      expect(c.outputs!.some((o) => o.output_type === "error"), `code cell ${i + 1} ran without an error`).toBe(false);
    });
    const first = code[0]!.outputs!.map((o) => (o.text ?? []).join("")).join("");
    // The version pinned in the import, the version of this package, and the data the outputs were computed from.
    expect(first).toContain(`china-russia-data ${pkg.version}, data fingerprint ${meta.fingerprint}`);
    expect(code.some((c) => c.outputs!.some((o) => String((o.data?.["image/svg+xml"] as string[] | string | undefined) ?? "").includes("<svg")))).toBe(true);
  });

  it("swallows no error: every catch rethrows what is not the documented gap error", () => {
    const catches = [...cells.join("\n").matchAll(/catch\s*(?:\((\w+)\))?\s*\{([^}]*)\}/g)];
    for (const [block, name, body] of catches) {
      expect(name, block).toBeDefined();
      expect(body, block).toContain(`if (!(${name} instanceof DataNotAvailableError)) throw ${name};`);
    }
  });

  it("every code cell runs, in order, without an error, and shows the chart and the asymmetry", () => {
    const script = cells
      .map((c) => c.replace(/npm:(@?[^@"']+)@[^"'/]+/g, "$1"))
      .map((c, i) => `// cell ${i + 1}\n${c}`)
      .join("\n");
    const dir = join(ROOT, ".tmp");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "notebook.mjs");
    // Show what the last cell expression of the chart cell would display.
    writeFileSync(file, `${script}\nconsole.log("SVG", typeof svg === "string" && svg.startsWith("<svg") ? svg.length : 0);\n`);
    const out = execFileSync(process.execPath, [file], { cwd: ROOT, encoding: "utf8" });
    expect(out).toContain(`china-russia-data ${pkg.version}`);
    expect(out).toMatch(/2013: China's share of Russia's trade 10\.54%/);
    expect(Number(/SVG (\d+)/.exec(out)![1])).toBeGreaterThan(1000);
    expect(out).toMatch(/The china-russia-data contributors\./);
  });
});

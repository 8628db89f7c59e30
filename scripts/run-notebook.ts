// Runs examples/china-russia-trade.ipynb in Jupyter with the Deno kernel against this build (dist/index.js in
// place of the pinned npm: import) and writes the outputs into the notebook, so that it ships showing what it
// computes. Needs Deno with its Jupyter kernel (`deno jupyter --install`) and nbconvert (Debian:
// jupyter-nbconvert); run after npm run build. The release step runs it, so the outputs show the released
// version; test/dist/notebook.test.ts checks that they belong to the current data and version.
// Run: npm run notebook:run
import "./lib/globals.js";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT, writeAtomic } from "./lib/files.js";

interface Cell {
  cell_type: string;
  source: string[];
  outputs?: unknown[];
  execution_count?: number | null;
  metadata?: Record<string, unknown>;
}
interface Notebook {
  cells: Cell[];
  metadata: Record<string, unknown>;
}

const file = resolve(ROOT, "examples", "china-russia-trade.ipynb");
const python = ["python3", "/usr/bin/python3"].find((p) => spawnSync(p, ["-m", "nbconvert", "--version"], { stdio: "ignore" }).status === 0);
if (!python) throw new Error("notebook:run needs nbconvert (Debian: apt-get install jupyter-nbconvert)");
const kernels = execFileSync(python, ["-m", "jupyter_client.kernelspecapp", "list"], { encoding: "utf8" });
if (!/^\s*deno\s/m.test(kernels)) throw new Error("notebook:run needs the Deno Jupyter kernel: install Deno, then run deno jupyter --install");

const notebook = JSON.parse(readFileSync(file, "utf8")) as Notebook;
const entry = pathToFileURL(resolve(ROOT, "dist", "index.js")).href;
const run: Notebook = JSON.parse(JSON.stringify(notebook));
for (const c of run.cells) if (c.cell_type === "code") c.source = c.source.map((l) => l.replace(/npm:china-russia-data@[0-9A-Za-z.+-]+/g, entry));

const work = mkdtempSync(join(tmpdir(), "crd-notebook-"));
try {
  writeFileSync(join(work, "in.ipynb"), JSON.stringify(run));
  // Every code cell shows something (test/dist/notebook.test.ts requires it). The Deno kernel now and then
  // loses a cell's display output (seen for the chart cell and for the citation cell): run again, up to three times, then fail.
  let done: Notebook | undefined;
  for (let attempt = 1; attempt <= 3 && !done; attempt++) {
    execFileSync(python, ["-m", "nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=300", "--output", "out.ipynb", "in.ipynb"], { cwd: work, stdio: ["ignore", "ignore", "pipe"] });
    const out = JSON.parse(readFileSync(join(work, "out.ipynb"), "utf8")) as Notebook;
    const silent = out.cells.flatMap((c, i) => (c.cell_type === "code" && (c.outputs ?? []).length === 0 ? [i + 1] : []));
    if (silent.length === 0) {
      done = out;
      continue;
    }
    const which = `${silent.length > 1 ? "cells" : "cell"} ${silent.join(", ")}`;
    if (attempt === 3) throw new Error(`${which} showed no output in three runs`);
    console.error(`${which} showed no output; running the notebook again`);
  }
  // The sources stay as they were (the pinned import); only outputs and execution counts come from the run.
  notebook.cells.forEach((c, i) => {
    if (c.cell_type !== "code") return;
    const ran = done!.cells[i]!;
    const text = JSON.stringify(ran.outputs ?? []);
    if (text.includes(work) || text.includes(ROOT)) throw new Error(`cell ${i + 1}: an output names a local path; fix the cell`);
    if ((ran.outputs ?? []).some((o) => (o as { output_type: string }).output_type === "error")) throw new Error(`cell ${i + 1} failed: ${text.slice(0, 500)}`);
    c.outputs = ran.outputs ?? [];
    c.execution_count = ran.execution_count ?? null;
  });
  writeAtomic(file, JSON.stringify(notebook, null, 1) + "\n");
  console.log(`examples/china-russia-trade.ipynb: ${notebook.cells.filter((c) => c.cell_type === "code").length} code cells run, outputs written`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

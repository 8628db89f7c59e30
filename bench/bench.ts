// npm run bench: import cost, validation cost, helper throughput, bundle and package sizes. Machines are shared
// and noisy, so every timing is a ratio to a baseline measured in the same run (medians of fresh processes or
// repeated runs, interleaved), and sizes are bytes. Writes bench/RESULTS.md.
import "../scripts/lib/globals.js";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { bundleSize } from "../scripts/lib/bundle.js";
import { ROOT, writeAtomic } from "../scripts/lib/files.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const kb = (x: number) => `${(x / 1024).toFixed(1)} KiB`;

const dist = (f: string) => pathToFileURL(resolve(ROOT, "dist", f)).href;
const lines: string[] = [];
const log = (s = "") => {
  console.log(s);
  lines.push(s);
};

// ---------------------------------------------------------------- cold import (fresh processes)
const work = mkdtempSync(join(tmpdir(), "crd-bench-"));
const root = (await import(dist("index.js"))) as Record<string, unknown>;
const partner = (await import(dist("partner-trade.js"))) as { partnerTrade: unknown[] };
const arms = (await import(dist("arms.js"))) as { armsDeliveries: unknown[] };
const world = (await import(dist("world.js"))) as { worldTrade: unknown[] };
const rootRows = Object.fromEntries(Object.entries(root).filter(([, v]) => Array.isArray(v)));
writeFileSync(join(work, "empty.mjs"), "export {};\n");
writeFileSync(join(work, "json-root.mjs"), `export const rows = JSON.parse(${JSON.stringify(JSON.stringify(rootRows))});\n`);
writeFileSync(join(work, "json-partner.mjs"), `export const rows = JSON.parse(${JSON.stringify(JSON.stringify(partner.partnerTrade))});\n`);
writeFileSync(join(work, "json-world.mjs"), `export const rows = JSON.parse(${JSON.stringify(JSON.stringify(world.worldTrade))});\n`);
writeFileSync(join(work, "json-arms.mjs"), `export const rows = JSON.parse(${JSON.stringify(JSON.stringify(arms.armsDeliveries))});\n`);
const modules: Record<string, string> = {
  empty: pathToFileURL(join(work, "empty.mjs")).href,
  "JSON.parse baseline (root rows)": pathToFileURL(join(work, "json-root.mjs")).href,
  "JSON.parse baseline (partner rows)": pathToFileURL(join(work, "json-partner.mjs")).href,
  "JSON.parse baseline (arms rows)": pathToFileURL(join(work, "json-arms.mjs")).href,
  "JSON.parse baseline (world rows)": pathToFileURL(join(work, "json-world.mjs")).href,
  "china-russia-data/world": dist("world.js"),
  "china-russia-data/arms": dist("arms.js"),
  "china-russia-data": dist("index.js"),
  "china-russia-data/partner-trade": dist("partner-trade.js"),
  "china-russia-data/schemas": dist("schemas.js"),
};
const importTimes: Record<string, number[]> = Object.fromEntries(Object.keys(modules).map((k) => [k, []]));
for (let r = 0; r < RUNS; r++) {
  for (const [name, url] of Object.entries(modules)) {
    // Time the import inside a fresh process (start-up excluded by the empty module's figure).
    const out = spawnSync(process.execPath, ["--input-type=module", "-e", `const t=performance.now();await import(${JSON.stringify(url)});console.log(performance.now()-t)`], { encoding: "utf8" });
    importTimes[name]!.push(Number(out.stdout.trim()));
  }
}
const med = Object.fromEntries(Object.entries(importTimes).map(([k, v]) => [k, median(v)]));
const empty = med.empty!;
const ratio = (entry: string, baseline: string) => (med[entry]! - empty) / (med[baseline]! - empty);

log(`# Benchmark results`);
log();
log(`Node ${process.version}, ${RUNS} runs per figure (medians), ${new Date().toISOString().slice(0, 10)}. Ratios are the figure to keep; milliseconds depend on the machine.`);
log();
log(`## Cold import (fresh process each time)`);
log();
log(`| module | median import time | (module − empty) / (JSON.parse baseline − empty) | target |`);
log(`|---|---|---|---|`);
log(`| empty module | ${ms(empty)} | | |`);
log(`| JSON.parse baseline, root rows | ${ms(med["JSON.parse baseline (root rows)"]!)} | 1 | |`);
log(`| china-russia-data (root) | ${ms(med["china-russia-data"]!)} | **${ratio("china-russia-data", "JSON.parse baseline (root rows)").toFixed(2)}×** | ≤ 1.2× |`);
log(`| JSON.parse baseline, partner rows | ${ms(med["JSON.parse baseline (partner rows)"]!)} | 1 | |`);
log(`| china-russia-data/partner-trade | ${ms(med["china-russia-data/partner-trade"]!)} | **${ratio("china-russia-data/partner-trade", "JSON.parse baseline (partner rows)").toFixed(2)}×** | |`);
log(`| JSON.parse baseline, arms rows | ${ms(med["JSON.parse baseline (arms rows)"]!)} | 1 | |`);
log(`| china-russia-data/arms | ${ms(med["china-russia-data/arms"]!)} | **${ratio("china-russia-data/arms", "JSON.parse baseline (arms rows)").toFixed(2)}×** | ≤ 1.0× |`);
log(`| JSON.parse baseline, world rows | ${ms(med["JSON.parse baseline (world rows)"]!)} | 1 | |`);
log(`| china-russia-data/world | ${ms(med["china-russia-data/world"]!)} | **${ratio("china-russia-data/world", "JSON.parse baseline (world rows)").toFixed(2)}×** | ≤ 1.0× |`);
log(`| china-russia-data/schemas (loads zod) | ${ms(med["china-russia-data/schemas"]!)} | | |`);
rmSync(work, { recursive: true, force: true });

// ---------------------------------------------------------------- validation and freezing (in process)
const { schemas } = (await import(dist("schemas.js"))) as { schemas: Record<string, { safeParse(x: unknown): { success: boolean } }> };
const allRows = { ...rootRows, partnerTrade: partner.partnerTrade, armsDeliveries: arms.armsDeliveries, worldTrade: world.worldTrade } as Record<string, unknown[]>;
const text = JSON.stringify(allRows);
const deepFreeze = (v: unknown): unknown => {
  if (v !== null && typeof v === "object" && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
};
const time = (f: () => void) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
const parseT: number[] = [];
const validateT: number[] = [];
const freezeT: number[] = [];
for (let r = 0; r < RUNS; r++) {
  parseT.push(time(() => JSON.parse(text)));
  validateT.push(
    time(() => {
      const data = JSON.parse(text) as Record<string, unknown[]>;
      for (const [name, rows] of Object.entries(data)) {
        const schema = schemas[name]!;
        for (const row of rows) if (!schema.safeParse(row).success) throw new Error(`invalid ${name} row`);
      }
    }),
  );
  freezeT.push(time(() => deepFreeze(JSON.parse(text))));
}
log();
log(`## Validation and deep freeze (every dataset, ${Object.values(allRows).reduce((n, r) => n + r.length, 0)} rows)`);
log();
log(`| operation | median | ratio to JSON.parse | target |`);
log(`|---|---|---|---|`);
log(`| JSON.parse | ${ms(median(parseT))} | 1 | |`);
log(`| JSON.parse + zod validation of every row | ${ms(median(validateT))} | **${(median(validateT) / median(parseT)).toFixed(2)}×** | ≤ 5× |`);
log(`| JSON.parse + a generic recursive deep freeze (for comparison; the package freezes rows with a per-dataset list of nested fields, which the import figures above include) | ${ms(median(freezeT))} | ${(median(freezeT) / median(parseT)).toFixed(2)}× | |`);

// ---------------------------------------------------------------- helper throughput
const { yoy, cagr, hhi } = root as { yoy: (s: { year: number; value: number }[]) => unknown; cagr: (a: number, b: number, n: number) => number; hhi: (v: number[]) => number };
const N = 1_000_000;
const series = Array.from({ length: N }, (_, i) => ({ year: i, value: 100 + (i % 97) }));
const values = series.map((p) => p.value);
const handYoy = (s: { year: number; value: number }[]) => {
  const out: { year: number; value: number | null }[] = [];
  for (let i = 1; i < s.length; i++) {
    const p = s[i - 1]!;
    const c = s[i]!;
    out.push({ year: c.year, value: c.year - p.year === 1 && p.value > 0 ? (c.value - p.value) / p.value : null });
  }
  return out;
};
const handCagr = () => {
  let acc = 0;
  for (let i = 1; i < N; i++) acc += (values[i]! / values[i - 1]!) ** (1 / 3) - 1;
  return acc;
};
const libCagr = () => {
  let acc = 0;
  for (let i = 1; i < N; i++) acc += cagr(values[i - 1]!, values[i]!, 3);
  return acc;
};
const handHhi = (v: number[]) => {
  let total = 0;
  for (const x of v) total += x;
  let sum = 0;
  for (const x of v) sum += (x / total) ** 2;
  return sum;
};
const pairs: [string, () => unknown, () => unknown][] = [
  ["yoy", () => yoy(series), () => handYoy(series)],
  ["cagr (1,000,000 calls)", libCagr, handCagr],
  ["hhi", () => hhi(values), () => handHhi(values)],
];
log();
log(`## Helper throughput (1,000,000 points)`);
log();
log(`| helper | library | hand-written loop | ratio | target |`);
log(`|---|---|---|---|---|`);
for (const [name, lib, hand] of pairs) {
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    a.push(time(lib));
    b.push(time(hand));
  }
  log(`| ${name} | ${ms(median(a))} | ${ms(median(b))} | **${(median(a) / median(b)).toFixed(2)}×** | ≤ 1.5× |`);
}

// ---------------------------------------------------------------- sizes
log();
log(`## Bundle sizes (esbuild, minified; gzip -9)`);
log();
log(`| what an application imports | minified | gzip |`);
log(`|---|---|---|`);
for (const [label, src] of [
  ["one helper (`cagr`)", `import { cagr } from "china-russia-data"; console.log(cagr);`],
  ["`yoy`", `import { yoy } from "china-russia-data"; console.log(yoy);`],
  ["`tradeSeries` (with the trade rows)", `import { tradeSeries } from "china-russia-data"; console.log(tradeSeries);`],
  ["`cite`", `import { cite } from "china-russia-data"; console.log(cite);`],
  ["the whole root entry", `import * as m from "china-russia-data"; console.log(m);`],
  ["`china-russia-data/partner-trade`", `import * as m from "china-russia-data/partner-trade"; console.log(m);`],
  ["`china-russia-data/arms`", `import * as m from "china-russia-data/arms"; console.log(m);`],
  ["`china-russia-data/world`", `import * as m from "china-russia-data/world"; console.log(m);`],
  ["`armsShare` alone", `import { armsShare } from "china-russia-data/arms"; console.log(armsShare);`],
  ["`china-russia-data/schemas` (with zod)", `import * as m from "china-russia-data/schemas"; console.log(m);`],
] as const) {
  const b = await bundleSize(src);
  log(`| ${label} | ${kb(b.bytes)} | ${kb(b.gzip)} |`);
}
const [pack] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })) as { size: number; unpackedSize: number; entryCount: number }[];
log();
log(`## Package size`);
log();
log(`| package | packed | installed |`);
log(`|---|---|---|`);
log(`| china-russia-data (this build, ${pack!.entryCount} files) | ${kb(pack!.size)} | ${kb(pack!.unpackedSize)} (budget 4.5 MiB, a test) |`);
log(`| vega-datasets (anchor, as stated in the issue) | | 40.8 MiB |`);
log(`| world-countries (anchor, as stated in the issue) | | 19.6 MiB |`);

writeAtomic(resolve(ROOT, "bench", "RESULTS.md"), lines.join("\n") + "\n");
console.log("\nwritten to bench/RESULTS.md");

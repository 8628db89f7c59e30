// npm run bench: import cost, selector and helper speed, validation cost, bundle and install sizes, each goal
// with its measured ratio and whether it holds. Machines are shared and noisy, so every timing is a ratio to a
// baseline measured in the same run: warm-up rounds first, then >= 30 rounds in a shuffled order (a seeded
// shuffle, so runs are comparable), medians with the min–max spread. Writes bench/RESULTS.md (never edit it
// by hand). BENCH_RUNS sets the rounds (default 30).
import "../scripts/lib/globals.js";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { bundleSize } from "../scripts/lib/bundle.js";
import { ROOT, writeAtomic } from "../scripts/lib/files.js";

const RUNS = Math.max(30, Number(process.env.BENCH_RUNS ?? 30));
const WARMUP = 3;
const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: readonly number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;
const kb = (x: number) => `${(x / 1024).toFixed(1)} KiB`;
const spread = (xs: readonly number[]) => `${sorted(xs)[0]!.toFixed(1)}–${sorted(xs).at(-1)!.toFixed(1)}`;
const dist = (f: string) => pathToFileURL(resolve(ROOT, "dist", f)).href;
const lines: string[] = [];
const log = (s = "") => {
  console.log(s);
  lines.push(s);
};
const goals: { goal: string; measured: string; holds: boolean }[] = [];
const goal = (what: string, value: number, limit: number, shown = `${value.toFixed(2)}×`) => {
  goals.push({ goal: what, measured: shown, holds: value <= limit });
  return value <= limit ? "holds" : "**misses**";
};

/** A seeded shuffle (mulberry32), so that the order of every round differs but runs are repeatable. */
function shuffler(seed: number): <T>(xs: T[]) => T[] {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return <T>(xs: T[]) => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
}
const shuffle = shuffler(20261129);

// ---------------------------------------------------------------- the floor: the same rows, in a package
const root = (await import(dist("index.js"))) as Record<string, unknown>;
const partner = (await import(dist("partner-trade.js"))) as { partnerTrade: unknown[] };
const arms = (await import(dist("arms.js"))) as { armsDeliveries: unknown[] };
const world = (await import(dist("world.js"))) as { worldTrade: unknown[] };
const rootRows = Object.fromEntries(Object.entries(root).filter(([, v]) => Array.isArray(v)));

const work = mkdtempSync(join(tmpdir(), "crd-bench-"));
// The floor of an entry is the faster of two ways to ship the same rows, each as a package in node_modules
// (where Node resolves and loads it as it loads ours): a JSON module, and a JS module holding one
// JSON.parse of a single-quoted ASCII string literal.
const floorPkg = join(work, "node_modules", "floor");
mkdirSync(floorPkg, { recursive: true });
writeFileSync(join(floorPkg, "package.json"), JSON.stringify({ name: "floor", version: "1.0.0", type: "module" }));
const asciiLiteral = (value: unknown) =>
  `'${JSON.stringify(value).replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}'`;
const floors: Record<string, unknown> = { root: rootRows, partner: partner.partnerTrade, arms: arms.armsDeliveries, world: world.worldTrade };
for (const [name, rows] of Object.entries(floors)) {
  writeFileSync(join(floorPkg, `${name}.json`), JSON.stringify(rows));
  writeFileSync(join(floorPkg, `${name}.mjs`), `export const rows = JSON.parse(${asciiLiteral(rows)});\n`);
  writeFileSync(join(floorPkg, `${name}.cjs`), `module.exports = JSON.parse(${asciiLiteral(rows)});\n`);
}
writeFileSync(join(work, "empty.mjs"), "export {};\n");
writeFileSync(join(work, "empty.cjs"), "module.exports = {};\n");

type Loader = { kind: "import" | "require"; spec: string };
const modules: Record<string, Loader> = {
  empty: { kind: "import", spec: pathToFileURL(join(work, "empty.mjs")).href },
  "empty (CJS)": { kind: "require", spec: join(work, "empty.cjs") },
  ...Object.fromEntries(
    Object.keys(floors).flatMap((n) => [
      [`floor ${n}: JSON module`, { kind: "import", spec: pathToFileURL(join(floorPkg, `${n}.json`)).href }],
      [`floor ${n}: JSON.parse literal`, { kind: "import", spec: pathToFileURL(join(floorPkg, `${n}.mjs`)).href }],
      [`floor ${n}: JSON.parse literal (CJS)`, { kind: "require", spec: join(floorPkg, `${n}.cjs`) }],
    ]),
  ),
  "china-russia-data": { kind: "import", spec: dist("index.js") },
  "china-russia-data (CJS)": { kind: "require", spec: resolve(ROOT, "dist", "index.cjs") },
  "china-russia-data/partner-trade": { kind: "import", spec: dist("partner-trade.js") },
  "china-russia-data/arms": { kind: "import", spec: dist("arms.js") },
  "china-russia-data/world": { kind: "import", spec: dist("world.js") },
  "china-russia-data/schemas": { kind: "import", spec: dist("schemas.js") },
};
function importTime(m: Loader): number {
  const code =
    m.kind === "import"
      ? `const t=performance.now();await import(${JSON.stringify(m.spec)}${m.spec.endsWith(".json") ? ", { with: { type: 'json' } }" : ""});console.log(performance.now()-t)`
      : `const t=performance.now();require(${JSON.stringify(m.spec)});console.log(performance.now()-t)`;
  const out = spawnSync(process.execPath, m.kind === "import" ? ["--no-warnings", "--input-type=module", "-e", code] : ["-e", code], { encoding: "utf8", cwd: work });
  const t = Number(out.stdout.trim());
  if (!Number.isFinite(t)) throw new Error(`bench: could not time ${m.spec}: ${out.stderr}`);
  return t;
}
const importTimes: Record<string, number[]> = Object.fromEntries(Object.keys(modules).map((k) => [k, []]));
for (let r = 0; r < WARMUP + RUNS; r++) {
  for (const name of shuffle(Object.keys(modules))) {
    const t = importTime(modules[name]!);
    if (r >= WARMUP) importTimes[name]!.push(t);
  }
}
const med = (k: string) => median(importTimes[k]!);
const floorOf = (n: string, cjs = false) =>
  cjs ? med(`floor ${n}: JSON.parse literal (CJS)`) : Math.min(med(`floor ${n}: JSON module`), med(`floor ${n}: JSON.parse literal`));
const ratio = (entry: string, n: string, cjs = false) => {
  const e = cjs ? med("empty (CJS)") : med("empty");
  return (med(entry) - e) / (floorOf(n, cjs) - e);
};

log(`# Benchmark results`);
log();
log(
  `Node ${process.version}, ${WARMUP} warm-up rounds then ${RUNS} rounds in a shuffled order; medians, with the min–max of the rounds. ` +
    `Ratios are the figures to keep: milliseconds depend on the machine and its load. Generated by \`npm run bench\`; do not edit.`,
);
log();
log(`## Cold import (a fresh process each time)`);
log();
log(
  "The floor of an entry is the faster of two ways to ship the same rows as a package in node_modules: a JSON module, or a JS module " +
    "holding one `JSON.parse` of a single-quoted ASCII string (for CommonJS, that module as CJS). Ratio = (entry − empty module) / (floor − empty module).",
);
log();
log(`| module | median | min–max | ratio to its floor | goal | |`);
log(`|---|---|---|---|---|---|`);
log(`| empty module (ESM / CJS) | ${ms(med("empty"))} / ${ms(med("empty (CJS)"))} | | | | |`);
for (const [entry, n, cjs, limit] of [
  ["china-russia-data", "root", false, 1.2],
  ["china-russia-data (CJS)", "root", true, 1.2],
  ["china-russia-data/partner-trade", "partner", false, 1.0],
  ["china-russia-data/arms", "arms", false, 1.0],
  ["china-russia-data/world", "world", false, 1.0],
] as const) {
  const r = ratio(entry, n, cjs);
  log(`| ${entry} (floor ${ms(floorOf(n, cjs))}) | ${ms(med(entry))} | ${spread(importTimes[entry]!)} | **${r.toFixed(2)}×** | ≤ ${limit}× | ${goal(`${entry} import ≤ ${limit}× its floor`, r, limit)} |`);
}
log(`| china-russia-data/schemas (loads zod) | ${ms(med("china-russia-data/schemas"))} | ${spread(importTimes["china-russia-data/schemas"]!)} | | | |`);

// ---------------------------------------------------------------- in-process timing helpers
const time = (f: () => unknown) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};
/** Interleaves a and b in a shuffled order per round, after warm-up; returns both medians and spreads. */
function versus(a: () => unknown, b: () => unknown): { a: number[]; b: number[] } {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let r = 0; r < WARMUP + RUNS; r++) {
    for (const which of shuffle(["a", "b"])) {
      const t = time(which === "a" ? a : b);
      if (r >= WARMUP) (which === "a" ? ta : tb).push(t);
    }
  }
  return { a: ta, b: tb };
}

// ---------------------------------------------------------------- selectors against hand-written loops
type Row = Record<string, unknown>;
const plain = <T>(rows: readonly T[]): T[] => rows.map((r) => ({ ...(r as object) }) as T);
const trade = plain(root.trade as Row[]);
const api = root as {
  tradeShare: (q: object) => { share: number };
  dependencyAsymmetry: (q: object) => { ratio: number };
  capabilityRatio: (q: object) => { ratio: number };
  capabilities: Row[];
};
const armsApi = arms as unknown as { armsShare: (q: object) => { share: number }; armsDeliveries: Row[] };
const worldApi = world as unknown as { tradeShare: (q: object) => { share: number }; worldTrade: Row[] };
const armsRows = plain(armsApi.armsDeliveries);
const worldRows = plain(worldApi.worldTrade);
const capRows = plain(api.capabilities);
const CALLS = 2000;
const years = Array.from({ length: 29 }, (_, i) => 1992 + i);
// Hand loops: the simplest correct loop over plain copies of the same rows (a user's own code).
const handTradeShare = (year: number) => {
  let b = 0;
  let w = 0;
  for (const r of trade) {
    if (r.reporter !== "RUS" || r.producer !== "imf-dots" || r.year !== year) continue;
    if (r.partner === "CHN") b += r.valueUsdMillions as number;
    else if (r.partner === "WLD") w += r.valueUsdMillions as number;
  }
  return b / w;
};
const handArmsShare = () => {
  let a = 0;
  let t = 0;
  for (const r of armsRows) {
    if (r.supplier !== "RUS" || (r.year as number) < 2016 || (r.year as number) > 2020) continue;
    if (r.recipient === "IND") a += r.tivMillions as number;
    else if (r.recipient === "WLD") t += r.tivMillions as number;
  }
  return a / t;
};
const handWorldShare = (year: number) => {
  let b = 0;
  let w = 0;
  for (const r of worldRows) {
    if (r.reporter !== "KAZ" || r.year !== year) continue;
    if (r.partner === "CHN") b += r.valueUsdMillions as number;
    else if (r.partner === "WLD") w += r.valueUsdMillions as number;
  }
  return b / w;
};
const handCapRatio = () => {
  let a = 0;
  let b = 0;
  for (const r of capRows) {
    if (r.metric !== "militaryExpenditure" || r.year !== 2020) continue;
    if (r.country === "CHN") a = r.value as number;
    else if (r.country === "RUS") b = r.value as number;
  }
  return a / b;
};
const selectors: [string, () => unknown, () => unknown][] = [
  ["tradeShare (RUS, CHN, each year 1992–2020)", () => { for (let i = 0; i < CALLS; i++) api.tradeShare({ reporter: "RUS", partner: "CHN", year: years[i % 29] }); }, () => { for (let i = 0; i < CALLS; i++) handTradeShare(years[i % 29]!); }],
  ["dependencyAsymmetry (RUS, CHN, each year)", () => { for (let i = 0; i < CALLS; i++) api.dependencyAsymmetry({ a: "RUS", b: "CHN", year: years[i % 29] }); }, () => { for (let i = 0; i < CALLS; i++) { handTradeShare(years[i % 29]!); handTradeShare(years[i % 29]!); } }],
  ["armsShare (RUS, IND, 2016–2020)", () => { for (let i = 0; i < CALLS; i++) armsApi.armsShare({ supplier: "RUS", recipient: "IND", from: 2016, to: 2020 }); }, () => { for (let i = 0; i < CALLS; i++) handArmsShare(); }],
  ["world tradeShare (KAZ, CHN, each year)", () => { for (let i = 0; i < CALLS; i++) worldApi.tradeShare({ reporter: "KAZ", partner: "CHN", year: years[i % 29] }); }, () => { for (let i = 0; i < CALLS; i++) handWorldShare(years[i % 29]!); }],
  ["capabilityRatio (military expenditure, 2020)", () => { for (let i = 0; i < CALLS; i++) api.capabilityRatio({ metric: "militaryExpenditure", a: "CHN", b: "RUS", year: 2020 }); }, () => { for (let i = 0; i < CALLS; i++) handCapRatio(); }],
];
log();
log(`## Selectors against a hand-written loop over plain copies of the same rows (${CALLS} calls each)`);
log();
log(`| selector | library | hand loop | ratio | goal | |`);
log(`|---|---|---|---|---|---|`);
for (const [name, lib, hand] of selectors) {
  const { a, b } = versus(lib, hand);
  const r = median(a) / median(b);
  log(`| ${name} | ${ms(median(a))} (${spread(a)}) | ${ms(median(b))} (${spread(b)}) | **${r.toFixed(2)}×** | ≤ 1.2× | ${goal(`${name} ≤ 1.2× a hand loop`, r, 1.2)} |`);
}

// ---------------------------------------------------------------- validation
const { schemas } = (await import(dist("schemas.js"))) as { schemas: Record<string, { safeParse(x: unknown): { success: boolean } }> };
const allRows = { ...rootRows, partnerTrade: partner.partnerTrade, armsDeliveries: arms.armsDeliveries, worldTrade: world.worldTrade } as Record<string, unknown[]>;
const text = JSON.stringify(allRows);
const { a: validateT, b: parseT } = versus(
  () => {
    const data = JSON.parse(text) as Record<string, unknown[]>;
    for (const [name, rows] of Object.entries(data)) {
      const schema = schemas[name]!;
      for (const row of rows) if (!schema.safeParse(row).success) throw new Error(`invalid ${name} row`);
    }
  },
  () => JSON.parse(text),
);
log();
log(`## Validation (every dataset, ${Object.values(allRows).reduce((n, r) => n + r.length, 0)} rows)`);
log();
log(`| operation | median | min–max | ratio to JSON.parse | goal | |`);
log(`|---|---|---|---|---|---|`);
log(`| JSON.parse | ${ms(median(parseT))} | ${spread(parseT)} | 1 | | |`);
const vr = median(validateT) / median(parseT);
log(`| JSON.parse + zod validation of every row | ${ms(median(validateT))} | ${spread(validateT)} | **${vr.toFixed(2)}×** | ≤ 5× | ${goal("zod validation ≤ 5× JSON.parse", vr, 5)} |`);

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
log();
log(`## Helper throughput (1,000,000 points)`);
log();
log(`| helper | library | hand-written loop | ratio | goal | |`);
log(`|---|---|---|---|---|---|`);
for (const [name, lib, hand] of [
  ["yoy", () => yoy(series), () => handYoy(series)],
  ["cagr (1,000,000 calls)", libCagr, handCagr],
  ["hhi", () => hhi(values), () => handHhi(values)],
] as [string, () => unknown, () => unknown][]) {
  const { a, b } = versus(lib, hand);
  const r = median(a) / median(b);
  log(`| ${name} | ${ms(median(a))} (${spread(a)}) | ${ms(median(b))} (${spread(b)}) | **${r.toFixed(2)}×** | ≤ 1.5× | ${goal(`${name} ≤ 1.5× a hand loop`, r, 1.5)} |`);
}

// ---------------------------------------------------------------- bundle sizes
log();
log(`## Bundle sizes (esbuild, minified; gzip -9)`);
log();
log(`| what an application imports | minified | gzip |`);
log(`|---|---|---|`);
for (const [label, src] of [
  ["one helper (`cagr`)", `import { cagr } from "china-russia-data"; console.log(cagr);`],
  ["`tradeSeries` (with the trade rows)", `import { tradeSeries } from "china-russia-data"; console.log(tradeSeries);`],
  ["`capabilityRatio` (with the capability rows)", `import { capabilityRatio } from "china-russia-data"; console.log(capabilityRatio);`],
  ["`cite`", `import { cite } from "china-russia-data"; console.log(cite);`],
  ["the whole root entry", `import * as m from "china-russia-data"; console.log(m);`],
  ["`china-russia-data/partner-trade`", `import * as m from "china-russia-data/partner-trade"; console.log(m);`],
  ["`china-russia-data/arms`", `import * as m from "china-russia-data/arms"; console.log(m);`],
  ["`china-russia-data/world` (imports partner-trade by name)", `import * as m from "china-russia-data/world"; console.log(m);`],
  ["`china-russia-data/schemas` (with zod)", `import * as m from "china-russia-data/schemas"; console.log(m);`],
] as const) {
  const b = await bundleSize(src);
  log(`| ${label} | ${kb(b.bytes)} | ${kb(b.gzip)} |`);
  if (label.startsWith("one helper")) goal("one helper ≤ 1 KiB gzip", b.gzip / 1024, 1, kb(b.gzip));
}

// ---------------------------------------------------------------- install size, with dependencies
const [pack] = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", work, "--ignore-scripts"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] })) as {
  filename: string; size: number; unpackedSize: number; entryCount: number;
}[];
const app = join(work, "app");
mkdirSync(app);
writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }));
execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", join(work, pack!.filename)], { cwd: app, stdio: "ignore" });
const du = (p: string) => Number(execFileSync("du", ["-sk", p], { encoding: "utf8" }).split("\t")[0]) * 1024;
const installed = du(join(app, "node_modules"));
log();
log(`## Package size`);
log();
log(`| measure | size | goal | |`);
log(`|---|---|---|---|`);
log(`| packed tarball (${pack!.entryCount} files) | ${kb(pack!.size)} | | |`);
log(`| unpacked (npm's figure) | ${kb(pack!.unpackedSize)} | ≤ 5 MiB (a test) | |`);
log(
  `| \`du\` of node_modules after \`npm install\` of the tarball (with dependencies: none; zod is an optional peer) | ${kb(installed)} | ≤ 3 MiB | ${goal("install with dependencies ≤ 3 MiB", installed / 1024 / 1024, 3, kb(installed))} |`,
);
log();
log(`Peers (world-countries, countries-list, vega-datasets) are measured only when installed beside the package; none is installed here.`);
rmSync(work, { recursive: true, force: true });

// ---------------------------------------------------------------- goals
log();
log(`## Goals`);
log();
log(`| goal | measured | holds |`);
log(`|---|---|---|`);
for (const g of goals) log(`| ${g.goal} | ${g.measured} | ${g.holds ? "yes" : "**no**"} |`);

writeAtomic(resolve(ROOT, "bench", "RESULTS.md"), lines.join("\n") + "\n");
console.log("\nwritten to bench/RESULTS.md");

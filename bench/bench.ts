// npm run bench: import cost, selector and helper speed, validation cost, bundle and install sizes, each goal
// with its measured ratio and whether it holds. Machines are shared and noisy, so every timing is a ratio to a
// baseline measured in the same run: warm-up rounds first, then >= 30 rounds in a shuffled order (a seeded
// shuffle, so runs are comparable), medians with the min–max spread. Writes bench/RESULTS.md (never edit it
// by hand). BENCH_RUNS sets the rounds (default 30); BENCH_PEERS=1 also measures peer packages. A run takes
// about seventeen minutes on two cores, most of it the scaling table's million-row imports.
import "../scripts/lib/globals.js";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, sep } from "node:path";
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
  // The package ships ES modules only; require() loads the same file (Node >= 20.19 loads ES modules with require()).
  "china-russia-data (require)": { kind: "require", spec: resolve(ROOT, "dist", "index.js") },
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
// Peers, opt-in (BENCH_PEERS=1 installs them from the registry into the bench's temporary folder): other data
// packages on npm, imported by name the same way in the same rounds. Not dev dependencies: CI never needs them.
const PEERS = ["world-countries", "countries-list", "vega-datasets"];
const peerDir = join(work, "peers");
const peerInfo: Record<string, { version: string; bytes: number }> = {};
if (process.env.BENCH_PEERS === "1") {
  mkdirSync(peerDir, { recursive: true });
  writeFileSync(join(peerDir, "package.json"), JSON.stringify({ name: "peers", private: true, version: "1.0.0" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", ...PEERS], { cwd: peerDir, stdio: "ignore" });
  for (const name of PEERS) {
    const dir = join(peerDir, "node_modules", name);
    const version = (JSON.parse(execFileSync("node", ["-p", `JSON.stringify(require(${JSON.stringify(join(dir, "package.json"))}))`], { encoding: "utf8" })) as { version: string }).version;
    peerInfo[name] = { version, bytes: Number(execFileSync("du", ["-sk", dir], { encoding: "utf8" }).split("\t")[0]) * 1024 };
    // Imported by name from a module beside node_modules; a JSON main needs the import attribute.
    const probe = spawnSync(process.execPath, ["--no-warnings", "--input-type=module", "-e", `await import(${JSON.stringify(name)})`], { cwd: peerDir, encoding: "utf8" });
    const json = probe.status !== 0 && /ERR_IMPORT_(ATTRIBUTE|ASSERTION)/.test(probe.stderr);
    const entry = join(peerDir, `import-${name}.mjs`);
    writeFileSync(entry, `export * as m from ${JSON.stringify(name)}${json ? " with { type: 'json' }" : ""};\n`);
    modules[`peer ${name}`] = { kind: "import", spec: pathToFileURL(entry).href };
  }
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
  ["china-russia-data", "root", false, 1.0],
  ["china-russia-data (require)", "root", true, 1.2],
  ["china-russia-data/partner-trade", "partner", false, 1.0],
  ["china-russia-data/arms", "arms", false, 1.0],
  ["china-russia-data/world", "world", false, 1.0],
] as const) {
  const r = ratio(entry, n, cjs);
  log(`| ${entry} (floor ${ms(floorOf(n, cjs))}) | ${ms(med(entry))} | ${spread(importTimes[entry]!)} | **${r.toFixed(2)}×** | ≤ ${limit}× | ${goal(`${entry} import ≤ ${limit}× its floor`, r, limit)} |`);
}
log(`| china-russia-data/schemas (loads zod) | ${ms(med("china-russia-data/schemas"))} | ${spread(importTimes["china-russia-data/schemas"]!)} | | | |`);
log();
if (Object.keys(peerInfo).length) {
  log(`Peers, measured in the same rounds (imported by name; each module re-exports the package's main entry):`);
  log();
  log(`| package | version | installed size | import median | min–max |`);
  log(`|---|---|---|---|---|`);
  log(`| china-russia-data (root) | ${process.env.npm_package_version ?? ""} | see Package size | ${ms(med("china-russia-data"))} | ${spread(importTimes["china-russia-data"]!)} |`);
  for (const [name, info] of Object.entries(peerInfo)) {
    log(`| ${name} | ${info.version} | ${kb(info.bytes)} | ${ms(med(`peer ${name}`))} | ${spread(importTimes[`peer ${name}`]!)} |`);
  }
} else {
  log(`Peers (${PEERS.join(", ")}): not measured in this run; \`BENCH_PEERS=1 npm run bench\` installs them into a temporary folder and measures them in the same rounds.`);
}

// ---------------------------------------------------------------- scaling: which format for which size
// Synthetic rows shaped like the trade rows (reporter, partner, flow, year, value, source), at three sizes, in
// each format an entry could ship them in; all as modules of a package in node_modules, timed as above.
const SIZES = [10_000, 100_000, 1_000_000];
const syntheticRows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    reporter: `R${String(Math.floor(i / 174)).padStart(4, "0")}`,
    partner: ["CHN", "RUS", "WLD"][Math.floor(i / 58) % 3]!,
    flow: i % 58 < 29 ? "export" : "import",
    year: 1992 + (i % 29),
    valueUsdMillions: Math.round(((i * 7919) % 1_000_003) * 1.37) / 1000,
    sourceId: "imf-dots-reporters",
  }));
/** The same rows as series: one per (reporter, partner, flow, source), first year and values, expanded at import. */
const seriesOf = (rows: ReturnType<typeof syntheticRows>) => {
  const out: [string, string, string, string, number, number[]][] = [];
  for (const r of rows) {
    const last = out.at(-1);
    if (last && last[0] === r.reporter && last[1] === r.partner && last[2] === r.flow) last[5].push(r.valueUsdMillions);
    else out.push([r.reporter, r.partner, r.flow, r.sourceId, r.year, [r.valueUsdMillions]]);
  }
  return out;
};
const EXPAND =
  "const rows=[];for(const [reporter,partner,flow,sourceId,first,values] of S)for(let i=0;i<values.length;i++)rows.push({reporter,partner,flow,year:first+i,valueUsdMillions:values[i],sourceId});";
const FORMATS: Record<string, (rows: ReturnType<typeof syntheticRows>) => { file: string; text: string; kind: "import" | "require" }> = {
  "JSON module": (rows) => ({ file: "json.json", text: JSON.stringify(rows), kind: "import" }),
  "JSON.parse, single-quoted literal": (rows) => ({ file: "literal.mjs", text: `export const rows = JSON.parse(${asciiLiteral(rows)});\n`, kind: "import" }),
  "JSON.parse, template literal": (rows) => ({ file: "template.mjs", text: `export const rows = JSON.parse(\`${JSON.stringify(rows).replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${")}\`);\n`, kind: "import" }),
  "object literal": (rows) => ({ file: "object.mjs", text: `export const rows = ${JSON.stringify(rows)};\n`, kind: "import" }),
  "series, JSON.parse + expand (the shipped entries)": (rows) => ({ file: "series.mjs", text: `const S = JSON.parse(${asciiLiteral(seriesOf(rows))});\n${EXPAND}\nexport { rows };\n`, kind: "import" }),
  "JSON.parse, single-quoted literal (CJS)": (rows) => ({ file: "literal.cjs", text: `module.exports = JSON.parse(${asciiLiteral(rows)});\n`, kind: "require" }),
};
const scalePkg = join(work, "node_modules", "scale");
mkdirSync(scalePkg, { recursive: true });
writeFileSync(join(scalePkg, "package.json"), JSON.stringify({ name: "scale", version: "1.0.0", type: "module" }));
const scaleModules: Record<string, Loader> = {};
const scaleBytes: Record<string, number> = {};
for (const n of SIZES) {
  const rows = syntheticRows(n);
  for (const [format, make] of Object.entries(FORMATS)) {
    const { file, text, kind } = make(rows);
    const path = join(scalePkg, `${n}-${file}`);
    writeFileSync(path, text);
    scaleModules[`${n} ${format}`] = { kind, spec: kind === "import" ? pathToFileURL(path).href : path };
    scaleBytes[`${n} ${format}`] = Buffer.byteLength(text);
  }
}
const scaleTimes: Record<string, number[]> = Object.fromEntries(Object.keys(scaleModules).map((k) => [k, []]));
for (let r = 0; r < WARMUP + RUNS; r++) {
  for (const name of shuffle(Object.keys(scaleModules))) {
    const t = importTime(scaleModules[name]!);
    if (r >= WARMUP) scaleTimes[name]!.push(t);
  }
}
log();
log(`## Scaling: import cost by format and size (synthetic rows)`);
log();
log(
  "Rows shaped like the trade rows, in each format an entry could ship them in, each a module of a package in node_modules, " +
    "timed as above (a fresh process each time, the empty module's time subtracted). The ratio is to the fastest format at that size.",
);
log();
log(`| rows | format | file | median − empty | min–max (before subtracting) | ratio to the fastest |`);
log(`|---|---|---|---|---|---|`);
for (const n of SIZES) {
  const net = (f: string) => median(scaleTimes[`${n} ${f}`]!) - (FORMATS[f]!(syntheticRows(1)).kind === "require" ? med("empty (CJS)") : med("empty"));
  const best = Math.min(...Object.keys(FORMATS).map(net));
  for (const f of Object.keys(FORMATS)) {
    log(`| ${n.toLocaleString("en-US")} | ${f} | ${kb(scaleBytes[`${n} ${f}`]!)} | ${ms(net(f))} | ${spread(scaleTimes[`${n} ${f}`]!)} | ${(net(f) / best).toFixed(2)}× |`);
  }
}
rmSync(scalePkg, { recursive: true, force: true });

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
type Fn = (q: object) => unknown;
const api = root as unknown as Record<"tradeSeries" | "tradeShare" | "dependencyAsymmetry" | "tradeGrowth" | "capabilitySeries" | "capabilityRatio", Fn> & { capabilities: Row[] };
const armsApi = arms as unknown as Record<"armsSeries" | "armsShare" | "armsRecipients" | "armsSuppliers", Fn> & { armsDeliveries: Row[] };
const worldApi = world as unknown as Record<"tradeShare" | "dependencyAsymmetry" | "mirrorTrade", Fn> & { worldTrade: Row[] };
const armsRows = plain(armsApi.armsDeliveries);
const worldRows = plain(worldApi.worldTrade);
const partnerRows = plain(partner.partnerTrade as Row[]);
const capRows = plain(api.capabilities);
const CALLS = 2000;
// Each arms and capabilities selector reads one producer's release (the newest covering the years asked); the
// hand loops read the same release, named by the selector's own result, so both sides sum the same rows.
const releaseOf = (x: unknown): string => {
  const r = (Array.isArray(x) ? x[0] : x) as { release?: unknown } | undefined;
  if (typeof r?.release !== "string") throw new Error("bench: a selector's result names no release");
  return r.release;
};
const armsShareRelease = releaseOf(armsApi.armsShare({ supplier: "RUS", recipient: "IND", from: 2016, to: 2020 }));
const armsSeriesRelease = releaseOf(armsApi.armsSeries({ supplier: "RUS", recipient: "IND" }));
const armsRecipientsRelease = releaseOf(armsApi.armsRecipients({ supplier: "RUS", from: 2016, to: 2020 }));
const armsSuppliersRelease = releaseOf(armsApi.armsSuppliers({ recipient: "IND", from: 2016, to: 2020 }));
const capRatioRelease = releaseOf(api.capabilityRatio({ metric: "militaryExpenditure", a: "CHN", b: "RUS", year: 2020 }));
const capSeriesRelease = releaseOf(api.capabilitySeries({ country: "CHN", metric: "gdp" }));
const years = Array.from({ length: 29 }, (_, i) => 1992 + i);
// Hand loops: the simplest correct loop over plain copies of the same rows (a user's own code).
const handTradeShare = (year: number, reporter = "RUS", partnerCode = "CHN") => {
  let b = 0;
  let w = 0;
  for (const r of trade) {
    if (r.reporter !== reporter || r.producer !== "imf-dots" || r.year !== year) continue;
    if (r.partner === partnerCode) b += r.valueUsdMillions as number;
    else if (r.partner === "WLD") w += r.valueUsdMillions as number;
  }
  return b / w;
};
const handArmsShare = () => {
  let a = 0;
  let t = 0;
  for (const r of armsRows) {
    if (r.release !== armsShareRelease || r.supplier !== "RUS" || (r.year as number) < 2016 || (r.year as number) > 2020) continue;
    if (r.recipient === "IND") a += r.tivMillions as number;
    else if (r.recipient === "WLD") t += r.tivMillions as number;
  }
  return a / t;
};
const handCapRatio = () => {
  let a = 0;
  let b = 0;
  for (const r of capRows) {
    if (r.release !== capRatioRelease || r.metric !== "militaryExpenditure" || r.year !== 2020) continue;
    if (r.country === "CHN") a = r.value as number;
    else if (r.country === "RUS") b = r.value as number;
  }
  return a / b;
};
const handTradeSeries = () => {
  const byYear = new Map<number, number>();
  for (const r of trade) {
    if (r.reporter !== "CHN" || r.partner !== "RUS" || r.producer !== "imf-dots" || (r.flow !== "export" && r.flow !== "import")) continue;
    byYear.set(r.year as number, (byYear.get(r.year as number) ?? 0) + (r.valueUsdMillions as number));
  }
  return [...byYear].sort((a, b) => a[0] - b[0]).map(([year, value]) => ({ year, value }));
};
const handTradeGrowth = () => {
  let a = 0;
  let b = 0;
  for (const r of trade) {
    if (r.reporter !== "CHN" || r.partner !== "RUS" || r.producer !== "imf-dots" || r.flow === "total") continue;
    if (r.year === 2001) a += r.valueUsdMillions as number;
    else if (r.year === 2020) b += r.valueUsdMillions as number;
  }
  return b / a;
};
const sideShare = (rows: Row[], reporter: string, partnerCode: string, year: number) => {
  let b = 0;
  let w = 0;
  for (const r of rows) {
    if (r.reporter !== reporter || r.year !== year) continue;
    if (r.partner === partnerCode) b += r.valueUsdMillions as number;
    else if (r.partner === "WLD") w += r.valueUsdMillions as number;
  }
  return b / w;
};
const handWorldAsymmetry = (year: number) => sideShare(worldRows, "MNG", "CHN", year) / sideShare(partnerRows, "CHN", "MNG", year);
const handMirror = (year: number) => {
  let mine = 0;
  let theirs = 0;
  for (const r of worldRows) if (r.reporter === "KAZ" && r.partner === "CHN" && r.flow === "import" && r.year === year) mine = r.valueUsdMillions as number;
  for (const r of partnerRows) if (r.reporter === "CHN" && r.partner === "KAZ" && r.flow === "export" && r.year === year) theirs = r.valueUsdMillions as number;
  return mine / theirs;
};
const handArmsSeries = () => {
  const out: { year: number; value: number }[] = [];
  for (const r of armsRows) if (r.release === armsSeriesRelease && r.supplier === "RUS" && r.recipient === "IND") out.push({ year: r.year as number, value: r.tivMillions as number });
  return out;
};
const handArmsParties = (side: "supplier" | "recipient", code: string, release: string) => {
  const other = side === "supplier" ? "recipient" : "supplier";
  const sums = new Map<string, number>();
  for (const r of armsRows) {
    if (r.release !== release || r[side] !== code || (r.year as number) < 2016 || (r.year as number) > 2020) continue;
    sums.set(r[other] as string, (sums.get(r[other] as string) ?? 0) + (r.tivMillions as number));
  }
  return [...sums].sort((a, b) => b[1] - a[1]);
};
const handCapSeries = () => {
  const out: { year: number; value: number }[] = [];
  for (const r of capRows) if (r.release === capSeriesRelease && r.country === "CHN" && r.metric === "gdp") out.push({ year: r.year as number, value: r.value as number });
  return out;
};
const selectors: [string, () => unknown, () => unknown][] = [
  ["tradeShare (RUS, CHN, each year 1992–2020)", () => { for (let i = 0; i < CALLS; i++) api.tradeShare({ reporter: "RUS", partner: "CHN", year: years[i % 29] }); }, () => { for (let i = 0; i < CALLS; i++) handTradeShare(years[i % 29]!); }],
  ["dependencyAsymmetry (RUS, CHN, each year)", () => { for (let i = 0; i < CALLS; i++) api.dependencyAsymmetry({ a: "RUS", b: "CHN", year: years[i % 29] }); }, () => { for (let i = 0; i < CALLS; i++) handTradeShare(years[i % 29]!) / handTradeShare(years[i % 29]!, "CHN", "RUS"); }],
  ["armsShare (RUS, IND, 2016–2020)", () => { for (let i = 0; i < CALLS; i++) armsApi.armsShare({ supplier: "RUS", recipient: "IND", from: 2016, to: 2020 }); }, () => { for (let i = 0; i < CALLS; i++) handArmsShare(); }],
  ["world tradeShare (KAZ, CHN, each year)", () => { for (let i = 0; i < CALLS; i++) worldApi.tradeShare({ reporter: "KAZ", partner: "CHN", year: years[i % 29] }); }, () => { for (let i = 0; i < CALLS; i++) sideShare(worldRows, "KAZ", "CHN", years[i % 29]!); }],
  ["capabilityRatio (military expenditure, 2020)", () => { for (let i = 0; i < CALLS; i++) api.capabilityRatio({ metric: "militaryExpenditure", a: "CHN", b: "RUS", year: 2020 }); }, () => { for (let i = 0; i < CALLS; i++) handCapRatio(); }],
  ["tradeSeries (CHN, RUS, total)", () => { for (let i = 0; i < CALLS; i++) api.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" }); }, () => { for (let i = 0; i < CALLS; i++) handTradeSeries(); }],
  ["tradeGrowth (CHN, RUS, 2001–2020)", () => { for (let i = 0; i < CALLS; i++) api.tradeGrowth({ reporter: "CHN", partner: "RUS", flow: "total", from: 2001, to: 2020 }); }, () => { for (let i = 0; i < CALLS; i++) handTradeGrowth(); }],
  ["capabilitySeries (CHN, gdp)", () => { for (let i = 0; i < CALLS; i++) api.capabilitySeries({ country: "CHN", metric: "gdp" }); }, () => { for (let i = 0; i < CALLS; i++) handCapSeries(); }],
  ["world dependencyAsymmetry (MNG, CHN, each year)", () => { for (let i = 0; i < CALLS; i++) worldApi.dependencyAsymmetry({ a: "MNG", b: "CHN", year: years[i % 29] }); }, () => { for (let i = 0; i < CALLS; i++) handWorldAsymmetry(years[i % 29]!); }],
  ["world mirrorTrade (KAZ, CHN, import, each year)", () => { for (let i = 0; i < CALLS; i++) worldApi.mirrorTrade({ reporter: "KAZ", partner: "CHN", flow: "import", year: years[i % 29] }); }, () => { for (let i = 0; i < CALLS; i++) handMirror(years[i % 29]!); }],
  ["armsSeries (RUS, IND)", () => { for (let i = 0; i < CALLS; i++) armsApi.armsSeries({ supplier: "RUS", recipient: "IND" }); }, () => { for (let i = 0; i < CALLS; i++) handArmsSeries(); }],
  ["armsRecipients (RUS, 2016–2020)", () => { for (let i = 0; i < CALLS; i++) armsApi.armsRecipients({ supplier: "RUS", from: 2016, to: 2020 }); }, () => { for (let i = 0; i < CALLS; i++) handArmsParties("supplier", "RUS", armsRecipientsRelease); }],
  ["armsSuppliers (IND, 2016–2020)", () => { for (let i = 0; i < CALLS; i++) armsApi.armsSuppliers({ recipient: "IND", from: 2016, to: 2020 }); }, () => { for (let i = 0; i < CALLS; i++) handArmsParties("recipient", "IND", armsSuppliersRelease); }],
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
  ["`china-russia-data/world` (with the partner values it shares with partner-trade)", `import * as m from "china-russia-data/world"; console.log(m);`],
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
const bytesUnder = (p: string): number =>
  readdirSync(p, { withFileTypes: true }).reduce((n, e) => n + (e.isDirectory() ? bytesUnder(join(p, e.name)) : statSync(join(p, e.name)).size), 0);
const installed = du(join(app, "node_modules"));
const installedBytes = bytesUnder(join(app, "node_modules"));
// The goal is 3 MB in decimal units (3,000,000 bytes), on the larger of the two measures: du counts whole
// file-system blocks, the sum of the files' sizes counts bytes.
const MB3 = 3_000_000;
log();
log(`## Package size`);
log();
log(`| measure | size | goal | |`);
log(`|---|---|---|---|`);
log(`| packed tarball (${pack!.entryCount} files) | ${kb(pack!.size)} | | |`);
log(`| unpacked (npm's figure) | ${kb(pack!.unpackedSize)} | ≤ 5 MiB (a test) | |`);
log(`| sum of the installed files' sizes (node_modules after \`npm install\` of the tarball) | ${installedBytes.toLocaleString("en")} bytes | | |`);
log(
  `| \`du\` of node_modules after \`npm install\` of the tarball (with dependencies: none; zod is an optional peer) | ${installed.toLocaleString("en")} bytes (${kb(installed)}) | ≤ 3 MB (3,000,000 bytes) | ${goal("install with dependencies ≤ 3 MB (3,000,000 bytes, du)", installed / MB3, 1, `${installed.toLocaleString("en")} bytes`)} |`,
);
// Where the installed bytes go: each installed file's disk usage (du), by what it is for.
const installedDir = join(app, "node_modules", "china-russia-data");
const parts = new Map<string, number>();
const partOf = (f: string) =>
  f.startsWith("dist/data/") ? "files for other languages (dist/data: CSV, gzip CSV)"
  : /\.d\.ts$/.test(f) ? "type declarations (.d.ts)"
  : f.startsWith("dist/") && f.endsWith(".js") ? "ES modules (dist/*.js: code and data)"
  : f === "datapackage.json" ? "datapackage.json"
  : f.startsWith("docs/") ? "README charts (docs/charts)"
  : "README, licences, citation, package.json";
const walk = (dir: string): string[] =>
  readdirSync(join(installedDir, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
for (const f of walk("")) {
  const k = partOf(f.split(sep).join("/"));
  parts.set(k, (parts.get(k) ?? 0) + du(join(installedDir, f)));
}
log();
log(`Where the installed size goes (\`du\` of each installed file):`);
log();
log(`| part | size |`);
log(`|---|---|`);
for (const [k, v] of [...parts].sort((a, b) => b[1] - a[1])) log(`| ${k} | ${kb(v)} |`);
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

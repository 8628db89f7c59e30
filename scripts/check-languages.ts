// Runs the README's Python (pandas), R (readr) and DuckDB examples against the files the build ships in
// dist/data/, and checks that each rebuilds the README's chart series (China-reported China–Russia trade,
// total, by year) exactly as the JavaScript tradeSeries returns it. The examples are taken from the README
// itself, with the CDN address pointed at the local package. DuckDB comes with the dev dependencies; pandas
// and R are the system's (Debian: python3-pandas, r-cran-readr): where one is missing the check says so and
// skips it, unless REQUIRE_LANGUAGES=1 (CI sets it), where a missing one fails. pandas runs with every
// interpreter found (PANDAS_PYTHONS adds some; REQUIRE_PANDAS=1,3 fails unless those majors ran). Run after
// npm run build.
import "./lib/globals.js";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { DuckDBInstance } from "@duckdb/node-api";
import { ROOT } from "./lib/files.js";

type Point = [year: number, value: number];
const required = process.env.REQUIRE_LANGUAGES === "1";
const readme = readFileSync(resolve(ROOT, "README.md"), "utf8");
const block = (lang: string): string => {
  const m = readme.match(new RegExp("^```" + lang + "\\n([\\s\\S]*?)^```", "m"));
  if (!m) throw new Error(`README.md has no \`\`\`${lang} example`);
  return m[1]!;
};
// The README reads a released version from a CDN; here the same path is read from the local build.
const local = (code: string) => code.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/china-russia-data@[^/]+\//g, "node_modules/china-russia-data/");

const { tradeSeries } = (await import(pathToFileURL(resolve(ROOT, "dist", "index.js")).href)) as typeof import("../src/index.js");
const expected: Point[] = tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" }).map((p) => [p.year, p.value]);

function same(what: string, got: Point[]): void {
  if (got.length !== expected.length) throw new Error(`${what}: ${got.length} years, tradeSeries has ${expected.length}`);
  got.forEach(([y, v], i) => {
    const [ey, ev] = expected[i]!;
    if (y !== ey || Math.abs(v - ev) > 1e-9 * Math.max(1, Math.abs(ev))) throw new Error(`${what}: ${y} ${v}, tradeSeries gives ${ey} ${ev}`);
  });
  console.log(`ok  ${what}: the README's chart series, ${got.length} years (${got[0]![0]}–${got.at(-1)![0]}), as tradeSeries gives it`);
}

function missing(what: string, why: string): void {
  if (required) throw new Error(`${what}: ${why} (REQUIRE_LANGUAGES=1)`);
  console.log(`--  ${what}: skipped, ${why}`);
}

if (!existsSync(resolve(ROOT, "dist", "data", "trade-series.csv"))) throw new Error("dist/data/ is missing: run npm run build first");
const work = mkdtempSync(join(tmpdir(), "crd-languages-"));
try {
  mkdirSync(join(work, "node_modules"));
  symlinkSync(ROOT, join(work, "node_modules", "china-russia-data"), "dir");

  // Python: every interpreter with pandas among the python3 first on PATH, the system's, and those listed in
  // PANDAS_PYTHONS (separated like PATH; CI adds a virtual environment with pandas 3 beside Debian's 1.5), each
  // pandas version once.
  const candidates = [...(process.env.PANDAS_PYTHONS ?? "").split(delimiter).filter(Boolean), "python3", "/usr/bin/python3"];
  const pandasVersions = new Map<string, string>();
  for (const p of candidates) {
    const r = spawnSync(p, ["-c", "import pandas; print(pandas.__version__)"], { encoding: "utf8" });
    const version = r.status === 0 ? r.stdout.trim() : "";
    if (version && !pandasVersions.has(version)) pandasVersions.set(version, p);
  }
  if (pandasVersions.size === 0) missing("pandas", "no python3 with pandas (Debian: apt-get install python3-pandas)");
  for (const [version, python] of pandasVersions) {
    // Text read with dtype=str is "object" in pandas 1 and 2, and pandas 3's string dtype ("str") from 3.0 on.
    const code =
      local(block("python")) +
      '\nimport json\nassert str(trade["valueAsPublished"].dtype) in ("object", "str", "string"), trade["valueAsPublished"].dtype\n' +
      'assert trade["valueAsPublished"].dropna().map(type).eq(str).all(), "valueAsPublished is read as text"\n' +
      'print(json.dumps([[int(y), float(v)] for y, v in zip(total["year"], total["valueUsdMillions"])]))\n';
    writeFileSync(join(work, "readme.py"), code);
    same(`pandas ${version}`, JSON.parse(execFileSync(python, ["readme.py"], { cwd: work, encoding: "utf8" })) as Point[]);
  }
  if (process.env.REQUIRE_PANDAS) {
    for (const major of process.env.REQUIRE_PANDAS.split(",")) {
      if (![...pandasVersions.keys()].some((v) => v.split(".")[0] === major)) throw new Error(`pandas ${major}.x: not found (REQUIRE_PANDAS=${process.env.REQUIRE_PANDAS}); found ${[...pandasVersions.keys()].join(", ") || "none"}`);
    }
  }

  // R: readr.
  const rscript = spawnSync("Rscript", ["-e", "library(readr)"], { stdio: "ignore" }).status === 0;
  if (!rscript) missing("readr", "no Rscript with readr (Debian: apt-get install r-cran-readr)");
  else {
    const code =
      local(block("r")) +
      '\nx <- series[series$reporter == "CHN" & series$partner == "RUS" & series$flow == "total", ]\n' +
      'cat(paste(x$year, format(x$valueUsdMillions, digits = 17, scientific = FALSE, trim = TRUE), sep = ",", collapse = "\\n"), "\\n")\n';
    writeFileSync(join(work, "readme.R"), code);
    const out = execFileSync("Rscript", ["readme.R"], { cwd: work, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const version = execFileSync("Rscript", ["-e", 'cat(as.character(packageVersion("readr")))'], { encoding: "utf8" }).trim();
    same(`readr ${version}`, out.trim().split("\n").map((l) => l.split(",").map(Number) as Point));
  }

  // DuckDB, from the dev dependencies: the README's SQL as it is, from the folder that holds node_modules.
  const db = await DuckDBInstance.create(":memory:");
  const con = await db.connect();
  const cwd = process.cwd();
  process.chdir(work);
  try {
    const rows = (await con.runAndReadAll(block("sql"))).getRowObjects() as { year: number | bigint; bn: number }[];
    same(`DuckDB ${(await con.runAndReadAll("SELECT version() AS v")).getRowObjects()[0]!.v}`, rows.map((r) => [Number(r.year), r.bn * 1000]));
  } finally {
    process.chdir(cwd);
    con.closeSync();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// Consumer test of the packed tarball: pack, install into a throwaway project, then import it from ESM and
// require it from CommonJS on Node 20 (the machine's), 22 and 24, every entry point; run its CLI through npx;
// type-check it with TypeScript 5.9 and the current major under module nodenext (ESM and CommonJS files, and
// the README's examples in a CommonJS project) and bundler; and hold what a moduleResolution node10 consumer
// sees to what docs/design-notes.md says. Exits non-zero on the first failure.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { consumerTools } from "./lib/consumers.js";

const root = resolve(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string; peerDependencies: Record<string, string> };
const work = mkdtempSync(join(tmpdir(), "crd-consumer-"));
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const tools = consumerTools();
const [major, minor] = process.versions.node.split(".").map(Number) as [number, number];
if (major < 20 || (major === 20 && minor < 19)) throw new Error(`the tests run on Node ${process.versions.node}; the package needs >= 20.19`);
const runtimes = [{ version: process.versions.node, bin: process.execPath }, ...tools.nodes];
const compilers = [
  { name: `TypeScript ${(JSON.parse(readFileSync(join(root, "node_modules", "typescript", "package.json"), "utf8")) as { version: string }).version}`, tsc },
  { name: `TypeScript ${(JSON.parse(readFileSync(join(tools.tsc, "..", "..", "package.json"), "utf8")) as { version: string }).version}`, tsc: tools.tsc },
];

function run(cmd: string, args: string[], cwd: string): string {
  try {
    return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    throw new Error(`${cmd} ${args.join(" ")} failed in the consumer project:\n${err.stdout ?? ""}${err.stderr ?? ""}`);
  }
}

function step(name: string, fn: () => void): void {
  fn();
  console.log(`ok  ${name}`);
}

try {
  const tarball = run("npm", ["pack", "--silent", "--pack-destination", work], root).trim().split("\n").pop()!;
  const app = join(work, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", join(work, tarball)], app);

  const checks = `
    const assert = (c, m) => { if (!c) throw new Error(m); };
    assert(api.share(100, 400) === 0.25, "share from the root entry");
    assert(typeof api.DataNotAvailableError === "function", "DataNotAvailableError exported");
    assert(pt.partnerTrade.length > 20000 && Object.isFrozen(pt.partnerTrade[0]), "partnerTrade rows from their subpath");
    assert(arms.armsDeliveries.length > 20000 && Object.isFrozen(arms.armsDeliveries[0]), "armsDeliveries rows from their subpath");
    assert(arms.armsShare({ supplier: "RUS", recipient: "IND", from: 2016, to: 2020, release: "2022-07-28" }).recipientTiv === 7598, "armsShare from the arms subpath (the 2022 tables, named)");
    assert(world.worldTrade.length > 30000 && world.tradeShare({ reporter: "KAZ", partner: "CHN", year: 2020 }).share > 0, "worldTrade and tradeShare from the world subpath");
    const s = api.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" });
    assert(s.find((p) => p.year === 2021).value === 146887, "tradeSeries answers from the shipped data");
    assert(api.sourceOf(s[0]).producer.includes("IMF"), "sourceOf resolves a point's source");
    for (const format of ["text", "apa", "bibtex", "csl-json"]) assert(api.cite({ format }).includes(api.meta.version), "cite names the version: " + format);
    assert(api.claims.length > 10 && api.events.length > 10, "the article datasets");
    let threw = false; try { api.cagr(0, 1, 1); } catch (e) { threw = e instanceof RangeError; }
    assert(threw, "invalid input throws a RangeError");
  `;
  step("without zod (an optional peer): every entry but schemas imports, and schemas' error names zod", () => {
    if (existsSync(join(app, "node_modules", "zod"))) throw new Error("zod was installed, although it is an optional peer");
    writeFileSync(
      join(app, "nozod.mjs"),
      `import * as api from "china-russia-data";\nimport * as pt from "china-russia-data/partner-trade";\nimport * as arms from "china-russia-data/arms";\nimport * as world from "china-russia-data/world";\n${checks}\n` +
        `let message = "";\ntry { await import("china-russia-data/schemas"); } catch (e) { message = String(e.message); }\n` +
        `if (!/zod/.test(message)) throw new Error("the schemas entry without zod gave: " + message);\nconsole.log("no-zod ok");\n`,
    );
    run("node", ["nozod.mjs"], app);
    run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", `zod@${pkg.peerDependencies.zod}`], app);
  });
  const withZod = `assert(schemas.Year.safeParse(2021).success === true, "zod schema from the schemas entry");\n`;
  for (const node of runtimes) {
    step(`Node ${node.version}: ESM import of every entry`, () => {
      writeFileSync(
        join(app, "esm.mjs"),
        `import * as api from "china-russia-data";\nimport * as schemas from "china-russia-data/schemas";\n` +
          `import * as pt from "china-russia-data/partner-trade";\nimport * as arms from "china-russia-data/arms";\nimport * as world from "china-russia-data/world";\n${checks}\n${withZod}console.log("esm ok");\n`,
      );
      run(node.bin, ["esm.mjs"], app);
    });
    step(`Node ${node.version}: CommonJS require() of every entry (Node loads the ES modules), without a warning`, () => {
      writeFileSync(
        join(app, "cjs.cjs"),
        `const api = require("china-russia-data");\nconst schemas = require("china-russia-data/schemas");\n` +
          `const pt = require("china-russia-data/partner-trade");\nconst arms = require("china-russia-data/arms");\nconst world = require("china-russia-data/world");\n${checks}\n${withZod}` +
          `try { api.share = null; } catch {}\ntry { world.tradeShare = null; } catch {}\nassert(typeof require("china-russia-data").share === "function" && typeof require("china-russia-data/world").tradeShare === "function", "require() gives the module namespace, which no consumer can change");\nconsole.log("cjs ok");\n`,
      );
      const r = spawnSync(node.bin, ["cjs.cjs"], { cwd: app, encoding: "utf8" });
      if (r.status !== 0 || r.stdout.trim() !== "cjs ok" || r.stderr.trim() !== "") throw new Error(`Node ${node.version}, cjs.cjs: exit ${r.status}\n${r.stdout}${r.stderr}`);
    });
    step(`Node ${node.version}: the CLI runs`, () => {
      const out = run(node.bin, [join(app, "node_modules", "china-russia-data", "dist", "cli.js"), "--version"], app).trim();
      if (out !== pkg.version) throw new Error(`CLI on Node ${node.version} printed ${JSON.stringify(out)}`);
    });
  }
  step("CLI through npx: version, summary, cite in every format, export", () => {
    const out = run("npx", ["--no-install", "china-russia-data", "--version"], app).trim();
    if (out !== pkg.version) throw new Error(`CLI printed ${JSON.stringify(out)}, expected ${pkg.version}`);
    if (!/fact sheet/.test(run("npx", ["--no-install", "china-russia-data"], app))) throw new Error("CLI summary printed no fact sheet");
    for (const format of ["text", "apa", "bibtex", "csl-json"]) {
      const c = run("npx", ["--no-install", "china-russia-data", "cite", "--format", format], app);
      if (!c.includes(pkg.version)) throw new Error(`cite --format ${format} does not name version ${pkg.version}:\n${c}`);
    }
    for (const [name, ending] of [["trade-series", ".csv"], ["partner-trade", ".csv.gz"], ["datapackage", "datapackage.json"]] as const) {
      const path = run("npx", ["--no-install", "china-russia-data", "path", name], app).trim();
      if (!path.endsWith(ending) || !existsSync(path)) throw new Error(`path ${name} printed ${path}`);
    }
    const csv = run("npx", ["--no-install", "china-russia-data", "export", "partnerTrade", "--format", "csv", "--where", "partner=CHN"], app);
    if (csv.trim().split("\n").length < 50) throw new Error("export of partnerTrade gave too few rows");
  });
  step("datapackage.json: every file in the tarball has the bytes and sha256 it states", () => {
    const dir = join(app, "node_modules", "china-russia-data");
    const dp = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8")) as { resources: { path: string; bytes: number; hash: string }[] };
    if (dp.resources.length < 12) throw new Error("datapackage.json lists too few resources");
    for (const r of dp.resources) {
      const buf = readFileSync(join(dir, r.path));
      const hash = `sha256:${createHash("sha256").update(buf).digest("hex")}`;
      if (buf.length !== r.bytes || hash !== r.hash) throw new Error(`${r.path}: ${buf.length} bytes ${hash}, datapackage.json says ${r.bytes} ${r.hash}`);
    }
    const resolved = run("node", ["-e", "console.log(require.resolve('china-russia-data/data/trade.csv'), require.resolve('china-russia-data/datapackage.json'))"], app).trim().split(" ")[0]!;
    if (!resolved.endsWith(join("dist", "data", "trade.csv"))) throw new Error(`china-russia-data/data/trade.csv resolved to ${resolved}`);
  });

  const tsSource = `import { share, yoy, tradeSeries, type SeriesPoint, type TradeRow, DataNotAvailableError } from "china-russia-data";
import { Year } from "china-russia-data/schemas";
import { partnerTrade } from "china-russia-data/partner-trade";
import { armsShare, type ArmsDeliveryRow } from "china-russia-data/arms";
import { mirrorTrade, type WorldTradeRow } from "china-russia-data/world";
const mirrorRatio: number = mirrorTrade({ reporter: "RUS", partner: "CHN", flow: "import", year: 2020 }).ratio;
const worldRows: readonly WorldTradeRow[] = [];
const s: number = share(1, 2);
const a: number = armsShare({ supplier: "RUS", recipient: "IND", from: 2016, to: 2020 }).share;
const armsRows: readonly ArmsDeliveryRow[] = [];
const points: readonly SeriesPoint[] = [{ year: 2020, value: 1 }];
const g: (number | null)[] = yoy(points).map((p) => p.value);
const y: number = Year.parse(2020);
const n: number = partnerTrade.length;
const t: number | undefined = tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" })[0]?.value;
const e: Error = new DataNotAvailableError("x", [2020], "none");
const rows: readonly TradeRow[] = [];
export { s, g, y, n, e, t, rows, a, armsRows, mirrorRatio, worldRows };
`;
  const tsconfig = (module: string, resolution: string, files: string[]) =>
    JSON.stringify({
      compilerOptions: { module, moduleResolution: resolution, target: "es2022", strict: true, noEmit: true, skipLibCheck: false, types: [] },
      files,
    });
  const readmeBlocks = () => {
    const readme = readFileSync(join(app, "node_modules", "china-russia-data", "README.md"), "utf8");
    const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => m[1]!);
    if (blocks.length < 5) throw new Error(`README: expected at least 5 TypeScript examples, found ${blocks.length}`);
    return blocks;
  };
  for (const c of compilers) {
    step(`${c.name}, module nodenext: an ESM and a CommonJS file`, () => {
      writeFileSync(join(app, "consumer.mts"), tsSource);
      writeFileSync(join(app, "consumer.cts"), tsSource);
      writeFileSync(join(app, "tsconfig.nodenext.json"), tsconfig("nodenext", "nodenext", ["consumer.mts", "consumer.cts"]));
      run("node", [c.tsc, "-p", "tsconfig.nodenext.json"], app);
    });
    step(`${c.name}, module nodenext: the README's TypeScript examples compile in a CommonJS project (strict, noUncheckedIndexedAccess) and run`, () => {
      const cjs = join(app, "cjs-project");
      rmSync(cjs, { recursive: true, force: true });
      mkdirSync(cjs);
      // No "type" field: .ts files are CommonJS; imports compile to require().
      writeFileSync(join(cjs, "package.json"), JSON.stringify({ name: "cjs-project", private: true, version: "1.0.0" }));
      const files = readmeBlocks().map((code, i) => {
        const name = `readme-${i + 1}.ts`;
        // Lines that the README marks as throwing are left out of the run (they are type-checked all the same).
        writeFileSync(join(cjs, name), `${code.replace(/^(.*?;)(\s*\/\/\s*throws.*)$/gm, "try { $1 } catch {}$2")}\nexport {};\n`);
        return name;
      });
      writeFileSync(
        join(cjs, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: { module: "nodenext", moduleResolution: "nodenext", target: "es2022", strict: true, noUncheckedIndexedAccess: true, outDir: "out", skipLibCheck: false, types: [] },
          files,
        }),
      );
      run("node", [c.tsc, "-p", "tsconfig.json"], cjs);
      for (const f of files) {
        const js = readFileSync(join(cjs, "out", f.replace(/\.ts$/, ".js")), "utf8");
        if (!/require\("china-russia-data(\/[a-z-]+)?"\)/.test(js)) throw new Error(`${f} did not compile to require():\n${js.slice(0, 400)}`);
        run("node", [join("out", f.replace(/\.ts$/, ".js"))], cjs);
      }
    });
  }
  step("tsc, moduleResolution bundler", () => {
    writeFileSync(join(app, "consumer.ts"), tsSource);
    writeFileSync(join(app, "tsconfig.bundler.json"), tsconfig("esnext", "bundler", ["consumer.ts"]));
    run("node", [tsc, "-p", "tsconfig.bundler.json"], app);
  });
  step("the README's TypeScript examples type-check (strict, noUncheckedIndexedAccess, moduleResolution bundler)", () => {
    const files = readmeBlocks().map((code, i) => {
      const name = `readme-${i + 1}.ts`;
      writeFileSync(join(app, name), `${code}\nexport {};\n`);
      return name;
    });
    writeFileSync(
      join(app, "tsconfig.readme.json"),
      JSON.stringify({
        compilerOptions: { module: "esnext", moduleResolution: "bundler", target: "es2022", strict: true, noUncheckedIndexedAccess: true, noEmit: true, skipLibCheck: false, types: [] },
        files,
      }),
    );
    run("node", [tsc, "-p", "tsconfig.readme.json"], app);
  });
  step("moduleResolution node10 (TypeScript 5.9; removed in TypeScript 7): the root entry's types resolve, the subpaths' do not (docs/design-notes.md)", () => {
    writeFileSync(join(app, "node10-root.ts"), `import { share } from "china-russia-data";\nexport const s: number = share(1, 2);\n`);
    writeFileSync(join(app, "tsconfig.node10-root.json"), tsconfig("commonjs", "node10", ["node10-root.ts"]));
    run("node", [tsc, "-p", "tsconfig.node10-root.json"], app);
    writeFileSync(join(app, "node10-sub.ts"), `import { armsShare } from "china-russia-data/arms";\nexport const a = armsShare;\n`);
    writeFileSync(join(app, "tsconfig.node10-sub.json"), tsconfig("commonjs", "node10", ["node10-sub.ts"]));
    let out = "";
    try {
      execFileSync("node", [tsc, "-p", "tsconfig.node10-sub.json"], { cwd: app, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? "");
    }
    if (!/error TS2307: Cannot find module 'china-russia-data\/arms'/.test(out)) throw new Error(`node10 and a subpath: expected TS2307, got:\n${out}`);
  });
  step("a code the data does not have does not type-check (partner: \"RSU\")", () => {
    writeFileSync(join(app, "typo.ts"), `import { tradeSeries } from "china-russia-data";\ntradeSeries({ reporter: "CHN", partner: "RSU", flow: "total" });\n`);
    writeFileSync(join(app, "tsconfig.typo.json"), tsconfig("esnext", "bundler", ["typo.ts"]));
    let out = "";
    try {
      execFileSync("node", [tsc, "-p", "tsconfig.typo.json"], { cwd: app, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? "");
    }
    if (!/typo\.ts\(2,\d+\): error TS2322: Type '"RSU"' is not assignable/.test(out)) throw new Error(`tsc accepted partner "RSU" or failed otherwise:\n${out}`);
  });
  console.log(`packed package ${tarball}: all consumer checks passed`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// Builds the committed HEAD twice, each from its own fresh clone with `npm ci`, and compares the packed
// tarballs and dist/ trees byte for byte. Usage: npm run check:reproducible (takes a few minutes).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { ROOT } from "./lib/files.js";

function tree(dir: string, base = dir, out: Record<string, string> = {}): Record<string, string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) tree(p, base, out);
    else out[relative(base, p)] = createHash("sha256").update(readFileSync(p)).digest("hex");
  }
  return out;
}

function buildClone(n: number): { tarball: string; sha256: string; dist: Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), `crd-repro-${n}-`));
  try {
    execFileSync("git", ["clone", "--quiet", ROOT, dir], { stdio: "inherit" });
    const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: dir, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
    run("npm", ["ci", "--no-audit", "--no-fund"]);
    run("npm", ["run", "build"]);
    const tarball = run("npm", ["pack", "--silent", "--ignore-scripts"]).trim().split("\n").pop()!;
    const sha256 = createHash("sha256").update(readFileSync(join(dir, tarball))).digest("hex");
    return { tarball, sha256, dist: tree(join(dir, "dist")) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const a = buildClone(1);
const b = buildClone(2);
console.log(`clone 1: ${a.tarball} sha256 ${a.sha256}`);
console.log(`clone 2: ${b.tarball} sha256 ${b.sha256}`);
const differing = [...new Set([...Object.keys(a.dist), ...Object.keys(b.dist)])].filter((f) => a.dist[f] !== b.dist[f]);
if (a.sha256 !== b.sha256 || differing.length) {
  console.error(`NOT reproducible: ${differing.length} files of dist/ differ: ${differing.join(", ")}`);
  process.exit(1);
}
console.log(`reproducible: identical tarballs and ${Object.keys(a.dist).length} identical files in dist/`);

// The release check: `npm publish --dry-run` must be clean (exit 0, and no warning but the one every dry run
// without a login prints), and the tarball must hold exactly the files the README promises ("What the package
// holds"). Offline: a dry run reads package.json and packs, it sends nothing. Part of `npm test` and of the
// release step (npm run version-packages).
import "./lib/globals.js";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { ROOT } from "./lib/files.js";

/** The file list the README promises: the lines of the fenced block under "What the package holds", globs with `*`. */
export function promisedFiles(readme: string): string[] {
  const section = readme.slice(readme.indexOf("## What the package holds"));
  const m = section.match(/^```text\n([\s\S]*?)^```/m);
  if (!m) throw new Error('README.md: no ```text block under "What the package holds"');
  return m[1]!
    .split("\n")
    .map((l) => l.replace(/\s+#.*$/, "").trim())
    .filter(Boolean);
}

/** Whether a file path matches a promised entry (`*` matches within one path segment). */
export function matches(pattern: string, path: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")}$`);
  return re.test(path);
}

/** Compares the packed files with the promise: each file is promised, each promise is kept. */
export function compareWithPromise(files: readonly string[], promised: readonly string[]): string[] {
  const problems: string[] = [];
  for (const f of files) if (!promised.some((p) => matches(p, f))) problems.push(`the tarball holds ${f}, which the README does not list`);
  for (const p of promised) if (!files.some((f) => matches(p, f))) problems.push(`the README lists ${p}, which the tarball does not hold`);
  return problems;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.dirname, "check-publish.ts");
if (isMain) {
  const problems: string[] = [];
  const r = spawnSync("npm", ["publish", "--dry-run", "--offline", "--ignore-scripts", "--json"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) problems.push(`npm publish --dry-run exited ${r.status}:\n${r.stderr}`);
  // The one warning a dry run prints without a login; anything else (npm correcting package.json, a missing
  // file, a bin it drops) is a problem.
  const warnings = r.stderr.split("\n").filter((l) => /^npm (warn|WARN|ERR)/.test(l) && !/requires you to be logged in/.test(l));
  problems.push(...warnings.map((w) => `npm publish --dry-run: ${w}`));
  const json = r.stdout.slice(r.stdout.indexOf("{"));
  // npm 11 prints { "<name>": { files, … } }; older versions print { files, … }.
  const packed = JSON.parse(json) as { files?: { path: string }[] } & Record<string, { files?: { path: string }[] } | unknown>;
  const entry = packed.files ? packed : (Object.values(packed)[0] as { files?: { path: string }[] });
  const files = (entry.files ?? []).map((f) => f.path).sort();
  problems.push(...compareWithPromise(files, promisedFiles(readFileSync(resolve(ROOT, "README.md"), "utf8"))));
  if (problems.length) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
  console.log(`npm publish --dry-run: clean; the tarball holds the ${files.length} files the README promises`);
}

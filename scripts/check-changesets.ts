// Fails when data/ or src/ changed since the last release without a changeset (.changeset/*.md).
// The last release is the newest commit that changed CHANGELOG.md (the release step writes it), so the check
// needs no tags: a clone of main alone carries its releases. Before the first release every change counts.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { ROOT } from "./lib/files.js";

const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();

const lastRelease = git("log", "-1", "--format=%H", "--", "CHANGELOG.md");
const base = lastRelease || git("rev-list", "--max-parents=0", "HEAD").split("\n").pop()!;
// Committed changes since the release, and uncommitted ones in the work tree.
const changed = [
  ...new Set([
    ...git("diff", "--name-only", base, "HEAD", "--", "data", "src").split("\n"),
    ...git("diff", "--name-only", "HEAD", "--", "data", "src").split("\n"),
  ]),
].filter(Boolean);
const changesets = readdirSync(resolve(ROOT, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");
if (changed.length > 0 && changesets.length === 0) {
  console.error(`${changed.length} files under data/ or src/ changed since ${lastRelease ? `the release at ${base.slice(0, 12)}` : "the first commit"} and there is no changeset: run npx changeset`);
  for (const f of changed.slice(0, 20)) console.error(`  ${f}`);
  process.exit(1);
}
console.log(`changesets: ${changesets.length} pending; ${changed.length} files under data/ and src/ changed since ${lastRelease ? `the release at ${base.slice(0, 12)}` : "the first commit"}`);

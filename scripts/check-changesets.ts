// Fails when data/ or src/ changed since the last release without a changeset (.changeset/*.md).
// The last release is the newest tag v*; before the first release every change counts.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import { ROOT } from "./lib/files.js";

const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();

let base: string;
try {
  base = git("describe", "--tags", "--abbrev=0", "--match", "v*");
} catch {
  base = git("rev-list", "--max-parents=0", "HEAD").split("\n").pop()!;
}
const changed = git("diff", "--name-only", base, "HEAD", "--", "data", "src").split("\n").filter(Boolean);
const changesets = readdirSync(resolve(ROOT, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md");
if (changed.length > 0 && changesets.length === 0) {
  console.error(`${changed.length} files under data/ or src/ changed since ${base} and there is no changeset: run npx changeset`);
  for (const f of changed.slice(0, 20)) console.error(`  ${f}`);
  process.exit(1);
}
console.log(`changesets: ${changesets.length} pending; ${changed.length} files under data/ and src/ changed since ${base}`);

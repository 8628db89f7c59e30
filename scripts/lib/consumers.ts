// The runtimes and compilers the packed tarball is tested with, beside the ones that run the tests: Node 22
// and Node 24 (the package registry's node-<platform>-<arch> packages, which hold the official binaries), and
// the current TypeScript major. They are installed on demand into node_modules/.cache/ (npm's own cache keeps
// the tarballs, so a second install needs no network) and never become dependencies of the project: the
// binaries are platform-specific, and a devDependency on one would fail `npm ci` on every other platform.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./files.js";

/** Node releases tested besides the one running the tests (exact versions, so that a run is repeatable). */
export const NODE_VERSIONS = ["22.23.5", "24.22.3"] as const;
/** The current TypeScript major, besides the project's own TypeScript (5.9). */
export const TYPESCRIPT_CURRENT = "7.0.2";

const dir = join(ROOT, "node_modules", ".cache", "china-russia-data-consumers");
const platform = process.platform === "win32" ? "win" : process.platform;

const alias = (major: string) => `node${major}`;

/** Installs (once) and returns the binaries: node by version, and the current TypeScript's tsc. */
export function consumerTools(): { nodes: { version: string; bin: string }[]; tsc: string } {
  const nodes = NODE_VERSIONS.map((v) => ({
    version: v,
    bin: join(dir, "node_modules", alias(v.split(".")[0]!), "bin", platform === "win" ? "node.exe" : "node"),
  }));
  const tsc = join(dir, "node_modules", "typescript-current", "bin", "tsc");
  if (nodes.some((n) => !existsSync(n.bin)) || !existsSync(tsc)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer-tools", private: true, version: "1.0.0" }));
    const specs = [
      ...NODE_VERSIONS.map((v) => `${alias(v.split(".")[0]!)}@npm:node-${platform}-${process.arch}@${v}`),
      `typescript-current@npm:typescript@${TYPESCRIPT_CURRENT}`,
    ];
    try {
      execFileSync("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts", "--no-package-lock", ...specs], {
        cwd: dir, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8",
      });
    } catch (e) {
      const err = e as { stderr?: string };
      throw new Error(`could not install the consumer tools (${specs.join(", ")}) from the package registry:\n${err.stderr ?? String(e)}`);
    }
    for (const n of nodes) if (!existsSync(n.bin)) throw new Error(`node ${n.version}: no binary at ${n.bin} after installing node-${platform}-${process.arch}`);
    if (!existsSync(tsc)) throw new Error(`typescript ${TYPESCRIPT_CURRENT}: no tsc after installing it`);
  }
  return { nodes, tsc };
}

// The build-time constants that src/build-constants.d.ts declares, read from package.json and release.json in
// one place: tsup and vitest pass them as `define`, and scripts/lib/globals.ts sets them for the scripts that
// run the sources directly.
import { readFileSync } from "node:fs";
import { packageUrl, type PackageLinks } from "./package-url.js";

export interface BuildConstants {
  readonly __PACKAGE_VERSION__: string;
  readonly __RELEASE_DATE__: string | null;
  readonly __PACKAGE_URL__: string | null;
}

/** The constants of the package whose root folder is `root` (a file URL ending in "/"). */
export function buildConstants(root: URL): BuildConstants {
  const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as { version: string } & PackageLinks;
  const release = JSON.parse(readFileSync(new URL("release.json", root), "utf8")) as { released: string | null };
  return { __PACKAGE_VERSION__: pkg.version, __RELEASE_DATE__: release.released, __PACKAGE_URL__: packageUrl(pkg) };
}

/** The same, as a bundler's `define` (each value as JavaScript source). */
export function buildDefines(root: URL): Record<string, string> {
  return Object.fromEntries(Object.entries(buildConstants(root)).map(([k, v]) => [k, JSON.stringify(v)]));
}

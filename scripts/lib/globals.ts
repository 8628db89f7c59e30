// Build scripts run the library's sources directly (tsx), without tsup's `define`: this sets the same
// build-time constants from package.json and release.json. Import it before anything from src/.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { packageUrl, type PackageLinks } from "./package-url.js";

const root = resolve(import.meta.dirname, "..", "..");
const pkg = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8")) as { version: string } & PackageLinks;
const release = JSON.parse(readFileSync(resolve(root, "release.json"), "utf8")) as { released: string | null };
Object.assign(globalThis, { __PACKAGE_VERSION__: pkg.version, __RELEASE_DATE__: release.released, __PACKAGE_URL__: packageUrl(pkg) });

import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";
import { packageUrl, type PackageLinks } from "./scripts/lib/package-url.js";

const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string } & PackageLinks;
const release = JSON.parse(readFileSync(new URL("./release.json", import.meta.url), "utf8")) as { released: string | null };

export default defineConfig({
  define: { __PACKAGE_VERSION__: JSON.stringify(pkg.version), __RELEASE_DATE__: JSON.stringify(release.released), __PACKAGE_URL__: JSON.stringify(packageUrl(pkg)) },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["test/dist/**", "node_modules/**"],
    testTimeout: 30_000,
  },
});

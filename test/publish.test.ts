// The release check's comparison of the packed files with the README's list (scripts/check-publish.ts runs it
// on the real tarball in npm test and in the release step).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { compareWithPromise, matches, promisedFiles } from "../scripts/check-publish.js";
import { ROOT } from "../scripts/lib/files.js";

describe("what the package holds", () => {
  const promised = promisedFiles(readFileSync(resolve(ROOT, "README.md"), "utf8"));

  it("the README lists the package's fixed files and its globs, without their comments", () => {
    for (const f of ["package.json", "README.md", "LICENSE", "LICENSE-DATA", "CITATION.cff", "datapackage.json", "dist/index.js", "dist/cli.js", "dist/*.d.ts", "dist/data/*.csv"]) {
      expect(promised).toContain(f);
    }
    expect(promised.some((p) => p.includes("#"))).toBe(false);
  });

  it("a * matches within one folder only", () => {
    expect(matches("dist/*.d.ts", "dist/index.d.ts")).toBe(true);
    expect(matches("dist/*.d.ts", "dist/data/x.d.ts")).toBe(false);
    expect(matches("dist/data/*.csv", "dist/data/trade.csv.gz")).toBe(false);
  });

  it("names a file the README does not list, and a listed file the tarball lacks", () => {
    expect(compareWithPromise(["package.json", "dist/index.js"], ["package.json", "dist/index.js"])).toEqual([]);
    expect(compareWithPromise(["package.json", "dist/index.cjs"], ["package.json"])).toEqual(["the tarball holds dist/index.cjs, which the README does not list"]);
    expect(compareWithPromise(["package.json"], ["package.json", "LICENSE"])).toEqual(["the README lists LICENSE, which the tarball does not hold"]);
  });
});

import { describe, expect, it } from "vitest";
import * as api from "./index.js";
import { HELPERS, main } from "./cli-main.js";

function run(args: string[]) {
  let out = "";
  let err = "";
  const code = main(args, { write: (s: string) => (out += s) }, { write: (s: string) => (err += s) });
  return { code, out, err };
}

describe("cli", () => {
  it("summary prints the fact sheet with the article's checks computed from the data", () => {
    const { code, out } = run(["summary"]);
    expect(code).toBe(0);
    expect(out).toMatch(/China's share of Russia's trade 2013: 10\.54%/);
    expect(out).toMatch(/Russia's share of China's trade 2021: 2\.43%/);
    expect(out).toMatch(/2021 +146\.887 \(gacc\)/);
    expect(out).toMatch(/13\.8-fold/);
  });

  it("every helper the CLI lists is exported", () => {
    for (const h of HELPERS) expect(typeof (api as Record<string, unknown>)[h], h).toBe("function");
  });

  it("--version prints the package version and an unknown command fails on stderr", () => {
    expect(run(["--version"]).out.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const bad = run(["frobnicate"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown command "frobnicate"/);
    expect(run(["--bogus"]).code).toBe(2);
  });
});

describe("cli claims", () => {
  it("prints every claim with its verdict", () => {
    const { code, out } = run(["claims"]);
    expect(code).toBe(0);
    expect(out).toMatch(/CONTRADICTED +power-of-siberia-36bcm/);
    expect(out.match(/^ {2}[A-Z-]+ +[a-z0-9-]+$/gm)?.length).toBe(api.claims.length);
  });
});

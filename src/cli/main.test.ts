import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import * as api from "../index.js";
import { HELPERS, main } from "./main.js";
import { armsDeliveries } from "../arms/index.js";
import { worldTrade } from "../world/index.js";
import { partnerTrade } from "../partner-trade.js";

async function run(args: string[]) {
  let out = "";
  let err = "";
  const code = await main(args, async (name) => (name === "partnerTrade" ? partnerTrade : name === "armsDeliveries" ? armsDeliveries : worldTrade), { write: (s: string) => (out += s) }, { write: (s: string) => (err += s) });
  return { code, out, err };
}

describe("cli", () => {
  it("summary prints the fact sheet with the article's checks computed from the data", async () => {
    const { code, out } = await run(["summary"]);
    expect(code).toBe(0);
    expect(out).toMatch(/China's share of Russia's trade 2013: 10\.54%/);
    expect(out).toMatch(/Russia's share of China's trade 2021: 2\.43%/);
    expect(out).toMatch(/2021 +146\.887 \(gacc\)/);
    expect(out).toMatch(/13\.8-fold/);
  });

  it("every helper the CLI lists is exported", () => {
    for (const h of HELPERS) expect(typeof (api as Record<string, unknown>)[h], h).toBe("function");
  });

  it("--version prints the package version and an unknown command fails on stderr", async () => {
    expect((await run(["--version"])).out.trim()).toBe(api.meta.version);
    const bad = await run(["frobnicate"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown command "frobnicate"/);
    expect((await run(["--bogus"])).code).toBe(2);
  });
});

describe("cli claims", () => {
  it("prints every claim with its verdict", async () => {
    const { code, out } = await run(["claims"]);
    expect(code).toBe(0);
    expect(out).toMatch(/APPROXIMATELY +power-of-siberia-36bcm/);
    expect(out.match(/^ {2}[A-Z-]+ +[a-z0-9-]+$/gm)?.length).toBe(api.claims.length);
    // Each claim shows its method and sources; the text wraps to the width given (here the default, 100).
    expect(out.match(/^ {6}Method: /gm)?.length).toBe(api.claims.length);
    expect(out.match(/^ {6}Sources: /gm)?.length).toBe(api.claims.length);
    for (const line of out.split("\n")) if (!/https?:|\S{60,}/.test(line)) expect(line.length, line).toBeLessThanOrEqual(100);
  });

  it("wraps to a narrower terminal", async () => {
    let out = "";
    await main(["claims"], async () => [], { write: (s: string) => (out += s), columns: 60 } as never, { write: () => 0 });
    for (const line of out.split("\n").slice(2)) if (!/\S{50,}/.test(line)) expect(line.length, line).toBeLessThanOrEqual(60);
  });
});

const work = mkdtempSync(join(tmpdir(), "crd-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("cli export, show, cite, list", () => {
  it("export --format csv round-trips: parsing the CSV back gives the dataset's rows", async () => {
    const { code, out } = await run(["export", "trade", "--format", "csv"]);
    expect(code).toBe(0);
    const parsed = parse(out, { columns: true }) as Record<string, string>[];
    expect(parsed.length).toBe(api.trade.length);
    parsed.forEach((p, i) => {
      const row = api.trade[i]! as unknown as Record<string, unknown>;
      for (const [k, v] of Object.entries(p)) expect(v, `${i}.${k}`).toBe(row[k] === undefined ? "" : String(row[k]));
    });
  });

  it("export --where filters, and --out writes the file atomically", async () => {
    const file = join(work, "trade-2021.json");
    const { code, err } = await run(["export", "trade", "--format", "json", "--where", "year=2021", "--where", "reporter=CHN", "--out", file]);
    expect(code).toBe(0);
    expect(err).toMatch(/wrote \d+ rows/);
    const rows = JSON.parse(readFileSync(file, "utf8")) as { year: number; reporter: string }[];
    expect(rows.length).toBe(api.trade.filter((r) => r.year === 2021 && r.reporter === "CHN").length);
    expect(rows.every((r) => r.year === 2021 && r.reporter === "CHN")).toBe(true);
  });

  it("export of partnerTrade as ndjson gives one line per row", async () => {
    const { out } = await run(["export", "partnerTrade", "--format", "ndjson", "--where", "partner=CHN"]);
    const lines = out.trim().split("\n");
    expect(lines.length).toBe(partnerTrade.filter((r) => r.partner === "CHN").length);
    expect(JSON.parse(lines[0]!).partner).toBe("CHN");
  });

  it("an unknown dataset names the known ones, and a bad --out leaves no file", async () => {
    const bad = await run(["export", "tarde", "--format", "csv"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown dataset "tarde"; datasets: trade, partner-trade/);
    expect((await run(["export", "trade", "--format", "xml"])).err).toMatch(/--format must be csv, json or ndjson, got "xml"/);
    expect((await run(["export", "trade", "--format", "csv", "--where", "nosuch=1"])).err).toMatch(/no field "nosuch"/);
    const dir = join(work, "missing-dir", "x.csv");
    const failed = await run(["export", "trade", "--format", "csv", "--out", dir]);
    expect(failed.code).toBe(2);
    expect(failed.err).toBe(`china-russia-data: --out ${dir}: the folder ${join(work, "missing-dir")} does not exist\n`);
    expect(existsSync(dir)).toBe(false);
  });

  it("export writes CSV by default, or the format --out's extension names, with the columns of the shipped file", async () => {
    const csv = await run(["export", "reported-shares", "--where", "country=CHN"]);
    expect(csv.code).toBe(0);
    expect(csv.out.split("\n")[0]).toBe(api.meta.datasets.reportedShares.fields.join(","));
    // The same columns however the rows are filtered, and a header even for no row.
    const none = await run(["export", "trade", "--where", "year=1992", "--where", "producer=gacc"]);
    expect(none.out).toBe(`${api.meta.datasets.trade.fields.join(",")}\n`);
    const json = join(work, "shares.json");
    expect((await run(["export", "reportedShares", "--out", json])).code).toBe(0);
    expect(JSON.parse(readFileSync(json, "utf8")).length).toBe(api.reportedShares.length);
  });

  it("--out never replaces a file without --force, nor anything that is not a regular file", async () => {
    const target = join(work, "keep.csv");
    expect((await run(["export", "facts", "--out", target])).code).toBe(0);
    const again = await run(["export", "facts", "--out", target]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/exists; pass --force to replace it/);
    expect((await run(["export", "facts", "--out", target, "--force"])).code).toBe(0);
    const folder = await run(["export", "facts", "--out", work, "--force"]);
    expect(folder.err).toMatch(/exists and is not a regular file; not written/);
  });

  it("--where compares by the field's type and refuses what cannot match", async () => {
    expect((await run(["export", "trade", "--where", "reporter=chn"])).err).toMatch(/--where: reporter must be one of CHN, RUS, got "chn"/);
    expect((await run(["export", "trade", "--where", "partner=rus"])).err).toMatch(/no row has partner=rus; values: CHN, RUS, WLD/);
    expect((await run(["export", "trade", "--where", "year=abc"])).err).toMatch(/year is a number, got "abc"/);
    // A value no row has is data not found (exit 1); a malformed one a usage error (exit 2).
    expect((await run(["export", "trade", "--where", "note=undefined"])).code).toBe(1);
    expect((await run(["export", "energy-projects", "--where", "milestones=[object Object]"])).err).toMatch(/holds lists or objects/);
    const y = await run(["export", "trade", "--where", "year=2021", "--where", "approximate=true"]);
    expect(y.code).toBe(0);
    expect(y.out.trim().split("\n").length).toBeGreaterThan(1);
  });

  it("--limit takes decimal digits only, and only where rows are listed; options that do not apply are refused", async () => {
    for (const bad of [["--limit", "-1"], ["--limit=-1"], ["--limit", ""], ["--limit", "0x10"], ["--limit", "1e1"]]) {
      const r = await run(["show", "trade", ...bad]);
      expect(r.code, bad.join(" ")).toBe(2);
      expect(r.err, bad.join(" ")).toMatch(/--limit must be a whole number ≥ 0 written in decimal digits/);
    }
    expect((await run(["export", "trade", "--limit", "3"])).out.trim().split("\n").length).toBe(4);
    expect((await run(["summary", "--limit", "3"])).err).toMatch(/summary takes no option --limit/);
    expect((await run(["cite", "--where", "a=b"])).err).toMatch(/cite takes no option --where/);
  });

  it("<command> --help prints that command's help", async () => {
    expect((await run(["export", "--help"])).out).toMatch(/^Usage: china-russia-data export <dataset>/);
    expect((await run(["claims", "--help"])).out).toMatch(/^Usage: china-russia-data claims/);
    expect((await run(["--help"])).out).toMatch(/Commands:/);
  });

  it("show prints a table with a row count, and cite prints each format", async () => {
    const show = await run(["show", "events", "--limit", "3"]);
    expect(show.out).toMatch(/\(3 of \d+ rows\)/);
    expect((await run(["show", "events", "--limit", "x"])).code).toBe(2);
    expect((await run(["cite", "--format", "bibtex"])).out).toMatch(/^@misc\{china-russia-data-/);
    expect((await run(["cite", "--format", "apa", "--dataset", "partnerTrade"])).out).toMatch(/International Monetary Fund\. \(2022\)/);
    const badCite = await run(["cite", "--format", "mla"]);
    expect(badCite.code).toBe(2);
    expect(badCite.err).toMatch(/format must be one of csl-json, bibtex, apa, text; got "mla"/);
    expect((await run(["list"])).out).toMatch(/partnerTrade +22810 rows/);
  });
});

describe("cli series and path", () => {
  it("series writes one trade series exactly as tradeSeries returns it, with the columns of trade-series.csv", async () => {
    const r = await run(["series", "--reporter", "CHN", "--partner", "RUS", "--flow", "total", "--format", "csv"]);
    expect(r.code).toBe(0);
    const rows = parse(r.out, { columns: true }) as Record<string, string>[];
    const points = api.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" });
    expect(Object.keys(rows[0]!)).toEqual(["reporter", "partner", "flow", "year", "valueUsdMillions", "producer", "sourceId", "derived", "approximate"]);
    expect(rows.map((x) => [Number(x.year), Number(x.valueUsdMillions), x.producer, x.sourceId])).toEqual(points.map((p) => [p.year, p.value, p.producer, p.sourceId]));
    expect((await run(["series", "--reporter", "XX", "--partner", "RUS"])).err).toMatch(/--reporter must be CHN or RUS/);
  });

  it("path refuses names that are not datasets", async () => {
    expect((await run(["path", "nope"])).err).toMatch(/unknown dataset "nope"/);
  });
});


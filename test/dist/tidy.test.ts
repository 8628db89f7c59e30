// The tidy tables in dist/data/ hold exactly what the built package's selectors return, row by row.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..", "..");
const api = (await import(pathToFileURL(resolve(ROOT, "dist", "index.js")).href)) as typeof import("../../src/index.js");
const read = (name: string) => parse(readFileSync(resolve(ROOT, "dist", "data", `${name}.csv`)), { columns: true }) as Record<string, string>[];
const datapackage = JSON.parse(readFileSync(resolve(ROOT, "datapackage.json"), "utf8")) as { resources: { name: string }[] };

describe("tidy tables", () => {
  it("trade-series.csv is every default series as tradeSeries returns it", () => {
    const rows = read("trade-series");
    let i = 0;
    for (const [reporter, other] of [["CHN", "RUS"], ["RUS", "CHN"]] as const) {
      for (const partner of [other, "WLD"] as const) {
        for (const flow of ["export", "import", "total"] as const) {
          for (const p of api.tradeSeries({ reporter, partner, flow })) {
            const r = rows[i++]!;
            expect([r.reporter, r.partner, r.flow, Number(r.year), Number(r.valueUsdMillions), r.producer, r.sourceId], `${reporter} ${partner} ${flow} ${p.year}`).toEqual([
              reporter, partner, flow, p.year, p.value, p.producer, p.sourceId,
            ]);
            expect(r.derived).toBe(String(p.derived === true));
            expect(r.approximate).toBe(String(p.approximate === true));
          }
        }
      }
    }
    expect(i).toBe(rows.length);
  });

  it("trade-shares.csv and trade-asymmetry.csv hold what tradeShare and dependencyAsymmetry return", () => {
    const shares = read("trade-shares");
    expect(shares.length).toBeGreaterThan(60);
    for (const r of shares) {
      const s = api.tradeShare({ reporter: r.reporter as "CHN", partner: r.partner as "RUS", year: Number(r.year), basis: r.basis as "mirror" });
      expect(Number(r.share), `${r.reporter} ${r.year} ${r.basis}`).toBe(s.share);
      expect(r.sourceIds).toBe(s.sourceIds.join(";"));
    }
    // The mirror basis reaches 2023 for China's share of Russia's trade.
    expect(shares.some((r) => r.reporter === "RUS" && r.basis === "mirror" && r.year === "2023")).toBe(true);
    for (const r of read("trade-asymmetry")) {
      expect(Number(r.ratio)).toBe(api.dependencyAsymmetry({ a: "RUS", b: "CHN", year: Number(r.year), basis: r.basis as "reported" }).ratio);
    }
  });

  it("each is a resource of datapackage.json", () => {
    const names = datapackage.resources.map((r) => r.name);
    for (const n of ["trade-series", "trade-shares", "trade-asymmetry"]) expect(names).toContain(n);
  });
});

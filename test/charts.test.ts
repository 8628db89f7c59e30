// The committed charts are current: drawing them again from the data gives the same bytes.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { charts } from "../scripts/charts.js";
import { DATASET_CHARTS } from "../scripts/docs-pages.js";
import { ROOT } from "../scripts/lib/files.js";

describe("charts", () => {
  const all = charts();

  it("docs/charts/*.svg are what scripts/charts.ts draws from the current data (npm run docs)", () => {
    for (const [name, { svg }] of Object.entries(all)) {
      expect(readFileSync(resolve(ROOT, "docs", "charts", `${name}.svg`), "utf8"), name).toBe(svg);
    }
  });

  it("are deterministic and standalone SVG", () => {
    const again = charts();
    for (const [name, { svg }] of Object.entries(all)) {
      expect(again[name]!.svg).toBe(svg);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), name).toBe(true);
    }
  });

  it("cover the trade mirror, shares, asymmetry, Russia's partners, energy flows and the timeline; every chart a page uses exists", () => {
    expect(Object.keys(all).sort()).toEqual(["arms-russia", "arms-shares", "asymmetry", "asymmetry-capabilities", "energy-flows", "events", "neighbours", "russia-partners", "shares", "trade-by-reporter", "world-map"]);
    for (const list of Object.values(DATASET_CHARTS)) for (const c of list) expect(all[c], c).toBeDefined();
  });

  it("the README shows charts that exist", () => {
    const readme = readFileSync(resolve(ROOT, "README.md"), "utf8");
    const used = [...readme.matchAll(/docs\/charts\/([\w-]+)\.svg/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThanOrEqual(1);
    for (const c of used) expect(all[c], c).toBeDefined();
  });

  it("the README's table of datasets gives each dataset's row count as the data has it", async () => {
    const readme = readFileSync(resolve(ROOT, "README.md"), "utf8");
    const { meta } = await import("../src/index.js");
    const rows = [...readme.matchAll(/^\| `(\w+)`[^|]*\|[^\n]*\| ([\d, ]+) \|$/gm)];
    const listed: string[] = [];
    for (const m of rows) {
      // The names are in the first cell: "`energyProjects`, `energyFlows`" lists two datasets.
      const names = [...m[0].split("|")[1]!.replace(/\(.*\)/, "").matchAll(/`(\w+)`/g)].map((x) => x[1]!);
      const counts = m[2]!.split(/,\s+/).map((n) => Number(n.replace(/,/g, "")));
      // "6, 23" lists two datasets; "22,810" is one number.
      const values = names.length > 1 ? counts : [Number(m[2]!.replace(/[, ]/g, ""))];
      names.forEach((n, i) => expect(values[i], n).toBe((meta.datasets as Record<string, { rows: number }>)[n]?.rows));
      listed.push(...names);
    }
    // Every dataset is in the table.
    expect(listed.sort()).toEqual(Object.keys(meta.datasets).sort());
  });
});

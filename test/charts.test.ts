// The committed charts are current: drawing them again from the data gives the same bytes.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { charts } from "../scripts/charts.js";
import { compactPath } from "../scripts/lib/chart-frame.js";
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

describe("compactPath", () => {
  it("rounds to the grid and writes steps between rounded points (expected strings worked out by hand)", () => {
    // Tenths: (1.04, 2.06) -> (1, 2.1); (3.26, 2.06) -> (3.3, 2.1): step (2.3, 0); (3.26, 4) -> (3.3, 4): step (0, 1.9).
    expect(compactPath("M1.04,2.06L3.26,2.06L3.26,4Z", 0.1)).toBe("M1,2.1l2.3,0 0,1.9z");
    // Half pixels: (10.2, 5.3) -> (10, 5.5); (9.6, 5.3) -> (9.5, 5.5): step (-0.5, 0); (9.6, 6.9) -> (9.5, 7): step (0, 1.5).
    expect(compactPath("M10.2,5.3L9.6,5.3L9.6,6.9Z", 0.5)).toBe("M10,5.5l-.5,0 0,1.5z");
  });

  it("drops repeated points and rings smaller than the grid, and leaves other paths alone", () => {
    // The second ring rounds to one point at (7, 7): dropped; the repeated (0, 0) of the first is written once.
    expect(compactPath("M0,0L0,0L2,0L2,2ZM7.1,7.1L7.2,7.1L7.2,7.2Z", 1)).toBe("M0,0l2,0 0,2z");
    expect(compactPath("M0,0A5,5,0,0,1,10,10", 0.1)).toBe("M0,0A5,5,0,0,1,10,10");
    expect(() => compactPath("M0,0L1,1", 0.3)).toThrow(/grid/);
  });
});

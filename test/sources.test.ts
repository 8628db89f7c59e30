// The bibliography: every source has a tier, no source is an encyclopedia mirror or a scrape, a figure that
// rests on a secondary source says why in its note, and the README's count of values per tier is what the data give.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { armsTransfers, energyFlows, energyProjects, facts, reportedShares, sourceOf, sources, trade } from "../src/index.js";
import { countTiers, readmeWithTiers, TIERS } from "../scripts/source-tiers.js";

/**
 * Hosts that are never a source: encyclopedias and their mirrors, and sites that scrape or machine-rewrite
 * other pages. A figure found there is looked up at its producer or at an outlet that published it.
 */
export const MIRROR_HOSTS = [
  "wikipedia.org", "wikiwand.com", "liquisearch.com", "owiki.org", "wikizero.com", "wiki2.org", "wikiredia.com", "dbpedia.org", "everybodywiki.com",
  "newssummedup.com", "tellerreport.com", "pledgetimes.com", "newsbreak.com", "sites.google.com", "test.pax.peaceagreements.org",
];

/** The mirror or scrape host a URL is on, if any (a host or any of its subdomains). */
export function mirrorHost(url: string): string | undefined {
  const host = new URL(url).hostname.toLowerCase().replace(/\.$/, "");
  return MIRROR_HOSTS.find((h) => host === h || host.endsWith(`.${h}`));
}

const ROOT = resolve(import.meta.dirname, "..");

describe("sources", () => {
  it("the host check catches mirrors and scrapes, and only them", () => {
    expect(mirrorHost("https://w.owiki.org/wiki/Sino-Soviet_border_conflict")).toBe("owiki.org");
    expect(mirrorHost("https://www.liquisearch.com/x")).toBe("liquisearch.com");
    expect(mirrorHost("https://en.wikipedia.org/wiki/China–Russia_border")).toBe("wikipedia.org");
    expect(mirrorHost("https://tass.com/economy/1942869")).toBeUndefined();
    expect(mirrorHost("https://notwikipedia.org/")).toBeUndefined();
  });

  it("no source is on a mirror or scrape host", () => {
    expect(sources.filter((s) => mirrorHost(s.url) !== undefined).map((s) => `${s.id} ${s.url}`)).toEqual([]);
  });

  it("every source has a tier, and sourceOf shows it", () => {
    for (const s of sources) expect(TIERS, s.id).toContain(s.tier);
    expect(sourceOf(trade[0]!).tier).toBe("producer");
    // The producers' own files and words, and nothing else, are `producer`: IMF DOTS, SIPRI, FAS, Maddison, Gapminder/UN, GACC at its briefing, and the demographer who computed the Far East's decline.
    // The newer editions' files are the producers' own: SIPRI's register and workbook, FAS 2023, Maddison 2023.
    expect(sources.filter((s) => s.tier === "producer").map((s) => s.id).sort()).toEqual(
      sources.filter((s) => /^(imf-dots|sipri|owid|producer)-/.test(s.id) || ["src-cyberleninka-1", "fas-2023", "maddison-2023"].includes(s.id)).map((s) => s.id).sort(),
    );
  });

  it("a figure whose source is secondary says why it stays", () => {
    const secondary = new Set<string>(sources.filter((s) => s.tier === "secondary").map((s) => s.id));
    const rows: { what: string; sourceId: string; note?: string }[] = [
      ...trade.filter((r) => r.excerpt !== undefined).map((r) => ({ what: `trade ${r.year} ${r.flow} ${r.sourceId}`, sourceId: r.sourceId, ...(r.note ? { note: r.note } : {}) })),
      ...[...reportedShares, ...energyFlows, ...armsTransfers].map((r) => ({ what: `${r.sourceId} ${JSON.stringify(r).slice(0, 60)}`, sourceId: r.sourceId, ...(r.note ? { note: r.note } : {}) })),
      ...facts.filter((f) => f.id !== "border-length-article").map((r) => ({ what: `fact ${r.id}`, sourceId: r.sourceId, ...(r.note ? { note: r.note } : {}) })),
      ...energyProjects.flatMap((p) => [...p.capacity, ...p.chineseStakes].map((x) => ({ what: `${p.id} ${x.sourceId}`, sourceId: x.sourceId, ...(x.note ? { note: x.note } : {}) }))),
    ];
    const bad = rows.filter((r) => secondary.has(r.sourceId) && !/Secondary source \(/.test(r.note ?? "")).map((r) => r.what);
    expect(bad).toEqual([]);
  });

  it("the README's data section counts the values on each tier as the data give them", () => {
    const readme = readFileSync(resolve(ROOT, "README.md"), "utf8");
    expect(readmeWithTiers(readme)).toBe(readme);
    const counts = countTiers();
    // Every value of the producers' files rests on a producer: partner trade 22,810 + world trade 33,780 + arms 24,787 (the 2022
    // tables) + 12,973 (the 2025 register) + capabilities 3,736 (the OWID copies) + 1,154 + 244 + 822 (SIPRI 2025, FAS 2023,
    // Maddison 2023: the lines of their data files) at least.
    expect(counts.find((c) => c.tier === "producer")!.values).toBeGreaterThanOrEqual(22810 + 33780 + 24787 + 12973 + 3736 + 1154 + 244 + 822);
    expect(counts.find((c) => c.tier === "secondary")!.values).toBeGreaterThan(0);
  });
});

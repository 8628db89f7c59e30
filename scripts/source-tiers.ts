// Counts the values that rest on each tier of source (producer, official, press, secondary) and writes the
// count into the README's data section, between the markers <!-- tiers:start --> and <!-- tiers:end -->.
// test/sources.test.ts fails when the README's table differs from what this computes.
// Run: npx tsx scripts/source-tiers.ts
import "./lib/globals.js";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as root from "../src/index.js";
import { armsDeliveries } from "../src/arms/index.js";
import { worldTrade } from "../src/world/index.js";
import { partnerTrade } from "../src/partner-trade.js";
import { isMain, ROOT, writeAtomic } from "./lib/files.js";

export const TIERS = ["producer", "official", "press", "secondary"] as const;
export type Tier = (typeof TIERS)[number];

/** Per tier: every value shipped (one per row of each numeric dataset, one per capacity and stake), and those entered by hand with an excerpt. */
export interface TierCount {
  readonly tier: Tier;
  readonly values: number;
  readonly handEntered: number;
  readonly dated: number;
}

export function countTiers(): TierCount[] {
  const tierOf = new Map(root.sources.map((s) => [s.id, s.tier]));
  const out = new Map<Tier, { values: number; handEntered: number; dated: number }>(TIERS.map((t) => [t, { values: 0, handEntered: 0, dated: 0 }]));
  const add = (sourceId: string, kind: "value" | "hand" | "dated") => {
    const t = tierOf.get(sourceId as never);
    if (!t) throw new Error(`source-tiers: no source ${sourceId}`);
    const c = out.get(t)!;
    if (kind === "dated") c.dated++;
    else {
      c.values++;
      if (kind === "hand") c.handEntered++;
    }
  };
  for (const r of root.trade) add(r.sourceId, r.excerpt !== undefined ? "hand" : "value");
  for (const rows of [partnerTrade, worldTrade, armsDeliveries, root.capabilities]) for (const r of rows) add(r.sourceId, "value");
  for (const rows of [root.reportedShares, root.energyFlows, root.armsTransfers, root.facts]) for (const r of rows) add(r.sourceId, "hand");
  for (const p of root.energyProjects) {
    for (const x of [...p.capacity, ...p.chineseStakes]) add(x.sourceId, "hand");
    for (const m of p.milestones) add(m.sourceId, "dated");
  }
  // An event rests on the best of its sources.
  for (const e of root.events) {
    const best = TIERS.find((t) => e.sourceIds.some((id) => tierOf.get(id) === t))!;
    add(e.sourceIds.find((id) => tierOf.get(id) === best)!, "dated");
  }
  return TIERS.map((tier) => ({ tier, ...out.get(tier)! }));
}

const fmt = (n: number) => n.toLocaleString("en-US");

/** The README's block: a table of values per tier. */
export function tierTable(counts = countTiers()): string {
  const total = counts.reduce((s, c) => s + c.values, 0);
  return [
    "| tier | what | values | of which hand-entered | dated events and milestones |",
    "|---|---|---:|---:|---:|",
    ...counts.map((c) => `| ${c.tier} | ${WHAT[c.tier]} | ${fmt(c.values)} | ${fmt(c.handEntered)} | ${fmt(c.dated)} |`),
    `| all | | ${fmt(total)} | ${fmt(counts.reduce((s, c) => s + c.handEntered, 0))} | ${fmt(counts.reduce((s, c) => s + c.dated, 0))} |`,
  ].join("\n");
}

const WHAT: Record<Tier, string> = {
  producer: "the statistical producer's own data or words (IMF DOTS, SIPRI, FAS, Maddison, Gapminder/UN; Chinese customs at its briefing)",
  official: "a government, ministry or company statement",
  press: "wire agencies and established outlets",
  secondary: "aggregators, reprints, blogs, journal articles; each such row's note says why it stays",
};

export const START = "<!-- tiers:start -->";
export const END = "<!-- tiers:end -->";

export function readmeWithTiers(readme: string, table = tierTable()): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md: the markers ${START} and ${END} are missing`);
  return `${readme.slice(0, a + START.length)}\n${table}\n${readme.slice(b)}`;
}

if (isMain(import.meta.url)) {
  const file = resolve(ROOT, "README.md");
  writeAtomic(file, readmeWithTiers(readFileSync(file, "utf8")));
  console.log(tierTable());
}

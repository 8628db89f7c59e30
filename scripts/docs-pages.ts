// Writes one documentation page per dataset (fields and units from the zod schemas, rows, years, sources
// with links, licence, a "cite this" box and a chart) into docs/generated/, for TypeDoc. Run by npm run docs.
import "./lib/globals.js";
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { z } from "zod";
import { armsShare } from "../src/arms/index.js";
import * as api from "../src/index.js";
import { schemas } from "../src/schemas/index.js";
import { charts } from "./charts.js";
import { COMPRESSED, DATASETS, fileName } from "./export-data.js";
import { ROOT, writeAtomic, isMain } from "./lib/files.js";

type Json = Record<string, unknown>;

/** The chart of docs/charts/ that shows each dataset, where one does. */
export const DATASET_CHARTS: Readonly<Record<string, readonly string[]>> = {
  trade: ["trade-by-reporter", "shares", "asymmetry"],
  partnerTrade: ["russia-partners"],
  worldTrade: ["neighbours", "world-map"],
  reportedShares: ["shares"],
  energyProjects: ["energy-flows"],
  energyFlows: ["energy-flows"],
  armsTransfers: ["arms-shares"],
  armsDeliveries: ["arms-russia", "arms-shares"],
  capabilities: ["asymmetry-capabilities"],
  releases: [],
  events: ["events"],
  facts: [],
  assessments: [],
  claims: ["trade-by-reporter"],
  countries: [],
  sources: [],
};

/** Each chart's title: the alt text and caption of the chart on a dataset page. */
const CHART_TITLES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(charts()).map(([k, v]) => [k, v.title]));

const cellText = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function datasetPage(name: keyof typeof DATASETS): string {
  const { rows, title } = DATASETS[name];
  const meta = api.meta.datasets[name];
  const js = z.toJSONSchema(schemas[name], { io: "output", unrepresentable: "any" }) as Json;
  const props = js.properties as Record<string, Json>;
  const required = new Set(js.required as string[]);
  const importFrom = name === "partnerTrade" ? "china-russia-data/partner-trade" : name === "armsDeliveries" ? "china-russia-data/arms" : name === "worldTrade" ? "china-russia-data/world" : "china-russia-data";
  const byId = new Map<string, (typeof api.sources)[number]>(api.sources.map((s) => [s.id, s]));
  const out: string[] = [
    "---",
    `title: "Dataset: ${name}"`,
    "group: Datasets",
    "---",
    "",
    `# ${name}`,
    "",
    `${title}. **${meta.rows} rows**${meta.years ? `, ${meta.years[0]}–${meta.years[1]}` : ""}. Import it with \`import { ${name} } from "${importFrom}"\`; as CSV: \`china-russia-data/data/${fileName(name)}.csv${COMPRESSED.has(name) ? ".gz" : ""}\`.`,
    "",
    ...(DATASET_CHARTS[name] ?? []).map((c) => `![${cellText(CHART_TITLES[c] ?? c)}](../../charts/${c}.svg)\n\n*${CHART_TITLES[c] ?? c}*\n`),
    "## Fields",
    "",
    "| field | type | unit | required | description |",
    "|---|---|---|---|---|",
    ...Object.entries(props).map(([f, p]) => {
      const type = Array.isArray(p.enum) ? (p.enum as string[]).map((e) => `\`${e}\``).join(" \\| ") : String(p.type ?? "string");
      return `| \`${f}\` | ${type} | ${typeof p.unit === "string" ? p.unit : ""} | ${required.has(f) ? "yes" : ""} | ${cellText(String(p.description ?? ""))} |`;
    }),
    "",
    "## Licence",
    "",
    "The project's own work is CC-BY-4.0; each figure keeps the terms of its producer, named in its source (see LICENSE-DATA).",
    "",
    "## Cite this",
    "",
    "```text",
    api.cite({ format: "apa", dataset: name }).trim(),
    "```",
    "",
    "```bibtex",
    api.cite({ format: "bibtex", dataset: name }).trim(),
    "```",
    "",
    `## Sources (${meta.sources.length})`,
    "",
  ];
  if (meta.sources.length === 0) out.push(name === "sources" ? "This dataset is the bibliography." : "The rows cite no source of their own.");
  if (name === "sources") {
    const tiers = ["producer", "official", "press", "secondary"] as const;
    out.push(
      "",
      "Each source has a `tier`: `producer` (the statistical producer's own data or words), `official` (a government, ministry or company statement), " +
        "`press` (wire agencies and established outlets) or `secondary` (aggregators, reprints, blogs, journal articles; a figure resting on one says why in its note). " +
        "Mirrors of encyclopedias and scrapes are never a source.",
      "",
      "| tier | sources |",
      "|---|---:|",
      ...tiers.map((t) => `| \`${t}\` | ${api.sources.filter((x) => x.tier === t).length} |`),
    );
  }
  for (const id of meta.sources) {
    const s = byId.get(id)!;
    out.push(`- \`${id}\` (${s.tier}): ${s.producer === s.publisher ? s.publisher : `${s.producer}, via ${s.publisher}`}, [${cellText(s.title)}](${s.url})${s.provenance ? `; the project's copy: ${cellText(s.provenance)}` : ""}`);
  }
  if (name === "armsDeliveries") out.push("", ...quotedSharesAgainstTiv());
  out.push("", "## First rows", "", "```json", JSON.stringify(rows.slice(0, 2), null, 2), "```", "");
  return out.join("\n");
}

/** Each quoted share of `armsTransfers` beside the share each SIPRI release gives for the same period. */
function quotedSharesAgainstTiv(): string[] {
  const lines = [
    "## Quoted shares against SIPRI's releases",
    "",
    "Each share of Russia's arms exports quoted in `armsTransfers` (SIPRI figures as the press reported them), beside " +
      "`armsShare` for the same period from each release that covers it. SIPRI revises back years in every release, so they need not agree: " +
      "a quoted figure that matches the release of its time and differs from a later one is a revision.",
    "",
    "| recipient | period | quoted | source | release 2022-07-28 (1950–2021) | release 2026-02-12 (1995–2024) |",
    "|---|---|---|---|---|---|",
  ];
  const cell = (a: (typeof api.armsTransfers)[number], release: string, first: number, last: number) => {
    if (a.periodStart < first || a.periodEnd > last) return "outside the release";
    const t = armsShare({ supplier: a.supplier, recipient: a.recipient, from: a.periodStart, to: a.periodEnd, release });
    return `${(t.share * 100).toFixed(2)}% (${t.recipientTiv} / ${t.supplierTiv})`;
  };
  for (const a of api.armsTransfers.filter((x) => x.measure === "share-of-supplier-exports")) {
    const quoted = `${a.approximate ? "about " : ""}${a.sharePercent}%`;
    lines.push(`| ${a.recipient} | ${a.periodStart}–${a.periodEnd} | ${quoted} | \`${a.sourceId}\` | ${cell(a, "2022-07-28", 1950, 2021)} | ${cell(a, "2026-02-12", 1995, 2024)} |`);
  }
  return lines;
}

if (isMain(import.meta.url)) {
  rmSync(resolve(ROOT, "docs", "generated"), { recursive: true, force: true });
  for (const name of Object.keys(DATASETS) as (keyof typeof DATASETS)[]) {
    writeAtomic(resolve(ROOT, "docs", "generated", "datasets", `${fileName(name)}.md`), datasetPage(name));
  }
  console.log(`docs/generated/datasets: ${Object.keys(DATASETS).length} pages`);
}

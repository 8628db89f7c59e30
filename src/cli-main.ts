import { parseArgs } from "node:util";
import {
  claims, countriesMeta, dependencyAsymmetry, reportedSharesMeta, sourcesMeta, tradeGrowth, tradeMeta, tradeSeries, tradeShare,
  type DatasetMeta, type Reporter,
} from "./index.js";
import { datasetMeta, fingerprint } from "./datasets/generated/meta.js";

const HELP = `china-russia-data ${__PACKAGE_VERSION__}

Usage: china-russia-data <command> [options]

Commands:
  summary        print the fact sheet (the default)
  list           list the datasets and helpers
  claims         the article's quantitative claims, checked against the data

Options:
  -h, --help     show this help
  -v, --version  print the version
`;

export const HELPERS: readonly string[] = [
  "tradeSeries", "tradeShare", "dependencyAsymmetry", "tradeGrowth", "sourceOf",
  "share", "dependencyAsymmetryRatio", "barbieri", "tradeIntensity", "hhi",
  "foldChange", "percentChange", "cagr", "logGrowth", "yoy", "indexTo",
];

const DATASETS: readonly [string, DatasetMeta][] = [
  ["trade", tradeMeta],
  ["partnerTrade", datasetMeta.partnerTrade],
  ["reportedShares", reportedSharesMeta],
  ["energyProjects", datasetMeta.energyProjects],
  ["energyFlows", datasetMeta.energyFlows],
  ["armsTransfers", datasetMeta.armsTransfers],
  ["events", datasetMeta.events],
  ["facts", datasetMeta.facts],
  ["assessments", datasetMeta.assessments],
  ["claims", datasetMeta.claims],
  ["countries", countriesMeta],
  ["sources", sourcesMeta],
];

export function claimsTable(): string {
  const lines = ["The article's claims, checked against the data:", ""];
  for (const c of claims) {
    const stated = c.statedValue === undefined ? "—" : String(c.statedValue);
    const computed = c.computedValue === undefined ? "—" : String(c.computedValue);
    lines.push(`  ${c.verdict.toUpperCase().padEnd(15)} ${c.id}`);
    lines.push(`      “${c.quote}”`);
    lines.push(`      stated ${stated} ${c.unit}; computed ${computed}. ${c.reason}`);
  }
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.verdict, (counts.get(c.verdict) ?? 0) + 1);
  lines.push("", `  ${[...counts].map(([k, n]) => `${n} ${k}`).join(", ")}`);
  return lines.join("\n") + "\n";
}

const bn = (millions: number) => (millions / 1000).toFixed(3).padStart(8);
const pct = (share: number) => `${(share * 100).toFixed(2)}%`;

function datasetLines(): string[] {
  return DATASETS.map(([name, m]) => {
    const years = m.years ? `${m.years[0]}–${m.years[1]}` : "";
    return `  ${name.padEnd(15)} ${String(m.rows).padStart(6)} rows  ${years.padEnd(9)}  ${m.sources.length ? `${m.sources.length} sources` : ""}`.trimEnd();
  });
}

export function summary(): string {
  const cn = tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" });
  const ru = tradeSeries({ reporter: "RUS", partner: "CHN", flow: "total" });
  const at = (s: typeof cn, y: number) => s.find((p) => p.year === y);
  const cell = (s: typeof cn, y: number) => {
    const p = at(s, y);
    return p ? `${bn(p.value)} (${p.producer})` : "      — (no data)";
  };
  const shareLine = (reporter: Reporter, partner: Reporter, year: number, text: string) => `  ${text} ${year}: ${pct(tradeShare({ reporter, partner, year }).share)}`;
  const asym = dependencyAsymmetry({ a: "RUS", b: "CHN", year: 2020 });
  const growth = tradeGrowth({ reporter: "CHN", partner: "RUS", flow: "total", from: 2001, to: 2021 });
  const lines = [
    `china-russia-data ${__PACKAGE_VERSION__}: fact sheet`,
    `data fingerprint ${fingerprint}`,
    "",
    "Datasets:",
    ...datasetLines(),
    "",
    "China–Russia trade, USD bn, as each side reports it (default series):",
    "  year   China-reported          Russia-reported",
    ...[1992, 2001, 2013, 2020, 2021, 2024, 2025].map((y) => `  ${y}  ${cell(cn, y).padEnd(22)}  ${cell(ru, y)}`),
    "",
    "Shares, from each reporter's own statistics:",
    shareLine("RUS", "CHN", 2013, "China's share of Russia's trade"),
    shareLine("RUS", "CHN", 2020, "China's share of Russia's trade"),
    shareLine("CHN", "RUS", 2020, "Russia's share of China's trade"),
    shareLine("CHN", "RUS", 2021, "Russia's share of China's trade"),
    `  Dependency asymmetry 2020 (Russia's share ÷ China's share): ${asym.ratio.toFixed(2)}`,
    `  Growth of China-reported trade 2001→2021: ${growth.fold.toFixed(1)}-fold (CAGR ${pct(growth.cagr)})`,
    "",
    `The article's claims: ${claims.filter((c) => c.verdict === "supported").length} of ${claims.length} supported by the data (run \`claims\` for each)`,
    "",
    `Helpers: ${HELPERS.join(", ")}`,
  ];
  return lines.join("\n") + "\n";
}

export function main(argv: readonly string[], out: { write(s: string): unknown } = process.stdout, err: { write(s: string): unknown } = process.stderr): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { help: { type: "boolean", short: "h" }, version: { type: "boolean", short: "v" } },
    });
  } catch (e) {
    err.write(`china-russia-data: ${(e as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    out.write(`${__PACKAGE_VERSION__}\n`);
    return 0;
  }
  const [command = values.help ? "help" : "summary"] = positionals;
  switch (command) {
    case "help":
      out.write(HELP);
      return 0;
    case "summary":
      out.write(summary());
      return 0;
    case "claims":
      out.write(claimsTable());
      return 0;
    case "list":
      out.write(["Datasets:", ...datasetLines(), "", "Helpers:", ...HELPERS.map((h) => `  ${h}`)].join("\n") + "\n");
      return 0;
    default:
      err.write(`china-russia-data: unknown command ${JSON.stringify(command)}; commands: summary, list, claims (see --help)\n`);
      return 2;
  }
}

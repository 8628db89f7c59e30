// `summary` (the default command): the fact sheet.
import type { Reporter } from "../index.js";
import { api, datasetLines, type Command } from "./shared.js";
import { HELPERS } from "./list.js";

const bn = (millions: number) => (millions / 1000).toFixed(3).padStart(8);
const pct = (share: number) => `${(share * 100).toFixed(2)}%`;

export function summary(): string {
  const cn = api.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" });
  const ru = api.tradeSeries({ reporter: "RUS", partner: "CHN", flow: "total" });
  const cell = (s: typeof cn, y: number) => {
    const p = s.find((x) => x.year === y);
    return p ? `${bn(p.value)} (${p.producer})` : "      — (no data)";
  };
  const shareLine = (reporter: Reporter, partner: Reporter, year: number, text: string) =>
    `  ${text} ${year}: ${pct(api.tradeShare({ reporter, partner, year }).share)}`;
  const asym = api.dependencyAsymmetry({ a: "RUS", b: "CHN", year: 2020 });
  const growth = api.tradeGrowth({ reporter: "CHN", partner: "RUS", flow: "total", from: 2001, to: 2021 });
  const supported = api.claims.filter((c) => c.verdict === "supported").length;
  return [
    `china-russia-data ${api.meta.version}: fact sheet`,
    `data fingerprint ${api.meta.fingerprint}`,
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
    `  Dependency asymmetry 2020 (China's share of Russia's trade ÷ Russia's share of China's): ${asym.ratio.toFixed(2)}`,
    `  Growth of China-reported trade 2001→2021: ${growth.fold.toFixed(1)}-fold (CAGR ${pct(growth.cagr)})`,
    "",
    `The article's claims: ${supported} of ${api.claims.length} supported by the data (run \`claims\` for each)`,
    "",
    `Helpers: ${HELPERS.join(", ")}`,
    `Cite: ${api.cite().trim()}`,
  ].join("\n") + "\n";
}

export const summaryCommand: Command = {
  help: "Usage: china-russia-data summary\n\nPrints the fact sheet: China–Russia trade as each side reports it, shares, the asymmetry.\n",
  options: [],
  run: ({ out }) => {
    out.write(summary());
    return 0;
  },
};

// `list`: the datasets (rows, years, sources) and the helper functions.
import { datasetLines, type Command } from "./shared.js";

/** The helper functions `list` and `summary` name. */
export const HELPERS: readonly string[] = [
  "tradeSeries", "tradeShare", "dependencyAsymmetry", "tradeGrowth", "createTradeSelectors", "sourceOf", "cite",
  "share", "dependencyAsymmetryRatio", "barbieri", "tradeIntensity", "hhi",
  "foldChange", "percentChange", "cagr", "logGrowth", "yoy", "indexTo",
];

export const list: Command = {
  help: "Usage: china-russia-data list\n\nLists the datasets (rows, years, sources) and the helper functions.\n",
  options: [],
  run: ({ out }) => {
    out.write(["Datasets:", ...datasetLines(), "", "Helpers:", ...HELPERS.map((h) => `  ${h}`)].join("\n") + "\n");
    return 0;
  },
};

// `path`: the absolute path of an installed data file. Resolved against this module's URL, which in the
// package is dist/cli.js, next to dist/data/.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LINK_TABLES, TIDY_TABLES } from "../core/table.js";
import { datasetName, fileName, UsageError, type Command } from "./shared.js";

export const path: Command = {
  help:
    "Usage: china-russia-data path <dataset>\n\nPrints the absolute path of a dataset's CSV file in the installed package (.csv.gz for the large ones), or of\n" +
    "trade-series, trade-shares, trade-asymmetry, a link table (claims-sources, …: see datapackage.json) or datapackage: read it with\n" +
    "pandas, readr or DuckDB.\n",
  options: [],
  args: { count: 1, what: "one dataset" },
  run: ({ rest, out }) => {
    const [given] = rest;
    if (!given) throw new UsageError("path needs a dataset (or trade-series, trade-shares, trade-asymmetry, datapackage)");
    const derived: readonly string[] = [...TIDY_TABLES, ...LINK_TABLES];
    const candidates =
      given === "datapackage"
        ? ["../datapackage.json"]
        : derived.includes(given)
          ? [`./data/${given}.csv`]
          : [`./data/${fileName(datasetName(given))}.csv`, `./data/${fileName(datasetName(given))}.csv.gz`];
    const found = candidates.map((c) => fileURLToPath(new URL(c, import.meta.url))).find((f) => existsSync(f));
    if (!found) throw new Error(`no file for ${given} next to this program (looked for ${candidates.join(", ")})`);
    out.write(`${found}\n`);
    return 0;
  },
};

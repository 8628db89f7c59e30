// `series`: one default trade series, as tradeSeries returns it.
import type { CountryCode, Flow } from "../core/types.js";
import { toCsvText, toNdjson } from "../core/table.js";
import { seriesRows, TRADE_SERIES_COLUMNS } from "../trade/tables.js";
import { api, checkTarget, outputFormat, UsageError, writeOut, type Command } from "./shared.js";

export const series: Command = {
  help:
    "Usage: china-russia-data series --reporter CHN|RUS --partner CODE [--flow export|import|total] [--source ID] [--format csv|json|ndjson] [--out FILE [--force]]\n\n" +
    "Writes one trade series as tradeSeries returns it (the columns of dist/data/trade-series.csv): the default series, or one producer's or\n" +
    "source's figures with --source. --format and --out's extension must agree. A series the data lacks exits with 1.\n",
  options: ["reporter", "partner", "flow", "source", "format", "out", "force"],
  run: ({ values, out, err }) => {
    if (values.reporter !== "CHN" && values.reporter !== "RUS") throw new UsageError(`series: --reporter must be CHN or RUS, got ${JSON.stringify(values.reporter ?? null)}`);
    if (!values.partner) throw new UsageError("series: --partner is needed (RUS, CHN or WLD)");
    const format = outputFormat(values.format, values.out);
    const flow = (values.flow ?? "total") as Flow;
    // Any text: the selector says which partners exist when the data has no such series.
    const rows = seriesRows(api, { reporter: values.reporter, partner: values.partner as CountryCode, flow, ...(values.source !== undefined ? { source: values.source } : {}) });
    const text = format === "csv" ? toCsvText(rows, TRADE_SERIES_COLUMNS) : format === "json" ? JSON.stringify(rows, null, 2) + "\n" : toNdjson(rows);
    if (values.out !== undefined) {
      checkTarget(values.out, values.force === true);
      writeOut(values.out, text, values.force === true);
      err.write(`wrote ${rows.length} rows to ${values.out}\n`);
    } else out.write(text);
    return 0;
  },
};

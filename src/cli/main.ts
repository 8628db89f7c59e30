import { existsSync, lstatSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, extname } from "node:path";
import { parseArgs } from "node:util";
import * as api from "../index.js";
import type { CitationFormat, DatasetMeta, DatasetName, Reporter } from "../index.js";
import { TargetExistsError, writeFileNew } from "../core/atomic.js";
import { toCsvText, toNdjson } from "../core/table.js";
import { seriesRows, TRADE_SERIES_COLUMNS } from "../trade/tables.js";
import type { CountryCode, Flow } from "../core/types.js";

/** The datasets that live in their own entry point and are loaded only when a command needs them. */
export type LargeDataset = "partnerTrade" | "armsDeliveries" | "worldTrade";

/** Loads the rows of a large dataset only when a command needs them (they are the bulk of the data). */
export type DatasetLoader = (name: LargeDataset) => Promise<readonly object[]>;

const HELP = `china-russia-data ${__PACKAGE_VERSION__}

Usage: china-russia-data <command> [options]

Commands:
  summary                      print the fact sheet (the default)
  list                         list the datasets (rows, years, sources) and helpers
  show <dataset> [--limit N]   print the first N rows (default 10) as a table
  export <dataset> [--format csv|json|ndjson] [--where FIELD=VALUE ...] [--limit N] [--out FILE [--force]]
                               write a dataset (CSV unless --format or --out's extension says otherwise)
  series --reporter CHN|RUS --partner CODE [--flow export|import|total] [--source ID] [--format csv|json|ndjson]
                               one default trade series, as tradeSeries returns it
  path <dataset>               the absolute path of the installed CSV file (also trade-series, trade-shares,
                               trade-asymmetry and datapackage), for pandas, readr or DuckDB
  cite [--format text|apa|bibtex|csl-json] [--dataset NAME]
                               cite this version, or one dataset with its producers
  claims                       the article's quantitative claims, checked against the data

Dataset names are accepted as the files spell them (partner-trade) and as the JavaScript exports do
(partnerTrade). "<command> --help" prints help for one command.

Options:
  -h, --help                   show this help
  -v, --version                print the version
`;

/** Help for each command, and the options it accepts (any other option is refused). */
const COMMANDS: Readonly<Record<string, { help: string; options: readonly string[] }>> = {
  summary: { help: "Usage: china-russia-data summary\n\nPrints the fact sheet: China–Russia trade as each side reports it, shares, the asymmetry.\n", options: [] },
  list: { help: "Usage: china-russia-data list\n\nLists the datasets (rows, years, sources) and the helper functions.\n", options: [] },
  show: { help: "Usage: china-russia-data show <dataset> [--limit N]\n\nPrints the first N rows (default 10) of a dataset as a table.\n", options: ["limit"] },
  export: {
    help:
      "Usage: china-russia-data export <dataset> [--format csv|json|ndjson] [--where FIELD=VALUE ...] [--limit N] [--out FILE [--force]]\n\n" +
      "Writes a dataset's rows: CSV by default (the columns of dist/data/<dataset>.csv, in the same order, whatever the filter),\n" +
      "or the format --out's extension names (.csv, .json, .ndjson). --where compares by the field's type (year=2021, approximate=true)\n" +
      "and refuses values that no row has. --out writes atomically and never replaces an existing file without --force, nor\n" +
      "anything that is not a regular file.\n",
    options: ["format", "where", "limit", "out", "force"],
  },
  cite: { help: "Usage: china-russia-data cite [--format text|apa|bibtex|csl-json] [--dataset NAME]\n\nCites this version, or one dataset with its producers.\n", options: ["format", "dataset"] },
  series: {
    help:
      "Usage: china-russia-data series --reporter CHN|RUS --partner CODE [--flow export|import|total] [--source ID] [--format csv|json|ndjson] [--out FILE [--force]]\n\n" +
      "Writes one trade series as tradeSeries returns it (the columns of dist/data/trade-series.csv): the default series, or one producer's or\n" +
      "source's figures with --source.\n",
    options: ["reporter", "partner", "flow", "source", "format", "out", "force"],
  },
  path: {
    help:
      "Usage: china-russia-data path <dataset>\n\nPrints the absolute path of a dataset's CSV file in the installed package (.csv.gz for the large ones), or of\n" +
      "trade-series, trade-shares, trade-asymmetry or datapackage: read it with pandas, readr or DuckDB.\n",
    options: [],
  },
  claims: { help: "Usage: china-russia-data claims\n\nThe article's quantitative claims, each with the figure found in the data, the method, the verdict and its sources.\n", options: [] },
  help: { help: HELP, options: [] },
};

export const HELPERS: readonly string[] = [
  "tradeSeries", "tradeShare", "dependencyAsymmetry", "tradeGrowth", "createTradeSelectors", "sourceOf", "cite",
  "share", "dependencyAsymmetryRatio", "barbieri", "tradeIntensity", "hhi",
  "foldChange", "percentChange", "cagr", "logGrowth", "yoy", "indexTo",
];

const DATASET_NAMES = Object.keys(api.meta.datasets) as DatasetName[];

class UsageError extends Error {}

function datasetLines(): string[] {
  return DATASET_NAMES.map((name) => {
    const m: DatasetMeta = api.meta.datasets[name];
    const years = m.years ? `${m.years[0]}–${m.years[1]}` : "";
    return `  ${name.padEnd(15)} ${String(m.rows).padStart(6)} rows  ${years.padEnd(9)}  ${m.sources.length ? `${m.sources.length} sources` : ""}`.trimEnd();
  });
}

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

/** Wraps text to `width` columns after `indent`, breaking at spaces (a word longer than the line stays whole). */
function wrap(text: string, indent: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

/** The article's claims, each with its verdict, quote, figures, method, reason and sources, wrapped to `width`. */
export function claimsTable(width = 100): string {
  const w = Math.max(40, Math.min(width, 160));
  const lines = [...wrap("The article's claims, checked against the data (one tolerance rule: within 2% supported, within 10% approximately):", "", w), ""];
  for (const c of api.claims) {
    const stated = c.statedValue === undefined ? "—" : String(c.statedValue);
    const found = c.computedValue === undefined ? "—" : String(c.computedValue);
    lines.push(`  ${c.verdict.toUpperCase().padEnd(15)} ${c.id}`);
    lines.push(...wrap(`“${c.quote}”`, "      ", w));
    lines.push(...wrap(`Stated ${stated}; ${c.valueKind === "looked-up" ? "looked up" : "computed"} ${found} (${c.unit}).`, "      ", w));
    lines.push(...wrap(`Method: ${c.method}`, "      ", w));
    lines.push(...wrap(`Reason: ${c.reason}`, "      ", w));
    lines.push(...wrap(`Sources: ${c.sourceIds.join(", ")}`, "      ", w));
    lines.push("");
  }
  const counts = new Map<string, number>();
  for (const c of api.claims) counts.set(c.verdict, (counts.get(c.verdict) ?? 0) + 1);
  lines.push(...wrap([...counts].map(([k, n]) => `${n} ${k}`).join(", "), "  ", w));
  return lines.join("\n") + "\n";
}

/** A dataset name as the files spell it (partner-trade) or as the exports do (partnerTrade). */
function datasetName(name: string): DatasetName {
  const camel = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  if (!DATASET_NAMES.includes(camel as DatasetName)) {
    throw new UsageError(`unknown dataset ${JSON.stringify(name)}; datasets: ${DATASET_NAMES.map(fileName).join(", ")}`);
  }
  return camel as DatasetName;
}

const fileName = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

async function rowsOf(name: DatasetName, load: DatasetLoader): Promise<readonly object[]> {
  if (name === "partnerTrade" || name === "armsDeliveries" || name === "worldTrade") return load(name);
  return (api as unknown as Record<string, readonly object[]>)[name]!;
}

/** A whole decimal number ≥ 0, written as one ("10", not "0x10", "1e1", "" or "-1"). */
function parseLimit(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^(0|[1-9]\d*)$/.test(text)) throw new UsageError(`--limit must be a whole number ≥ 0 written in decimal digits, got ${JSON.stringify(text)}`);
  return Number(text);
}

/**
 * Parses `FIELD=VALUE` filters by the field's type in the dataset: numbers compare as numbers, booleans as
 * true/false, text exactly. A value that cannot match (text in a number field, a value no row has, a field
 * that holds lists or objects) is refused with what exists, rather than matching nothing.
 */
function filters(where: readonly string[], rows: readonly object[], fields: readonly string[]): (row: object) => boolean {
  const tests = where.map((w) => {
    const eq = w.indexOf("=");
    if (eq <= 0) throw new UsageError(`--where must be FIELD=VALUE, got ${JSON.stringify(w)}`);
    const field = w.slice(0, eq);
    const text = w.slice(eq + 1);
    if (!fields.includes(field)) throw new UsageError(`--where: no field ${JSON.stringify(field)}; fields: ${fields.join(", ")}`);
    const values = rows.map((r) => (r as Record<string, unknown>)[field]).filter((v) => v !== undefined);
    const kinds = new Set(values.map((v) => (Array.isArray(v) ? "list" : typeof v)));
    if (kinds.has("object") || kinds.has("list")) throw new UsageError(`--where: ${field} holds lists or objects and cannot be compared with a value`);
    let wanted: unknown;
    if (kinds.has("number")) {
      if (!/^-?(0|[1-9]\d*)(\.\d+)?$/.test(text)) throw new UsageError(`--where: ${field} is a number, got ${JSON.stringify(text)}`);
      wanted = Number(text);
    } else if (kinds.has("boolean")) {
      if (text !== "true" && text !== "false") throw new UsageError(`--where: ${field} is true or false, got ${JSON.stringify(text)}`);
      wanted = text === "true";
    } else wanted = text;
    const distinct = [...new Set(values)];
    if (distinct.length === 0) throw new UsageError(`--where: ${field} is empty in every row, so no row has ${field}=${text}`);
    if (!(distinct as unknown[]).includes(wanted)) {
      const shown = distinct.length <= 30 ? `; values: ${distinct.map(String).sort().join(", ")}` : "";
      throw new UsageError(`--where: no row has ${field}=${text}${shown}`);
    }
    return (r: object) => (r as Record<string, unknown>)[field] === wanted;
  });
  return (r) => tests.every((t) => t(r));
}

/** How many words each command takes after its name. */
const ARGUMENTS: Readonly<Record<string, { readonly count: number; readonly what: string }>> = {
  show: { count: 1, what: "one dataset" },
  export: { count: 1, what: "one dataset" },
  path: { count: 1, what: "one dataset" },
};

/**
 * Refuses words a command does not take (they would be ignored) and an option given twice that takes one
 * value (the parser keeps the last one silently); --where may repeat.
 */
function checkArguments(command: string, rest: readonly string[], tokens: readonly { kind: string; name?: string }[]): void {
  const spec = ARGUMENTS[command];
  if (!spec && rest.length > 0) throw new UsageError(`${command} takes no argument, got: ${rest.join(" ")}`);
  if (spec && rest.length > spec.count) throw new UsageError(`${command} takes ${spec.what}, got ${rest.length}: ${rest.join(" ")}`);
  const seen = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== "option" || t.name === undefined || t.name === "where") continue;
    if (seen.has(t.name)) throw new UsageError(`--${t.name} is given twice; give it once`);
    seen.add(t.name);
  }
}

/**
 * Writes --out: a new file, never replacing one that exists (however many runs race for it: the last step is a
 * hard link, which fails if the target exists), or with --force a rename over a regular file, whose type is
 * checked again at that step. Every failure is one line naming the path as given, exit 2.
 */
function writeOut(path: string, text: string, force: boolean): void {
  try {
    writeFileNew(path, text, { replace: force });
  } catch (e) {
    if (e instanceof TargetExistsError) {
      throw new UsageError(e.reason === "exists" ? `--out ${path}: exists; pass --force to replace it` : `--out ${path}: exists and is not a regular file; not written`);
    }
    throw new UsageError(`--out ${path}: could not be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); nothing was left behind`);
  }
}

/** Refuses to write anywhere but a new regular file (or an existing one with --force) in an existing folder. */
function checkTarget(path: string, force: boolean): void {
  if (path === "") throw new UsageError(`--out needs a file name, got ""`);
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    stat = undefined;
  }
  if (stat && !stat.isFile()) throw new UsageError(`--out ${path}: exists and is not a regular file; not written`);
  if (stat && !force) throw new UsageError(`--out ${path}: exists; pass --force to replace it`);
  const dir = dirname(path);
  if (!existsSync(dir)) throw new UsageError(`--out ${path}: the folder ${dir} does not exist`);
}

function table(rows: readonly object[]): string {
  if (rows.length === 0) return "(no rows)\n";
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const text = (v: unknown) => {
    const s = v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
    return s.length > 40 ? `${s.slice(0, 39)}…` : s;
  };
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => text((r as Record<string, unknown>)[c]).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(cols), line(widths.map((w) => "-".repeat(w))), ...rows.map((r) => line(cols.map((c) => text((r as Record<string, unknown>)[c]))))].join("\n") + "\n";
}

interface Stream {
  write(s: string): unknown;
}

/** Runs the CLI with `argv` (without node and the script); returns the exit code. */
export async function main(argv: readonly string[], load: DatasetLoader, out: Stream = process.stdout, err: Stream = process.stderr): Promise<number> {
  try {
    // "--limit -1" must get the same error as "--limit=-1", not the argument parser's.
    const i = argv.indexOf("--limit");
    if (i >= 0 && argv[i + 1]?.startsWith("-")) parseLimit(argv[i + 1], 0);
    const { values, positionals, tokens } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      tokens: true,
      options: {
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
        limit: { type: "string" },
        format: { type: "string" },
        where: { type: "string", multiple: true },
        out: { type: "string" },
        dataset: { type: "string" },
        force: { type: "boolean" },
        reporter: { type: "string" },
        partner: { type: "string" },
        flow: { type: "string" },
        source: { type: "string" },
      },
    });
    if (values.version) {
      out.write(`${__PACKAGE_VERSION__}\n`);
      return 0;
    }
    const [command = values.help ? "help" : "summary", ...rest] = positionals;
    const spec = COMMANDS[command];
    if (!spec) throw new UsageError(`unknown command ${JSON.stringify(command)}; commands: summary, list, show, export, series, path, cite, claims (see --help)`);
    if (values.help) {
      out.write(spec.help);
      return 0;
    }
    checkArguments(command, rest, tokens);
    const given = Object.keys(values).filter((k) => k !== "help" && k !== "version" && (values as Record<string, unknown>)[k] !== undefined);
    const refused = given.filter((k) => !spec.options.includes(k));
    if (refused.length) throw new UsageError(`${command} takes no option ${refused.map((k) => `--${k}`).join(", ")} (see ${command} --help)`);
    switch (command) {
      case "help":
        out.write(HELP);
        return 0;
      case "summary":
        out.write(summary());
        return 0;
      case "claims":
        out.write(claimsTable((out as { columns?: number }).columns ?? 100));
        return 0;
      case "list":
        out.write(["Datasets:", ...datasetLines(), "", "Helpers:", ...HELPERS.map((h) => `  ${h}`)].join("\n") + "\n");
        return 0;
      case "show": {
        const [given] = rest;
        if (!given) throw new UsageError(`show needs a dataset; datasets: ${DATASET_NAMES.map(fileName).join(", ")}`);
        const name = datasetName(given);
        const limit = parseLimit(values.limit, 10);
        const rows = await rowsOf(name, load);
        out.write(table(rows.slice(0, limit)));
        out.write(`(${Math.min(limit, rows.length)} of ${rows.length} rows)\n`);
        return 0;
      }
      case "export": {
        const [given] = rest;
        if (!given) throw new UsageError(`export needs a dataset; datasets: ${DATASET_NAMES.map(fileName).join(", ")}`);
        const name = datasetName(given);
        const fromOut = values.out ? ({ ".csv": "csv", ".json": "json", ".ndjson": "ndjson" } as Record<string, string>)[extname(values.out).toLowerCase()] : undefined;
        const format = values.format ?? fromOut ?? "csv";
        if (format !== "csv" && format !== "json" && format !== "ndjson") {
          throw new UsageError(`--format must be csv, json or ndjson, got ${JSON.stringify(format)}`);
        }
        const limit = parseLimit(values.limit, Number.POSITIVE_INFINITY);
        if (values.out !== undefined) checkTarget(values.out, values.force === true);
        const fields = api.meta.datasets[name].fields;
        const all = await rowsOf(name, load);
        const rows = all.filter(filters(values.where ?? [], all, fields)).slice(0, limit);
        const text = format === "csv" ? toCsvText(rows, fields) : format === "json" ? JSON.stringify(rows, null, 2) + "\n" : toNdjson(rows);
        if (values.out !== undefined) {
          writeOut(values.out, text, values.force === true);
          err.write(`wrote ${rows.length} rows to ${values.out}\n`);
        } else out.write(text);
        return 0;
      }
      case "series": {
        if (values.reporter !== "CHN" && values.reporter !== "RUS") throw new UsageError(`series: --reporter must be CHN or RUS, got ${JSON.stringify(values.reporter ?? null)}`);
        if (!values.partner) throw new UsageError("series: --partner is needed (RUS, CHN or WLD)");
        const flow = (values.flow ?? "total") as Flow;
        // Any text: the selector says which partners exist when the data has no such series.
        const rows = seriesRows(api, { reporter: values.reporter, partner: values.partner as CountryCode, flow, ...(values.source !== undefined ? { source: values.source } : {}) });
        const fromOut = values.out ? ({ ".csv": "csv", ".json": "json", ".ndjson": "ndjson" } as Record<string, string>)[extname(values.out).toLowerCase()] : undefined;
        const format = values.format ?? fromOut ?? "csv";
        if (format !== "csv" && format !== "json" && format !== "ndjson") throw new UsageError(`--format must be csv, json or ndjson, got ${JSON.stringify(format)}`);
        const text = format === "csv" ? toCsvText(rows, TRADE_SERIES_COLUMNS) : format === "json" ? JSON.stringify(rows, null, 2) + "\n" : toNdjson(rows);
        if (values.out !== undefined) {
          checkTarget(values.out, values.force === true);
          writeOut(values.out, text, values.force === true);
          err.write(`wrote ${rows.length} rows to ${values.out}\n`);
        } else out.write(text);
        return 0;
      }
      case "path": {
        const [given] = rest;
        if (!given) throw new UsageError("path needs a dataset (or trade-series, trade-shares, trade-asymmetry, datapackage)");
        const derived = ["trade-series", "trade-shares", "trade-asymmetry"];
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
      }
      case "cite": {
        const format = (values.format ?? "text") as CitationFormat;
        out.write(api.cite({ format, ...(values.dataset ? { dataset: datasetName(values.dataset) } : {}) }));
        return 0;
      }
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}; commands: summary, list, show, export, cite, claims (see --help)`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof RangeError || e instanceof TypeError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      err.write(`china-russia-data: ${(e as Error).message.replace(/^cite: /, "")}\n`);
      return 2;
    }
    err.write(`china-russia-data: ${(e as Error).message}\n`);
    return 1;
  }
}

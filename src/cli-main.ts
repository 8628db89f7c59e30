import { parseArgs } from "node:util";
import * as api from "./index.js";
import type { CitationFormat, DatasetMeta, DatasetName, Reporter } from "./index.js";
import { writeFileAtomic } from "./atomic.js";
import { toCsvText, toNdjson } from "./table.js";

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
  export <dataset> --format csv|json|ndjson [--where FIELD=VALUE ...] [--out FILE]
                               write a dataset (to stdout, or atomically to FILE)
  cite [--format text|apa|bibtex|csl-json] [--dataset NAME]
                               cite this version, or one dataset with its producers
  claims                       the article's quantitative claims, checked against the data

Options:
  -h, --help                   show this help
  -v, --version                print the version
`;

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

export function claimsTable(): string {
  const lines = ["The article's claims, checked against the data:", ""];
  for (const c of api.claims) {
    const stated = c.statedValue === undefined ? "—" : String(c.statedValue);
    const computed = c.computedValue === undefined ? "—" : String(c.computedValue);
    lines.push(`  ${c.verdict.toUpperCase().padEnd(15)} ${c.id}`);
    lines.push(`      “${c.quote}”`);
    lines.push(`      stated ${stated} ${c.unit}; computed ${computed}. ${c.reason}`);
  }
  const counts = new Map<string, number>();
  for (const c of api.claims) counts.set(c.verdict, (counts.get(c.verdict) ?? 0) + 1);
  lines.push("", `  ${[...counts].map(([k, n]) => `${n} ${k}`).join(", ")}`);
  return lines.join("\n") + "\n";
}

async function rowsOf(name: string, load: DatasetLoader): Promise<readonly object[]> {
  if (!DATASET_NAMES.includes(name as DatasetName)) {
    throw new UsageError(`unknown dataset ${JSON.stringify(name)}; datasets: ${DATASET_NAMES.join(", ")}`);
  }
  if (name === "partnerTrade" || name === "armsDeliveries" || name === "worldTrade") return load(name);
  return (api as unknown as Record<string, readonly object[]>)[name]!;
}

/** Parses `FIELD=VALUE` filters; a value matches a field's value as text (so `year=2021` matches 2021). */
function filters(where: readonly string[], rows: readonly object[]): (row: object) => boolean {
  const fields = new Set(rows.flatMap((r) => Object.keys(r)));
  const tests = where.map((w) => {
    const eq = w.indexOf("=");
    if (eq <= 0) throw new UsageError(`--where must be FIELD=VALUE, got ${JSON.stringify(w)}`);
    const field = w.slice(0, eq);
    const value = w.slice(eq + 1);
    if (rows.length && !fields.has(field)) throw new UsageError(`--where: no field ${JSON.stringify(field)}; fields: ${[...fields].join(", ")}`);
    return (r: object) => String((r as Record<string, unknown>)[field]) === value;
  });
  return (r) => tests.every((t) => t(r));
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
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
        limit: { type: "string" },
        format: { type: "string" },
        where: { type: "string", multiple: true },
        out: { type: "string" },
        dataset: { type: "string" },
      },
    });
    if (values.version) {
      out.write(`${__PACKAGE_VERSION__}\n`);
      return 0;
    }
    const [command = values.help ? "help" : "summary", ...rest] = positionals;
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
      case "show": {
        const [name] = rest;
        if (!name) throw new UsageError(`show needs a dataset; datasets: ${DATASET_NAMES.join(", ")}`);
        const limit = values.limit === undefined ? 10 : Number(values.limit);
        if (!Number.isInteger(limit) || limit < 0) throw new UsageError(`--limit must be a whole number ≥ 0, got ${JSON.stringify(values.limit)}`);
        const rows = await rowsOf(name, load);
        out.write(table(rows.slice(0, limit)));
        out.write(`(${Math.min(limit, rows.length)} of ${rows.length} rows)\n`);
        return 0;
      }
      case "export": {
        const [name] = rest;
        if (!name) throw new UsageError(`export needs a dataset; datasets: ${DATASET_NAMES.join(", ")}`);
        const format = values.format;
        if (format !== "csv" && format !== "json" && format !== "ndjson") {
          throw new UsageError(`--format must be csv, json or ndjson, got ${JSON.stringify(format ?? null)}`);
        }
        const all = await rowsOf(name, load);
        const rows = all.filter(filters(values.where ?? [], all));
        const text = format === "csv" ? toCsvText(rows) : format === "json" ? JSON.stringify(rows, null, 2) + "\n" : toNdjson(rows);
        if (values.out) {
          writeFileAtomic(values.out, text);
          err.write(`wrote ${rows.length} rows to ${values.out}\n`);
        } else out.write(text);
        return 0;
      }
      case "cite": {
        const format = (values.format ?? "text") as CitationFormat;
        out.write(api.cite({ format, ...(values.dataset ? { dataset: values.dataset as DatasetName } : {}) }));
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

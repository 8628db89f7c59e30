// What the commands share: the library, the dataset names, the usage error, the option values and how a command
// is declared (its help, the options it accepts, what it does).
import { existsSync, lstatSync } from "node:fs";
import { dirname, extname } from "node:path";
import { TargetExistsError, writeFileNew } from "../core/atomic.js";
import * as api from "../index.js";
import type { DatasetMeta, DatasetName } from "../index.js";

export { api };

/** The datasets that live in their own entry point and are loaded only when a command needs them. */
export type LargeDataset = "partnerTrade" | "armsDeliveries" | "worldTrade";

/** Loads the rows of a large dataset only when a command needs them (they are the bulk of the data). */
export type DatasetLoader = (name: LargeDataset) => Promise<readonly object[]>;

/** Where a command writes. */
export interface Stream {
  write(s: string): unknown;
}

/** The option values the argument parser returns (see OPTIONS in ./main.ts). */
export interface Values {
  readonly help?: boolean;
  readonly version?: boolean;
  readonly limit?: string;
  readonly format?: string;
  readonly where?: string[];
  readonly out?: string;
  readonly dataset?: string;
  readonly force?: boolean;
  readonly reporter?: string;
  readonly partner?: string;
  readonly flow?: string;
  readonly source?: string;
}

/** What a command is run with: the words after its name, the options, the outputs and the loader of large datasets. */
export interface Run {
  readonly rest: readonly string[];
  readonly values: Values;
  readonly out: Stream;
  readonly err: Stream;
  readonly load: DatasetLoader;
}

/**
 * A command: its help, the options it accepts (any other option is refused), how many words it takes after its
 * name (none if absent) and what it does.
 */
export interface Command {
  readonly help: string;
  readonly options: readonly string[];
  readonly args?: { readonly count: number; readonly what: string };
  readonly run: (r: Run) => Promise<number> | number;
}

/** A mistake in the command line: reported in one line with exit code 2. */
export class UsageError extends Error {}

/** The data asked for does not exist (a --where value no row has): one line with exit code 1, as DataNotAvailableError. */
export class NotFoundError extends Error {}

/** The formats --format takes, by the extension of --out that names each. */
const FORMAT_OF_EXTENSION: Readonly<Record<string, "csv" | "json" | "ndjson">> = { ".csv": "csv", ".json": "json", ".ndjson": "ndjson" };

/**
 * The output format: --format, else the one --out's extension names, else CSV. When both are given they must
 * agree (`--format csv --out trade.json` is refused before anything is read or written); an extension that names
 * no format (`.txt`) takes whatever --format says.
 */
export function outputFormat(format: string | undefined, out: string | undefined): "csv" | "json" | "ndjson" {
  const fromOut = out ? FORMAT_OF_EXTENSION[extname(out).toLowerCase()] : undefined;
  const chosen = format ?? fromOut ?? "csv";
  if (chosen !== "csv" && chosen !== "json" && chosen !== "ndjson") throw new UsageError(`--format must be csv, json or ndjson, got ${JSON.stringify(chosen)}`);
  if (fromOut !== undefined && fromOut !== chosen) {
    throw new UsageError(`--format ${chosen} disagrees with --out ${out}, a .${fromOut} file; give one of them, or both alike`);
  }
  return chosen;
}

export const DATASET_NAMES = Object.keys(api.meta.datasets) as DatasetName[];

export function datasetLines(): string[] {
  return DATASET_NAMES.map((name) => {
    const m: DatasetMeta = api.meta.datasets[name];
    const years = m.years ? `${m.years[0]}–${m.years[1]}` : "";
    return `  ${name.padEnd(15)} ${String(m.rows).padStart(6)} rows  ${years.padEnd(9)}  ${m.sources.length ? `${m.sources.length} sources` : ""}`.trimEnd();
  });
}

/** A dataset name as the files spell it (partner-trade) or as the exports do (partnerTrade). */
export function datasetName(name: string): DatasetName {
  const camel = name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  if (!DATASET_NAMES.includes(camel as DatasetName)) {
    throw new UsageError(`unknown dataset ${JSON.stringify(name)}; datasets: ${DATASET_NAMES.map(fileName).join(", ")}`);
  }
  return camel as DatasetName;
}

export const fileName = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

export async function rowsOf(name: DatasetName, load: DatasetLoader): Promise<readonly object[]> {
  if (name === "partnerTrade" || name === "armsDeliveries" || name === "worldTrade") return load(name);
  return (api as unknown as Record<string, readonly object[]>)[name]!;
}

/** A whole decimal number ≥ 0, written as one ("10", not "0x10", "1e1", "" or "-1"). */
export function parseLimit(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  if (!/^(0|[1-9]\d*)$/.test(text)) throw new UsageError(`--limit must be a whole number ≥ 0 written in decimal digits, got ${JSON.stringify(text)}`);
  return Number(text);
}

/** Refuses to write anywhere but a new regular file (or an existing one with --force) in an existing folder. */
export function checkTarget(path: string, force: boolean): void {
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

/**
 * Writes --out: a new file, never replacing one that exists (however many runs race for it: the last step is a
 * hard link, which fails if the target exists), or with --force a rename over a regular file, whose type is
 * checked again at that step. Every failure is one line naming the path as given, exit 2.
 */
export function writeOut(path: string, text: string, force: boolean): void {
  try {
    writeFileNew(path, text, { replace: force });
  } catch (e) {
    if (e instanceof TargetExistsError) {
      throw new UsageError(e.reason === "exists" ? `--out ${path}: exists; pass --force to replace it` : `--out ${path}: exists and is not a regular file; not written`);
    }
    throw new UsageError(`--out ${path}: could not be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); nothing was left behind`);
  }
}

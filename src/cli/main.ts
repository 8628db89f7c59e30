// The command line: parses the arguments, finds the command (one file each in this folder), refuses the options
// it does not take and runs it. Every error is one line on stderr; the exit code is the rule --help states: 2 for a
// usage error, 1 when the data asked for does not exist (and for any failure that is not the user's input).
import { parseArgs } from "node:util";
import { cite } from "./cite.js";
import { claimsCommand } from "./claims.js";
import { exportCommand } from "./export.js";
import { help } from "./help.js";
import { list } from "./list.js";
import { path } from "./path.js";
import { series } from "./series.js";
import { show } from "./show.js";
import { NotFoundError, parseLimit, UsageError, type Command, type DatasetLoader, type Stream, type Values } from "./shared.js";
import { summaryCommand } from "./summary.js";

export type { DatasetLoader, LargeDataset } from "./shared.js";
export { HELPERS } from "./list.js";
export { summary } from "./summary.js";
export { claimsTable } from "./claims.js";

/** The commands by name: each with its help, the options it accepts (any other option is refused) and its run. */
const COMMANDS: Readonly<Record<string, Command>> = {
  summary: summaryCommand, list, show, export: exportCommand, cite, series, path, claims: claimsCommand, help,
};

/** Every option of every command, as the argument parser takes them. */
const OPTIONS = {
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
} as const;

/**
 * Refuses words a command does not take (they would be ignored) and an option given twice that takes one
 * value (the parser keeps the last one silently); --where may repeat.
 */
function checkArguments(command: string, spec: Command, rest: readonly string[], tokens: readonly { kind: string; name?: string }[]): void {
  if (!spec.args && rest.length > 0) throw new UsageError(`${command} takes no argument, got: ${rest.join(" ")}`);
  if (spec.args && rest.length > spec.args.count) throw new UsageError(`${command} takes ${spec.args.what}, got ${rest.length}: ${rest.join(" ")}`);
  const seen = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== "option" || t.name === undefined || t.name === "where") continue;
    if (seen.has(t.name)) throw new UsageError(`--${t.name} is given twice; give it once`);
    seen.add(t.name);
  }
}

/**
 * The argument parser's errors in the CLI's own words, one line (the parser's own message for an unknown option
 * is several sentences about positionals); undefined for any other error.
 */
function argumentParserError(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS")) return undefined;
  const message = (e as Error).message;
  // The option as the user typed it: '--frmat', '-x', or '--format <value>' (a missing value).
  const option = /'(-{1,2}[^'\s]*)/.exec(message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) return `unknown option ${option}`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option) {
    return /does not take an argument/.test(message) ? `${option} takes no value` : `${option} needs a value`;
  }
  return message.split("\n")[0];
}

/** Runs the CLI with `argv` (without node and the script); returns the exit code. */
export async function main(argv: readonly string[], load: DatasetLoader, out: Stream = process.stdout, err: Stream = process.stderr): Promise<number> {
  try {
    // "--limit -1" must get the same error as "--limit=-1", not the argument parser's.
    const i = argv.indexOf("--limit");
    if (i >= 0 && argv[i + 1]?.startsWith("-")) parseLimit(argv[i + 1], 0);
    const { values, positionals, tokens } = parseArgs({ args: [...argv], allowPositionals: true, tokens: true, options: OPTIONS });
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
    checkArguments(command, spec, rest, tokens);
    const given = Object.keys(values).filter((k) => k !== "help" && k !== "version" && (values as Record<string, unknown>)[k] !== undefined);
    const refused = given.filter((k) => !spec.options.includes(k));
    if (refused.length) throw new UsageError(`${command} takes no option ${refused.map((k) => `--${k}`).join(", ")} (see ${command} --help)`);
    return await spec.run({ rest, values: values as Values, out, err, load });
  } catch (e) {
    const parserMessage = argumentParserError(e);
    if (parserMessage !== undefined) {
      err.write(`china-russia-data: ${parserMessage} (see --help)\n`);
      return 2;
    }
    if (e instanceof NotFoundError) {
      err.write(`china-russia-data: ${e.message}\n`);
      return 1;
    }
    if (e instanceof UsageError || e instanceof RangeError || e instanceof TypeError) {
      err.write(`china-russia-data: ${(e as Error).message.replace(/^cite: /, "")}\n`);
      return 2;
    }
    err.write(`china-russia-data: ${(e as Error).message}\n`);
    return 1;
  }
}

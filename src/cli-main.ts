import { parseArgs } from "node:util";
import * as api from "./index.js";

const HELP = `china-russia-data ${__PACKAGE_VERSION__}

Usage: china-russia-data <command> [options]

Commands:
  summary        print the fact sheet
  list           list the datasets and helpers

Options:
  -h, --help     show this help
  -v, --version  print the version
`;

const HELPERS: readonly string[] = [
  "share", "dependencyAsymmetryRatio", "barbieri", "tradeIntensity", "hhi",
  "foldChange", "percentChange", "cagr", "logGrowth", "yoy", "indexTo",
];

function summary(): string {
  const lines = [`china-russia-data ${__PACKAGE_VERSION__}: fact sheet`, "", "Helpers:"];
  for (const name of HELPERS) {
    if (typeof (api as Record<string, unknown>)[name] !== "function") throw new Error(`helper ${name} is missing`);
    lines.push(`  ${name}`);
  }
  return lines.join("\n") + "\n";
}

export function main(argv: readonly string[], out = process.stdout, err = process.stderr): number {
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
    case "list":
      out.write(HELPERS.map((h) => `helper  ${h}`).join("\n") + "\n");
      return 0;
    default:
      err.write(`china-russia-data: unknown command ${JSON.stringify(command)}; commands: summary, list\n`);
      return 2;
  }
}


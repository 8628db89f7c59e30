#!/usr/bin/env node
import { installInterruptCleanup } from "./core/atomic.js";
import { main, type LargeDataset } from "./cli/main.js";

// Ctrl-C or a kill during --out removes the temporary file and exits 130 (143 for SIGTERM).
installInterruptCleanup();

// The rows of the large datasets are loaded only by the commands that need them.
const load = async (name: LargeDataset) =>
  name === "partnerTrade"
    ? (await import("./partner-trade.js")).partnerTrade
    : name === "armsDeliveries"
      ? (await import("./arms/index.js")).armsDeliveries
      : (await import("./world/index.js")).worldTrade;

// A closed pipe (`| head -1`) ends the program quietly, as Unix tools do; any other write error is one line.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    process.stderr.write(`china-russia-data: cannot write the output (${e.code ?? e.message})\n`);
    process.exit(1);
  });
}

process.exitCode = await main(process.argv.slice(2), load);

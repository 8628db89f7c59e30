#!/usr/bin/env node
import { main, type LargeDataset } from "./cli-main.js";

// The rows of the large datasets are loaded only by the commands that need them.
const load = async (name: LargeDataset) =>
  name === "partnerTrade"
    ? (await import("./partner-trade.js")).partnerTrade
    : name === "armsDeliveries"
      ? (await import("./arms/index.js")).armsDeliveries
      : (await import("./world/index.js")).worldTrade;

process.exitCode = await main(process.argv.slice(2), load);

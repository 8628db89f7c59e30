#!/usr/bin/env node
import { main } from "./cli-main.js";

// The rows of the large datasets are loaded only by the commands that need them.
const load = async (name: "partnerTrade" | "armsDeliveries") =>
  name === "partnerTrade" ? (await import("./partner-trade.js")).partnerTrade : (await import("./arms/index.js")).armsDeliveries;

process.exitCode = await main(process.argv.slice(2), load);

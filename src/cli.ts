#!/usr/bin/env node
import { main } from "./cli-main.js";

// The partner-trade rows are loaded only by the commands that need them.
const loadPartnerTrade = async () => (await import("./partner-trade.js")).partnerTrade;

process.exitCode = await main(process.argv.slice(2), loadPartnerTrade);

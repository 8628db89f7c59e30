// Run by test/determinism.test.ts in a second process, under another time zone and locale: prints the sha256
// of everything the build derives from the data (extracted CSV files, generated modules, exported files,
// charts), one JSON object on stdout.
import { createHash } from "node:crypto";
import { charts } from "../scripts/charts.js";
import { generatedModules, compileData } from "../scripts/build-data.js";
import { ARMS_DELIVERIES_COLUMNS, extractArms } from "../scripts/producers/sipri-arms/tiv-2022.js";
import { CAPABILITY_COLUMNS, extractCapabilities } from "../scripts/producers/capabilities.js";
import { extractCells, partnerTradeCsv } from "../scripts/producers/imf-dots/dots.js";
import { extractWorld, WORLD_TRADE_COLUMNS } from "../scripts/producers/imf-dots/world.js";
import { exportFiles } from "../scripts/export-data.js";
import { toCsv } from "../scripts/lib/files.js";

const sha = (x: string | Uint8Array) => createHash("sha256").update(x).digest("hex");

export async function fingerprints(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  out["data/partner-trade.csv"] = sha(partnerTradeCsv(await extractCells()));
  out["data/arms-deliveries.csv"] = sha(toCsv(extractArms(), ARMS_DELIVERIES_COLUMNS));
  out["data/world-trade.csv"] = sha(toCsv(await extractWorld(), WORLD_TRADE_COLUMNS));
  out["data/capabilities.csv"] = sha(toCsv(extractCapabilities(), CAPABILITY_COLUMNS));
  for (const [name, text] of Object.entries(generatedModules(compileData()))) out[`src/datasets/generated/${name}`] = sha(text);
  for (const f of exportFiles()) out[f.path] = sha(f.content);
  for (const [name, { svg }] of Object.entries(charts())) out[`docs/charts/${name}.svg`] = sha(svg);
  return out;
}

if (process.argv.includes("--print")) process.stdout.write(JSON.stringify(await fingerprints()));

// Validates every curated data file and compiles it into typed, frozen modules under src/datasets/generated/.
// A malformed file stops the build with file, row and field, and leaves the generated modules untouched.
// Each dataset's file spec, checks and generated module live in scripts/datasets/<name>.ts; this file only runs
// them in order. Run: npm run data:build  (npm run build runs it first)
import { resolve } from "node:path";
import { known, loadFile } from "./lib/load.js";
import type { CompiledData } from "./lib/compiled.js";
import { DataFileError, isMain, ROOT, writeSetAtomic } from "./lib/files.js";
import * as armsDeliveries from "./datasets/arms-deliveries.js";
import * as armsTransfers from "./datasets/arms-transfers.js";
import * as assessments from "./datasets/assessments.js";
import * as capabilities from "./datasets/capabilities.js";
import * as claims from "./datasets/claims.js";
import * as codes from "./datasets/codes.js";
import * as countries from "./datasets/countries.js";
import * as energyFlows from "./datasets/energy-flows.js";
import * as energyProjects from "./datasets/energy-projects.js";
import * as events from "./datasets/events.js";
import * as facts from "./datasets/facts.js";
import * as fieldValues from "./datasets/field-values.js";
import * as groups from "./datasets/groups.js";
// Not bound as `meta`: the test runner's module transform would take `import.meta` below for that binding.
import * as metas from "./datasets/meta.js";
import * as partnerTrade from "./datasets/partner-trade.js";
import * as releases from "./datasets/releases.js";
import * as reportedShares from "./datasets/reported-shares.js";
import * as sources from "./datasets/sources.js";
import * as trade from "./datasets/trade.js";
import * as worldTrade from "./datasets/world-trade.js";
import type {
  ArmsDeliveryRow, ArmsTransferRow, AssessmentRow, CapabilityRow, CountryRow, EnergyFlowRow, EnergyProjectRow, EventRow, FactRow, PartnerTradeRow,
  ReleaseRow, ReportedShareRow, SourceRow, WorldTradeRow,
} from "../src/core/types.js";

export type { CompiledData } from "./lib/compiled.js";
export { DATASET_NAMES } from "./lib/compiled.js";
export { canonical, sha256 } from "./lib/hash.js";
export { loadFile, loadJson } from "./lib/load.js";
export type { DatasetMeta } from "./datasets/meta.js";

/** The CSV file of each dataset that has one (trade's is the hand-entered trade-reported.csv). */
export const SPECS = {
  countries: countries.spec, sources: sources.spec, partnerTrade: partnerTrade.spec, tradeReported: trade.spec, reportedShares: reportedShares.spec,
  events: events.spec, energyFlows: energyFlows.spec, armsTransfers: armsTransfers.spec, armsDeliveries: armsDeliveries.spec, armsRegister: armsDeliveries.registerSpec,
  worldTrade: worldTrade.spec, capabilities: capabilities.spec, releases: releases.spec, facts: facts.spec,
} as const;

/** Loads, validates and cross-checks every data file; builds the datasets. Throws DataFileError on any problem. */
export function compileData(dataDir = resolve(ROOT, "data")): CompiledData {
  const countryRows = loadFile(dataDir, countries.spec);
  const sourceRows = loadFile(dataDir, sources.spec);
  const partner = loadFile(dataDir, partnerTrade.spec);
  const reported = loadFile(dataDir, trade.spec);
  const shares = loadFile(dataDir, reportedShares.spec);
  countries.check(countryRows);
  sources.check(sourceRows);
  const refs = { codes: new Set(countryRows.rows.map((r) => r.code)), sourceIds: new Set(sourceRows.rows.map((r) => r.id)) };
  partnerTrade.check(partner, refs);
  trade.check(reported, refs);
  reportedShares.check(shares, refs);
  const tradeRows = trade.compile(partner, reported);

  const eventRows = loadFile(dataDir, events.spec);
  const flows = loadFile(dataDir, energyFlows.spec);
  const arms = loadFile(dataDir, armsTransfers.spec);
  const factRows = loadFile(dataDir, facts.spec);
  const projects = energyProjects.load(dataDir);
  const assessmentRows = assessments.load(dataDir);
  const claimSpecs = claims.load(dataDir);
  events.check(eventRows, refs);
  facts.check(factRows, refs);
  energyProjects.check(projects, refs);
  assessments.check(assessmentRows, refs);
  claims.check(claimSpecs);
  energyFlows.check(flows, refs, new Set(projects.rows.map((p) => p.id)));
  armsTransfers.check(arms, refs);
  const releaseRows = loadFile(dataDir, releases.spec);
  releases.check(releaseRows, refs);
  const deliveries = armsDeliveries.compile(dataDir, refs);
  const world = worldTrade.compile(dataDir, refs);
  const caps = capabilities.compile(dataDir, refs);
  // Every row names a release of its dataset, and each release's years are those of its rows.
  releases.checkRefsOf(releaseRows, "armsDeliveries", deliveries.files);
  releases.checkRefsOf(releaseRows, "capabilities", caps.files);
  releases.checkYearsOf(releaseRows, "trade", partner.rows.map((r) => r.year));
  assessments.checkLinks(assessmentRows, new Set(eventRows.rows.map((e) => e.id)), new Set(claimSpecs.rows.map((c) => c.id)));

  const base = {
    trade: tradeRows,
    reportedShares: known<ReportedShareRow>(shares.rows),
    energyProjects: known<EnergyProjectRow>(projects.rows),
    armsTransfers: known<ArmsTransferRow>(arms.rows),
    armsDeliveries: known<ArmsDeliveryRow>(deliveries.rows),
    capabilities: known<CapabilityRow>(caps.rows),
    worldTrade: known<WorldTradeRow>(world),
    facts: known<FactRow>(factRows.rows),
    events: known<EventRow>(events.sorted(eventRows.rows)),
  };
  return {
    ...base,
    countries: known<CountryRow>(countryRows.rows),
    sources: known<SourceRow>(sourceRows.rows),
    releases: known<ReleaseRow>(releaseRows.rows),
    partnerTrade: known<PartnerTradeRow>(partner.rows.map(({ cell: _cell, ...r }) => r)),
    energyFlows: known<EnergyFlowRow>(flows.rows),
    assessments: known<AssessmentRow>(assessmentRows.rows),
    claims: claims.compile(claimSpecs, base, refs),
  };
}

/**
 * The generated modules, by file name in src/datasets/generated/: each dataset's, the codes, the group codes,
 * the enumerated fields' values and the metas.
 */
export function generatedModules(data: CompiledData): Record<string, string> {
  return {
    "trade.ts": trade.module(data.trade),
    ...partnerTrade.modules(data.partnerTrade),
    "world-trade.ts": worldTrade.module(data.worldTrade),
    "reported-shares.ts": reportedShares.module(data.reportedShares),
    "energy-projects.ts": energyProjects.module(data.energyProjects),
    "energy-flows.ts": energyFlows.module(data.energyFlows),
    "arms-transfers.ts": armsTransfers.module(data.armsTransfers),
    "arms-deliveries.ts": armsDeliveries.module(data.armsDeliveries),
    "capabilities.ts": capabilities.module(data.capabilities),
    "releases.ts": releases.module(data.releases),
    "events.ts": events.module(data.events),
    "facts.ts": facts.module(data.facts),
    "assessments.ts": assessments.module(data.assessments),
    "claims.ts": claims.module(data.claims),
    "codes.ts": codes.module(data),
    "countries.ts": countries.module(data.countries),
    "groups.ts": groups.module(data.countries),
    "field-values.ts": fieldValues.module(),
    "sources.ts": sources.module(data.sources),
    "meta.ts": metas.module(data),
  };
}

if (isMain(import.meta.url)) {
  try {
    // CRD_DATA_DIR and CRD_GENERATED_DIR exist for the tests of failing builds.
    const data = compileData(process.env.CRD_DATA_DIR ?? resolve(ROOT, "data"));
    const modules = generatedModules(data);
    const outDir = process.env.CRD_GENERATED_DIR ?? resolve(ROOT, "src/datasets/generated");
    // Every file is validated and rendered before the first one is written, and the modules are replaced as one
    // set: a failure while writing leaves the previous set whole (hashes in meta.ts match the rows beside them).
    writeSetAtomic(Object.fromEntries(Object.entries(modules).map(([name, text]) => [resolve(outDir, name), text])));
    console.log(`data: ${Object.entries(data).map(([k, v]) => `${k} ${(v as unknown[]).length}`).join(", ")}`);
  } catch (e) {
    if (e instanceof DataFileError) {
      console.error(`data build failed: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}

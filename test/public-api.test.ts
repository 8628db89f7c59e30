// The public API's names are part of the contract (DESIGN.md): adding is a minor release, removing a major one.
import { describe, expect, it } from "vitest";
import * as root from "../src/index.js";
import * as arms from "../src/arms/index.js";
import * as partner from "../src/partner-trade.js";
import * as world from "../src/world/index.js";
import * as schemas from "../src/schemas/index.js";

describe("public API", () => {
  it("the root entry exports exactly these values", () => {
    expect(Object.keys(root).sort()).toEqual(
      [
        "DataNotAvailableError", "armsTransfers", "armsTransfersMeta", "assessments", "assessmentsMeta", "barbieri", "cagr", "citationItems",
        "capabilities", "capabilitiesMeta", "capabilityRatio", "capabilityRevisions", "capabilitySeries", "releases", "releasesMeta",
        "cite", "claims", "meta",
        "claimsMeta", "countries", "countriesMeta", "createTradeSelectors", "dependencyAsymmetry", "dependencyAsymmetryRatio",
        "energyFlows", "energyFlowsMeta", "energyProjects", "energyProjectsMeta", "events", "eventsMeta", "facts", "factsMeta",
        "foldChange", "hhi", "indexTo", "logGrowth", "percentChange", "reportedShares", "reportedSharesMeta", "share", "sourceOf",
        "sources", "sourcesMeta", "trade", "tradeGrowth", "tradeIntensity", "tradeMeta", "tradeSeries", "tradeShare", "yoy",
      ].sort(),
    );
  });

  it("the partner-trade entry exports partnerTrade and its meta", () => {
    expect(Object.keys(partner).sort()).toEqual(["partnerTrade", "partnerTradeMeta"]);
  });

  it("the arms entry exports armsDeliveries, its meta, the arms selectors and the error class", () => {
    expect(Object.keys(arms).sort()).toEqual(
      ["DataNotAvailableError", "armsDeliveries", "armsDeliveriesMeta", "armsRecipients", "armsRevisions", "armsSeries", "armsShare", "armsSuppliers"].sort(),
    );
  });

  it("the world entry exports worldTrade, its meta, the world selectors and the error class", () => {
    expect(Object.keys(world).sort()).toEqual(["DataNotAvailableError", "dependencyAsymmetry", "mirrorTrade", "tradeShare", "worldTrade", "worldTradeMeta"].sort());
  });

  it("the schemas entry exports a schema per dataset and validate", () => {
    expect(Object.keys(schemas.schemas).sort()).toEqual(["armsDeliveries", "armsTransfers", "assessments", "capabilities", "claims", "countries", "energyFlows", "energyProjects", "events", "facts", "partnerTrade", "releases", "reportedShares", "sources", "trade", "worldTrade"]);
    expect(typeof schemas.validate).toBe("function");
  });
});

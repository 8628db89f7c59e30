// The public API's names are part of the contract (DESIGN.md): adding is a minor release, removing a major one.
import { describe, expect, it } from "vitest";
import * as root from "../src/index.js";
import * as partner from "../src/partner-trade.js";
import * as schemas from "../src/schemas/index.js";

describe("public API", () => {
  it("the root entry exports exactly these values", () => {
    expect(Object.keys(root).sort()).toEqual(
      [
        "DataNotAvailableError", "barbieri", "cagr", "countries", "countriesMeta", "dependencyAsymmetry", "dependencyAsymmetryRatio",
        "foldChange", "hhi", "indexTo", "logGrowth", "percentChange", "reportedShares", "reportedSharesMeta", "share", "sourceOf",
        "sources", "sourcesMeta", "trade", "tradeGrowth", "tradeIntensity", "tradeMeta", "tradeSeries", "tradeShare", "yoy",
      ].sort(),
    );
  });

  it("the partner-trade entry exports partnerTrade and its meta", () => {
    expect(Object.keys(partner).sort()).toEqual(["partnerTrade", "partnerTradeMeta"]);
  });

  it("the schemas entry exports a schema per dataset and validate", () => {
    expect(Object.keys(schemas.schemas).sort()).toEqual(["countries", "partnerTrade", "reportedShares", "sources", "trade"]);
    expect(typeof schemas.validate).toBe("function");
  });
});

// Codes, source ids and dataset names are literal unions generated from the data: a typo does not type-check.
// Each @ts-expect-error below fails `npm run typecheck` the day the types accept the value again; the run-time
// expectations check that the selectors refuse the same values.
import { describe, expect, it } from "vitest";
import { armsSeries } from "../src/arms/index.js";
import { capabilitySeries, cite, countries, DataNotAvailableError, sources, trade, tradeSeries, tradeShare, type CountryCode, type SourceId } from "../src/index.js";
import { tradeShare as worldShare } from "../src/world/index.js";

describe("literal types for codes, source ids and dataset names", () => {
  it("refuse a code the data does not have, in every domain", () => {
    // @ts-expect-error -- "RSU" is not a code
    expect(() => tradeSeries({ reporter: "CHN", partner: "RSU", flow: "total" })).toThrow(DataNotAvailableError);
    // @ts-expect-error -- "RSU" is not a code
    expect(() => tradeShare({ reporter: "CHN", partner: "RSU", year: 2020 })).toThrow(DataNotAvailableError);
    // @ts-expect-error -- "KZA" is not a code
    expect(() => worldShare({ reporter: "KZA", partner: "CHN", year: 2020 })).toThrow(DataNotAvailableError);
    // @ts-expect-error -- "IDN " (with a space) is not a code
    expect(() => armsSeries({ supplier: "RUS", recipient: "IDN " })).toThrow(DataNotAvailableError);
    // @ts-expect-error -- lower case is not a code
    expect(() => capabilitySeries({ country: "chn", metric: "gdp" })).toThrow(DataNotAvailableError);
    // @ts-expect-error -- lower case is not a code
    expect(() => capabilitySeries({ country: "chn", metric: "gdp" })).toThrow(/^capabilitySeries: no gdp for "chn" \(countries with gdp: CHN, /);
    // @ts-expect-error -- "trades" is not a dataset
    expect(() => cite({ dataset: "trades" })).toThrow(/dataset/);
  });

  it("accept every code and source id the rows hold, with no cast", () => {
    const codes: CountryCode[] = countries.map((c) => c.code);
    const ids: SourceId[] = sources.map((s) => s.id);
    const partners: CountryCode[] = trade.map((r) => r.partner);
    expect(codes).toContain("RUS");
    expect(ids).toContain("carnegie-article");
    expect(new Set(partners).has("WLD")).toBe(true);
    // A partner read from a row goes straight back into a query.
    const row = trade.find((r) => r.reporter === "CHN" && r.partner === "RUS")!;
    expect(tradeSeries({ reporter: row.reporter, partner: row.partner, flow: "total" }).length).toBeGreaterThan(20);
  });
});

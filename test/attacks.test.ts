// Targeted attacks on the library, one describe per class of fault: every input read once, cache keys that
// cannot be forged, unknown codes refused, nothing shared changeable, duplicates refused and no -0, and
// errors that name the argument for any value a caller can pass.
import { describe, expect, it } from "vitest";
import * as root from "../src/index.js";
import * as arms from "../src/arms/index.js";
import * as world from "../src/world/index.js";
import { DataNotAvailableError, createTradeSelectors, indexTo, type TradeRowInput } from "../src/index.js";
import { schemas, validate } from "../src/schemas/index.js";

const row = (over: Partial<TradeRowInput>): TradeRowInput => ({
  year: 2020, reporter: "CHN", partner: "RUS", flow: "total", valueUsdMillions: 100, producer: "gacc", sourceId: "s-a", approximate: false, ...over,
});
const rows: TradeRowInput[] = [
  row({ year: 2020, partner: "RUS", valueUsdMillions: 10 }),
  row({ year: 2020, partner: "WLD", valueUsdMillions: 200, sourceId: "s-w" }),
  row({ year: 2021, partner: "RUS", valueUsdMillions: 20 }),
  row({ year: 2021, partner: "WLD", valueUsdMillions: 400, sourceId: "s-w" }),
];

/** An object whose property `key` answers `answers` in turn, one per read (the last one from then on). */
function shifty<T extends object>(base: T, key: string, answers: unknown[]): T {
  let n = 0;
  const o = { ...base } as Record<string, unknown>;
  delete o[key];
  Object.defineProperty(o, key, { enumerable: true, get: () => answers[Math.min(n++, answers.length - 1)] });
  return o as T;
}

describe("every input is read once", () => {
  it("a row field that answers differently on a later read cannot pass the check and then be used", () => {
    for (const [key, good, bad] of [
      ["valueUsdMillions", 10, Number.NaN], ["valueUsdMillions", 10, -5], ["year", 2020, 2020.5], ["sourceId", "s-a", undefined], ["approximate", false, "yes"],
    ] as const) {
      const sel = createTradeSelectors([shifty(rows[0]!, key, [good, bad]), ...rows.slice(1)]);
      const s = sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" });
      expect(s[0], key).toEqual({ year: 2020, value: 10, sourceId: "s-a", producer: "gacc", approximate: false });
    }
  });

  it("a query field that answers differently on a later read is read once (a share of 1 from CHN, CHN, WLD is impossible)", () => {
    const q = shifty({ reporter: "CHN", partner: "RUS", year: 2020 } as { reporter: "CHN"; partner: "RUS"; year: number }, "partner", ["RUS", "RUS", "WLD", "WLD"]);
    const r = root.tradeShare(q);
    expect(r.share).toBe(root.tradeShare({ reporter: "CHN", partner: "RUS", year: 2020 }).share);
    expect(r.share).toBeLessThan(0.1);
    const sel = createTradeSelectors(rows);
    expect(sel.tradeShare(shifty({ reporter: "CHN", partner: "RUS", year: 2020 } as const, "partner", ["RUS", "WLD"])).share).toBe(10 / 200);
    expect(sel.tradeGrowth(shifty({ reporter: "CHN", partner: "RUS", flow: "total", from: 2020, to: 2021 } as const, "partner", ["RUS", "WLD"])).fold).toBe(2);
  });

  it("checks every row field when the selectors are made, not when a query first reads it", () => {
    expect(() => createTradeSelectors([row({ valueAsPublished: 1 as unknown as string })])).toThrow(
      new TypeError("createTradeSelectors: rows[0].valueAsPublished must be a number as published (digits with an optional decimal point), got 1"),
    );
    expect(() => createTradeSelectors([row({ unitAsPublished: 5 as unknown as string })])).toThrow(/^createTradeSelectors: rows\[0\]\.unitAsPublished must be a non-empty string, got 5$/);
    expect(() => createTradeSelectors([row({ bound: "above" as "upper" })])).toThrow(/^createTradeSelectors: rows\[0\]\.bound must be "lower" or "upper", got "above"$/);
  });
});

describe("cache and memo keys cannot be forged by a string", () => {
  it("a source of \\u0001 after a default call is refused as on a fresh instance", () => {
    for (const fresh of [false, true]) {
      const sel = createTradeSelectors(rows);
      if (!fresh) {
        sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" });
        sel.tradeGrowth({ reporter: "CHN", partner: "RUS", flow: "total", from: 2020, to: 2021 });
      }
      expect(() => sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total", source: "\u0001" }), `fresh ${fresh}`).toThrow(/^no figures from "\\u0001" for CHN→RUS/);
      expect(() => sel.tradeGrowth({ reporter: "CHN", partner: "RUS", flow: "total", source: "\u0001", from: 2020, to: 2021 })).toThrow(DataNotAvailableError);
    }
  });

  it("a partner string crafted to join into another query's key does not collide with it", () => {
    // Joined with \u0000, partner "RUS\u0000total\u0000x" with no source and partner "RUS" with source
    // "x\u0000total\u0000\u0001" made the same key.
    const crafted = "RUS\u0000total\u0000x" as "RUS";
    const sel = createTradeSelectors([...rows, row({ partner: crafted, valueUsdMillions: 7, sourceId: "s-x" })]);
    expect(sel.tradeSeries({ reporter: "CHN", partner: crafted, flow: "total" })[0]!.value).toBe(7);
    expect(() => sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total", source: "x\u0000total\u0000\u0001" })).toThrow(DataNotAvailableError);
    expect(sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" })[0]!.value).toBe(10);
  });
});

describe("unknown codes and aggregates are refused", () => {
  it("armsShare with a recipient the data does not hold throws, as armsSeries does", () => {
    expect(() => arms.armsSeries({ supplier: "RUS", recipient: "XXX" as "IND" })).toThrow(DataNotAvailableError);
    expect(() => arms.armsShare({ supplier: "RUS", recipient: "XXX" as "IND", from: 2016, to: 2020, release: "2022-07-28" })).toThrow(
      expect.objectContaining({ name: "DataNotAvailableError", message: expect.stringMatching(/^armsShare: SIPRI release 2022-07-28 records no deliveries to "XXX" from any supplier/) }),
    );
    // Without a release, the newest covering the years (the 2025 register) answers, and says so.
    expect(() => arms.armsShare({ supplier: "RUS", recipient: "XXX" as "IND", from: 2016, to: 2020 })).toThrow(/^armsShare: SIPRI release 2026-02-12 records no deliveries to "XXX"/);
    // A recipient of other suppliers only is a share of 0, not an unknown code (test/arms.test.ts: ISL).
    expect(arms.armsShare({ supplier: "RUS", recipient: "ISL", from: 2016, to: 2020, release: "2022-07-28" }).share).toBe(0);
  });

  it("the world selectors refuse WLD and other groups where a country is meant", () => {
    expect(() => world.dependencyAsymmetry({ a: "WLD", b: "CHN", year: 2020 })).toThrow(/^dependencyAsymmetry: a must be a country, not WLD/);
    expect(() => world.tradeShare({ reporter: "WLD", partner: "CHN", year: 2020 })).toThrow(/^tradeShare: reporter must be a country, not WLD/);
    expect(() => world.mirrorTrade({ reporter: "RUS", partner: "WLD", flow: "import", year: 2020 })).toThrow(/^mirrorTrade: partner must be a country, not WLD/);
  });
});

describe("nothing shared can be changed", () => {
  it("Object.prototype.source set after import does not turn the default series into another", () => {
    const before = root.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" });
    const proto = Object.prototype as Record<string, unknown>;
    proto.source = "gacc";
    try {
      const after = root.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" });
      expect(after).toBe(before);
      expect(after[0]!.producer).toBe("imf-dots");
      const sel = createTradeSelectors(rows);
      expect(sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" })[0]!.sourceId).toBe("s-a");
    } finally {
      delete proto.source;
    }
  });

  it("Object.prototype.derived and .valueAsPublished set before the selectors are made change no point", () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.derived = true;
    proto.valueAsPublished = "1";
    try {
      const sel = createTradeSelectors(rows);
      expect(sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" })).toEqual([
        { year: 2020, value: 10, sourceId: "s-a", producer: "gacc", approximate: false },
        { year: 2021, value: 20, sourceId: "s-a", producer: "gacc", approximate: false },
      ]);
      expect(Object.keys(sel.tradeSeries({ reporter: "CHN", partner: "WLD", flow: "total" })[0]!)).toEqual(["year", "value", "sourceId", "producer", "approximate"]);
    } finally {
      delete proto.derived;
      delete proto.valueAsPublished;
    }
  });
});

describe("validate cannot be changed through the exported schemas", () => {
  it("replacing a schema's safeParse changes what the schema says, not what validate finds", () => {
    const bad = [{ code: "x", name: "", kind: "country" }];
    const want = validate("countries", bad);
    expect(want.map((i) => i.field)).toEqual(["code", "name"]);
    const schema = schemas.countries as unknown as { safeParse: unknown };
    const original = schema.safeParse;
    try {
      schema.safeParse = () => ({ success: true, data: {} });
    } catch {
      // a frozen schema refuses the change: as good
    }
    try {
      expect(validate("countries", bad)).toEqual(want);
    } finally {
      schema.safeParse = original;
    }
    expect(() => validate(10n as unknown as "trade", [])).toThrow(/^validate: dataset must be one of trade, .*; got 10n \(a bigint\)$/);
  });
});

describe("duplicates are refused, and -0 never comes out", () => {
  it("two rows with one year, reporter, partner, flow and source are refused with both row numbers", () => {
    expect(() => createTradeSelectors([rows[0]!, rows[1]!, row({ valueUsdMillions: 11 })])).toThrow(
      new RangeError("createTradeSelectors: rows[0] and rows[2] are both 2020 CHN→RUS total from s-a; give one row per year, reporter, partner, flow and source"),
    );
    // Export and import halves of a summed total too: first and last would give different totals.
    expect(() => createTradeSelectors([row({ flow: "export" }), row({ flow: "import" }), row({ flow: "export", valueUsdMillions: 5 })])).toThrow(/rows\[0\] and rows\[2\] are both 2020 CHN→RUS export from s-a/);
  });

  it("-0 in a row or a series is 0 in every result", () => {
    const sel = createTradeSelectors([row({ valueUsdMillions: -0 }), row({ partner: "WLD", valueUsdMillions: 5, sourceId: "s-w" })]);
    expect(Object.is(sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" })[0]!.value, 0)).toBe(true);
    expect(Object.is(sel.tradeShare({ reporter: "CHN", partner: "RUS", year: 2020 }).bilateral, 0)).toBe(true);
    const indexed = indexTo([{ year: -0, value: 4 }, { year: 1, value: -0 }], 0);
    expect(indexed.map((p) => [Object.is(p.year, 0), Object.is(p.value, 0)])).toEqual([[true, false], [false, true]]);
  });
});

describe("errors name the argument, whatever the value", () => {
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  const weird: [string, unknown][] = [
    ["a bigint", 10n], ["a revoked proxy", revoked], ["a null-prototype object", Object.create(null)], ["a symbol", Symbol("s")],
    ["an object whose conversion throws", { toString() { throw new Error("no"); }, valueOf() { throw new Error("no"); } }],
  ];
  const queries: Record<string, [(q: never) => unknown, string[]]> = {
    tradeSeries: [root.tradeSeries, ["reporter", "partner", "flow", "source"]],
    tradeShare: [root.tradeShare, ["reporter", "partner", "year", "basis"]],
    dependencyAsymmetry: [root.dependencyAsymmetry, ["a", "b", "year", "basis"]],
    tradeGrowth: [root.tradeGrowth, ["reporter", "partner", "flow", "source", "from", "to"]],
    capabilitySeries: [root.capabilitySeries, ["country", "metric"]],
    capabilityRatio: [root.capabilityRatio, ["a", "b", "metric", "year"]],
    cite: [root.cite, ["format", "dataset"]],
    worldTradeShare: [world.tradeShare, ["reporter", "partner", "year", "flow"]],
    worldAsymmetry: [world.dependencyAsymmetry, ["a", "b", "year"]],
    mirrorTrade: [world.mirrorTrade, ["reporter", "partner", "flow", "year"]],
    armsSeries: [arms.armsSeries, ["supplier", "recipient"]],
    armsShare: [arms.armsShare, ["supplier", "recipient", "from", "to"]],
    armsRecipients: [arms.armsRecipients, ["supplier", "from", "to"]],
    armsSuppliers: [arms.armsSuppliers, ["recipient", "from", "to"]],
  };
  const valid: Record<string, Record<string, unknown>> = {
    tradeSeries: { reporter: "CHN", partner: "RUS", flow: "total" }, tradeShare: { reporter: "CHN", partner: "RUS", year: 2020 },
    dependencyAsymmetry: { a: "RUS", b: "CHN", year: 2020 }, tradeGrowth: { reporter: "CHN", partner: "RUS", flow: "total", from: 2001, to: 2020 },
    capabilitySeries: { country: "CHN", metric: "gdp" }, capabilityRatio: { a: "CHN", b: "RUS", metric: "gdp", year: 2018 }, cite: { format: "text" },
    worldTradeShare: { reporter: "KAZ", partner: "CHN", year: 2020 }, worldAsymmetry: { a: "KAZ", b: "CHN", year: 2020 },
    mirrorTrade: { reporter: "RUS", partner: "CHN", flow: "import", year: 2020 }, armsSeries: { supplier: "RUS", recipient: "IND" },
    armsShare: { supplier: "RUS", recipient: "IND", from: 2016, to: 2020 }, armsRecipients: { supplier: "RUS", from: 2016, to: 2020 },
    armsSuppliers: { recipient: "IND", from: 2016, to: 2020 },
  };
  const thrown = (call: () => unknown): unknown => {
    try {
      call();
    } catch (e) {
      return e;
    }
    return undefined;
  };

  for (const [name, [f, fields]] of Object.entries(queries)) {
    it(`${name}: a TypeError or RangeError naming the query or the field`, () => {
      const fnName = name.startsWith("world") ? (name === "worldTradeShare" ? "tradeShare" : "dependencyAsymmetry") : name;
      expect(() => f(valid[name] as never)).not.toThrow();
      // A null-prototype query is a query: with the fields of a valid one it gives the same answer.
      expect(f(Object.assign(Object.create(null), valid[name]) as never)).toEqual(f(valid[name] as never));
      for (const [what, v] of weird) {
        const e = thrown(() => f(v as never));
        if (typeof v === "object" && v !== revoked) {
          // An object is a query without the fields: the error names the first field checked.
          if (name !== "cite") expect((e as Error).message, `${name}(${what})`).toMatch(new RegExp(`^${fnName}: (${fields.join("|")}) must be `));
        } else {
          expect(e, `${name}(${what})`).toBeInstanceOf(TypeError);
          expect((e as Error).message, `${name}(${what})`).toMatch(new RegExp(`^${fnName}: (the query|options) `));
        }
        for (const field of fields) {
          const q = { ...valid[name], [field]: v };
          const e2 = thrown(() => f(q as never));
          expect(e2 instanceof TypeError || e2 instanceof RangeError, `${name}({ ${field}: ${what} }): ${String((e2 as Error)?.message)}`).toBe(true);
          expect((e2 as Error).message, `${name}({ ${field}: ${what} })`).toMatch(new RegExp(`^${fnName}: ${field} `));
        }
      }
    });
  }
});

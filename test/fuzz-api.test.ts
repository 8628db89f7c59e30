// Hostile input for every exported function that takes arguments: each call returns a result whose numbers are
// all finite, or throws an Error whose message names the argument. No call may change any exported dataset.
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as root from "../src/index.js";
import * as partner from "../src/partner-trade.js";
import * as schemas from "../src/schemas/index.js";

const hostileNumber = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, Number.MIN_VALUE, 1992, 2001, 2013, 2020, 2021, 2025, 2030, 1800, 2020.5),
  fc.double(),
  fc.integer({ min: 1980, max: 2030 }),
);
const code = fc.constantFrom("CHN", "RUS", "WLD", "chn", "Rus", "USA", "DEU", "", " CHN", "XYZ", "CHN\u0000");
const hostileString = fc.oneof(code, fc.constantFrom("1", "2021", "NaN", "total", "export", "import", "balance", "gacc", "imf-dots", "press-bne-1", "__proto__", "constructor"), fc.string({ maxLength: 8 }));
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  hostileNumber,
  hostileString,
  fc.constantFrom<unknown>(null, undefined, true, {}, [], () => 1, Symbol("s")),
);
const query = fc.record(
  {
    reporter: fc.oneof(code, hostile),
    partner: fc.oneof(code, hostile),
    flow: fc.oneof(fc.constantFrom("export", "import", "total"), hostile),
    source: fc.oneof(fc.constantFrom("gacc", "imf-dots", "press-bne-1", "fcs"), hostile),
    year: hostileNumber,
    from: hostileNumber,
    to: hostileNumber,
    a: fc.oneof(code, hostile),
    b: fc.oneof(code, hostile),
    format: fc.oneof(fc.constantFrom("text", "apa", "bibtex", "csl-json", "mla"), hostile),
    dataset: fc.oneof(fc.constantFrom("trade", "partnerTrade", "claims", "nope"), hostile),
  },
  { requiredKeys: [] },
);

function finiteEverywhere(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  if (value === null || typeof value !== "object" || seen.has(value)) return true;
  seen.add(value);
  return Object.values(value).every((v) => finiteEverywhere(v, seen));
}

// An error names the argument where its message starts "<function>: <argument> must …" (or "<a> and <b> must"),
// or, for data that does not exist, names the series and the years that do ("…; available years: …").
const ARG = "the query|reporter|partner|flow|source|year|from|to|a|b|format|dataset|options|query|rows(?:\\[\\d+\\](?:\\.\\w+)?)?|row|sourceId|basis|metric|country|supplier|recipient|values|input";
const ARG_NAMES = new RegExp(`^\\w+: (?:${ARG})(?: \\([^)]*\\))?(?: and (?:${ARG}))? must |; available years: [^;]*$`);

const calls: Record<string, (q: unknown, extra: unknown) => unknown> = {
  tradeSeries: (q) => root.tradeSeries(q as never),
  tradeShare: (q) => root.tradeShare(q as never),
  dependencyAsymmetry: (q) => root.dependencyAsymmetry(q as never),
  tradeGrowth: (q) => root.tradeGrowth(q as never),
  "createTradeSelectors(trade).tradeSeries": (q) => root.createTradeSelectors(root.trade).tradeSeries(q as never),
  cite: (q) => root.cite(q as never),
  citationItems: (_q, x) => root.citationItems(x as never),
  sourceOf: (_q, x) => root.sourceOf(x as never),
  validate: (_q, x) => schemas.validate(x as never, [x]),
};

function fingerprintOfExports(): string {
  const h = createHash("sha256");
  for (const [k, v] of Object.entries({ ...root, ...partner })) if (typeof v === "object") h.update(k).update(JSON.stringify(v));
  return h.digest("hex");
}

export const API_FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1500);

describe("public API under hostile input", () => {
  const before = fingerprintOfExports();
  for (const [name, call] of Object.entries(calls)) {
    it(`${name}: a finite result or an error naming the argument (${API_FUZZ_RUNS} calls)`, () => {
      fc.assert(
        fc.property(fc.oneof(query, hostile), hostile, (q, extra) => {
          let out: unknown;
          try {
            out = call(q, extra);
          } catch (e) {
            expect(e).toBeInstanceOf(Error);
            expect((e as Error).message).toMatch(ARG_NAMES);
            return;
          }
          expect(finiteEverywhere(out)).toBe(true);
        }),
        { numRuns: API_FUZZ_RUNS, seed: 42 },
      );
    });
  }

  it("no call changed any exported dataset", () => {
    expect(fingerprintOfExports()).toBe(before);
  });
});

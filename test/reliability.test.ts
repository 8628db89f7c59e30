// Faults an adversarial review found: state that one consumer could change for another, a cache read before
// the query was checked, selectors that trusted their rows. Each test failed on the code before its fix.
import { describe, expect, it } from "vitest";
import { cite, citationItems, createTradeSelectors, trade, tradeSeries, type TradeRow, type TradeRowInput } from "../src/index.js";
import { schemas, validate } from "../src/schemas/index.js";

const row = (over: Partial<TradeRowInput>): TradeRowInput => ({
  year: 2020, reporter: "CHN", partner: "RUS", flow: "total", valueUsdMillions: 100, producer: "gacc", sourceId: "s-a", approximate: false, ...over,
});

describe("nothing one consumer does changes what another gets", () => {
  it("citationItems hands out copies: editing one changes no later citation", () => {
    const before = cite({ format: "csl-json", dataset: "trade" });
    const items = citationItems("trade");
    (items[1] as { title: string }).title = "X";
    (items[0]!.author as { literal: string }[])[0]!.literal = "Y";
    expect(cite({ format: "csl-json", dataset: "trade" })).toBe(before);
    expect(citationItems("trade")[1]!.title).not.toBe("X");
  });

  it("the schemas map cannot be replaced, so validate keeps checking", () => {
    expect(() => {
      (schemas as Record<string, unknown>).trade = { safeParse: () => ({ success: true }) };
    }).toThrow(TypeError);
    expect(validate("trade", [{ year: "x" }]).length).toBeGreaterThan(0);
  });

  it("validate reports every hole of a sparse array", () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(validate("trade", [, , ,]).map((i) => i.row)).toEqual([0, 1, 2]);
  });
});

describe("selectors check the query before the cache", () => {
  it("an empty source throws, on a fresh instance and after a default call alike", () => {
    const sel = createTradeSelectors(trade);
    expect(() => sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total", source: "" })).toThrow(RangeError);
    sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" });
    expect(() => sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total", source: "" })).toThrow(/source must be a producer or a source id/);
    expect(() => tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total", source: "" })).toThrow(RangeError);
  });

  it("dependencyAsymmetry hands out one frozen result per query, and checks every query before looking it up", () => {
    const sel = createTradeSelectors(trade);
    const first = sel.dependencyAsymmetry({ a: "RUS", b: "CHN", year: 2020 });
    expect(sel.dependencyAsymmetry({ a: "RUS", b: "CHN", year: 2020 })).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.producers) && Object.isFrozen(first.sourceIds)).toBe(true);
    // Another year, basis or order is another result.
    expect(sel.dependencyAsymmetry({ a: "RUS", b: "CHN", year: 2019 }).year).toBe(2019);
    expect(sel.dependencyAsymmetry({ a: "CHN", b: "RUS", year: 2020 }).ratio).toBeCloseTo(1 / first.ratio, 12);
    expect(sel.dependencyAsymmetry({ a: "RUS", b: "CHN", year: 2020, basis: "mirror" }).basis).toBe("mirror");
    // Invalid forms of a query already answered still throw.
    expect(() => sel.dependencyAsymmetry({ a: "RUS", b: "CHN", year: 2020.5 })).toThrow(/year/);
    expect(() => sel.dependencyAsymmetry({ a: "RUS", b: "CHN", year: 2020, basis: "" as never })).toThrow(/basis/);
    expect(() => sel.dependencyAsymmetry({ a: "RUS", b: "RUS", year: 2020 })).toThrow(/different/);
  });
});

describe("createTradeSelectors checks and copies the rows it is given", () => {
  it("refuses a NaN value, a string year, a missing producer, naming the row and field", () => {
    expect(() => createTradeSelectors([row({ valueUsdMillions: Number.NaN })])).toThrow(/rows\[0\]\.valueUsdMillions must be a finite number/);
    expect(() => createTradeSelectors([row({}), row({ year: "2020" as never })])).toThrow(/rows\[1\]\.year must be an integer year/);
    expect(() => createTradeSelectors([row({ producer: "" as never })])).toThrow(/rows\[0\]\.producer/);
    expect(() => createTradeSelectors("rows" as never)).toThrow(TypeError);
  });

  it("a total that would overflow a double throws instead of returning Infinity", () => {
    const sel = createTradeSelectors([row({ flow: "export", valueUsdMillions: 1e308 }), row({ flow: "import", valueUsdMillions: 1e308 })]);
    expect(() => sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" })).toThrow(/overflow/);
  });

  it("an unknown producer ranks after every known one", () => {
    const sel = createTradeSelectors([row({ producer: "imf-dots", sourceId: "dots", valueUsdMillions: 1 }), row({ producer: "someone" as never, sourceId: "aaa", valueUsdMillions: 2 })]);
    expect(sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" })[0]!.sourceId).toBe("dots");
  });

  it("ties break by code point, whatever the locale: 'B-src' (U+0042) before 'a-src' (U+0061)", () => {
    const sel = createTradeSelectors([row({ sourceId: "a-src", valueUsdMillions: 1 }), row({ sourceId: "B-src", valueUsdMillions: 2 })]);
    expect(sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" })[0]!.value).toBe(2);
  });

  it("changing the caller's array or rows after the first call changes nothing", () => {
    const rows = [row({ valueUsdMillions: 5 })];
    const sel = createTradeSelectors(rows);
    expect(sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" })[0]!.value).toBe(5);
    rows.push(row({ year: 2021, valueUsdMillions: 7 }));
    (rows[0] as { valueUsdMillions: number }).valueUsdMillions = 9;
    expect(sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total" }).map((p) => p.value)).toEqual([5]);
    // A query not cached yet sees the rows as they were given, not as changed since.
    expect(sel.tradeSeries({ reporter: "CHN", partner: "RUS", flow: "total", source: "gacc" }).map((p) => p.value)).toEqual([5]);
  });
});

describe("DataNotAvailableError checks what it is given", () => {
  it("refuses a series that is not a string and years that are not integers", async () => {
    const { DataNotAvailableError } = await import("../src/index.js");
    expect(() => new DataNotAvailableError(Number.NaN as never, [], "x")).toThrow(/series must be a non-empty string, got NaN/);
    expect(() => new DataNotAvailableError("s", [Number.NaN], "x")).toThrow(/availableYears must be an array of integer years/);
    expect(new DataNotAvailableError("s", [2020], "none").message).toBe("none in series s; available years: 2020");
  });
});

describe("the generated modules are replaced as one set", () => {
  it("a write that fails part-way leaves every earlier target as it was", async () => {
    const { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const { writeSetAtomic } = await import("../scripts/lib/files.js");
    const dir = mkdtempSync(join(tmpdir(), "crd-set-"));
    try {
      writeFileSync(join(dir, "trade.ts"), "old trade");
      writeFileSync(join(dir, "meta.ts"), "old meta");
      // The third target is a folder's path under a file: writing it fails after the first two were staged.
      expect(() =>
        writeSetAtomic({ [join(dir, "trade.ts")]: "new trade", [join(dir, "meta.ts")]: "new meta", [join(dir, "trade.ts", "x.ts")]: "never" }),
      ).toThrow(expect.objectContaining({ name: "Error", code: "EEXIST", message: expect.stringContaining(join(dir, "trade.ts")) }));
      expect(readFileSync(join(dir, "trade.ts"), "utf8")).toBe("old trade");
      expect(readFileSync(join(dir, "meta.ts"), "utf8")).toBe("old meta");
      expect(readdirSync(dir).sort()).toEqual(["meta.ts", "trade.ts"]);
      writeSetAtomic({ [join(dir, "trade.ts")]: "new trade", [join(dir, "meta.ts")]: "new meta" });
      expect(readFileSync(join(dir, "meta.ts"), "utf8")).toBe("new meta");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

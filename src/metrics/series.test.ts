import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexTo, yoy } from "./series.js";

const geometric = [
  { year: 2000, value: 100 },
  { year: 2001, value: 110 },
  { year: 2002, value: 121 },
  { year: 2003, value: 133.1 },
];

describe("yoy", () => {
  it("yoy of the geometric series 100, 110, 121, 133.1 is 0.10 each year (MEASURES Part 3)", () => {
    const g = yoy(geometric);
    expect(g.map((p) => p.year)).toEqual([2001, 2002, 2003]);
    for (const p of g) expect(p.value).toBeCloseTo(0.1, 14);
  });

  it("yoy gives null across a missing year, not the two-year change (MEASURES Part 4: 2019 100, 2021 121)", () => {
    expect(yoy([{ year: 2019, value: 100 }, { year: 2021, value: 121 }])).toEqual([{ year: 2021, value: null }]);
  });

  it("yoy gives null after a zero value (undefined growth from a zero base)", () => {
    expect(yoy([{ year: 2019, value: 0 }, { year: 2020, value: 5 }])).toEqual([{ year: 2020, value: null }]);
  });

  it("yoy of a single point is empty", () => {
    expect(yoy([{ year: 2019, value: 1 }])).toEqual([]);
  });

  it("a constant-growth series has constant yoy", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: -0.9, max: 2, noNaN: true }), fc.integer({ min: 2, max: 30 }), (v0, g, n) => {
        const s = Array.from({ length: n }, (_, i) => ({ year: 1990 + i, value: v0 * (1 + g) ** i }));
        for (const p of yoy(s)) expect(p.value).toBeCloseTo(g, 9);
      }),
    );
  });

  it("yoy rejects empty, unsorted, duplicate and fractional years and negative values", () => {
    expect(() => yoy([])).toThrow(/values must not be empty/);
    expect(() => yoy([{ year: 2001, value: 1 }, { year: 2000, value: 1 }])).toThrow(/strictly increasing years; values\[1\]\.year is 2000 after 2001/);
    expect(() => yoy([{ year: 2001, value: 1 }, { year: 2001, value: 1 }])).toThrow(/strictly increasing/);
    expect(() => yoy([{ year: 2001.5, value: 1 }])).toThrow(/values\[0\]\.year must be an integer year, got 2001.5/);
    expect(() => yoy([{ year: 2001, value: -1 }])).toThrow(/values\[0\]\.value must be ≥ 0, got -1/);
    expect(() => yoy([null] as never)).toThrow(/yoy: values\[0\] must be an object \{ year, value \}, got null/);
    expect(() => yoy([{ year: "2001", value: 1 }] as never)).toThrow(/yoy: values\[0\]\.year must be a number, got "2001"/);
    expect(() => yoy([{ year: 2001, value: "1" }] as never)).toThrow(/yoy: values\[0\]\.value must be a number, got "1"/);
    expect(() => yoy([{ year: 2001, value: Number.POSITIVE_INFINITY }])).toThrow(/values\[0\]\.value must be a finite number, got Infinity/);
    expect(() => yoy([{ year: 2001, value: Number.NaN }])).toThrow(/values\[0\]\.value must be a finite number, got NaN/);
    expect(() => yoy("x" as never)).toThrow(TypeError);
  });

  it("yoy throws on overflow rather than returning Infinity", () => {
    expect(() => yoy([{ year: 1, value: Number.MIN_VALUE }, { year: 2, value: 1e308 }])).toThrow(/^yoy: the result overflows/);
  });
});

describe("indexTo", () => {
  it("indexTo(series, baseYear) makes the base year 100 (comtrade ct_growth index_100)", () => {
    const idx = indexTo(geometric, 2000);
    expect(idx[0]).toEqual({ year: 2000, value: 100 });
    expect(idx[3]!.value).toBeCloseTo(133.1, 12);
  });

  it("indexTo accepts another base value and keeps gaps as gaps", () => {
    expect(indexTo([{ year: 2001, value: 4 }, { year: 2003, value: 6 }], 2003, 1)).toEqual([
      { year: 2001, value: 4 / 6 },
      { year: 2003, value: 1 },
    ]);
  });

  it("indexTo names a base year that is not in the series and lists the years", () => {
    expect(() => indexTo(geometric, 1999)).toThrow(/baseYear 1999 is not in the series; its 4 years run from 2000 to 2003 \(2000, 2001, 2002, 2003\)/);
    // However long the series, the message stays short: a million points name ten years, not a million.
    const long = Array.from({ length: 1_000_000 }, (_, i) => ({ year: i + 1, value: 1 }));
    let message = "";
    try {
      indexTo(long, -5);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message.length).toBeLessThan(200);
    expect(message).toMatch(/its 1000000 years run from 1 to 1000000 \(first ten: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10\)/);
    expect(() => indexTo([{ year: 2000, value: 0 }], 2000)).toThrow(/value of baseYear 2000 is 0/);
    expect(() => indexTo(geometric, 2000, 0)).toThrow(/base must be > 0/);
    expect(() => indexTo(geometric, 2000.5)).toThrow(/^indexTo: baseYear must be an integer year, got 2000.5/);
    expect(() => indexTo(geometric, 2000, "x" as never)).toThrow(/^indexTo: base must be a number, got "x"/);
    expect(() => indexTo([{ year: 1, value: Number.MIN_VALUE }, { year: 2, value: 1e308 }], 1)).toThrow(/^indexTo: the result overflows/);
  });
});

describe("values are read once", () => {
  it("a getter that answers 1 when checked and -50 later changes nothing", () => {
    const tricky = (first: number, later: number) => {
      let reads = 0;
      return { year: 2001, get value() { return reads++ === 0 ? first : later; } };
    };
    const r = indexTo([{ year: 2000, value: 2 }, tricky(1, -50)], 2000);
    expect(r[1]!.value).toBe(50);
    expect(yoy([{ year: 2000, value: 2 }, tricky(1, -50)])[0]!.value).toBe(-0.5);
  });
});

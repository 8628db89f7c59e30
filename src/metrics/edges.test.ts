// Cases the other metric suites leave out: values that grow (hhi rescales its sums), a zero first value,
// the exact order of operations where a share underflows, and each message's full text.
import { describe, expect, it } from "vitest";
import { nonNegative, series, show } from "./_check.js";
import { hhi } from "./hhi.js";
import { tradeIntensity } from "./intensity.js";
import { indexTo, yoy } from "./series.js";
import { share } from "./share.js";

describe("hhi with values that grow", () => {
  it("rescales its running sums when a larger value comes", () => {
    // Shares 1/3 and 2/3: 1/9 + 4/9 = 5/9.
    expect(hhi([1, 2])).toBeCloseTo(5 / 9, 15);
    // The doc example in increasing order: 0.2² + 0.3² + 0.5² = 0.04 + 0.09 + 0.25 = 0.38.
    expect(hhi([20, 30, 50])).toBeCloseTo(0.38, 15);
    // Zeros first: one positive value holds the whole.
    expect(hhi([0, 0, 7])).toBe(1);
    // Shares 0.1, 0.2, 0.3, 0.4: 0.01 + 0.04 + 0.09 + 0.16 = 0.3.
    expect(hhi([1, 2, 3, 4])).toBeCloseTo(0.3, 15);
  });
  it("names the function and the value in full", () => {
    expect(() => hhi([1, -1])).toThrow(/^hhi: values\[1\] must be ≥ 0, got -1$/);
  });
});

describe("tradeIntensity where the shares underflow", () => {
  it("divides in another order and keeps the exact result", () => {
    // Powers of two, so the result is exact: (2·2⁻¹⁰⁷⁴ / 2¹⁰⁰⁰) / (4·2⁻¹⁰⁷⁴ / 2¹⁰⁰²) = (1/2) · 4 = 2, though both
    // shares underflow to 0. Computed in logarithms it would come out as 2.0000000000001…, not 2.
    expect(tradeIntensity({ exportsToPartner: 2 * Number.MIN_VALUE, totalExports: 2 ** 1000, worldExportsToPartner: 4 * Number.MIN_VALUE, worldTotalExports: 2 ** 1002 })).toBe(2);
  });
  it("divides in another order when only one share underflows, and divides the shares when neither does", () => {
    // The reporter's share underflows: 2⁻¹⁰⁷⁰ / 2¹⁰ = 2⁻¹⁰⁸⁰ (below 2⁻¹⁰⁷⁴), the world's share is 2⁻¹⁰⁰⁰;
    // the result is 2⁻¹⁰⁸⁰ / 2⁻¹⁰⁰⁰ = 2⁻⁸⁰, exactly (x / xw) · (Xw / X) = 2⁻⁷⁰ · 2⁻¹⁰. Dividing the shares gives 0.
    expect(tradeIntensity({ exportsToPartner: 2 ** -1070, totalExports: 2 ** 10, worldExportsToPartner: 2 ** -1000, worldTotalExports: 1 })).toBe(2 ** -80);
    // The world's share underflows: 2⁻¹⁰⁷⁰ / 2¹⁰ = 2⁻¹⁰⁸⁰; the result is 2⁻¹⁰⁰⁰ / 2⁻¹⁰⁸⁰ = 2⁸⁰ = 2⁷⁰ · 2¹⁰ (dividing
    // the shares would divide by 0).
    expect(tradeIntensity({ exportsToPartner: 2 ** -1000, totalExports: 1, worldExportsToPartner: 2 ** -1070, worldTotalExports: 2 ** 10 })).toBe(2 ** 80);
    // Both shares are 2⁻¹⁰, so the result is 1 exactly; the other order would compute 2¹¹⁰⁰ · 2⁻¹¹⁰⁰, which is
    // Infinity · 0 in doubles, and logarithms give 1 only approximately.
    expect(tradeIntensity({ exportsToPartner: 2 ** 1000, totalExports: 2 ** 1010, worldExportsToPartner: 2 ** -100, worldTotalExports: 2 ** -90 })).toBe(1);
  });
  it("computes in logarithms when the shares and the other order both underflow", () => {
    // 2⁻¹⁰⁷⁴ / 2¹⁰ underflows to 0 (the reporter's share, and the first factor of the other order); the world's
    // share is 2¹⁰ / 2⁹⁴ = 2⁻⁸⁴, so the result is 2⁻¹⁰⁸⁴ / 2⁻⁸⁴ = 2⁻¹⁰⁰⁰, found in logarithms to about 1e-13.
    const r = tradeIntensity({ exportsToPartner: 2 ** -1074, totalExports: 2 ** 10, worldExportsToPartner: 2 ** 10, worldTotalExports: 2 ** 94 });
    expect(Math.abs(r / 2 ** -1000 - 1)).toBeLessThan(1e-12);
  });
  it("reports an overflow where the true result is beyond a double, even when it must compute in logarithms", () => {
    // The world's share (2⁻¹⁰⁰⁰ / 2¹⁰⁰ = 2⁻¹¹⁰⁰) underflows, and so does the reordered quotient's first factor's
    // inverse (2¹⁰⁰⁰ / 2⁻¹⁰⁰⁰ = 2²⁰⁰⁰ overflows): the true result, 2⁻²³ / 2⁻¹¹⁰⁰ = 2¹⁰⁷⁷, exceeds the largest double.
    expect(() => tradeIntensity({ exportsToPartner: 2 ** 1000, totalExports: 2 ** 1023, worldExportsToPartner: 2 ** -1000, worldTotalExports: 2 ** 100 })).toThrow(/^tradeIntensity: /);
  });
});

describe("series checks name the point and the field", () => {
  it("years and values", () => {
    expect(() => yoy([{ year: 2020.5, value: 1 }])).toThrow(/^yoy: values\[0\]\.year must be an integer year, got 2020\.5$/);
    expect(() => yoy([{ year: "2020", value: 1 }] as never)).toThrow(/^yoy: values\[0\]\.year must be a number, got "2020"$/);
    expect(() => yoy([null] as never)).toThrow(/^yoy: values\[0\] must be an object \{ year, value \}, got null$/);
    expect(() => yoy([2020] as never)).toThrow(/^yoy: values\[0\] must be an object \{ year, value \}, got 2020$/);
    expect(() => yoy([{ year: 2019, value: 1 }, { year: 2020, value: -1 }])).toThrow(/^yoy: values\[1\]\.value must be ≥ 0, got -1$/);
    expect(() => yoy([{ year: 2020, value: "1" }] as never)).toThrow(/^yoy: values\[0\]\.value must be a number, got "1"$/);
    // 0 is a value.
    expect(yoy([{ year: 2019, value: 0 }, { year: 2020, value: 1 }])).toEqual([{ year: 2020, value: null }]);
  });
  it("indexTo's base and its list of years (all of them up to ten, the first ten beyond)", () => {
    expect(() => indexTo([{ year: 2001, value: 1 }], 2001, 0)).toThrow(/^indexTo: base must be > 0, got 0$/);
    const ten = Array.from({ length: 10 }, (_, i) => ({ year: 2001 + i, value: 1 }));
    expect(() => indexTo(ten, 1990)).toThrow(/its 10 years run from 2001 to 2010 \(2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010\)$/);
    expect(() => indexTo([...ten, { year: 2011, value: 1 }], 1990)).toThrow(/its 11 years run from 2001 to 2011 \(first ten: 2001, .*, 2010\)$/);
  });
});

describe("share", () => {
  it("returns 0, not -0, for a part of -0", () => {
    expect(Object.is(share(-0, 4), 0)).toBe(true);
  });
});

describe("the shared checks", () => {
  it("describe a symbol and a revoked proxy without throwing", () => {
    expect(show(Symbol("code"))).toBe("Symbol(code) (a symbol)");
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(show(proxy)).toBe("a revoked proxy");
  });
  it("fold -0 into 0 in what they return, a checked value and a series' values", () => {
    expect(Object.is(nonNegative("f", "x", -0), 0)).toBe(true);
    const { years, values } = series("f", "values", [{ year: 2020, value: -0 }]);
    expect([Object.is(years[0], 2020), Object.is(values[0], 0)]).toEqual([true, true]);
  });
});

// CSV, NDJSON and column order, checked against texts written out by hand (RFC 4180 quoting rules).
import { describe, expect, it } from "vitest";
import { columnsOf, toCsvText, toNdjson } from "./table.js";

describe("columnsOf", () => {
  it("lists each key once, in the order first seen", () => {
    expect(columnsOf([{ a: 1, b: 2 }, { c: 3, a: 4 }, {}])).toEqual(["a", "b", "c"]);
  });
  it("is empty for no rows", () => {
    expect(columnsOf([])).toEqual([]);
  });
});

describe("toCsvText", () => {
  it("writes a header, one line per row, LF ends and a final newline", () => {
    expect(toCsvText([{ a: 1, b: "x" }, { a: 2, b: "y" }])).toBe("a,b\n1,x\n2,y\n");
  });
  it("leaves missing, undefined and null values empty", () => {
    expect(toCsvText([{ a: 1 }, { a: undefined, b: null }], ["a", "b"])).toBe("a,b\n1,\n,\n");
  });
  it("quotes cells with a comma, a quote, LF or CR, doubling the quotes", () => {
    const rows = [{ v: "a,b" }, { v: 'say "hi"' }, { v: "two\nlines" }, { v: "cr\rend" }, { v: "plain" }];
    expect(toCsvText(rows)).toBe('v\n"a,b"\n"say ""hi"""\n"two\nlines"\n"cr\rend"\nplain\n');
  });
  it("writes arrays and objects as JSON text, quoted", () => {
    expect(toCsvText([{ ids: ["x", "y"], o: { k: 1 } }])).toBe('ids,o\n"[""x"",""y""]","{""k"":1}"\n');
  });
  it("writes only the header for no rows, and follows the columns given", () => {
    expect(toCsvText([], ["year", "value"])).toBe("year,value\n");
    expect(toCsvText([{ a: 1, b: 2 }], ["b"])).toBe("b\n2\n");
  });
  it("writes false and 0 as text, not as empty cells", () => {
    expect(toCsvText([{ f: false, z: 0 }])).toBe("f,z\nfalse,0\n");
  });
});

describe("toNdjson", () => {
  it("writes one JSON object per line with a final newline", () => {
    expect(toNdjson([{ a: 1 }, { b: "x" }])).toBe('{"a":1}\n{"b":"x"}\n');
  });
  it("writes nothing at all for no rows", () => {
    expect(toNdjson([])).toBe("");
  });
});

describe("numbers in CSV", () => {
  it("print as published, and computed values at 15 significant digits, never the binary noise of a double", () => {
    // By hand: 0.1 + 0.2 is 0.30000000000000004 as a double; 2 / 3 prints 0.6666666666666666 (16 digits).
    expect(toCsvText([{ a: 0.1 + 0.2, b: 2 / 3, c: 10673.523, d: 146887, e: 0.0504, f: -1.5 }])).toBe(
      "a,b,c,d,e,f\n0.3,0.666666666666667,10673.523,146887,0.0504,-1.5\n",
    );
  });
});

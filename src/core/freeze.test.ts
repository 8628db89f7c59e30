// deepFreeze and freezeRows: what they promise to freeze is frozen, and nothing else is touched.
import { describe, expect, it } from "vitest";
import { deepFreeze, freezeRows } from "./freeze.js";

describe("deepFreeze", () => {
  it("freezes nested objects and arrays and returns the same value", () => {
    const v = { a: { b: [1, { c: 2 }] } };
    const out = deepFreeze(v);
    expect(out).toBe(v);
    expect(Object.isFrozen(v)).toBe(true);
    expect(Object.isFrozen(v.a)).toBe(true);
    expect(Object.isFrozen(v.a.b)).toBe(true);
    expect(Object.isFrozen(v.a.b[1])).toBe(true);
  });
  it("passes primitives and null through", () => {
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBe(null);
    expect(deepFreeze("s")).toBe("s");
  });
});

describe("freezeRows", () => {
  it("freezes the array, each row and the nested fields named, and only those", () => {
    const rows = [
      { id: "a", ids: ["x"], other: { k: 1 } },
      { id: "b", other: { k: 2 } },
    ];
    const out = freezeRows(rows, ["ids"]);
    expect(out).toBe(rows);
    expect(Object.isFrozen(rows)).toBe(true);
    expect(Object.isFrozen(rows[0])).toBe(true);
    expect(Object.isFrozen(rows[1])).toBe(true);
    expect(Object.isFrozen(rows[0]!.ids)).toBe(true);
    // Not named as nested: left as it is (the generated modules name every nested field).
    expect(Object.isFrozen(rows[0]!.other)).toBe(false);
  });
  it("freezes every nested field named, in every row", () => {
    const rows = [{ a: [1], b: [2] }, { a: [3], b: [4] }];
    freezeRows(rows, ["a", "b"]);
    for (const r of rows) {
      expect(Object.isFrozen(r.a)).toBe(true);
      expect(Object.isFrozen(r.b)).toBe(true);
    }
  });
});

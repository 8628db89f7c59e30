// deepFreeze and freezeRows: what they promise to freeze is frozen, and nothing else is touched.
import { describe, expect, it } from "vitest";
import { deepFreeze, freezeRows, rowsFromTuples } from "./freeze.js";

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

describe("rowsFromTuples", () => {
  it("makes each row from its shape's fields in order, reads strings from the table, deep-freezes what is marked", () => {
    // Shape 0: id as it is, tier from the table, ids deep-frozen; shape 1: id only.
    const rows = rowsFromTuples<Record<string, unknown>>([
      ["press", "producer"],
      [[["id", "tier", "ids"], [0, 1, 2]], [["id"], [0]]],
      [[0, "a", 1, ["x", "y"]], [1, "b"], [0, "c", 0, []]],
    ]);
    expect(rows).toEqual([{ id: "a", tier: "producer", ids: ["x", "y"] }, { id: "b" }, { id: "c", tier: "press", ids: [] }]);
    expect(Object.keys(rows[0]!)).toEqual(["id", "tier", "ids"]);
    expect(Object.keys(rows[1]!)).toEqual(["id"]);
    expect(Object.isFrozen(rows)).toBe(true);
    for (const r of rows) expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(rows[0]!.ids)).toBe(true);
    expect(Object.isFrozen(rows[2]!.ids)).toBe(true);
  });
  it("defines a field that Object.prototype also has (a setter or a read-only value there cannot catch it)", () => {
    const proto = Object.prototype as Record<string, unknown>;
    let caught = 0;
    Object.defineProperty(proto, "code", { set: () => void caught++, get: () => "from the prototype", configurable: true });
    Object.defineProperty(proto, "name", { value: "read-only", writable: false, configurable: true });
    try {
      const rows = rowsFromTuples<Record<string, unknown>>([[], [[["code", "name", "kind"], [0, 0, 0]]], [[0, "CHN", "China", "country"]]]);
      expect(caught).toBe(0);
      expect(Object.getOwnPropertyDescriptor(rows[0], "code")).toEqual({ value: "CHN", writable: false, enumerable: true, configurable: false });
      expect(Object.getOwnPropertyDescriptor(rows[0], "name")).toEqual({ value: "China", writable: false, enumerable: true, configurable: false });
      expect(Object.keys(rows[0]!)).toEqual(["code", "name", "kind"]);
    } finally {
      delete proto.code;
      delete proto.name;
    }
    // With the prototype clean again, the same rows are made by assignment, with the same result.
    const clean = rowsFromTuples<Record<string, unknown>>([[], [[["code", "name", "kind"], [0, 0, 0]]], [[0, "CHN", "China", "country"]]]);
    expect(clean).toEqual([{ code: "CHN", name: "China", kind: "country" }]);
  });
  it("makes no row from no tuples", () => {
    expect(rowsFromTuples([[], [], []])).toEqual([]);
  });
});

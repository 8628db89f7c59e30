// npm run data:diff: rows are added, changed or removed by key, and a second row with a key already present
// is reported as added (it used to replace the first in a map and read as "changed").
import { describe, expect, it } from "vitest";
import { compileData } from "../scripts/build-data.js";
import { diffDatasets } from "../scripts/data-diff.js";

const data = compileData();

describe("diffDatasets", () => {
  it("finds nothing between the data and itself", () => {
    for (const [name, d] of Object.entries(diffDatasets(data, data))) expect([d.added, d.changed, d.removed], name).toEqual([[], [], []]);
  });

  it("reports a row repeating an existing key as added, not as a change of the first", () => {
    const first = data.trade[0]!;
    const dup = { ...first, valueUsdMillions: first.valueUsdMillions + 1 };
    const d = diffDatasets(data, { ...data, trade: [...data.trade, dup] }).trade!;
    const key = [first.year, first.reporter, first.partner, first.flow, first.sourceId].join(" / ");
    expect(d).toEqual({ added: [key], changed: [], removed: [] });
  });

  it("reports a value that differs as changed, and rows only on one side as added or removed", () => {
    const [a, b, ...rest] = data.facts;
    const after = { ...data, facts: [{ ...a!, value: a!.value + 1 }, ...rest] };
    expect(diffDatasets(data, after).facts).toEqual({ added: [], changed: [a!.id], removed: [b!.id] });
    expect(diffDatasets(after, data).facts).toEqual({ added: [b!.id], changed: [a!.id], removed: [] });
  });

  it("compares against nothing when the old data does not build: every row is added", () => {
    const d = diffDatasets({}, data);
    expect(d.events!.added.length).toBe(data.events.length);
    expect(d.events!.removed).toEqual([]);
  });
});

// npm run data:diff: rows are added, changed or removed by key, and a second row with a key already present
// is reported as added (it used to replace the first in a map and read as "changed").
import { describe, expect, it } from "vitest";
import { compileData } from "../scripts/build-data.js";
import { diffDatasets } from "../scripts/data-diff.js";

const data = compileData();

describe("diffDatasets", () => {
  it("finds nothing between the data and a second build of it read in reverse order (rows compared by value, not identity)", () => {
    const again = compileData();
    const reversed = Object.fromEntries(Object.entries(again).map(([k, v]) => [k, Array.isArray(v) ? [...v].reverse().map((r) => ({ ...r })) : v]));
    const diff = diffDatasets(data, reversed as typeof data);
    expect(Object.keys(diff).length).toBeGreaterThan(10);
    for (const [name, d] of Object.entries(diff)) expect([d.added, d.changed, d.removed], name).toEqual([[], [], []]);
    // The same copy with one value changed is a change: the comparison above had something to find.
    const [t0, ...tRest] = reversed.trade as typeof data.trade;
    const changed = diffDatasets(data, { ...(reversed as typeof data), trade: [{ ...t0!, valueUsdMillions: t0!.valueUsdMillions * 2 }, ...tRest] }).trade!;
    expect(changed.changed).toHaveLength(1);
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

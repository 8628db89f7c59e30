// Column letters: bijective base 26 (A–Z, then AA), worked out by hand.
import { describe, expect, it } from "vitest";
import { columnLetters } from "./columns.js";

describe("columnLetters", () => {
  it("names columns as spreadsheets do, and gives the same string again", () => {
    // 26 = Z; 27 = 1·26 + 1 = AA; 52 = 1·26 + 26 = AZ; 702 = 26·26 + 26 = ZZ; 703 = 1·676 + 1·26 + 1 = AAA.
    expect([1, 26, 27, 52, 702, 703].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "ZZ", "AAA"]);
    expect(columnLetters(27)).toBe(columnLetters(27));
  });
});

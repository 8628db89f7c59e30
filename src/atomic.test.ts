// writeFileAtomic: the content lands whole, nothing temporary is left behind, and a failed write leaves the
// previous file as it was.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeFileAtomic } from "./atomic.js";

let dir = "";
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("writeFileAtomic", () => {
  it("writes text and bytes, and leaves only the target in the folder", () => {
    dir = mkdtempSync(join(tmpdir(), "atomic-"));
    const path = join(dir, "out.csv");
    writeFileAtomic(path, "a,b\n1,2\n");
    expect(readFileSync(path, "utf8")).toBe("a,b\n1,2\n");
    writeFileAtomic(path, new Uint8Array([104, 105]));
    expect(readFileSync(path, "utf8")).toBe("hi");
    expect(readdirSync(dir)).toEqual(["out.csv"]);
  });
  it("replaces an existing file whole", () => {
    dir = mkdtempSync(join(tmpdir(), "atomic-"));
    const path = join(dir, "out.txt");
    writeFileSync(path, "old content that is longer");
    writeFileAtomic(path, "new");
    expect(readFileSync(path, "utf8")).toBe("new");
  });
  it("on a failed rename, throws, keeps what was there and removes its temporary file", () => {
    dir = mkdtempSync(join(tmpdir(), "atomic-"));
    // A directory at the target: the temporary file is written, the rename over a directory fails.
    const target = join(dir, "taken");
    mkdirSync(target);
    writeFileSync(join(target, "keep"), "kept");
    expect(() => writeFileAtomic(target, "x")).toThrow(expect.objectContaining({ code: "EISDIR", message: expect.stringMatching(/^EISDIR: .*rename .* -> '.*taken'$/) }));
    expect(readdirSync(dir)).toEqual(["taken"]);
    expect(readFileSync(join(target, "keep"), "utf8")).toBe("kept");
  });
  it("names temporary files after the target, so they are never mistaken for another file", () => {
    dir = mkdtempSync(join(tmpdir(), "atomic-"));
    const target = join(dir, "taken");
    mkdirSync(target);
    let message = "";
    try {
      writeFileAtomic(target, "x");
    } catch (e) {
      message = String(e);
    }
    expect(message).toMatch(/taken\.[0-9a-f]{12}\.tmp/);
  });
});

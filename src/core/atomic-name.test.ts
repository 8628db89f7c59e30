// writeFileNew never writes through a file that already has its temporary name (a link planted there would
// send the content elsewhere): the random part of the name is fixed here so that the test can plant one.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("node:crypto", async (importOriginal) => ({
  ...(await importOriginal<typeof import("node:crypto")>()),
  randomBytes: (n: number) => Buffer.alloc(n, 0xab),
}));

const { writeFileNew } = await import("./atomic.js");

let dir = "";
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("writeFileNew's temporary file", () => {
  it("is created new: a file already at its name makes the write fail, and no target is made", () => {
    dir = mkdtempSync(join(tmpdir(), "atomic-name-"));
    // Six bytes of 0xab: the name is out.csv.abababababab.tmp.
    const planted = join(dir, "out.csv.abababababab.tmp");
    writeFileSync(planted, "planted");
    expect(() => writeFileNew(join(dir, "out.csv"), "new")).toThrow(expect.objectContaining({ code: "EEXIST" }));
    expect(existsSync(join(dir, "out.csv"))).toBe(false);
  });
});

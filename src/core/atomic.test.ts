// writeFileAtomic: the content lands whole, nothing temporary is left behind, and a failed write leaves the
// previous file as it was.
import { execFileSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, renameSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { removeTemporaryFiles, TargetExistsError, temporaryPath, writeFileAtomic, writeFileNew } from "./atomic.js";

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
    // The message written out here, not made by the class under test.
    expect(() => writeFileAtomic(target, "x")).toThrow(
      expect.objectContaining({ name: "TargetExistsError", message: `${target} exists and is not a regular file`, path: target, reason: "not-a-file" }),
    );
    expect(readdirSync(dir)).toEqual(["taken"]);
    expect(readFileSync(join(target, "keep"), "utf8")).toBe("kept");
  });
  it("names temporary files after the target, so they are never mistaken for another file", () => {
    dir = mkdtempSync(join(tmpdir(), "atomic-"));
    const target = join(dir, "out.csv");
    const seen: string[] = [];
    writeFileNew(target, "x", { onTemporary: (tmp) => seen.push(basename(tmp)) });
    expect(seen).toEqual([expect.stringMatching(/^out\.csv\.[0-9a-f]{12}\.tmp$/)]);
  });
});

describe("writeFileNew", () => {
  it("creates a new file, and refuses one that exists without replace (nothing temporary left)", () => {
    dir = mkdtempSync(join(tmpdir(), "atomic-"));
    const path = join(dir, "new.csv");
    writeFileNew(path, "first");
    expect(() => writeFileNew(path, "second")).toThrow(expect.objectContaining({ name: "TargetExistsError", message: `${path} exists`, reason: "exists" }));
    expect(() => writeFileNew(path, "second")).toThrow(TargetExistsError);
    expect(readFileSync(path, "utf8")).toBe("first");
    writeFileNew(path, "third", { replace: true });
    expect(readFileSync(path, "utf8")).toBe("third");
    expect(readdirSync(dir)).toEqual(["new.csv"]);
  });

  it("checks the target's type at the last step: a FIFO made while the file was written is not replaced", () => {
    dir = mkdtempSync(join(tmpdir(), "atomic-"));
    const path = join(dir, "out.csv");
    writeFileSync(path, "old");
    const mkfifo = () => {
      rmSync(path);
      execFileSync("mkfifo", [path]);
    };
    expect(() => writeFileNew(path, "new", { replace: true, onTemporary: mkfifo })).toThrow(
      expect.objectContaining({ name: "TargetExistsError", message: `${path} exists and is not a regular file` }),
    );
    expect(lstatSync(path).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(["out.csv"]);
  });

  it("cuts the target's name in its temporary name so that the whole stays within 255 bytes, never inside a character", () => {
    const long = join("/d", `${"é".repeat(126)}.csv`); // 252 + 4 = 256 bytes: too long itself, cut anyway
    const tmp = basename(temporaryPath(long));
    expect(Buffer.byteLength(tmp)).toBeLessThanOrEqual(255);
    expect(tmp).toMatch(/^(é)+\.[0-9a-f]{12}\.tmp$/);
    expect(basename(temporaryPath("/d/short.csv"))).toMatch(/^short\.csv\.[0-9a-f]{12}\.tmp$/);
    // "中" is three bytes (E4 B8 AD): of 100 of them (300 bytes), 255 − 17 = 238 bytes would end inside the 80th,
    // so the name keeps 79 (237 bytes) and the whole is 237 + 17 = 254 bytes.
    expect(basename(temporaryPath(`/d/${"中".repeat(100)}`))).toMatch(new RegExp(`^${"中".repeat(79)}\\.[0-9a-f]{12}\\.tmp$`));
    // 252 bytes of name: 238 kept, then 17 of suffix = 255.
    expect(Buffer.byteLength(basename(temporaryPath(`/d/${"x".repeat(252)}`)))).toBe(255);
  });

  it("passes on an error of the last step that is not about the target (the folder moved away: ENOENT)", () => {
    dir = mkdtempSync(join(tmpdir(), "atomic-"));
    const sub = join(dir, "sub");
    mkdirSync(sub);
    const moveAway = () => renameSync(sub, join(dir, "moved"));
    expect(() => writeFileNew(join(sub, "out.csv"), "x", { onTemporary: moveAway })).toThrow(expect.objectContaining({ code: "ENOENT" }));
    expect(existsSync(join(dir, "moved", "out.csv"))).toBe(false);
  });

  it("removeTemporaryFiles removes a temporary file still in flight", () => {
    dir = mkdtempSync(join(tmpdir(), "atomic-"));
    let seen = "";
    const interrupt = (tmp: string) => {
      seen = tmp;
      expect(existsSync(tmp)).toBe(true);
      removeTemporaryFiles();
    };
    // With its temporary file gone, the link fails: the write reports it and leaves nothing.
    expect(() => writeFileNew(join(dir, "out.csv"), "x", { onTemporary: interrupt })).toThrow(expect.objectContaining({ code: "ENOENT" }));
    expect(seen).not.toBe("");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("removeTemporaryFiles does not fail on a temporary file that is already gone", () => {
    dir = mkdtempSync(join(tmpdir(), "atomic-"));
    const gone = (tmp: string) => {
      rmSync(tmp);
      expect(() => removeTemporaryFiles()).not.toThrow();
    };
    expect(() => writeFileNew(join(dir, "out.csv"), "x", { onTemporary: gone })).toThrow(expect.objectContaining({ code: "ENOENT" }));
  });

  it("an interrupt (SIGINT) while a file is written leaves no temporary file", () => {
    dir = mkdtempSync(join(tmpdir(), "atomic-"));
    const target = join(dir, "out.csv");
    const script = `
      import { installInterruptCleanup, writeFileNew } from ${JSON.stringify(new URL("./atomic.ts", import.meta.url).pathname)};
      installInterruptCleanup();
      writeFileNew(${JSON.stringify(target)}, "data", { onTemporary: () => process.kill(process.pid, "SIGINT") });
      setTimeout(() => process.exit(0), 5000);
    `;
    let status: number | null = 0;
    try {
      execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: "pipe" });
    } catch (e) {
      status = (e as { status: number | null }).status;
    }
    expect(status).toBe(130);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

// The command line writes files safely under concurrency: one of several writers racing for a new file
// wins, the others fail with one line; long names, interrupted runs and bad --out values are handled.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..", "..");
const CLI = resolve(ROOT, "dist", "cli.js");
const work = mkdtempSync(join(tmpdir(), "crd-cli-writes-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: work });
    let out = "";
    let err = "";
    child.stdout.on("data", (b) => (out += b));
    child.stderr.on("data", (b) => (err += b));
    child.on("close", (code) => done({ code, out, err }));
  });
}

describe("cli --out", () => {
  it("three concurrent exports to one new file without --force: exactly one writes it, in each of 20 rounds", async () => {
    const wins: number[] = [];
    for (let round = 0; round < 20; round++) {
      const target = join(work, `race-${round}.csv`);
      const results = await Promise.all([0, 1, 2].map(() => cli(["export", "countries", "--out", target])));
      const ok = results.filter((r) => r.code === 0);
      wins.push(ok.length);
      for (const r of results.filter((x) => x.code !== 0)) {
        expect(r.code).toBe(2);
        expect(r.err).toBe(`china-russia-data: --out ${target}: exists; pass --force to replace it\n`);
      }
      expect(readFileSync(target, "utf8").startsWith("code,name,")).toBe(true);
    }
    expect(wins).toEqual(Array(20).fill(1));
    expect(readdirSync(work).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  }, 120_000);

  it("writes a file whose name is 252 bytes long (the temporary name is cut to fit)", async () => {
    const name = `${"x".repeat(248)}.csv`;
    const r = await cli(["export", "countries", "--out", join(work, name)]);
    expect([r.code, r.err]).toEqual([0, expect.stringMatching(/^wrote \d+ rows to /)]);
    expect(existsSync(join(work, name))).toBe(true);
  });

  it("series --out reports a write error as export does: one line, exit 2, the path as given", async () => {
    // A file where a folder should be: the folder "exists", the write fails (ENOTDIR).
    writeFileSync(join(work, "a-file"), "");
    for (const command of [["series", "--reporter", "CHN", "--partner", "RUS"], ["export", "countries"]]) {
      const target = join(work, "a-file", "s.csv");
      const r = await cli([...command, "--out", target]);
      expect([r.code, r.out, r.err]).toEqual([2, "", `china-russia-data: --out ${target}: could not be written (ENOTDIR); nothing was left behind\n`]);
    }
  });

  it("--where on a field that is empty in every row says so, and lists the values the field allows", async () => {
    const r = await cli(["export", "trade", "--where", "bound=upper"]);
    // No row has the value: data not found, exit 1 (the CLI's rule: 1 data not found, 2 usage errors); it was 2
    // before the rule was one.
    // The values are the trade schema's: bound is z.enum(["lower", "upper"]).
    expect([r.code, r.err]).toEqual([1, "china-russia-data: --where: bound is empty in every row, so no row has bound=upper (bound allows: lower, upper)\n"]);
  });

  it("refuses --out '', extra words after a command and an option given twice", async () => {
    for (const [args, message] of [
      [["export", "countries", "--out", ""], /^china-russia-data: --out needs a file name, got ""\n$/],
      [["series", "--reporter", "CHN", "--partner", "RUS", "--out", ""], /^china-russia-data: --out needs a file name, got ""\n$/],
      [["show", "countries", "trade"], /^china-russia-data: show takes one dataset, got 2: countries trade\n$/],
      [["summary", "now"], /^china-russia-data: summary takes no argument, got: now\n$/],
      [["export", "countries", "--format", "csv", "--format", "json"], /^china-russia-data: --format is given twice; give it once\n$/],
      [["series", "--reporter", "CHN", "--reporter", "RUS", "--partner", "WLD"], /^china-russia-data: --reporter is given twice; give it once\n$/],
    ] as const) {
      const r = await cli([...args]);
      expect([r.code, r.out], args.join(" ")).toEqual([2, ""]);
      expect(r.err, args.join(" ")).toMatch(message);
    }
  });
});

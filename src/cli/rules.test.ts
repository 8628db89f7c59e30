// The command line's one rule for errors: one line on stderr, exit 2 for a usage error and 1 when the data asked
// for does not exist, as --help states; --format and --out agree; repeated --where on one field means either value.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import * as api from "../index.js";
import { main } from "./main.js";
import { armsDeliveries } from "../arms/index.js";
import { worldTrade } from "../world/index.js";
import { partnerTrade } from "../partner-trade.js";

async function run(args: string[]) {
  let out = "";
  let err = "";
  const code = await main(args, async (name) => (name === "partnerTrade" ? partnerTrade : name === "armsDeliveries" ? armsDeliveries : worldTrade), { write: (s: string) => (out += s) }, { write: (s: string) => (err += s) });
  return { code, out, err };
}

const work = mkdtempSync(join(tmpdir(), "crd-cli-rules-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("cli: one rule for errors", () => {
  it("an unknown option gets the CLI's own one-line error, exit 2", async () => {
    for (const [args, expected] of [
      [["--bogus"], "china-russia-data: unknown option --bogus (see --help)\n"],
      [["export", "trade", "--frmat", "csv"], "china-russia-data: unknown option --frmat (see --help)\n"],
      [["export", "trade", "--frmat=csv"], "china-russia-data: unknown option --frmat (see --help)\n"],
      [["cite", "-x"], "china-russia-data: unknown option -x (see --help)\n"],
      [["export", "trade", "--format"], "china-russia-data: --format needs a value (see --help)\n"],
      [["export", "trade", "--force=yes"], "china-russia-data: --force takes no value (see --help)\n"],
    ] as const) {
      const r = await run([...args]);
      expect([r.code, r.out, r.err], args.join(" ")).toEqual([2, "", expected]);
    }
  });

  it("exit 1 when the data asked for does not exist, 2 for a usage error, as --help says", async () => {
    const help = (await run(["--help"])).out;
    expect(help).toContain("Exit status: 0 done; 1 the data asked for does not exist");
    expect(help).toMatch(/; 2 a usage error \(an unknown command, option or dataset/);
    // Data not found: a series the data lacks (DataNotAvailableError), a --where value no row has.
    for (const args of [
      ["series", "--reporter", "CHN", "--partner", "KAZ"],
      ["export", "trade", "--where", "year=1850"],
      ["export", "trade", "--where", "note=undefined"],
      ["export", "trade", "--where", "partner=rus"],
      ["export", "trade", "--where", "bound=upper"],
    ]) {
      const r = await run(args);
      expect([r.code, r.out], args.join(" ")).toEqual([1, ""]);
      expect(r.err.split("\n"), args.join(" ")).toHaveLength(2);
    }
    // Usage: an unknown command or dataset, a malformed value, an option a command does not take.
    for (const args of [["frobnicate"], ["export", "nope"], ["show", "trade", "--limit", "x"], ["export", "trade", "--where", "year=abc"], ["summary", "--limit", "3"], ["export", "trade", "--format", "xml"], ["export", "trade", "--where", "reporter=chn"]]) {
      const r = await run(args);
      expect([r.code, r.out], args.join(" ")).toEqual([2, ""]);
      expect(r.err.split("\n"), args.join(" ")).toHaveLength(2);
    }
  });

  it("--format that disagrees with --out's extension is refused before anything is written", async () => {
    const file = join(work, "trade.json");
    const r = await run(["export", "trade", "--format", "csv", "--out", file]);
    expect([r.code, r.err]).toEqual([2, `china-russia-data: --format csv disagrees with --out ${file}, a .json file; give one of them, or both alike\n`]);
    expect(existsSync(file)).toBe(false);
    const series = join(work, "s.csv");
    const s = await run(["series", "--reporter", "CHN", "--partner", "RUS", "--format", "ndjson", "--out", series]);
    expect([s.code, s.err]).toEqual([2, `china-russia-data: --format ndjson disagrees with --out ${series}, a .csv file; give one of them, or both alike\n`]);
    expect(existsSync(series)).toBe(false);
    // The extension's case does not matter; alike, or an extension that names no format: written.
    expect((await run(["export", "facts", "--format", "csv", "--out", join(work, "FACTS.JSON")])).code).toBe(2);
    expect((await run(["export", "facts", "--format", "json", "--out", file])).code).toBe(0);
    expect((await run(["export", "facts", "--format", "csv", "--out", join(work, "facts.txt")])).code).toBe(0);
    expect((await run(["export", "--help"])).out).toMatch(/--format and --out's extension must agree/);
  });

  it("repeated --where on one field: alternatives (OR); on different fields: all apply (AND), as the help says", async () => {
    const rows = (text: string) => parse(text, { columns: true }) as Record<string, string>[];
    const r = await run(["export", "trade", "--where", "reporter=CHN", "--where", "partner=RUS", "--where", "partner=WLD", "--where", "year=2001"]);
    expect(r.code).toBe(0);
    const got = rows(r.out);
    // Counted by hand from the rows: China's rows of 2001 with Russia, and with the world.
    const rus = api.trade.filter((x) => x.reporter === "CHN" && x.partner === "RUS" && x.year === 2001).length;
    const wld = api.trade.filter((x) => x.reporter === "CHN" && x.partner === "WLD" && x.year === 2001).length;
    expect(rus).toBeGreaterThan(0);
    expect(wld).toBeGreaterThan(0);
    expect(got.length).toBe(rus + wld);
    expect(got.filter((x) => x.partner === "RUS").length).toBe(rus);
    expect(got.every((x) => x.reporter === "CHN" && x.year === "2001")).toBe(true);
    // One value given twice is the same filter as given once.
    const twice = await run(["export", "trade", "--where", "partner=RUS", "--where", "partner=RUS", "--where", "year=2001"]);
    const once = await run(["export", "trade", "--where", "partner=RUS", "--where", "year=2001"]);
    expect(twice.out).toBe(once.out);
    expect((await run(["export", "--help"])).out).toMatch(/values of one field are alternatives/);
  });

  it("--where on a field no row fills lists the values the field allows (exit 1); a value it does not allow is a usage error (exit 2)", async () => {
    // The trade schema's bound: z.enum(["lower", "upper"]); no trade row has a bound.
    expect(api.trade.some((r) => r.bound !== undefined)).toBe(false);
    const upper = await run(["export", "trade", "--where", "bound=upper"]);
    expect([upper.code, upper.out, upper.err]).toEqual([1, "", "china-russia-data: --where: bound is empty in every row, so no row has bound=upper (bound allows: lower, upper)\n"]);
    const middle = await run(["export", "trade", "--where", "bound=middle"]);
    expect([middle.code, middle.out, middle.err]).toEqual([2, "", 'china-russia-data: --where: bound must be one of lower, upper, got "middle"\n']);
    // Where rows have the field, an allowed value works: the arms transfers hold one lower bound ("more than 90 per cent").
    const lower = await run(["export", "arms-transfers", "--where", "bound=lower", "--format", "json"]);
    expect(lower.code).toBe(0);
    expect((JSON.parse(lower.out) as { bound: string; sharePercent: number }[]).map((r) => [r.bound, r.sharePercent])).toEqual([["lower", 90]]);
  });
});

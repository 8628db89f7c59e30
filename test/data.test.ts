// Data invariants: raw files, extraction, generated modules, schemas, keys, sums and cross-source checks.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { compileData, generatedModules } from "../scripts/build-data.js";
import { extractCells, partnerTradeCsv } from "../scripts/producers/imf-dots/dots.js";
import { ROOT } from "../scripts/lib/files.js";
import { armsDeliveries } from "../src/arms/index.js";
import {
  armsTransfers, assessments, capabilities, claims, countries, energyFlows, energyProjects, events, facts, reportedShares, sources, trade,
} from "../src/index.js";
import { partnerTrade } from "../src/partner-trade.js";
import { validate } from "../src/schemas/index.js";

const read = (p: string) => readFileSync(resolve(ROOT, p));
const cells = await extractCells();

describe("raw files", () => {
  const provenance = JSON.parse(read("data/raw/provenance.json").toString()) as { files: { path: string; sha256: string; bytes: number }[] };
  const folders = [...new Set(provenance.files.map((f) => f.path.split("/")[0]!))];
  for (const folder of folders) {
    it(`every file of data/raw/${folder}/ is untouched (sha256 and size as recorded in provenance.json), and no other file is there`, () => {
      const listed = provenance.files.filter((f) => f.path.startsWith(`${folder}/`));
      for (const f of listed) {
        const buf = read(`data/raw/${f.path}`);
        expect(buf.length, f.path).toBe(f.bytes);
        expect(createHash("sha256").update(buf).digest("hex"), f.path).toBe(f.sha256);
      }
      const present = (readdirSync(resolve(ROOT, "data/raw", folder), { recursive: true }) as string[])
        .filter((f) => !statSync(resolve(ROOT, "data/raw", folder, f)).isDirectory())
        .map((f) => f.split("\\").join("/"));
      expect(present.sort()).toEqual(listed.map((f) => f.path.slice(folder.length + 1)).sort());
    });
  }
});

describe("IMF DOTS extraction", () => {
  it("reproduces every China/Russia/World cell of the reference extract", () => {
    const expected = parse(read("test/fixtures/dots-china-russia-extract.csv"), { columns: true }) as Record<string, string>[];
    expect(expected.length).toBe(232);
    for (const e of expected) {
      const got = cells.find(
        (c) => c.file === e.file && c.sheet === e.sheet && c.row === Number(e.row) && c.year === Number(e.year),
      );
      expect(got, `${e.file} ${e.sheet} row ${e.row} ${e.year}`).toBeDefined();
      expect(got!.imfReporter).toBe(e.reporter);
      expect(got!.imfFlow).toBe(e.flow);
      expect(got!.imfPartner).toBe(e.partner);
      // The workbook's double at the 15 significant digits a spreadsheet shows (85616.91255749943 → 85616.9125574994).
      expect(got!.valueUsdMillions).toBe(Number(Number(e.value_usd_millions).toPrecision(15)));
    }
  });

  it("is deterministic and the committed data/partner-trade.csv is what it makes", async () => {
    const again = partnerTradeCsv(await extractCells());
    expect(partnerTradeCsv(cells)).toBe(again);
    expect(read("data/partner-trade.csv").toString()).toBe(again);
  });

  it("maps every IMF partner name to a code of the countries dataset", () => {
    const imfNames = new Set(countries.map((c) => c.imfName));
    for (const c of cells) expect(imfNames.has(c.imfPartner), c.imfPartner).toBe(true);
  });
});

describe("generated modules", () => {
  it("src/datasets/generated/ is what scripts/build-data.ts makes from data/ (run npm run data:build)", () => {
    const modules = generatedModules(compileData());
    for (const [name, text] of Object.entries(modules)) {
      expect(read(`src/datasets/generated/${name}`).toString(), name).toBe(text);
    }
  });

  it("each module gives back the rows the build compiled: same fields in the same order, same values, frozen", async () => {
    // The modules write rows compactly (tuples and one maker per shape, or series); what they export must be
    // the compiled rows exactly, down to the order of the fields (JSON and CSV export follow it).
    const data = compileData();
    const root = (await import("../src/index.js")) as unknown as Record<string, readonly object[]>;
    const exported: Record<string, readonly object[]> = { ...root, partnerTrade, armsDeliveries, worldTrade: (await import("../src/world/index.js")).worldTrade };
    const frozen = (v: unknown): boolean => typeof v !== "object" || v === null || (Object.isFrozen(v) && Object.values(v).every(frozen));
    let checked = 0;
    for (const [name, rows] of Object.entries(data)) {
      if (!Array.isArray(rows) || !(name in exported)) continue;
      const plain = JSON.parse(JSON.stringify(rows)) as object[];
      expect(JSON.stringify(exported[name]), name).toBe(JSON.stringify(plain));
      expect(frozen(exported[name]), name).toBe(true);
      checked++;
    }
    expect(checked).toBe(16);
  });
});

describe("schemas and keys", () => {
  it("every row of every dataset is valid", () => {
    expect(validate("trade", trade)).toEqual([]);
    expect(validate("partnerTrade", partnerTrade)).toEqual([]);
    expect(validate("countries", countries)).toEqual([]);
    expect(validate("sources", sources)).toEqual([]);
    expect(validate("reportedShares", reportedShares)).toEqual([]);
    expect(validate("energyProjects", energyProjects)).toEqual([]);
    expect(validate("energyFlows", energyFlows)).toEqual([]);
    expect(validate("armsTransfers", armsTransfers)).toEqual([]);
    expect(validate("events", events)).toEqual([]);
    expect(validate("facts", facts)).toEqual([]);
    expect(validate("assessments", assessments)).toEqual([]);
    expect(validate("claims", claims)).toEqual([]);
  });

  it("trade has one row per (year, reporter, partner, flow, sourceId) and partnerTrade per (year, reporter, partner, flow)", () => {
    expect(new Set(trade.map((r) => `${r.year}/${r.reporter}/${r.partner}/${r.flow}/${r.sourceId}`)).size).toBe(trade.length);
    expect(new Set(partnerTrade.map((r) => `${r.year}/${r.reporter}/${r.partner}/${r.flow}`)).size).toBe(partnerTrade.length);
  });

  it("every sourceId resolves and every source is cited", () => {
    const ids = new Set<string>(sources.map((s) => s.id));
    const cited = new Set<string>();
    for (const r of [...trade, ...partnerTrade, ...reportedShares, ...energyFlows, ...armsTransfers, ...armsDeliveries, ...capabilities, ...facts, ...assessments]) {
      cited.add(r.sourceId);
    }
    for (const r of [...events, ...energyProjects, ...claims]) for (const id of r.sourceIds) cited.add(id);
    for (const p of energyProjects) for (const x of [...p.capacity, ...p.chineseStakes, ...p.milestones]) cited.add(x.sourceId);
    for (const id of cited) expect(ids.has(id), id).toBe(true);
    for (const id of ids) expect(cited.has(id), `source ${id} is cited by no row`).toBe(true);
  });

  it("no value is negative, and every hand-entered row keeps its excerpt", () => {
    for (const r of [...trade, ...partnerTrade]) expect(r.valueUsdMillions).toBeGreaterThanOrEqual(0);
    for (const r of trade) {
      if (r.producer === "imf-dots") expect(r.cell).toBeDefined();
      else expect(r.excerpt?.length, `${r.year} ${r.sourceId}`).toBeGreaterThan(10);
    }
  });

  it("the 2015 press figure flagged as suspect is excluded", () => {
    expect(trade.filter((r) => r.year === 2015 && r.producer !== "imf-dots")).toEqual([]);
  });
});

/** Half a unit of the last published digit, in USD millions: the rounding a published figure can carry. */
function halfUnit(r: { valueAsPublished?: string; unitAsPublished?: string }): number {
  if (r.valueAsPublished === undefined) return 1e-6;
  const decimals = r.valueAsPublished.split(".")[1]?.length ?? 0;
  const scale = r.unitAsPublished === "USD trillion" ? 1e6 : 1e3;
  return 0.5 * 10 ** -decimals * scale;
}

describe("arithmetic invariants", () => {
  it("exports + imports = total wherever one source gives all three (within its rounding)", () => {
    const bySource = new Map<string, Partial<Record<string, (typeof trade)[number]>>>();
    for (const r of trade) {
      const k = `${r.year}/${r.reporter}/${r.partner}/${r.sourceId}`;
      bySource.set(k, { ...bySource.get(k), [r.flow]: r });
    }
    let checked = 0;
    for (const [k, f] of bySource) {
      if (!f.export || !f.import || !f.total) continue;
      const tol = halfUnit(f.export) + halfUnit(f.import) + halfUnit(f.total) + (f.total.approximate ? 1000 : 0);
      expect(Math.abs(f.export.valueUsdMillions + f.import.valueUsdMillions - f.total.valueUsdMillions), k).toBeLessThanOrEqual(tol);
      checked++;
    }
    // 2010, 2016, 2017, 2018, 2022, 2024 (GACC via the press) and 2023 (MOFCOM, world trade); 2019's total
    // (TASS) and its split (segodnia.ru) come from two sources
    expect(checked).toBe(7);
  });

  it("each reporter's countries plus its not-specified rows sum to its World figure within 2%", () => {
    const kind = new Map(countries.map((c) => [c.code, c.kind]));
    const notSpecified = new Set(["ASIA_NS", "EUROPE_NS", "MECA_NS", "AFRICA_NS", "WHEM_NS", "OTHER_NIE", "SPECIAL_CAT", "NOT_SPECIFIED"]);
    const sums = new Map<string, { world: number; parts: number }>();
    for (const r of partnerTrade) {
      const k = `${r.reporter}/${r.flow}/${r.year}`;
      const s = sums.get(k) ?? { world: Number.NaN, parts: 0 };
      if (r.partner === "WLD") s.world = r.valueUsdMillions;
      else if (notSpecified.has(r.partner) || kind.get(r.partner) !== "group") s.parts += r.valueUsdMillions;
      sums.set(k, s);
    }
    expect(sums.size).toBe(2 * 2 * 29);
    for (const [k, { world, parts }] of sums) expect(Math.abs(world - parts) / world, k).toBeLessThan(0.02);
  });

  it("national figures in the press agree with the same reporter's DOTS figures within 3% (a typo check)", () => {
    const dots = (reporter: string, partner: string, year: number, flow: string) => {
      const pick = (f: string) => trade.find((r) => r.producer === "imf-dots" && r.reporter === reporter && r.partner === partner && r.year === year && r.flow === f)?.valueUsdMillions;
      if (flow !== "total") return pick(flow);
      const x = pick("export");
      const m = pick("import");
      return x !== undefined && m !== undefined ? x + m : undefined;
    };
    let compared = 0;
    for (const r of trade) {
      if (r.producer === "imf-dots") continue;
      const ref = dots(r.reporter, r.partner, r.year, r.flow);
      if (ref === undefined) continue;
      const diff = Math.abs(r.valueUsdMillions - ref) / ref;
      expect(diff, `${r.reporter}→${r.partner} ${r.flow} ${r.year} ${r.sourceId}: ${r.valueUsdMillions} vs DOTS ${ref.toFixed(1)}`).toBeLessThan(0.03);
      compared++;
    }
    expect(compared).toBeGreaterThan(30);
  });
});

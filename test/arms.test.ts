// SIPRI arms deliveries: extraction, SIPRI's totals, the Soviet/Russian split, the selectors and the article's
// arms claims. Expected figures are read from the raw tables (data/raw/sipri/) and written out here.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { ARMS_DELIVERIES_COLUMNS, extractArms } from "../scripts/producers/sipri-arms/tiv-2022.js";
import { ROOT, toCsv } from "../scripts/lib/files.js";
import {
  armsDeliveries, armsDeliveriesMeta, armsRecipients, armsSeries, armsShare, armsSuppliers, DataNotAvailableError,
} from "../src/arms/index.js";
import { armsTransfers, claims, countries } from "../src/index.js";
import { validate } from "../src/schemas/index.js";

const cells = extractArms();
/** The rows of SIPRI's tables of 28 July 2022: the release this file checks, asked for by name. */
const R2022 = "2022-07-28";
const tables = armsDeliveries.filter((r) => r.release === R2022);
const read = (p: string) => readFileSync(resolve(ROOT, p), "utf8");

/** A raw table as { recipient name → { year → cell text } }, read with a plain CSV parser. */
function rawTable(code: string): Map<string, Map<number, string>> {
  const records = parse(read(`data/raw/sipri/TIV-Export-${code}-1950-2021.csv`), { relax_column_count: true }) as string[][];
  const header = records[10]!;
  const table = new Map<string, Map<number, string>>();
  for (const rec of records.slice(11)) {
    if (!rec[0]) continue;
    const row = new Map<number, string>();
    header.forEach((h, i) => {
      if (i > 0 && rec[i]) row.set(h === "Total" ? 0 : Number(h), rec[i]!);
    });
    table.set(rec[0], row);
  }
  return table;
}

describe("SIPRI extraction", () => {
  it("is deterministic and the committed data/arms-deliveries.csv is what it makes", () => {
    const again = toCsv(extractArms(), ARMS_DELIVERIES_COLUMNS);
    expect(toCsv(cells, ARMS_DELIVERIES_COLUMNS)).toBe(again);
    expect(read("data/arms-deliveries.csv")).toBe(again);
  });

  it("reproduces every cell of the independent cross-check extract (Russia and the USSR to India, China and Viet Nam)", () => {
    const all = parse(read("test/fixtures/sipri-russia-ussr-to-ind-chn-vnm-crosscheck.csv"), { columns: true }) as Record<string, string>[];
    expect(all.length).toBe(258);
    // Its "Total" rows are SIPRI's per-recipient totals over 1950–2021 (the table's last column, not a year).
    const totals = all.filter((e) => e.year === "Total");
    const table = { Russia: rawTable("RUS"), "Soviet Union": rawTable("USR") } as Record<string, Map<string, Map<number, string>>>;
    const rawName = (n: string) => (n === "ALL RECIPIENTS (supplier total)" ? "Total" : n);
    for (const t of totals) expect(table[t.supplier!]!.get(rawName(t.recipient!))!.get(0), `${t.supplier} → ${t.recipient} Total`).toBe(t.tiv_millions);
    const expected = all.filter((e) => e.year !== "Total");
    const code: Record<string, string> = {
      Russia: "RUS", "Soviet Union": "SUN", India: "IND", China: "CHN", "Viet Nam": "VNM", "ALL RECIPIENTS (supplier total)": "WLD",
    };
    for (const e of expected) {
      const got = tables.find((r) => r.supplier === code[e.supplier!] && r.recipient === code[e.recipient!] && r.year === Number(e.year));
      expect(got?.tivMillions, `${e.supplier} → ${e.recipient} ${e.year}`).toBe(Number(e.tiv_millions));
    }
    // And nothing more: the extract lists every non-empty cell of those pairs.
    const pairs = tables.filter((r) => ["RUS", "SUN"].includes(r.supplier) && ["IND", "CHN", "VNM", "WLD"].includes(r.recipient));
    expect(pairs.length).toBe(expected.length);
  });

  it("keeps SIPRI's 0 as 0 with belowHalfMillion, and an empty cell as no row", () => {
    // TIV-Export-RUS, row Argentina: 1997 "1", 1998 "0", 1999 empty.
    const raw = rawTable("RUS").get("Argentina")!;
    expect(raw.get(1998)).toBe("0");
    expect(raw.has(1999)).toBe(false);
    const zero = tables.find((r) => r.supplier === "RUS" && r.recipient === "ARG" && r.year === 1998)!;
    expect(zero).toMatchObject({ tivMillions: 0, belowHalfMillion: true });
    expect(tables.find((r) => r.supplier === "RUS" && r.recipient === "ARG" && r.year === 1999)).toBeUndefined();
    expect(tables.filter((r) => r.belowHalfMillion).every((r) => r.tivMillions === 0)).toBe(true);
    expect(tables.filter((r) => r.tivMillions === 0).every((r) => r.belowHalfMillion)).toBe(true);
  });

  it("has one row per non-empty cell of the 134 tables of release 2022-07-28, all valid", () => {
    expect(tables.length).toBe(24787);
    // Beside them, the register of SIPRI's March 2025 update (test/editions.test.ts checks it).
    expect(armsDeliveriesMeta.rows).toBe(armsDeliveries.length);
    expect(new Set(armsDeliveries.map((r) => r.release))).toEqual(new Set([R2022, "2026-02-12"]));
    expect(new Set(tables.map((r) => r.supplier)).size).toBe(134);

    expect(validate("armsDeliveries", tables)).toEqual([]);
    const codes = new Set(countries.map((c) => c.code));
    for (const r of tables) {
      expect(codes.has(r.supplier) && codes.has(r.recipient), `${r.supplier}→${r.recipient}`).toBe(true);
    }
  });

  it("the recipients sum to SIPRI's Total row in every supplier-year, within SIPRI's rounding", () => {
    // Each cell is rounded to whole millions and so is the total: |Σ round(x) − round(Σ x)| ≤ 0.5·n + 0.5.
    const sums = new Map<string, { sum: number; n: number; total?: number }>();
    for (const r of tables) {
      const k = `${r.supplier}/${r.year}`;
      const e = sums.get(k) ?? { sum: 0, n: 0 };
      if (r.recipient === "WLD") e.total = r.tivMillions;
      else {
        e.sum += r.tivMillions;
        e.n += 1;
      }
      sums.set(k, e);
    }
    let exact = 0;
    for (const [k, e] of sums) {
      expect(e.total, k).toBeDefined();
      expect(Math.abs(e.sum - e.total!), k).toBeLessThanOrEqual(0.5 * e.n + 0.5);
      if (e.sum === e.total) exact++;
    }
    expect(exact / sums.size).toBeGreaterThan(0.5);
  });

  it("each recipient's years sum to SIPRI's Total column within its rounding (Russia's table)", () => {
    for (const [name, row] of rawTable("RUS")) {
      const years = [...row].filter(([y]) => y !== 0);
      const sum = years.reduce((n, [, v]) => n + Number(v), 0);
      expect(Math.abs(sum - Number(row.get(0))), name).toBeLessThanOrEqual(0.5 * years.length + 0.5);
    }
  });
});

describe("the Soviet Union is SUN, never RUS", () => {
  it("Russia's rows start in 1992 and the Soviet Union's end in 1991", () => {
    const rus = tables.filter((r) => r.supplier === "RUS").map((r) => r.year);
    const sun = tables.filter((r) => r.supplier === "SUN").map((r) => r.year);
    expect(Math.min(...rus)).toBe(1992);
    expect(Math.max(...sun)).toBe(1991);
    // The Soviet Union as a recipient is SUN too (e.g. from Czechoslovakia).
    expect(tables.some((r) => r.recipient === "SUN")).toBe(true);
    expect(tables.some((r) => r.recipient === "RUS" && r.year < 1992)).toBe(false);
  });

  it("armsShare refuses Russia before 1992 and points to SUN; the Soviet table's code is not USR", () => {
    expect(() => armsShare({ supplier: "RUS", recipient: "IND", from: 1990, to: 1995, release: R2022 })).toThrow(/Soviet Union's \(supplier "SUN"\)/);
    // @ts-expect-error -- SIPRI's own abbreviation is not a code of the data: the types refuse it, the selector explains
    expect(() => armsSeries({ supplier: "USR", recipient: "IND", release: R2022 })).toThrow(/the Soviet Union is "SUN"/);
    // USSR to India, 1991 (TIV-Export-USR, India row): 1228.
    expect(rawTable("USR").get("India")!.get(1991)).toBe("1228");
    expect(armsSeries({ supplier: "SUN", recipient: "IND", release: R2022 }).find((p) => p.year === 1991)?.value).toBe(1228);
  });
});

describe("arms selectors", () => {
  it("armsSeries gives Russia's deliveries to China by year, as the raw table prints them", () => {
    const raw = rawTable("RUS").get("China")!;
    const series = armsSeries({ supplier: "RUS", recipient: "CHN", release: R2022 });
    expect(series.map((p) => [p.year, p.value])).toEqual([...raw].filter(([y]) => y !== 0).map(([y, v]) => [y, Number(v)]));
    expect(Object.isFrozen(series) && Object.isFrozen(series[0])).toBe(true);
  });

  it("armsShare: India's share of Russia's deliveries 2016–2020, by hand from the raw table", () => {
    // TIV-Export-RUS, India 2016–2020: 1922 + 1551 + 1322 + 1562 + 1241 = 7598.
    // Total row 2016–2020: 6836 + 6234 + 7097 + 5531 + 3686 = 29384.
    const india = 1922 + 1551 + 1322 + 1562 + 1241;
    const total = 6836 + 6234 + 7097 + 5531 + 3686;
    const r = armsShare({ supplier: "RUS", recipient: "IND", from: 2016, to: 2020, release: R2022 });
    expect([r.recipientTiv, r.supplierTiv]).toEqual([india, total]);
    expect(r.share).toBeCloseTo(india / total, 12);
    expect(r.sourceIds).toEqual(["sipri-tiv-2022-07-28"]);
  });

  it("armsShare is 0 for a recipient without deliveries in the period, and 1 for WLD", () => {
    expect(armsShare({ supplier: "RUS", recipient: "ISL", from: 2016, to: 2020, release: R2022 }).share).toBe(0);
    expect(armsShare({ supplier: "RUS", recipient: "WLD", from: 2016, to: 2020, release: R2022 }).share).toBe(1);
  });

  it("armsRecipients and armsSuppliers rank by TIV and their shares add up", () => {
    const rec = armsRecipients({ supplier: "RUS", from: 2016, to: 2020, release: R2022 });
    // By hand (RUS table, 2016–2020): India 7598; China 691 + 986 + 1767 + 1179 + 632 = 5255.
    expect(rec.slice(0, 2).map((r) => [r.code, r.tivMillions])).toEqual([["IND", 7598], ["CHN", 691 + 986 + 1767 + 1179 + 632]]);
    for (let i = 1; i < rec.length; i++) expect(rec[i]!.tivMillions).toBeLessThanOrEqual(rec[i - 1]!.tivMillions);
    expect(rec.reduce((n, r) => n + r.share, 0)).toBeCloseTo(rec.reduce((n, r) => n + r.tivMillions, 0) / 29384, 12);
    const sup = armsSuppliers({ recipient: "CHN", from: 2016, to: 2020, release: R2022 });
    expect(sup[0]?.code).toBe("RUS");
    expect(sup.reduce((n, r) => n + r.share, 0)).toBeCloseTo(1, 12);
  });

  it("bad queries throw errors that name the argument, and missing data names what exists", () => {
    expect(() => armsShare({ supplier: "RUS", recipient: "IND", from: 2020, to: 2016, release: R2022 })).toThrow(RangeError);
    expect(() => armsShare({ supplier: "RUS", recipient: "IND", from: 2020, to: 2016, release: R2022 })).toThrow(/from must not be after to/);
    expect(() => armsShare({ supplier: "RUS", recipient: "IND", from: 2016, to: 2022, release: R2022 })).toThrow(DataNotAvailableError);
    expect(() => armsShare({ supplier: "RUS", recipient: "IND", from: 2016, to: 2022, release: R2022 })).toThrow(/outside release 2022-07-28 \(1950–2021/);
    // The error lists every year of the release (1950 to 2021: 72 years), and its message says so as a range.
    const err = (() => {
      try {
        armsShare({ supplier: "RUS", recipient: "IND", from: 2016, to: 2022, release: R2022 });
      } catch (e) {
        return e as DataNotAvailableError;
      }
      throw new Error("armsShare did not throw");
    })();
    expect(err.availableYears).toHaveLength(2021 - 1950 + 1);
    expect(err.message).toMatch(/available years: 1950–2021$/);
    expect(() => armsShare({ supplier: "RUS", recipient: "IND", from: 2016.5, to: 2020, release: R2022 })).toThrow(/from must be an integer year/);
    expect(() => armsShare({ supplier: "RUS", recipient: "IND", from: "2016" as never, to: 2020, release: R2022 })).toThrow(TypeError);
    expect(() => armsSeries({ supplier: 1 as never, recipient: "IND", release: R2022 })).toThrow(/supplier must be a country code string/);
    expect(() => armsSeries(null as never)).toThrow(/the query must be an object/);
    expect(() => armsSeries({ supplier: "RUS", recipient: "ISL", release: R2022 })).toThrow(/records no deliveries from RUS to "ISL" \(RUS delivered in 1992–2021\)/);
    // @ts-expect-error -- not a code of the data: the types refuse it, and so does the selector at run time
    expect(() => armsSuppliers({ recipient: "XYZ", from: 2000, to: 2001, release: R2022 })).toThrow(DataNotAvailableError);
  });
});

describe("the article's arms statements, checked against the TIV tables", () => {
  const claim = (id: string) => claims.find((c) => c.id === id)!;

  it("23 percent in 2016–2020: SIPRI's figure of its time, revised to 7598 / 29384 = 25.86% in 2022 and 22.80% in 2025", () => {
    const c = claim("india-arms-share-2016-2020-tiv");
    expect(c.computedValue).toBe(Math.round((7598 / 29384) * 10000) / 100);
    // |25.86 − 23| / 23 = 12.4% > 10% would be a contradiction of the data, but 23% is SIPRI's own published
    // figure of March 2021 (armsTransfers), correctly quoted: the later figures are revisions.
    expect(c.verdict).toBe("revised");
    // The 2025 register, summed independently (Python): India 2016–2020 6503.51 of Russia's 28526.53.
    expect(c.byRelease).toEqual([{ release: "2022-07-28", value: 25.86 }, { release: "2026-02-12", value: Math.round((6503.51 / 28526.53) * 10000) / 100 }]);
    expect(c.reason).toMatch(/SIPRI revised 2016–2020 in later releases/);
  });

  it("sales to India grew in the last five years: 2016–2020 against 2011–2015 is a fall", () => {
    // 2011–2015: 2483 + 3798 + 3853 + 1752 + 1993 = 13879; 2016–2020: 7598.
    const c = claim("india-arms-grown-last-five-years");
    expect(c.computedValue).toBe(Math.round((7598 / (2483 + 3798 + 3853 + 1752 + 1993)) * 100) / 100);
    expect(c.verdict).toBe("contradicted");
  });

  it("sales to Vietnam grew steadily since the mid-1990s: contradicted (two of four steps fall, and every year of 2016–2020)", () => {
    // RUS table, Viet Nam: 1996–2000: 167 + 98 + 171 + 145 + 2 = 583; 2001–2005: 89 + 54 + 2 + 294 + 164 = 603;
    // 2006–2010: 16 + 2 + 164 + 53 + 149 = 384; 2011–2015: 974 + 760 + 313 + 1056 + 735 = 3838;
    // 2016–2020: 702 + 465 + 333 + 137 + 9 = 1646.
    const c = claim("vietnam-arms-steadily-growing");
    expect(c.computedValue).toBe(Math.round((1646 / 583) * 100) / 100);
    expect(c.verdict).toBe("contradicted");
    expect(c.reason).toContain("1996–2000 583, 2001–2005 603, 2006–2010 384, 2011–2015 3838, 2016–2020 1646: 2 of 4 steps fall");
    // RUS table, Viet Nam, 2015–2020: 735, 702, 465, 333, 137, 9
    expect(c.reason).toContain("2015 735, 2016 702, 2017 465, 2018 333, 2019 137, 2020 9");
  });

  it("China's arms to Central Asia: 397 TIV millions in 2011–2020, none in 2001–2010", () => {
    // CHI table: Uzbekistan 2014 15, 2018 107; Kazakhstan 2016 13, 2018 23; Turkmenistan 2016 230, 2017 4;
    // Tajikistan 2018 3, 2019 1; Kyrgyzstan 2019 1.
    const c = claim("china-arms-central-asia");
    expect(c.computedValue).toBe(15 + 107 + 13 + 23 + 230 + 4 + 3 + 1 + 1);
    expect(c.verdict).toBe("supported");
  });

  it("every quoted share of armsTransfers inside the release has a TIV figure for the same period", () => {
    for (const a of armsTransfers.filter((x) => x.measure === "share-of-supplier-exports" && x.periodEnd <= 2021)) {
      const tiv = armsShare({ supplier: a.supplier, recipient: a.recipient, from: a.periodStart, to: a.periodEnd, release: R2022 });
      expect(tiv.share, `${a.recipient} ${a.periodStart}–${a.periodEnd}`).toBeGreaterThan(0);
      // The quoted shares come from other releases: they are close, not equal (within 10 percentage points).
      expect(Math.abs(tiv.share * 100 - a.sharePercent), `${a.recipient} ${a.periodStart}–${a.periodEnd}`).toBeLessThan(10);
    }
  });
});

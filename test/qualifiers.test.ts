// One rule for qualifiers, enforced on every hand-entered row and in both directions: "about/nearly/around"
// makes a figure approximate, "more than/less than/up to" makes it a bound, a figure that rounds a more precise
// one of the same series is approximate; and a flag stands only where the wording or such a more precise
// figure justifies it. An inferred period is flagged. The rules read the excerpts; they do not trust the flags.
import { describe, expect, it } from "vitest";
import { armsTransfers, energyFlows, energyProjects, facts, reportedShares, sources, trade } from "../src/index.js";
import { mentions } from "./helpers.js";

// The words that, right before a figure, make it an approximation or a bound (English and the other
// languages the excerpts are in). A currency sign or code may stand between the word and the figure.
const APPROX = /(?:about|nearly|around|approximately|almost|roughly|some|close to|closer to|порядка|около|почти|unos|unas|aproximadamente|aproximativ|rund|environ|près de|etwa|khoảng|gần|σχεδόν(?: το)?)\s*(?:US)?\$?\s*$/i;
const LOWER = /(?:more than|over|exceed(?:ed|s|ing)?|above|upwards of|at least|свыше|более|plus de|mehr als|más de|hơn)\s*(?:US)?\$?\s*$/i;
const UPPER = /(?:less than|under|below|fewer than|up to|менее|меньше)\s*(?:US)?\$?\s*$/i;

/** The qualifier the excerpt puts right before the figure, where it states the figure. */
export function qualifierOf(excerpt: string, value: number, published?: string): "approximate" | "lower" | "upper" | undefined {
  const forms = new Set<string>([String(value), String(value).replace(".", ","), value.toLocaleString("en-US", { maximumFractionDigits: 10 })]);
  if (published) forms.add(published).add(published.replace(".", ","));
  // A figure in billions may be written in millions: "unos 109.000 millones" for 109 (USD bn).
  if (Number.isInteger(value)) forms.add((value * 1000).toLocaleString("de-DE")).add((value * 1000).toLocaleString("en-US"));
  const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
  if (Number.isInteger(value) && value < WORDS.length) forms.add(WORDS[value]!);
  for (const f of forms) {
    const re = new RegExp(`(^|[^\\d.,])${f.replace(/[.]/g, "\\.")}(?![\\d]|[.,]\\d)`, "gi");
    for (const m of excerpt.matchAll(re)) {
      const before = excerpt.slice(Math.max(0, m.index! + m[1]!.length - 40), m.index! + m[1]!.length);
      if (LOWER.test(before)) return "lower";
      if (UPPER.test(before)) return "upper";
      if (APPROX.test(before)) return "approximate";
    }
  }
  return undefined;
}

interface Row {
  readonly what: string;
  readonly value: number;
  readonly published?: string;
  readonly excerpt: string;
  /** Undefined where the dataset has no approximate flag (energy projects' capacities carry bounds only). */
  readonly approximate?: boolean;
  readonly bound?: "lower" | "upper";
  readonly note?: string;
  /**
   * The series a figure belongs to: a more precise figure of the same series justifies an approximate flag.
   * Undefined where no two figures can be of one series (an unnamed producer, a scalar fact).
   */
  readonly series?: string;
}

const rows: Row[] = [
  ...trade.filter((r) => r.excerpt !== undefined).map((r) => ({
    what: `trade ${r.year} ${r.reporter}→${r.partner} ${r.flow} ${r.sourceId}`, value: Number(r.valueAsPublished), published: r.valueAsPublished,
    excerpt: r.excerpt!, approximate: r.approximate, ...(r.bound ? { bound: r.bound } : {}), ...(r.note ? { note: r.note } : {}),
    series: `trade ${r.year} ${r.reporter} ${r.partner} ${r.flow} ${r.unitAsPublished}`,
  })),
  ...reportedShares.map((r) => ({
    what: `share ${r.country} ${r.period} ${r.sourceId}`, value: r.sharePercent, excerpt: r.excerpt, approximate: r.approximate, ...(r.bound ? { bound: r.bound } : {}),
    ...(r.producer !== "other" ? { series: `share ${r.country} ${r.partner} ${r.period} ${r.producer}` } : {}),
  })),
  ...energyFlows.map((r) => ({ what: `flow ${r.flow} ${r.year} ${r.sourceId}`, value: r.value, excerpt: r.excerpt, approximate: r.approximate, ...(r.bound ? { bound: r.bound } : {}), series: `flow ${r.flow} ${r.year} ${r.unit}` })),
  ...armsTransfers.map((r) => ({
    what: `arms ${r.recipient} ${r.periodStart}–${r.periodEnd}`, value: r.sharePercent, excerpt: r.excerpt, approximate: r.approximate, ...(r.bound ? { bound: r.bound } : {}),
    series: `arms ${r.supplier} ${r.recipient} ${r.periodStart} ${r.periodEnd} ${r.measure}`,
  })),
  ...facts.map((r) => ({ what: `fact ${r.id}`, value: r.value, excerpt: r.excerpt, approximate: r.approximate, ...(r.bound ? { bound: r.bound } : {}) })),
  ...energyProjects.flatMap((p) => p.capacity.map((c) => ({ what: `capacity ${p.id} ${c.status} ${c.value} ${c.sourceId}`, value: c.value, excerpt: c.excerpt, ...(c.bound ? { bound: c.bound } : {}) }))),
];

const decimals = (x: number) => (String(x).includes(".") ? String(x).split(".")[1]!.length : 0);

/** A more precise figure of the row's series that the row's figure rounds, if the data has one. */
function roundsMorePrecise(r: Row): Row | undefined {
  if (r.series === undefined) return undefined;
  const d = decimals(r.value);
  // Within half a unit of the row's last digit, inclusive: 86.2 may round 86.25, itself a rounding of 86.245–86.255.
  return rows.find((o) => o !== r && o.series === r.series && decimals(o.value) > d && Math.abs(o.value - r.value) <= 0.5 * 10 ** -d + 1e-9);
}

describe("qualifiers: one rule for every hand-entered row", () => {
  it("the rule reads qualifiers right before the figure, and nowhere else", () => {
    expect(qualifierOf("there are more than 160 land border crossings", 160)).toBe("lower");
    expect(qualifierOf("about 550 people at two R&D centres", 550)).toBe("approximate");
    expect(qualifierOf("nearly two billion cubic meters", 2)).toBe("approximate");
    expect(qualifierOf("less than 0.5m", 0.5)).toBe("upper");
    expect(qualifierOf("rose 30% over the year to $107.06 billion", 107.06)).toBeUndefined();
    expect(qualifierOf("a supply agreement of more than 1.15tn cubic metres", 1.15)).toBe("lower");
  });

  it("'more than X' is a lower bound and 'less than X' an upper bound, never just approximate", () => {
    const bad = rows.filter((r) => {
      const q = qualifierOf(r.excerpt, r.value, r.published);
      return (q === "lower" || q === "upper") && r.bound !== q;
    });
    expect(bad.map((r) => r.what)).toEqual([]);
  });

  it("'about', 'nearly', 'around', 'closer to' make a figure approximate", () => {
    const bad = rows.filter((r) => r.approximate !== undefined && qualifierOf(r.excerpt, r.value, r.published) === "approximate" && !r.approximate);
    expect(bad.map((r) => r.what)).toEqual([]);
  });

  it("an approximate flag is justified by the wording or by a more precise figure of the same series, and by nothing else", () => {
    const bad = rows.filter((r) => r.approximate === true && qualifierOf(r.excerpt, r.value, r.published) !== "approximate" && roundsMorePrecise(r) === undefined);
    expect(bad.map((r) => r.what)).toEqual([]);
  });

  it("the two-way rule can fail: an unqualified figure flagged approximate, and a qualified one left exact, are caught", () => {
    // 6.3 with no qualifier and nothing more precise in its series: the flag is unjustified.
    const lone: Row = { what: "x", value: 6.3, excerpt: "increased 4.4 percent to 6.3 trillion dollars", approximate: true, series: "probe-lone" };
    expect(qualifierOf(lone.excerpt, lone.value)).toBeUndefined();
    expect(roundsMorePrecise(lone)).toBeUndefined();
    // "closer to $230" is a qualifier.
    expect(qualifierOf("and closer to $230 [bln], according to our data", 230)).toBe("approximate");
    expect(qualifierOf("in the amount of up to 50 billion cubic meters", 50)).toBe("upper");
    // 240 beside 240.1 and 240.11 of the same series rounds them (GACC 2023 as the press gives it).
    const r240 = rows.find((r) => r.what === "trade 2023 CHN→RUS total press-themoscowtimes-2");
    expect([240.1, 240.11]).toContain(r240 && roundsMorePrecise(r240)?.value);
  });

  it("a bound is a bound because its excerpt says so", () => {
    const bad = rows.filter((r) => r.bound !== undefined && qualifierOf(r.excerpt, r.value, r.published) !== r.bound);
    expect(bad.map((r) => r.what)).toEqual([]);
  });

  it("a trade figure that rounds a more precise figure of the same year, reporter, partner and flow is approximate", () => {
    const decimals = (text: string) => (text.includes(".") ? text.split(".")[1]!.length : 0);
    const published = trade.filter((r) => r.valueAsPublished !== undefined);
    const bad: string[] = [];
    for (const a of published) {
      for (const b of published) {
        if (a === b || a.year !== b.year || a.reporter !== b.reporter || a.partner !== b.partner || a.flow !== b.flow || a.unitAsPublished !== b.unitAsPublished) continue;
        const da = decimals(a.valueAsPublished!);
        const db = decimals(b.valueAsPublished!);
        const rounded = Math.round(Number(b.valueAsPublished) * 10 ** da) / 10 ** da;
        if (da < db && rounded === Number(a.valueAsPublished) && !a.approximate) bad.push(`${a.year} ${a.reporter}→${a.partner} ${a.flow} ${a.valueAsPublished} (${a.sourceId}) rounds ${b.valueAsPublished}`);
      }
    }
    expect([...new Set(bad)]).toEqual([]);
  });

  it("an inferred period is flagged and its note says how it was inferred", () => {
    for (const r of [...reportedShares, ...armsTransfers]) {
      const inferred = /period inferred|period is inferred/i.test(r.note ?? "");
      expect(r.periodInferred === true, `${r.sourceId} ${r.note}`).toBe(inferred);
    }
  });

  it("every excerpt still states its figure", () => {
    for (const r of rows) expect(mentions(r.excerpt, r.value) || (r.published !== undefined && r.excerpt.includes(r.published.replace(".", ","))), r.what).toBe(true);
  });

  it("a customs or ministry label is named by the excerpt, or flagged as inferred from the research notes", () => {
    const NAMED: Record<string, RegExp> = {
      gacc: /customs|General Administration|GACC|海关|таможн|Aduan|dogan|Zoll|douane|hải quan|الجمارك/i,
      fcs: /customs|таможн|Aduan|dogan|Zoll|douane|الجمارك/i,
      mofcom: /Ministry of Commerce|MOFCOM|商务部/i,
    };
    const rows = [
      ...trade.filter((r) => r.excerpt !== undefined).map((r) => ({ what: `trade ${r.year} ${r.flow} ${r.sourceId}`, producer: r.producer, excerpt: r.excerpt!, inferred: r.producerInferred, note: r.note })),
      ...reportedShares.map((r) => ({ what: `share ${r.period} ${r.sourceId}`, producer: r.producer, excerpt: r.excerpt, inferred: r.producerInferred, note: r.note })),
    ];
    for (const r of rows) {
      const re = NAMED[r.producer];
      if (!re) continue;
      const named = re.test(r.excerpt);
      expect(named || (r.inferred === true && /Producer inferred/.test(r.note ?? "")), r.what).toBe(true);
      if (named) expect(r.inferred, r.what).toBeUndefined();
    }
  });

  it("a source whose producer is China's customs alone backs no Russian figure", () => {
    const byId = new Map<string, (typeof sources)[number]>(sources.map((s) => [s.id, s]));
    const chineseOnly = (id: string) => /General Administration of Customs/.test(byId.get(id)!.producer) && !/Russia/.test(byId.get(id)!.producer);
    const bad = [...trade.filter((r) => r.reporter === "RUS" && r.producer !== "imf-dots"), ...reportedShares.filter((r) => r.country === "RUS")]
      .filter((r) => chineseOnly(r.sourceId))
      .map((r) => r.sourceId);
    expect(bad).toEqual([]);
  });
});


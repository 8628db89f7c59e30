// The bibliography cite() promises, written out here item by item: which producers each dataset cites, every
// field of each producer's item (titles, authors, publishers, dates and addresses as the producers publish
// them; the SIPRI table date is that of the export tables in sources/sipri-tiv), and how each format renders
// every field. A change to any of them is a change to what researchers cite, and fails here first.
import { describe, expect, it } from "vitest";
import { armsTransfers, cite, citationItems, meta, reportedShares, trade } from "../src/index.js";

// Producers whose figures reach the data only through the press carry the year of their latest figure, and
// the note gives the span. Written out here from the rows (trade and reportedShares by producer; SIPRI's
// shares by the end of each period), independently of the code that builds the items.
const span = (years: number[]) => ({ first: Math.min(...years), last: Math.max(...years) });
const byProducer = (p: string) => span([...trade.filter((r) => r.producer === p).map((r) => r.year), ...reportedShares.filter((r) => r.producer === p).map((r) => r.year)]);
const pressItem = ({ first, last }: { first: number; last: number }) => ({
  issued: { "date-parts": [[last]] },
  note: `Figures for ${first === last ? first : `${first}–${last}`} as reported in the press (each report is in the sources dataset); the year is that of the latest figure`,
});
// The version's purl and its immutable CDN address, from the package version.
const VERSION_URL = `https://cdn.jsdelivr.net/npm/china-russia-data@${meta.version}/`;
const PURL = `pkg:npm/china-russia-data@${meta.version}`;
const esc = (t: string) => t.replace(/[.@/]/g, "\\$&");

const SIPRI = "Stockholm International Peace Research Institute";
const ITEMS = {
  // data/raw/provenance.json: the DOTS workbooks were published (added to the copy used) on 2022-02-02.
  "imf-dots": {
    id: "imf-dots", type: "dataset", title: "Direction of Trade Statistics (DOTS)", author: [{ literal: "International Monetary Fund" }], publisher: "International Monetary Fund",
    issued: { "date-parts": [[2022]] }, note: "Annual workbooks, as retrieved in 2022 (the export states no date; the copies used were published on 2 February 2022)",
  },
  gacc: {
    id: "gacc", type: "dataset", title: "China's customs statistics: trade with Russia and total trade (as reported in the press)",
    author: [{ literal: "General Administration of Customs of the People's Republic of China" }], ...pressItem(byProducer("gacc")),
  },
  mofcom: { id: "mofcom", type: "dataset", title: "China's foreign trade statistics (as reported in the press)", author: [{ literal: "Ministry of Commerce of the People's Republic of China" }], ...pressItem(byProducer("mofcom")) },
  fcs: { id: "fcs", type: "dataset", title: "Russia's customs statistics: trade with China (as reported in the press)", author: [{ literal: "Federal Customs Service of Russia" }], ...pressItem(byProducer("fcs")) },
  "sipri-arms-transfers": { id: "sipri-arms-transfers", type: "dataset", title: "SIPRI Arms Transfers Database (figures as reported in the press)", author: [{ literal: SIPRI }], ...pressItem(span(armsTransfers.map((r) => r.periodEnd))) },
  "sipri-arms-transfers-tiv-2022": {
    id: "sipri-arms-transfers-tiv-2022", type: "dataset",
    title: "SIPRI Arms Transfers Database: trend-indicator values of arms exports, 1950–2021 (export tables generated 28 July 2022)",
    author: [{ literal: SIPRI }], publisher: SIPRI, issued: { "date-parts": [[2022, 7, 28]] }, URL: "https://www.sipri.org/databases/armstransfers",
    note: "Information from the SIPRI Arms Transfers Database",
  },
  // data/raw/owid/sipri-milex/datapackage.json: retrieved by Our World in Data on 24 February 2022.
  "sipri-milex": {
    id: "sipri-milex", type: "dataset", title: "SIPRI Military Expenditure Database", author: [{ literal: SIPRI }], publisher: SIPRI, URL: "https://www.sipri.org/databases/milex",
    issued: { "date-parts": [[2022]] }, note: "As retrieved by Our World in Data on 24 February 2022 (constant 2019 US dollars)",
  },
  "fas-nuclear-forces": {
    id: "fas-nuclear-forces", type: "dataset", title: "Status of World Nuclear Forces", author: [{ literal: "Hans M. Kristensen" }, { literal: "Matt Korda" }, { literal: "Robert Norris" }],
    publisher: "Federation of American Scientists", issued: { "date-parts": [[2022]] }, URL: "https://fas.org/issues/nuclear-weapons/status-world-nuclear-forces/",
  },
  "maddison-2020": {
    id: "maddison-2020", type: "dataset", title: "Maddison Project Database, version 2020", author: [{ literal: "Jutta Bolt" }, { literal: "Jan Luiten van Zanden" }],
    publisher: "Groningen Growth and Development Centre", issued: { "date-parts": [[2020]] },
    URL: "https://www.rug.nl/ggdc/historicaldevelopment/maddison/releases/maddison-project-database-2020",
  },
  "gapminder-un-population": {
    id: "gapminder-un-population", type: "dataset", title: "Population by country (Gapminder version 5; World Population Prospects: The 2017 Revision)",
    author: [{ literal: "Gapminder" }, { literal: "United Nations, Department of Economic and Social Affairs, Population Division" }], issued: { "date-parts": [[2017]] },
  },
  // The newer editions: the register's "Data generated: 12 Feb 2026" (data/raw/sipri-arms-2025/trade_register.csv, line 11);
  // the milex workbook's document properties (created 2025-04-24); FAS's and Maddison's edition years.
  "sipri-arms-transfers-register-2026": {
    id: "sipri-arms-transfers-register-2026", type: "dataset",
    title: "SIPRI Arms Transfers Database, March 2025 update: trade register, deliveries 1995–2024 (data generated 12 February 2026)",
    author: [{ literal: SIPRI }], publisher: SIPRI, issued: { "date-parts": [[2026, 2, 12]] }, URL: "https://www.sipri.org/databases/armstransfers",
    note: "Information from the SIPRI Arms Transfers Database",
  },
  "sipri-milex-2025": {
    id: "sipri-milex-2025", type: "dataset", title: "SIPRI Military Expenditure Database, 1949–2024", author: [{ literal: SIPRI }], publisher: SIPRI,
    URL: "https://www.sipri.org/databases/milex", issued: { "date-parts": [[2025, 4]] },
    note: "SIPRI's workbook of April 2025 (constant 2023 US dollars, current US dollars, share of GDP)",
  },
  "fas-nuclear-forces-2023": {
    id: "fas-nuclear-forces-2023", type: "dataset", title: "Status of World Nuclear Forces 2023", author: [{ literal: "Hans M. Kristensen" }, { literal: "Matt Korda" }, { literal: "et al." }],
    publisher: "Federation of American Scientists", issued: { "date-parts": [[2023]] }, URL: "https://fas.org/initiative/status-world-nuclear-forces/",
  },
  "maddison-2023": {
    id: "maddison-2023", type: "dataset", title: "Maddison Project Database, version 2023", author: [{ literal: "Jutta Bolt" }, { literal: "Jan Luiten van Zanden" }],
    publisher: "Groningen Growth and Development Centre", issued: { "date-parts": [[2023]] }, URL: "https://www.rug.nl/ggdc/historicaldevelopment/maddison/",
    note: "GDP per capita as processed and published by Our World in Data",
  },
  "carnegie-neighbors-partners-competitors": {
    id: "carnegie-neighbors-partners-competitors", type: "article", title: "Neighbors, Partners, Competitors: Drivers and Limitations of China-Russia Relations",
    author: [{ literal: "Carnegie Moscow Center" }], publisher: "Carnegie Moscow Center", issued: { "date-parts": [[2021]] },
  },
} as const;
type Id = keyof typeof ITEMS;
const PRODUCERS: Record<string, Id[]> = {
  trade: ["imf-dots", "gacc", "mofcom", "fcs"], partnerTrade: ["imf-dots"], worldTrade: ["imf-dots"], reportedShares: ["fcs", "mofcom", "gacc"],
  energyProjects: [], energyFlows: [], armsTransfers: ["sipri-arms-transfers"], armsDeliveries: ["sipri-arms-transfers-tiv-2022", "sipri-arms-transfers-register-2026"],
  capabilities: ["maddison-2020", "gapminder-un-population", "sipri-milex", "fas-nuclear-forces", "maddison-2023", "sipri-milex-2025", "fas-nuclear-forces-2023"],
  releases: [
    "sipri-arms-transfers-tiv-2022", "sipri-arms-transfers-register-2026", "maddison-2020", "gapminder-un-population", "sipri-milex", "fas-nuclear-forces",
    "maddison-2023", "sipri-milex-2025", "fas-nuclear-forces-2023", "imf-dots",
  ],
  events: [], facts: [],
  assessments: ["carnegie-neighbors-partners-competitors"], claims: ["carnegie-neighbors-partners-competitors"], countries: ["imf-dots"], sources: [],
};

describe("the bibliography", () => {
  it("cites, for every dataset, the package at its version and dataset hash, then exactly its producers", () => {
    expect(Object.keys(PRODUCERS).sort()).toEqual(Object.keys(meta.datasets).sort());
    for (const [dataset, ids] of Object.entries(PRODUCERS)) {
      const items = JSON.parse(cite({ format: "csl-json", dataset: dataset as "trade" })) as Record<string, unknown>[];
      expect(items.slice(1), dataset).toEqual(ids.map((id) => ITEMS[id]));
      const sha = meta.datasets[dataset as "trade"].sha256;
      expect(items[0], dataset).toMatchObject({
        id: `china-russia-data-${meta.version}-${dataset}`, type: "dataset", author: [{ literal: "The china-russia-data contributors" }], version: meta.version,
        title: `china-russia-data, dataset ${dataset}: typed, sourced data on China–Russia relations`,
        URL: VERSION_URL, note: `Dataset sha256:${sha}; data fingerprint sha256:${meta.fingerprint}; package URL ${PURL}`,
      });
    }
    // The release date as CSL date parts ("2026-11-29" is [[2026, 11, 29]]); a build never released has none.
    const released = meta.released;
    expect(citationItems()[0]!.issued).toEqual(released ? { "date-parts": [released.split("-").map((p) => Number.parseInt(p, 10))] } : undefined);
    expect(cite({ format: "csl-json" }).endsWith("]\n")).toBe(true);
    const [pkg, ...rest] = citationItems();
    expect(rest).toEqual([]);
    expect(pkg).toMatchObject({ id: `china-russia-data-${meta.version}`, title: "china-russia-data: typed, sourced data on China–Russia relations", URL: VERSION_URL, note: `Data fingerprint sha256:${meta.fingerprint}; package URL ${PURL}` });
    // Each call gets its own copies: editing one changes no later citation.
    (citationItems("trade")[1]!.author as { literal: string }[])[0]!.literal = "changed";
    expect(citationItems("trade")[1]).toEqual(ITEMS["imf-dots"]);
  });

  it("BibTeX: every field of an item, the producer's type, escapes and an address without braces", () => {
    const entries = cite({ format: "bibtex", dataset: "armsDeliveries" }).split("\n\n");
    expect(entries[1]).toBe(
      "@misc{sipri-arms-transfers-tiv-2022,\n" +
        "  title = {{SIPRI Arms Transfers Database: trend-indicator values of arms exports, 1950–2021 (export tables generated 28 July 2022)}},\n" +
        "  author = {{Stockholm International Peace Research Institute}},\n" +
        "  year = {2022},\n" +
        "  publisher = {Stockholm International Peace Research Institute},\n" +
        "  url = {https://www.sipri.org/databases/armstransfers},\n" +
        "  note = {Information from the SIPRI Arms Transfers Database}\n" +
        "}",
    );
    // The 2025 register's item follows, the last of the citation.
    expect(entries[2]).toBe(
      "@misc{sipri-arms-transfers-register-2026,\n" +
        "  title = {{SIPRI Arms Transfers Database, March 2025 update: trade register, deliveries 1995–2024 (data generated 12 February 2026)}},\n" +
        "  author = {{Stockholm International Peace Research Institute}},\n" +
        "  year = {2026},\n" +
        "  publisher = {Stockholm International Peace Research Institute},\n" +
        "  url = {https://www.sipri.org/databases/armstransfers},\n" +
        "  note = {Information from the SIPRI Arms Transfers Database}\n" +
        "}\n",
    );
    const claims = cite({ format: "bibtex", dataset: "claims" }).split("\n\n");
    expect(claims[1]).toBe(
      "@article{carnegie-neighbors-partners-competitors,\n" +
        "  title = {{Neighbors, Partners, Competitors: Drivers and Limitations of China-Russia Relations}},\n" +
        "  author = {{Carnegie Moscow Center}},\n" +
        "  year = {2021},\n" +
        "  publisher = {Carnegie Moscow Center}\n" +
        "}\n",
    );
    const fas = cite({ format: "bibtex", dataset: "capabilities" }).split("\n\n")[4]!;
    expect(fas).toMatch(/^ {2}author = \{\{Hans M\. Kristensen\} and \{Matt Korda\} and \{Robert Norris\}\},$/m);
    // The package's own entry: its version, how it is published, its note; the ids of the mofcom item escape nothing.
    const own = cite({ format: "bibtex" });
    expect(own).toMatch(new RegExp(`^@misc\\{china-russia-data-${meta.version.replace(/\./g, "\\.")},\\n`));
    expect(own).toContain(`\n  howpublished = {npm package, ${PURL}},\n  url = {${VERSION_URL}},\n`);
    expect(own).toMatch(new RegExp(`^ {2}version = \\{${meta.version.replace(/\./g, "\\.")}\\},$`, "m"));
    expect(own).toMatch(new RegExp(`^ {2}note = \\{Data fingerprint sha256:[0-9a-f]{64}; package URL ${esc(PURL)}\\}\\n\\}\\n$`, "m"));
    const fcs = pressItem(byProducer("fcs"));
    expect(cite({ format: "bibtex", dataset: "reportedShares" })).toContain(
      "title = {{Russia's customs statistics: trade with China (as reported in the press)}},\n  author = {{Federal Customs Service of Russia}},\n" +
        `  year = {${fcs.issued["date-parts"][0]![0]}},\n  note = {${fcs.note}}\n}`,
    );
  });

  it("APA: author. (year). title (version) [Data set]. publisher (when not the author). note. address", () => {
    const lines = cite({ format: "apa", dataset: "capabilities" }).split("\n");
    expect(lines.slice(1, 5)).toEqual([
      "Jutta Bolt, Jan Luiten van Zanden. (2020). Maddison Project Database, version 2020 [Data set]. Groningen Growth and Development Centre. https://www.rug.nl/ggdc/historicaldevelopment/maddison/releases/maddison-project-database-2020",
      "Gapminder, United Nations, Department of Economic and Social Affairs, Population Division. (2017). Population by country (Gapminder version 5; World Population Prospects: The 2017 Revision) [Data set].",
      "Stockholm International Peace Research Institute. (2022). SIPRI Military Expenditure Database [Data set]. As retrieved by Our World in Data on 24 February 2022 (constant 2019 US dollars). https://www.sipri.org/databases/milex",
      "Hans M. Kristensen, Matt Korda, Robert Norris. (2022). Status of World Nuclear Forces [Data set]. Federation of American Scientists. https://fas.org/issues/nuclear-weapons/status-world-nuclear-forces/",
    ]);
    expect(cite({ format: "apa", dataset: "claims" }).split("\n")[1]).toBe(
      "Carnegie Moscow Center. (2021). Neighbors, Partners, Competitors: Drivers and Limitations of China-Russia Relations.",
    );
    expect(cite({ format: "apa" })).toMatch(new RegExp(`^The china-russia-data contributors\\. \\((\\d{4}|n\\.d\\.)\\)\\. china-russia-data: typed, sourced data on China–Russia relations \\(Version ${meta.version.replace(/\./g, "\\.")}\\) \\[Data set\\]\\. Data fingerprint sha256:[0-9a-f]{64}; package URL ${esc(PURL)}\\. ${esc(VERSION_URL)}\n`));
    expect(cite({ format: "apa" }).endsWith("\n")).toBe(true);
  });

  it("text: the package with its version and release, then each producer as author, title", () => {
    const released = meta.released ? `released ${meta.released}` : "unreleased build";
    const head = `china-russia-data, dataset partnerTrade: typed, sourced data on China–Russia relations, version ${meta.version} (${released}), The china-russia-data contributors. Dataset sha256:${meta.datasets.partnerTrade.sha256}; data fingerprint sha256:${meta.fingerprint}; package URL ${PURL}. ${VERSION_URL}`;
    const t = cite({ dataset: "partnerTrade" });
    expect(t.startsWith(head)).toBe(true);
    expect(t.endsWith(" Figures from: International Monetary Fund, Direction of Trade Statistics (DOTS).\n")).toBe(true);
    expect(cite({ format: "text", dataset: "events" }).endsWith(`data fingerprint sha256:${meta.fingerprint}; package URL ${PURL}. ${VERSION_URL}\n`)).toBe(true);
    expect(cite({ dataset: "capabilities" })).toContain(
      "Figures from: Jutta Bolt, Jan Luiten van Zanden, Maddison Project Database, version 2020; Gapminder, United Nations, Department of Economic and Social Affairs, Population Division, Population by country",
    );
    expect(cite()).toBe(cite({ format: "text" }));
  });

  it("refuses a format or dataset it does not know, naming what exists", () => {
    expect(() => cite({ format: "mla" as "apa" })).toThrow(new RangeError('cite: format must be one of csl-json, bibtex, apa, text; got "mla"'));
    expect(() => cite({ dataset: "trades" as "trade" })).toThrow(/^cite: dataset must be one of trade, partnerTrade, worldTrade, reportedShares, energyProjects, energyFlows, armsTransfers, armsDeliveries, capabilities, releases, events, facts, assessments, claims, countries, sources; got "trades"$/);
  });
});

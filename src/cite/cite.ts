import { datasetMeta, fingerprint } from "../datasets/generated/meta.js";
import { deepFreeze } from "../core/freeze.js";
import type { DatasetMeta } from "../datasets/index.js";
import { show } from "../metrics/_check.js";
import { checkQuery } from "../core/query.js";
import { armsTransferRows } from "../datasets/generated/arms-transfers.js";
import { reportedShareRows } from "../datasets/generated/reported-shares.js";
import { tradeRows } from "../datasets/generated/trade.js";

/** The name of a dataset of the package. */
export type DatasetName =
  | "trade" | "partnerTrade" | "worldTrade" | "reportedShares" | "energyProjects" | "energyFlows" | "armsTransfers" | "armsDeliveries" | "capabilities" | "releases"
  | "events" | "facts" | "assessments" | "claims" | "countries" | "sources";

// The names above are exactly the generated datasets (checked by the compiler in both directions).
const datasetNamesAreComplete: [DatasetName] extends [keyof typeof datasetMeta] ? ([keyof typeof datasetMeta] extends [DatasetName] ? true : false) : false = true;
void datasetNamesAreComplete;

/** The package's version, release date and data fingerprint, with every dataset's own meta. */
export interface PackageMeta {
  /** The package version (SemVer), from package.json at build time. */
  readonly version: string;
  /** The release date (ISO 8601), or `null` for a build that was never released. */
  readonly released: string | null;
  /** sha256 over every dataset's sha256: changes exactly when any data changes. */
  readonly fingerprint: string;
  /** Each dataset's rows, years, sources and sha256. */
  readonly datasets: Readonly<Record<DatasetName, DatasetMeta>>;
}

/**
 * The package's version, release date and data fingerprint. Cite the version and the fingerprint together:
 * the fingerprint identifies the exact data even across rebuilt or forked packages.
 *
 * @category Citing
 * @example
 * ```ts
 * import { meta } from "china-russia-data";
 *
 * meta.fingerprint.length;
 * //=> 64
 * ```
 */
export const meta: PackageMeta = /* @__PURE__ */ deepFreeze({
  version: __PACKAGE_VERSION__,
  released: __RELEASE_DATE__,
  fingerprint,
  datasets: datasetMeta,
});

/** A citation format: `csl-json` (canonical), `bibtex`, `apa` or `text`. */
export type CitationFormat = "csl-json" | "bibtex" | "apa" | "text";

/** Options of {@link cite}. */
export interface CiteOptions {
  /** The output format (default `text`). */
  readonly format?: CitationFormat;
  /** Cite one dataset, with the producers whose figures it holds (IMF, Chinese customs, …). */
  readonly dataset?: DatasetName;
}

/** A CSL-JSON item (the subset this package writes). */
export interface CslItem {
  /** Item id, also the BibTeX key. */
  readonly id: string;
  /** CSL item type. */
  readonly type: "dataset" | "article" | "software";
  /** Title. */
  readonly title: string;
  /** Authors, as literal (organisation) names. */
  readonly author: readonly { readonly literal: string }[];
  /** Publisher. */
  readonly publisher?: string;
  /** Version. */
  readonly version?: string;
  /** Issue date. */
  readonly issued?: { readonly "date-parts": readonly (readonly number[])[] };
  /** Medium, e.g. the package name. */
  readonly medium?: string;
  /** URL. */
  readonly URL?: string;
  /** Free text: the data fingerprint, the dataset. */
  readonly note?: string;
}

const AUTHOR = "The china-russia-data contributors";
/** The package URL (purl, the package-url standard) of this version. */
const PURL = `pkg:npm/china-russia-data@${__PACKAGE_VERSION__}`;
/** This version's files at an immutable address: the CDN serves each published npm version as it was published. */
const VERSION_URL = `https://cdn.jsdelivr.net/npm/china-russia-data@${__PACKAGE_VERSION__}/`;
const DATASETS: readonly DatasetName[] = [
  "trade", "partnerTrade", "worldTrade", "reportedShares", "energyProjects", "energyFlows", "armsTransfers", "armsDeliveries", "capabilities", "releases", "events",
  "facts", "assessments", "claims", "countries", "sources",
];
const FORMATS: readonly CitationFormat[] = ["csl-json", "bibtex", "apa", "text"];

// One constant per producer (no property access at the top level), so that bundlers drop what is unused.
const IMF: CslItem = {
  id: "imf-dots", type: "dataset", title: "Direction of Trade Statistics (DOTS)", author: [{ literal: "International Monetary Fund" }], publisher: "International Monetary Fund",
  // The IMF's workbook export states no date: the year is that of the copies this package holds (published 2 February 2022).
  issued: { "date-parts": [[2022]] },
  note: "Annual workbooks, as retrieved in 2022 (the export states no date; the copies used were published on 2 February 2022)",
};
const GACC: CslItem = {
  id: "gacc", type: "dataset", title: "China's customs statistics: trade with Russia and total trade (as reported in the press)",
  author: [{ literal: "General Administration of Customs of the People's Republic of China" }],
};
const MOFCOM: CslItem = {
  id: "mofcom", type: "dataset", title: "China's foreign trade statistics (as reported in the press)",
  author: [{ literal: "Ministry of Commerce of the People's Republic of China" }],
};
const FCS: CslItem = {
  id: "fcs", type: "dataset", title: "Russia's customs statistics: trade with China (as reported in the press)",
  author: [{ literal: "Federal Customs Service of Russia" }],
};
const SIPRI: CslItem = {
  id: "sipri-arms-transfers", type: "dataset", title: "SIPRI Arms Transfers Database (figures as reported in the press)",
  author: [{ literal: "Stockholm International Peace Research Institute" }],
};
const SIPRI_TIV: CslItem = {
  id: "sipri-arms-transfers-tiv-2022", type: "dataset",
  title: "SIPRI Arms Transfers Database: trend-indicator values of arms exports, 1950–2021 (export tables generated 28 July 2022)",
  author: [{ literal: "Stockholm International Peace Research Institute" }], publisher: "Stockholm International Peace Research Institute",
  issued: { "date-parts": [[2022, 7, 28]] }, URL: "https://www.sipri.org/databases/armstransfers",
  note: "Information from the SIPRI Arms Transfers Database",
};
const SIPRI_REGISTER: CslItem = {
  id: "sipri-arms-transfers-register-2026", type: "dataset",
  title: "SIPRI Arms Transfers Database, March 2025 update: trade register, deliveries 1995–2024 (data generated 12 February 2026)",
  author: [{ literal: "Stockholm International Peace Research Institute" }], publisher: "Stockholm International Peace Research Institute",
  issued: { "date-parts": [[2026, 2, 12]] }, URL: "https://www.sipri.org/databases/armstransfers",
  note: "Information from the SIPRI Arms Transfers Database",
};
const SIPRI_MILEX_2025: CslItem = {
  id: "sipri-milex-2025", type: "dataset", title: "SIPRI Military Expenditure Database, 1949–2024",
  author: [{ literal: "Stockholm International Peace Research Institute" }], publisher: "Stockholm International Peace Research Institute",
  URL: "https://www.sipri.org/databases/milex", issued: { "date-parts": [[2025, 4]] },
  note: "SIPRI's workbook of April 2025 (constant 2023 US dollars, current US dollars, share of GDP)",
};
const FAS_2023: CslItem = {
  id: "fas-nuclear-forces-2023", type: "dataset", title: "Status of World Nuclear Forces 2023",
  author: [{ literal: "Hans M. Kristensen" }, { literal: "Matt Korda" }, { literal: "et al." }],
  publisher: "Federation of American Scientists", issued: { "date-parts": [[2023]] }, URL: "https://fas.org/initiative/status-world-nuclear-forces/",
};
const MADDISON_2023: CslItem = {
  id: "maddison-2023", type: "dataset", title: "Maddison Project Database, version 2023", author: [{ literal: "Jutta Bolt" }, { literal: "Jan Luiten van Zanden" }],
  publisher: "Groningen Growth and Development Centre", issued: { "date-parts": [[2023]] }, URL: "https://www.rug.nl/ggdc/historicaldevelopment/maddison/",
  note: "GDP per capita as processed and published by Our World in Data",
};
const SIPRI_MILEX: CslItem = {
  id: "sipri-milex", type: "dataset", title: "SIPRI Military Expenditure Database", author: [{ literal: "Stockholm International Peace Research Institute" }],
  publisher: "Stockholm International Peace Research Institute", URL: "https://www.sipri.org/databases/milex",
  // The copy used (Our World in Data's) states its retrieval date, not SIPRI's release date.
  issued: { "date-parts": [[2022]] }, note: "As retrieved by Our World in Data on 24 February 2022 (constant 2019 US dollars)",
};
const FAS: CslItem = {
  id: "fas-nuclear-forces", type: "dataset", title: "Status of World Nuclear Forces",
  author: [{ literal: "Hans M. Kristensen" }, { literal: "Matt Korda" }, { literal: "Robert Norris" }],
  publisher: "Federation of American Scientists", issued: { "date-parts": [[2022]] }, URL: "https://fas.org/issues/nuclear-weapons/status-world-nuclear-forces/",
};
const MADDISON: CslItem = {
  id: "maddison-2020", type: "dataset", title: "Maddison Project Database, version 2020", author: [{ literal: "Jutta Bolt" }, { literal: "Jan Luiten van Zanden" }],
  publisher: "Groningen Growth and Development Centre", issued: { "date-parts": [[2020]] },
  URL: "https://www.rug.nl/ggdc/historicaldevelopment/maddison/releases/maddison-project-database-2020",
};
const GAPMINDER_UN: CslItem = {
  id: "gapminder-un-population", type: "dataset", title: "Population by country (Gapminder version 5; World Population Prospects: The 2017 Revision)",
  author: [{ literal: "Gapminder" }, { literal: "United Nations, Department of Economic and Social Affairs, Population Division" }],
  issued: { "date-parts": [[2017]] },
};
const CARNEGIE: CslItem = {
  id: "carnegie-neighbors-partners-competitors", type: "article",
  title: "Neighbors, Partners, Competitors: Drivers and Limitations of China-Russia Relations",
  author: [{ literal: "Carnegie Moscow Center" }], publisher: "Carnegie Moscow Center", issued: { "date-parts": [[2021]] },
};

/** The producers whose figures each dataset holds. */
const DATASET_PRODUCERS: Readonly<Record<DatasetName, readonly CslItem[]>> = {
  trade: [IMF, GACC, MOFCOM, FCS],
  partnerTrade: [IMF],
  worldTrade: [IMF],
  reportedShares: [FCS, MOFCOM, GACC],
  energyProjects: [],
  energyFlows: [],
  armsTransfers: [SIPRI],
  armsDeliveries: [SIPRI_TIV, SIPRI_REGISTER],
  // The older editions first, then the newer ones beside them.
  capabilities: [MADDISON, GAPMINDER_UN, SIPRI_MILEX, FAS, MADDISON_2023, SIPRI_MILEX_2025, FAS_2023],
  releases: [SIPRI_TIV, SIPRI_REGISTER, MADDISON, GAPMINDER_UN, SIPRI_MILEX, FAS, MADDISON_2023, SIPRI_MILEX_2025, FAS_2023, IMF],
  events: [],
  facts: [],
  assessments: [CARNEGIE],
  claims: [CARNEGIE],
  countries: [IMF],
  sources: [],
};

function packageItem(dataset: DatasetName | undefined): CslItem {
  const released = meta.released;
  const d = dataset ? datasetMeta[dataset] : undefined;
  return {
    id: `china-russia-data-${meta.version}${dataset ? `-${dataset}` : ""}`,
    type: "dataset",
    title: `china-russia-data${dataset ? `, dataset ${dataset}` : ""}: typed, sourced data on China–Russia relations`,
    author: [{ literal: AUTHOR }],
    version: meta.version,
    ...(released ? { issued: { "date-parts": [released.split("-").map(Number)] } } : {}),
    // The version's immutable address; the project's home, once package.json names one, goes in the note.
    URL: VERSION_URL,
    note:
      `${d ? `Dataset sha256:${d.sha256}; data` : "Data"} fingerprint sha256:${meta.fingerprint}; package URL ${PURL}` +
      (__PACKAGE_URL__ ? `; project home ${__PACKAGE_URL__}` : ""),
  };
}

/**
 * The CSL-JSON items {@link cite} formats: the package (or one dataset of it) at its exact version and data
 * fingerprint, then the producers whose figures it holds.
 *
 * @category Citing
 * @param dataset - a dataset name, or nothing for the whole package
 * @returns the CSL-JSON items
 * @throws RangeError for an unknown dataset name
 * @example
 * ```ts
 * import { citationItems } from "china-russia-data";
 *
 * citationItems("partnerTrade").map((i) => i.author[0]?.literal);
 * //=> ["The china-russia-data contributors", "International Monetary Fund"]
 * ```
 */
export function citationItems(dataset?: DatasetName): CslItem[] {
  if (dataset !== undefined && !DATASETS.includes(dataset)) {
    throw new RangeError(`cite: dataset must be one of ${DATASETS.join(", ")}; got ${show(dataset)}`);
  }
  // Fresh copies every call: a caller that edits an item never changes another caller's citation.
  return [packageItem(dataset), ...(dataset ? DATASET_PRODUCERS[dataset] : []).map(dated)].map(copyItem);
}

/**
 * Producers whose figures reach the data through the press carry no date of their own: they are cited with
 * the year of their latest figure in the data, and the note says so (no item prints "n.d.").
 */
const FIGURE_YEARS: Readonly<Record<string, () => readonly number[]>> = {
  gacc: () => producerYears("gacc"),
  mofcom: () => producerYears("mofcom"),
  fcs: () => producerYears("fcs"),
  "sipri-arms-transfers": () => armsTransferRows.map((r) => r.periodEnd),
};

function producerYears(producer: string): number[] {
  return [...tradeRows.filter((r) => r.producer === producer).map((r) => r.year), ...reportedShareRows.filter((r) => r.producer === producer).map((r) => r.year)];
}

function dated(item: CslItem): CslItem {
  const years = item.issued ? undefined : FIGURE_YEARS[item.id]?.();
  if (!years?.length) return item;
  let first = years[0]!;
  let last = years[0]!;
  for (const y of years) {
    if (y < first) first = y;
    if (y > last) last = y;
  }
  return {
    ...item,
    issued: { "date-parts": [[last]] },
    note: `Figures for ${first === last ? first : `${first}–${last}`} as reported in the press (each report is in the sources dataset); the year is that of the latest figure`,
  };
}

function copyItem(item: CslItem): CslItem {
  return JSON.parse(JSON.stringify(item)) as CslItem;
}

const BIBTEX_SPECIAL: Readonly<Record<string, string>> = {
  "\\": "\\textbackslash{}", "{": "\\{", "}": "\\}", "&": "\\&", "%": "\\%", $: "\\$", "#": "\\#", _: "\\_", "~": "\\textasciitilde{}", "^": "\\textasciicircum{}",
};
const tex = (s: string) => s.replace(/[\\{}&%$#_~^]/g, (c) => BIBTEX_SPECIAL[c]!);

function bibtex(items: readonly CslItem[]): string {
  return items
    .map((item) => {
      const fields: [string, string][] = [
        ["title", `{${tex(item.title)}}`],
        ["author", item.author.map((a) => `{${tex(a.literal)}}`).join(" and ")],
      ];
      const year = item.issued?.["date-parts"][0]?.[0];
      if (year !== undefined) fields.push(["year", String(year)]);
      if (item.version) fields.push(["version", tex(item.version)]);
      if (item.publisher) fields.push(["publisher", tex(item.publisher)]);
      if (item.medium) fields.push(["howpublished", tex(item.medium)]);
      else if (item.id.startsWith("china-russia-data-")) fields.push(["howpublished", `npm package, ${PURL}`]);
      if (item.URL) fields.push(["url", item.URL.replace(/[{}]/g, "")]);
      if (item.note) fields.push(["note", tex(item.note)]);
      const type = item.type === "article" ? "article" : "misc";
      return `@${type}{${item.id},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n")}\n}`;
    })
    .join("\n\n") + "\n";
}

function apaDate(item: CslItem): string {
  const parts = item.issued?.["date-parts"][0];
  return parts?.[0] !== undefined ? String(parts[0]) : "n.d.";
}

function apa(items: readonly CslItem[]): string {
  return items
    .map((item) => {
      const author = item.author.map((a) => a.literal).join(", ");
      const version = item.version ? ` (Version ${item.version})` : "";
      const kind = item.type === "dataset" ? " [Data set]" : "";
      const publisher = item.publisher && item.publisher !== author ? ` ${item.publisher}.` : "";
      const note = item.note ? ` ${item.note}.` : "";
      // APA 7 ends a reference with its address.
      const url = item.URL ? ` ${item.URL}` : "";
      return `${author}. (${apaDate(item)}). ${item.title}${version}${kind}.${publisher}${note}${url}`;
    })
    .join("\n");
}

function text(items: readonly CslItem[]): string {
  const [pkg, ...producers] = items;
  const released = meta.released ? `released ${meta.released}` : "unreleased build";
  const head = `${pkg!.title}, version ${meta.version} (${released}), ${AUTHOR}. ${pkg!.note}.${pkg!.URL ? ` ${pkg!.URL}` : ""}`;
  return producers.length === 0
    ? `${head}\n`
    : `${head} Figures from: ${producers.map((p) => `${p.author.map((a) => a.literal).join(", ")}, ${p.title}`).join("; ")}.\n`;
}

/**
 * A citation of the package at its exact version and data fingerprint and, for a dataset, of the producers
 * whose figures it holds, so that you cite the producer (e.g. the IMF) and not only this republisher.
 *
 * CSL-JSON is the canonical form (it feeds Zotero, Pandoc and citeproc); BibTeX, APA and plain text derive
 * from it.
 *
 * @category Citing
 * @param options - `format` (`text` by default) and optionally `dataset`
 * @returns the citation as a string (CSL-JSON as a JSON array)
 * @throws RangeError for an unknown format or dataset; TypeError when options is not an object
 * @example
 * ```ts
 * import { cite, meta } from "china-russia-data";
 *
 * cite({ format: "bibtex" }).startsWith(`@misc{china-russia-data-${meta.version},`);
 * //=> true
 * JSON.parse(cite({ format: "csl-json", dataset: "trade" })).length;
 * //=> 5
 * ```
 */
export function cite(options: CiteOptions = {}): string {
  // Read once, own properties only: nothing set on Object.prototype changes a citation.
  const o = checkQuery("cite", options, ["format", "dataset"], "options");
  const format = (o.format ?? "text") as CitationFormat;
  if (!FORMATS.includes(format)) throw new RangeError(`cite: format must be one of ${FORMATS.join(", ")}; got ${show(format)}`);
  const items = citationItems(o.dataset as DatasetName | undefined);
  switch (format) {
    case "csl-json":
      return JSON.stringify(items, null, 2) + "\n";
    case "bibtex":
      return bibtex(items);
    case "apa":
      return apa(items) + "\n";
    case "text":
      return text(items);
  }
}

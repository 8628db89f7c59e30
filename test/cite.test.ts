// Citations: parsed with a real BibTeX parser and rendered by a real CSL processor (citeproc-js via
// citation-js), so the output works in the tools researchers use.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import { describe, expect, it } from "vitest";
import { compileData, generatedModules } from "../scripts/build-data.js";
import { ROOT } from "../scripts/lib/files.js";
import { packageUrl, repositoryUrl, type PackageLinks } from "../scripts/lib/package-url.js";
import { citationCff, readPackage, readRelease } from "../scripts/release-files.js";
import { armsTransfers, cite, citationItems, meta, reportedShares, trade, type DatasetName } from "../src/index.js";
import { Ajv } from "ajv";
import { parse as parseYaml } from "yaml";

const pkg = JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8")) as { version: string };
const DATASETS = Object.keys(meta.datasets) as DatasetName[];

describe("meta", () => {
  it("names the version of package.json and a 64-hex fingerprint", () => {
    expect(meta.version).toBe(pkg.version);
    expect(meta.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(meta.released).toBe(readRelease().released);
  });

  it("the fingerprint changes when any value changes, and only then", () => {
    const data = compileData();
    const fp = (d: typeof data) => /fingerprint = "([0-9a-f]{64})"/.exec(generatedModules(d)["meta.ts"]!)![1];
    expect(fp(data)).toBe(meta.fingerprint);
    expect(fp(compileData())).toBe(meta.fingerprint);
    const changed = { ...data, trade: data.trade.map((r, i) => (i === 0 ? { ...r, valueUsdMillions: r.valueUsdMillions + 0.001 } : r)) };
    expect(fp(changed)).not.toBe(meta.fingerprint);
    const partner = { ...data, partnerTrade: data.partnerTrade.slice(1) };
    expect(fp(partner)).not.toBe(meta.fingerprint);
    const note = { ...data, sources: data.sources.map((s, i) => (i === 0 ? { ...s, accessed: `${s.accessed} ` } : s)) };
    expect(fp(note)).not.toBe(meta.fingerprint);
  }, 120_000); // compiles the data twice: 27 to 35 s on two busy cores
});

describe("cite", () => {
  it("BibTeX parses with a BibTeX parser into one entry per item, with title, author, version and fingerprint", () => {
    for (const dataset of [undefined, ...DATASETS]) {
      const bib = cite({ format: "bibtex", ...(dataset ? { dataset } : {}) });
      const parsed = new Cite(bib).data as { id: string; title: string; author: { family?: string; literal?: string }[]; version?: string; note?: string }[];
      const items = citationItems(dataset);
      expect(parsed.map((p) => p.id)).toEqual(items.map((i) => i.id));
      expect(parsed.map((p) => p.title)).toEqual(items.map((i) => i.title));
      expect(parsed[0]!.version).toBe(pkg.version);
      expect(parsed[0]!.note).toContain(meta.fingerprint);
      const authors = parsed.map((p) => p.author[0]!.family ?? p.author[0]!.literal);
      expect(authors).toEqual(items.map((i) => i.author[0]!.literal));
    }
  });

  it("escapes BibTeX special characters", () => {
    const bib = cite({ format: "bibtex", dataset: "trade" });
    expect(bib).not.toMatch(/[^\\]&/);
    expect(new Cite(bib).data.length).toBe(5);
  });

  it("CSL-JSON renders with citeproc's APA style, and the APA output names the same authors, dates and titles", () => {
    // The package item carries the release year once released.
    const own = (JSON.parse(cite({ format: "csl-json" })) as { issued?: { "date-parts": number[][] } }[])[0]!;
    expect(own.issued?.["date-parts"][0]?.[0]).toBe(meta.released === null ? undefined : Number(meta.released.slice(0, 4)));
    for (const dataset of [undefined, "trade", "armsTransfers", "claims"] as const) {
      const items = JSON.parse(cite({ format: "csl-json", ...(dataset ? { dataset } : {}) })) as {
        author: { literal: string }[];
        title: string;
        issued?: { "date-parts": number[][] };
      }[];
      const rendered = new Cite(items).format("bibliography", { format: "text", template: "apa", lang: "en-US" }) as string;
      const ours = cite({ format: "apa", ...(dataset ? { dataset } : {}) });
      const plain = (s: string) => s.replace(/[’‘]/g, "'");
      for (const item of items) {
        // The year APA shows is the item's issued year; an item without one is "(n.d.)".
        const year = item.issued?.["date-parts"][0]?.[0];
        const date = year === undefined ? "(n.d.)" : `(${year})`;
        const head = `${item.author[0]!.literal}. ${date}. ${item.title}`;
        expect(plain(rendered), head).toContain(head);
        expect(plain(ours), head).toContain(head);
      }
    }
  });

  it("a dataset citation names its producers: the IMF for partner trade, SIPRI for arms transfers", () => {
    expect(cite({ format: "text", dataset: "partnerTrade" })).toMatch(/Figures from: International Monetary Fund, Direction of Trade Statistics/);
    // SIPRI's figures reach armsTransfers through the press: cited with the year of the latest period's end.
    const latest = Math.max(...armsTransfers.map((r) => r.periodEnd));
    expect(cite({ format: "apa", dataset: "armsTransfers" })).toContain(`Stockholm International Peace Research Institute. (${latest}). SIPRI Arms Transfers Database`);
  });

  it("carries each item's address: CSL URL, BibTeX url (as a BibTeX parser reads it), and APA's closing URL", () => {
    // SIPRI's TIV tables are cited with SIPRI's database address (src/cite.ts, from the source's terms of use).
    const sipri = "https://www.sipri.org/databases/armstransfers";
    const items = citationItems("armsDeliveries");
    expect(items[1]!.URL).toBe(sipri);
    const parsed = new Cite(cite({ format: "bibtex", dataset: "armsDeliveries" })).data as { id: string; URL?: string; issued?: { "date-parts": number[][] } }[];
    expect(parsed[1]!.URL).toBe(sipri);
    expect(parsed[1]!.issued?.["date-parts"][0]?.[0]).toBe(2022);
    expect(cite({ format: "apa", dataset: "armsDeliveries" }).split("\n")[1]).toMatch(new RegExp(`\\(2022\\)\\. .* ${sipri.replace(/[./]/g, "\\$&")}$`));
    const rendered = new Cite(items).format("bibliography", { format: "text", template: "apa", lang: "en-US" }) as string;
    expect(rendered).toContain(sipri);
    // The package's own address is its version's immutable one; the project's home (package.json's homepage,
    // else repository) joins the note once package.json names one.
    expect(citationItems()[0]!.URL).toBe(`https://cdn.jsdelivr.net/npm/china-russia-data@${pkg.version}/`);
    const own = packageUrl(JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8")) as PackageLinks);
    if (own) expect(citationItems()[0]!.note).toContain(`project home ${own}`);
    else expect(citationItems()[0]!.note).not.toContain("project home");
  });

  it("unknown formats and datasets throw, naming the value", () => {
    expect(() => cite({ format: "mla" as never })).toThrow(/format must be one of csl-json, bibtex, apa, text; got "mla"/);
    expect(() => cite({ dataset: "nope" as never })).toThrow(/dataset must be one of trade, partnerTrade/);
    expect(() => cite(null as never)).toThrow(TypeError);
  });
});

describe("CITATION.cff", () => {
  it("is what scripts/release-files.ts makes from package.json, release.json and the fingerprint (npm run release:files)", () => {
    expect(readFileSync(resolve(ROOT, "CITATION.cff"), "utf8")).toBe(citationCff(readPackage(), readRelease().released, meta.fingerprint));
  });

  it("names the version in package.json, and release.json agrees", () => {
    const cff = readFileSync(resolve(ROOT, "CITATION.cff"), "utf8");
    expect(cff).toContain(`version: "${pkg.version}"`);
    expect(cff).toContain("type: dataset");
    expect(readRelease().version).toBe(pkg.version);
  });

  it("is stamped by the release step before anything builds: the build refuses a release.json of the previous version", () => {
    const steps = (JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts["version-packages"]!.split("&&").map((x) => x.trim());
    const stamp = steps.indexOf("tsx scripts/release-files.ts --stamp");
    expect(stamp).toBeGreaterThan(steps.indexOf("changeset version"));
    expect(steps.indexOf("changeset version")).toBe(0);
    for (const [i, step] of steps.entries()) if (/\bnpm run (build|data:build|release:files)\b/.test(step)) expect(i).toBeGreaterThan(stamp);
  });

  it("names the repository and the address once package.json has them, and nothing it does not know", () => {
    const base = readPackage();
    const without = citationCff({ ...base, repository: undefined, homepage: undefined } as never, "2026-01-02", "f".repeat(64));
    expect(without).not.toMatch(/^repository-code:/m);
    // Without a home, the url is the version's immutable address.
    expect(without).toMatch(new RegExp(`^url: "https://cdn\\.jsdelivr\\.net/npm/china-russia-data@${base.version.replace(/\./g, "\\.")}/"$`, "m"));
    const withRepo = citationCff({ ...base, repository: { url: "git+https://example.org/team/china-russia-data.git" }, homepage: undefined } as never, "2026-01-02", "f".repeat(64));
    expect(withRepo).toMatch(/^repository-code: "https:\/\/example\.org\/team\/china-russia-data"$/m);
    expect(withRepo).toMatch(/^url: "https:\/\/example\.org\/team\/china-russia-data"$/m);
  });

  it("states one licence for the data, not a list that CFF reads as a choice (\"MIT or CC-BY-4.0\"), and says the code is MIT", () => {
    const cff = readFileSync(resolve(ROOT, "CITATION.cff"), "utf8");
    expect(cff).toMatch(/^license: CC-BY-4\.0$/m);
    expect(cff).not.toMatch(/^license:\s*$/m);
    expect(cff).toMatch(/^message: .*the code is MIT/m);
    expect(cff).toMatch(/^message: .*LICENSE-DATA/m);
  });
});

describe("packageUrl", () => {
  it("prefers homepage, else the repository without git+ and .git, else null", () => {
    expect(packageUrl({ homepage: "https://example.org/crd", repository: { url: "git+https://example.org/r.git" } })).toBe("https://example.org/crd");
    expect(packageUrl({ repository: { url: "git+https://example.org/team/r.git" } })).toBe("https://example.org/team/r");
    expect(packageUrl({ repository: "https://example.org/team/r" })).toBe("https://example.org/team/r");
    expect(packageUrl({})).toBe(null);
    expect(packageUrl({ homepage: "" })).toBe(null);
    expect(repositoryUrl({ homepage: "https://example.org/crd" })).toBe(null);
  });
});

describe("the package's identity in every citation", () => {
  const purl = `pkg:npm/china-russia-data@${pkg.version}`;
  const url = `https://cdn.jsdelivr.net/npm/china-russia-data@${pkg.version}/`;

  it("every format carries the purl and the version's immutable address, for the package and for every dataset", () => {
    for (const dataset of [undefined, ...DATASETS]) {
      for (const format of ["text", "apa", "bibtex", "csl-json"] as const) {
        const c = cite({ format, ...(dataset ? { dataset } : {}) });
        expect(c, `${format} ${dataset ?? "package"}`).toContain(purl);
        expect(c, `${format} ${dataset ?? "package"}`).toContain(url);
      }
    }
  });

  it("a BibTeX parser reads url and howpublished; CSL-JSON's URL is the version's address", () => {
    const [own] = new Cite(cite({ format: "bibtex" })).data as { URL?: string; publisher?: string; note?: string }[];
    expect(own!.URL).toBe(url);
    expect(cite({ format: "bibtex" })).toMatch(new RegExp(`howpublished = \\{npm package, ${purl.replace(/[.@]/g, "\\$&")}\\}`));
    expect((JSON.parse(cite({ format: "csl-json" })) as { URL: string; note: string }[])[0]!).toMatchObject({ URL: url, note: expect.stringContaining(purl) });
    // citeproc renders the address and the purl (in the note) into APA.
    const rendered = new Cite(JSON.parse(cite({ format: "csl-json" }))).format("bibliography", { format: "text", template: "apa", lang: "en-US" }) as string;
    expect(rendered).toContain(url);
  });

  it('no item of any citation prints "n.d.": every producer has a year (as retrieved, or of its latest figure, said in the note)', () => {
    for (const dataset of [undefined, ...DATASETS]) {
      const items = JSON.parse(cite({ format: "csl-json", ...(dataset ? { dataset } : {}) })) as { id: string; issued?: { "date-parts": number[][] } }[];
      if (meta.released !== null) for (const i of items) expect(i.issued?.["date-parts"][0]?.[0], `${dataset} ${i.id}`).toBeGreaterThan(1900);
      const rendered = new Cite(items).format("bibliography", { format: "text", template: "apa", lang: "en-US" }) as string;
      for (const text of [cite({ format: "apa", ...(dataset ? { dataset } : {}) }), cite({ format: "text", ...(dataset ? { dataset } : {}) }), rendered]) {
        expect(text, dataset).not.toMatch(/n\.d\./);
      }
    }
  });

  it("producers without a date of their own: the IMF as retrieved (2022), the press-reported producers by their latest figure", () => {
    const [, imf] = citationItems("partnerTrade");
    expect(imf!.issued?.["date-parts"][0]).toEqual([2022]);
    expect(imf!.note).toMatch(/as retrieved in 2022/);
    // China's customs: its latest figure in the trade and reportedShares data, computed here from the rows.
    const gaccYears = [...trade.filter((r) => r.producer === "gacc").map((r) => r.year), ...reportedShares.filter((r) => r.producer === "gacc").map((r) => r.year)];
    const gacc = citationItems("trade").find((i) => i.id === "gacc")!;
    expect(gacc.issued?.["date-parts"][0]).toEqual([Math.max(...gaccYears)]);
    expect(gacc.note).toBe(`Figures for ${Math.min(...gaccYears)}–${Math.max(...gaccYears)} as reported in the press (each report is in the sources dataset); the year is that of the latest figure`);
  });
});

describe("CITATION.cff against the Citation File Format 1.2.0 schema", () => {
  // test/fixtures/cff-1.2.0-schema.json: the schema.json of the citation-file-format/citation-file-format
  // repository (commit 0c5b4aa07071490eaf261775ce96ccdd13a6e2d5), CC-BY-4.0, copied unchanged.
  const schema = JSON.parse(readFileSync(resolve(ROOT, "test", "fixtures", "cff-1.2.0-schema.json"), "utf8")) as object;
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat("uri", (u: string) => URL.canParse(u));
  ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
  const validate = ajv.compile(schema);
  const cff = parseYaml(readFileSync(resolve(ROOT, "CITATION.cff"), "utf8")) as Record<string, unknown>;

  it("validates", () => {
    expect(validate(cff), JSON.stringify(validate.errors)).toBe(true);
  });

  it("the validator refuses what the schema forbids (a field of its own, a licence that is not SPDX)", () => {
    expect(validate({ ...cff, homepage: "https://example.org" })).toBe(false);
    expect(validate({ ...cff, license: "MIT and CC-BY" })).toBe(false);
  });

  it("names the version's immutable address as url and as an identifier, the purl as an identifier", () => {
    const version = pkg.version;
    const identifiers = cff.identifiers as { type: string; value: string }[];
    expect(identifiers).toContainEqual(expect.objectContaining({ type: "url", value: `https://cdn.jsdelivr.net/npm/china-russia-data@${version}/` }));
    expect(identifiers).toContainEqual(expect.objectContaining({ type: "other", value: `pkg:npm/china-russia-data@${version}` }));
    const home = packageUrl(readPackage());
    expect(cff.url).toBe(home ?? `https://cdn.jsdelivr.net/npm/china-russia-data@${version}/`);
  });

  it("agrees with package.json on the licences: package.json says MIT AND CC-BY-4.0; CITATION.cff, which describes the dataset, CC-BY-4.0 and names MIT for the code", () => {
    const license = (JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8")) as { license: string }).license;
    // An SPDX expression of two licences that both apply (AND): each part is one of the two files' licences.
    expect(license.replace(/[()]/g, "").split(" AND ").sort()).toEqual(["CC-BY-4.0", "MIT"]);
    // CFF reads a list of licences as a choice (OR): it names the one that applies to the data it describes.
    expect(cff.license).toBe("CC-BY-4.0");
    expect(cff.message).toMatch(/the code is MIT/);
    expect(readFileSync(resolve(ROOT, "LICENSE"), "utf8")).toMatch(/^MIT License/);
    expect(readFileSync(resolve(ROOT, "LICENSE-DATA"), "utf8")).toMatch(/CC-BY-4\.0|Creative Commons Attribution 4\.0/);
  });
});

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
import { cite, citationItems, meta, type DatasetName } from "../src/index.js";

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
  });
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
    expect(cite({ format: "apa", dataset: "armsTransfers" })).toMatch(/Stockholm International Peace Research Institute\. \(n\.d\.\)/);
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
    // The package's own address comes from package.json (homepage, else repository) when it has one.
    const own = packageUrl(JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8")) as PackageLinks);
    expect(citationItems()[0]!.URL).toBe(own ?? undefined);
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
    expect(without).not.toMatch(/^(repository-code|url):/m);
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

// The article's claims on dates and counted facts (the treaty, Vostok 2018, the border, Huawei's staff), read from
// the events and facts datasets; src/claims/ assembles and judges every domain's claims.
import type { ClaimJudge, ClaimTable } from "../core/claim.js";
import { one, round } from "../core/claim.js";

/** The timeline claims: each claim's id and its computation, given the tolerance rule. */
export const timelineClaims = ({ compare, off }: ClaimJudge): ClaimTable => ({
  "treaty-twentieth-anniversary-2021": (_s, d) => {
    const t = one(d.events, "treaty", (x) => x.id === "treaty-good-neighbourliness");
    const e = one(d.events, "treaty extension", (x) => x.id === "treaty-extension-2021");
    const years = Number(e.date.slice(0, 4)) - Number(t.date.slice(0, 4));
    return {
      computedValue: years, sourceIds: [...t.sourceIds, ...e.sourceIds],
      method: "events: treaty-good-neighbourliness (signed) and treaty-extension-2021 (the joint statement of the virtual summit); the years between them, and the summit's date",
      verdict: years === 20 && e.date === "2021-06-28" ? "supported" : "contradicted",
      reason: `The treaty was signed on ${t.date}; the joint statement on its anniversary was adopted at the virtual summit of ${e.date}, ${years} years later.`,
    };
  },
  "vostok-2018-chinese-troops": (_s, d) => {
    const e = one(d.events, "Vostok 2018", (x) => x.id === "vostok-2018");
    const y = Number(e.date.slice(0, 4));
    return {
      computedValue: y, sourceIds: e.sourceIds,
      method: "events, vostok-2018: its date and description (China takes part for the first time)",
      verdict: y === 2018 && /first time/i.test(e.description) ? "supported" : "contradicted",
      reason: `Vostok 2018 began on ${e.date}, the first time Chinese troops took part; sources differ on the size of the contingent.`,
    };
  },
  "border-length-4200km": (s, d) => {
    const f = one(d.facts, "border length at the final demarcation", (x) => x.id === "border-length-reuters-2008");
    return {
      computedValue: f.value, sourceIds: [f.sourceId],
      method: "facts, border-length-reuters-2008 (the length Reuters gave when the final demarcation protocol was signed, 21 July 2008)",
      verdict: compare(s.statedValue!, f.value),
      reason:
        `Reuters gave the border as ${f.value.toLocaleString("en-US")} km when the demarcation was completed in 2008, ${off(s.statedValue!, f.value)} above the article's 4,200 km. ` +
        "The 4,209.3 km often quoted for the demarcated border is found only in encyclopedias and their mirrors, which are not a source.",
    };
  },
  "border-dispute-resolved-by-2006": (s, d) => {
    const ratified = one(d.events, "ratification event", (x) => x.id === "border-supplementary-agreement-ratified");
    const demarcated = one(d.events, "demarcation event", (x) => x.id === "border-demarcation-protocol-2008");
    const ry = Number(ratified.date.slice(0, 4));
    const dy = Number(demarcated.date.slice(0, 4));
    return {
      computedValue: dy, sourceIds: [...ratified.sourceIds, ...demarcated.sourceIds],
      method: "events: the 2004 supplementary agreement's ratification (instruments exchanged) and the additional protocol accepting the demarcation",
      verdict: ry <= s.statedValue! && dy > s.statedValue! ? "approximately" : dy <= s.statedValue! ? "supported" : "contradicted",
      reason: `The last agreement was ratified in ${ry}, but the demarcation was accepted only in ${dy}.`,
    };
  },
  "border-conflict-1969": (s, d) => {
    const e = one(d.events, "Zhenbao clash", (x) => x.id === "zhenbao-island-clash");
    const y = Number(e.date.slice(0, 4));
    return {
      computedValue: y, sourceIds: e.sourceIds,
      method: "events, zhenbao-island-clash",
      verdict: y === s.statedValue ? "supported" : "contradicted",
      reason: `The Zhenbao (Damansky) Island clash began on ${e.date}.`,
    };
  },
  "huawei-tripled-research-staff": (s, d) => {
    const a = one(d.facts, "Huawei 2019", (x) => x.id === "huawei-russia-rd-staff-2019");
    const b = one(d.facts, "Huawei 2021", (x) => x.id === "huawei-russia-research-staff-2021");
    const v = round(b.value / a.value, 2);
    return {
      computedValue: v, sourceIds: [a.sourceId, b.sourceId],
      method: "facts: huawei-russia-research-staff-2021 / huawei-russia-rd-staff-2019 (about 1,500 / about 550)",
      verdict: compare(s.statedValue!, v),
      reason: `About ${a.value} (2019) to about ${b.value} (2021, including Minsk) is ${v}-fold; both figures trace back to Sputnik.`,
    };
  },
});

// The article's energy claims (pipeline capacities, the Rosneft discount), read from the energyProjects and facts
// datasets; src/claims/ assembles and judges every domain's claims.
import type { ClaimJudge, ClaimTable } from "../core/claim.js";
import { one } from "../core/claim.js";

/** The energy claims: each claim's id and its computation, given the tolerance rule. */
export const energyClaims = ({ compare, off }: ClaimJudge): ClaimTable => ({
  "power-of-siberia-36bcm": (s, d) => {
    const p = one(d.energyProjects, "Power of Siberia", (x) => x.id === "power-of-siberia");
    const c = one(p.capacity, "design capacity", (x) => x.status === "design");
    return {
      computedValue: c.value, sourceIds: [c.sourceId],
      method: "energyProjects, power-of-siberia: the design capacity",
      verdict: compare(s.statedValue!, c.value),
      reason: `The design capacity is ${c.value} ${c.unit} (Gazprom via TASS), ${off(s.statedValue!, c.value)} above the article's 36; no source gives 36.`,
    };
  },
  "power-of-siberia-2-50bcm": (s, d) => {
    const p = one(d.energyProjects, "Power of Siberia 2", (x) => x.id === "power-of-siberia-2");
    const c = one(p.capacity, "assessed capacity", (x) => x.status === "assessed");
    return {
      computedValue: c.value, sourceIds: [c.sourceId],
      method: "energyProjects, power-of-siberia-2: the capacity Gazprom assessed in 2020",
      verdict: compare(s.statedValue!, c.value),
      reason: `Gazprom assessed supplies of up to ${c.value} ${c.unit} via Mongolia; the 2025 memorandum is not yet a final contract.`,
    };
  },
  "skovorodino-mohe-30mt": (s, d) => {
    const p = one(d.energyProjects, "ESPO spur", (x) => x.id === "espo-spur-skovorodino-mohe");
    const c = p.capacity.at(-1)!;
    return {
      computedValue: c.value, sourceIds: [c.sourceId],
      method: "energyProjects, espo-spur-skovorodino-mohe: the latest capacity (from 1 January 2018)",
      verdict: compare(s.statedValue!, c.value),
      reason: `Capacity doubled from 15 to ${c.value} ${c.unit} when the second line opened in 2018.`,
    };
  },
  "rosneft-discount-2011": (s, d) => {
    const f = one(d.facts, "discount fact", (x) => x.id === "rosneft-cnpc-discount-2011");
    return {
      computedValue: f.value, sourceIds: [f.sourceId],
      method: "facts, rosneft-cnpc-discount-2011",
      verdict: compare(s.statedValue!, f.value),
      reason: `S&P Global Platts: a $${f.value.toFixed(2)}/bbl discount effective from November 2011, settling a price dispute.`,
    };
  },
});

// Codes and descriptors follow the producers' own marks: SIPRI marks non-state recipients with `*` and
// organisations with `**`; an unmarked SIPRI name is a state (or a former one), whatever its standing.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { countries } from "../src/index.js";
import { armsDeliveries } from "../src/arms/index.js";

const ROOT = resolve(import.meta.dirname, "..");
const sipriNames = readFileSync(resolve(ROOT, "data", "sipri-names.csv"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => {
    const i = line.lastIndexOf(",");
    return { name: line.slice(0, i).replace(/^"|"$/g, ""), code: line.slice(i + 1) };
  });

describe("codes", () => {
  const kind = new Map(countries.map((c) => [c.code as string, c.kind]));

  it("a SIPRI name's mark decides its kind: ** an organisation, * a non-state actor, none a state", () => {
    const bad: string[] = [];
    for (const { name, code } of sipriNames) {
      const k = kind.get(code);
      const expected = name.endsWith("**") ? "organisation" : name.endsWith("*") ? "non-state" : undefined;
      if (expected ? k !== expected : k === "organisation" || k === "non-state") bad.push(`${name} → ${code} (${k})`);
    }
    expect(bad).toEqual([]);
  });

  it("SIPRI's European Union is an organisation of its own, not the IMF's aggregate EUU; Biafra, Katanga, Libya GNC and Northern Cyprus are unmarked", () => {
    expect(sipriNames.find((n) => n.name === "European Union**")?.code).toBe("ORG_EU");
    expect(kind.get("ORG_EU")).toBe("organisation");
    expect(kind.get("EUU")).toBe("group");
    expect(armsDeliveries.some((r) => r.recipient === ("EUU" as never))).toBe(false);
    for (const name of ["Biafra", "Katanga", "Libya GNC", "Northern Cyprus"]) {
      const code = sipriNames.find((n) => n.name === name)!.code;
      expect(code.startsWith("NSA_"), name).toBe(false);
      expect(["country", "former-country"], name).toContain(kind.get(code));
    }
  });

  it("the IMF's overlapping reporters say so on their rows", () => {
    expect(countries.find((c) => c.code === "ANT")?.note).toMatch(/Curaçao \(CUW\) and Sint Maarten \(SXM\)/);
    expect(countries.find((c) => c.code === "SDN")?.note).toMatch(/includes South Sudan before 2012/);
  });
});

// The meta module: each dataset's fields, size, years, sources and hash, and the fingerprint of them all.
import { z as zod } from "zod";
import type { DatasetMeta } from "../../src/datasets/index.js";
export type { DatasetMeta };
import { schemas } from "../../src/schemas/index.js";
import { DATASET_NAMES, type CompiledData } from "../lib/compiled.js";
import { canonical, sha256 } from "../lib/hash.js";
import { HEADER } from "../lib/modules.js";

/** The fields of a dataset, in its schema's order: the columns of its CSV file and of the CLI's export. */
function fieldsOf(name: keyof typeof schemas): string[] {
  const js = zod.toJSONSchema(schemas[name], { io: "output", unrepresentable: "any" }) as { properties: Record<string, unknown> };
  return Object.keys(js.properties);
}

function metaOf(rows: readonly object[], name: keyof typeof schemas): DatasetMeta {
  const years: number[] = [];
  const srcs = new Set<string>();
  for (const r of rows) {
    const rec = r as { year?: number; date?: string; periodStart?: number; periodEnd?: number; sourceId?: string; sourceIds?: readonly string[] };
    if (typeof rec.year === "number") years.push(rec.year);
    else if (typeof rec.periodStart === "number") years.push(rec.periodStart, rec.periodEnd!);
    else if (typeof rec.date === "string" && /^\d{4}/.test(rec.date)) years.push(Number(rec.date.slice(0, 4)));
    if (rec.sourceId) srcs.add(rec.sourceId);
    for (const id of rec.sourceIds ?? []) srcs.add(id);
  }
  return {
    fields: fieldsOf(name),
    rows: rows.length,
    years: years.length ? [Math.min(...years), Math.max(...years)] : null,
    sources: [...srcs].sort(),
    sha256: sha256(canonical(rows)),
  };
}

/** The meta module of the compiled datasets. */
export function module(data: CompiledData): string {
  // In DATASET_NAMES order: the order of the fingerprint and of meta.ts.
  const metas = Object.fromEntries(DATASET_NAMES.map((name) => [name, metaOf(data[name], name)]));
  const fingerprint = sha256(Object.entries(metas).map(([k, m]) => `${k}:${m.sha256}`).join("\n"));
  return (
    HEADER +
    `import { deepFreeze } from "../../core/freeze.js";\n\n` +
    `/** sha256 over the canonical serialisation of every dataset's sha256. */\n` +
    `export const fingerprint = ${JSON.stringify(fingerprint)};\n\n` +
    // One constant per dataset (and no property access at the top level), so that bundlers can drop the
    // ones an application does not use.
    Object.entries(metas)
      .map(([name, m]) => `export const ${name}Meta = /* @__PURE__ */ deepFreeze(${JSON.stringify(m)} as const);\n`)
      .join("") +
    `\nexport const datasetMeta = /* @__PURE__ */ Object.freeze({ ${Object.keys(metas).map((n) => `${n}: ${n}Meta`).join(", ")} });\n`
  );
}

// The field-values module: the values each dataset's enumerated fields allow (from the zod schemas), so that the
// command line can name them without loading zod (an optional peer dependency).
import { z as zod } from "zod";
import { schemas } from "../../src/schemas/index.js";
import { DATASET_NAMES } from "../lib/compiled.js";
import { HEADER } from "../lib/modules.js";

/** The fields of a dataset whose schema allows a fixed list of values, with that list. */
export function enumeratedFields(name: keyof typeof schemas): Record<string, string[]> {
  const js = zod.toJSONSchema(schemas[name], { io: "output", unrepresentable: "any" }) as { properties: Record<string, { enum?: unknown[] }> };
  const out: Record<string, string[]> = {};
  for (const [field, prop] of Object.entries(js.properties)) {
    if (Array.isArray(prop.enum) && prop.enum.every((v) => typeof v === "string")) out[field] = [...(prop.enum as string[])].sort();
  }
  return out;
}

/** The module: one frozen record, dataset → field → allowed values (datasets in DATASET_NAMES order). */
export function module(): string {
  const values = Object.fromEntries(DATASET_NAMES.map((name) => [name, enumeratedFields(name)]));
  return (
    HEADER +
    `import { deepFreeze } from "../../core/freeze.js";\n\n` +
    `/** The values each dataset's enumerated fields allow, as its schema states them (for the command line's messages). */\n` +
    `export const fieldValues: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = /* @__PURE__ */ deepFreeze(${JSON.stringify(values)});\n`
  );
}

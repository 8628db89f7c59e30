// The link resources of the data export: one row per id of a list-valued reference column (a claim's
// sourceIds, an assessment's events, …), so that each id is a plain cell a Table Schema foreign key can check.
// The standard's foreign keys compare a row's whole cell with a key of the referenced resource (they are
// modelled on SQL's); a column that holds several ids in one cell cannot carry one. docs/design-notes.md.
import { LINK_TABLES, type LinkTableName } from "../../src/core/table.js";

type Json = Record<string, unknown>;

/** A resource whose rows a link table splits: its name, rows and the Frictionless fields of its key columns. */
export interface LinkParent {
  readonly name: string;
  readonly rows: readonly object[];
  readonly fields: readonly Json[];
}

interface LinkSpec {
  readonly title: string;
  readonly parent: string;
  /** The parent's list-valued column (an array, or ids joined with ";"). */
  readonly list: string;
  /** Link column → the parent's key column it copies (together the parent's primary key). */
  readonly key: Readonly<Record<string, string>>;
  /** The link's column that holds one id, and the resource and field it refers to. */
  readonly ref: { readonly column: string; readonly resource: string; readonly field: string };
}

const SOURCE = { resource: "sources", field: "id" } as const;

const SPECS: Readonly<Record<LinkTableName, LinkSpec>> = {
  "claims-sources": { title: "The sources of each of the article's claims", parent: "claims", list: "sourceIds", key: { claimId: "id" }, ref: { column: "sourceId", ...SOURCE } },
  "events-sources": { title: "The sources of each event", parent: "events", list: "sourceIds", key: { eventId: "id" }, ref: { column: "sourceId", ...SOURCE } },
  "energy-projects-sources": { title: "The sources of each energy project", parent: "energy-projects", list: "sourceIds", key: { projectId: "id" }, ref: { column: "sourceId", ...SOURCE } },
  "assessments-events": { title: "The events each assessment names", parent: "assessments", list: "events", key: { assessmentId: "id" }, ref: { column: "eventId", resource: "events", field: "id" } },
  "assessments-claims": { title: "The claims each assessment names", parent: "assessments", list: "claims", key: { assessmentId: "id" }, ref: { column: "claimId", resource: "claims", field: "id" } },
  "trade-shares-sources": { title: "The sources of each trade share",
    parent: "trade-shares", list: "sourceIds", key: { reporter: "reporter", partner: "partner", year: "year", basis: "basis" }, ref: { column: "sourceId", ...SOURCE },
  },
  "trade-asymmetry-sources": { title: "The sources of each dependency asymmetry",
    parent: "trade-asymmetry", list: "sourceIds", key: { a: "a", b: "b", year: "year", basis: "basis" }, ref: { column: "sourceId", ...SOURCE },
  },
};

/** The link tables that split one of `parent`'s columns, with that column. */
export const linksOf = (parent: string): { name: LinkTableName; list: string }[] =>
  LINK_TABLES.filter((n) => SPECS[n].parent === parent).map((n) => ({ name: n, list: SPECS[n].list }));

export interface LinkTable {
  readonly name: LinkTableName;
  readonly title: string;
  readonly how: string;
  readonly rows: readonly Record<string, string | number>[];
  readonly columns: readonly string[];
  readonly fields: readonly Json[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly Json[];
}

const idsOf = (value: unknown, where: string): string[] => {
  const ids = Array.isArray(value) ? (value as unknown[]) : typeof value === "string" ? value.split(";") : undefined;
  // An empty list (an assessment that names no event) gives no link rows; an empty id is an error.
  if (!ids || ids.some((id) => typeof id !== "string" || id === "")) throw new Error(`${where}: not a list of ids: ${JSON.stringify(value)}`);
  return ids as string[];
};

/** Every link table, built from its parent's rows; `parents` maps a resource name to its rows and fields. */
export function linkTables(parents: ReadonlyMap<string, LinkParent>): LinkTable[] {
  return LINK_TABLES.map((name) => {
    const spec = SPECS[name];
    const parent = parents.get(spec.parent);
    if (!parent) throw new Error(`${name}: no resource ${spec.parent}`);
    const keyColumns = Object.keys(spec.key);
    const rows: Record<string, string | number>[] = [];
    const seen = new Set<string>();
    for (const [i, r] of parent.rows.entries()) {
      const row = r as Record<string, unknown>;
      const key: Record<string, string | number> = {};
      for (const [column, from] of Object.entries(spec.key)) {
        const v = row[from];
        if (typeof v !== "string" && typeof v !== "number") throw new Error(`${spec.parent} row ${i + 1}: key ${from} is ${JSON.stringify(v)}`);
        key[column] = v;
      }
      for (const id of idsOf(row[spec.list], `${spec.parent} row ${i + 1} ${spec.list}`)) {
        const k = JSON.stringify([...Object.values(key), id]);
        if (seen.has(k)) throw new Error(`${spec.parent} row ${i + 1} ${spec.list}: ${id} is listed twice`);
        seen.add(k);
        rows.push({ ...key, [spec.ref.column]: id });
      }
    }
    const parentField = (from: string) => {
      const f = parent.fields.find((x) => x.name === from);
      if (!f) throw new Error(`${name}: ${spec.parent} has no field ${from}`);
      return f;
    };
    const fields: Json[] = [
      ...Object.entries(spec.key).map(([column, from]) => ({
        name: column,
        type: parentField(from).type,
        description: `The ${from} of the row of ${spec.parent}${keyColumns.length > 1 ? " (with the other key columns)" : ""}`,
        constraints: { required: true },
      })),
      { name: spec.ref.column, type: "string", description: `One id of the row's ${spec.list}: the ${spec.ref.field} of a row of ${spec.ref.resource}`, constraints: { required: true } },
    ];
    return {
      name,
      title: `${spec.title}, one per row`,
      how: `the ids of each row's ${spec.list} column, in its order`,
      rows,
      columns: [...keyColumns, spec.ref.column],
      fields,
      primaryKey: [...keyColumns, spec.ref.column],
      foreignKeys: [
        { fields: keyColumns, reference: { resource: spec.parent, fields: Object.values(spec.key) } },
        { fields: [spec.ref.column], reference: { resource: spec.ref.resource, fields: [spec.ref.field] } },
      ],
    };
  });
}

/**
 * Zod schemas for every row type of china-russia-data, and `validate` to check rows against them.
 *
 * This is the only entry point that loads zod, an optional peer dependency of the package: install it
 * (`npm install zod`, version 4) to use this entry. Without it, importing this entry fails with an error that
 * names zod; every other entry works.
 *
 * This is the only entry point that loads zod. Field descriptions and units are attached with `.meta()`, so
 * that `z.toJSONSchema()` and the shipped datapackage.json carry them.
 *
 * @packageDocumentation
 */
import { z } from "zod";
import { show } from "../metrics/_check.js";
import type {
  ArmsDeliveryRow, ArmsTransferRow, AssessmentRow, CapabilityRow, ClaimRow, CountryRow, WorldTradeRow, EnergyFlowRow, EnergyProjectRow, EventRow, FactRow, PartnerTradeRow,
  ReleaseRow, ReportedShareRow, SourceRow, TradeRow, CountryCode, SourceId as SourceIdCode,
} from "../core/types.js";
import { TradeRowSchema, PartnerTradeRowSchema } from "./trade.js";
import { CountryRowSchema, ReleaseRowSchema, SourceRowSchema } from "./reference.js";
import { ReportedShareRowSchema } from "./reported-shares.js";
import { EnergyProjectRowSchema, EnergyFlowRowSchema } from "./energy.js";
import { ArmsTransferRowSchema, ArmsDeliveryRowSchema } from "./arms.js";
import { WorldTradeRowSchema } from "./world.js";
import { CapabilityRowSchema } from "./capabilities.js";
import { EventRowSchema, FactRowSchema } from "./timeline.js";
import { AssessmentRowSchema, ClaimRowSchema } from "./article.js";

export type {
  ArmsDeliveryRow, ArmsTransferRow, CapabilityMetric, CapabilityRow, WorldTradeRow, AssessmentRow, ClaimReleaseValue, ClaimRow, CountryRow, DatePrecision, EnergyCapacity, EnergyFlowRow, EnergyMilestone, EnergyProjectRow,
  EnergyStake, EventRow, FactRow, Flow, PartnerTradeRow, Producer, ReleaseRow, Reporter, ReportedShareRow, SourceRow, SourceTier, TradeRow, Verdict,
} from "../core/types.js";
export { Year, Iso3, UsdMillions, SourceId, RowId, ReporterSchema, ProducerSchema } from "./primitives.js";
export { TradeRowSchema, PartnerTradeRowSchema } from "./trade.js";
export { CountryRowSchema, ReleaseRowSchema, SourceRowSchema } from "./reference.js";
export { ReportedShareRowSchema } from "./reported-shares.js";
export { IsoDate, DatePrecisionSchema } from "./dates.js";
export { EnergyProjectRowSchema, EnergyFlowRowSchema } from "./energy.js";
export { ArmsTransferRowSchema, ArmsDeliveryRowSchema } from "./arms.js";
export { WorldTradeRowSchema } from "./world.js";
export { CapabilityRowSchema } from "./capabilities.js";
export { EventRowSchema, FactRowSchema } from "./timeline.js";
export { AssessmentRowSchema, ClaimRowSchema } from "./article.js";

/**
 * Each schema's output type must equal the hand-written row interface (checked by the compiler), except that
 * the schemas take any well-formed code and source id (they validate anyone's rows) where the interfaces have
 * the literal unions of the package's own codes and source ids.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Widen<T> = [T] extends [CountryCode]
  ? [CountryCode] extends [T]
    ? string
    : T
  : [T] extends [SourceIdCode]
    ? [SourceIdCode] extends [T]
      ? string
      : T
    : T extends object
      ? { [K in keyof T]: Widen<T[K]> }
      : T;
const sameTypes: [
  Same<z.output<typeof TradeRowSchema>, Widen<TradeRow>>,
  Same<z.output<typeof PartnerTradeRowSchema>, Widen<PartnerTradeRow>>,
  Same<z.output<typeof CountryRowSchema>, Widen<CountryRow>>,
  Same<z.output<typeof SourceRowSchema>, Widen<SourceRow>>,
  Same<z.output<typeof ReportedShareRowSchema>, Widen<ReportedShareRow>>,
  Same<z.output<typeof EnergyProjectRowSchema>, Widen<EnergyProjectRow>>,
  Same<z.output<typeof EnergyFlowRowSchema>, Widen<EnergyFlowRow>>,
  Same<z.output<typeof ArmsTransferRowSchema>, Widen<ArmsTransferRow>>,
  Same<z.output<typeof ArmsDeliveryRowSchema>, Widen<ArmsDeliveryRow>>,
  Same<z.output<typeof CapabilityRowSchema>, Widen<CapabilityRow>>,
  Same<z.output<typeof ReleaseRowSchema>, Widen<ReleaseRow>>,
  Same<z.output<typeof WorldTradeRowSchema>, Widen<WorldTradeRow>>,
  Same<z.output<typeof EventRowSchema>, Widen<EventRow>>,
  Same<z.output<typeof FactRowSchema>, Widen<FactRow>>,
  Same<z.output<typeof AssessmentRowSchema>, Widen<AssessmentRow>>,
  Same<z.output<typeof ClaimRowSchema>, Widen<ClaimRow>>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
void sameTypes;

/**
 * The schema of each dataset's rows, by dataset name.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { schemas } from "china-russia-data/schemas";
 *
 * Object.keys(schemas).includes("trade");
 * //=> true
 * ```
 */
export const schemas = Object.freeze({
  trade: TradeRowSchema,
  partnerTrade: PartnerTradeRowSchema,
  worldTrade: WorldTradeRowSchema,
  countries: CountryRowSchema,
  sources: SourceRowSchema,
  reportedShares: ReportedShareRowSchema,
  energyProjects: EnergyProjectRowSchema,
  energyFlows: EnergyFlowRowSchema,
  armsTransfers: ArmsTransferRowSchema,
  armsDeliveries: ArmsDeliveryRowSchema,
  capabilities: CapabilityRowSchema,
  releases: ReleaseRowSchema,
  events: EventRowSchema,
  facts: FactRowSchema,
  assessments: AssessmentRowSchema,
  claims: ClaimRowSchema,
} as const);

/**
 * Each schema's `safeParse`, taken when this module loads: the exported schema objects are zod's and can be
 * changed by a consumer (zod keeps its methods as own properties), so `validate` never reads them again.
 */
const PARSERS: ReadonlyMap<string, (row: unknown) => { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }> = new Map(
  Object.entries(schemas).map(([name, schema]) => [name, schema.safeParse.bind(schema)] as const),
);

/** The name of a dataset that has a schema. */
export type DatasetName = keyof typeof schemas;

/** One problem found by {@link validate}: the row index, the field path and what is wrong. */
export interface ValidationIssue {
  /** Index of the row in the array passed in. */
  readonly row: number;
  /** The field, as a dotted path (`""` for the row itself). */
  readonly field: string;
  /** What is wrong. */
  readonly message: string;
}

/**
 * Validates rows against a dataset's schema and returns the problems found (an empty array when all rows
 * are valid). Use it to check your own rows before combining them with the library's.
 *
 * @category Schemas
 * @param dataset - the dataset name, e.g. `"trade"`
 * @param rows - the rows to check
 * @returns the issues, at most one per field of a row
 * @throws TypeError when `dataset` is not a known dataset name or `rows` is not an array
 * @example
 * ```ts
 * import { validate } from "china-russia-data/schemas";
 *
 * validate("countries", [{ code: "CHN", name: "China", kind: "country" }, { code: "x", name: "", kind: "country" }]).map((i) => i.field);
 * //=> ["code", "name"]
 * ```
 */
export function validate(dataset: DatasetName, rows: readonly unknown[]): ValidationIssue[] {
  const parse = typeof dataset === "string" ? PARSERS.get(dataset) : undefined;
  if (parse === undefined) throw new TypeError(`validate: dataset must be one of ${[...PARSERS.keys()].join(", ")}; got ${show(dataset)}`);
  let isArray: boolean;
  try {
    isArray = Array.isArray(rows);
  } catch {
    isArray = false;
  }
  if (!isArray) throw new TypeError(`validate: rows must be an array, got ${show(rows)}`);
  const issues: ValidationIssue[] = [];
  // A plain loop, so that holes of a sparse array are checked as the undefined rows they are.
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const r = parse(row);
    if (!r.success) {
      for (const issue of r.error!.issues) {
        issues.push({ row: i, field: issue.path.map(String).join("."), message: issue.message });
      }
    }
  }
  return issues;
}

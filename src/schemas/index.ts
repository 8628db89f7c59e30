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
  ReportedShareRow, SourceRow, TradeRow, CountryCode, SourceId as SourceIdCode,
} from "../core/types.js";

export type {
  ArmsDeliveryRow, ArmsTransferRow, CapabilityMetric, CapabilityRow, WorldTradeRow, AssessmentRow, ClaimRow, CountryRow, DatePrecision, EnergyCapacity, EnergyFlowRow, EnergyMilestone, EnergyProjectRow,
  EnergyStake, EventRow, FactRow, Flow, PartnerTradeRow, Producer, Reporter, ReportedShareRow, SourceRow, TradeRow, Verdict,
} from "../core/types.js";

/**
 * A calendar year covered by the data (1900–2100).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Year } from "china-russia-data/schemas";
 *
 * Year.safeParse(2021).success;
 * //=> true
 * Year.safeParse(2021.5).success;
 * //=> false
 * ```
 */
export const Year = z.number().int().min(1900).max(2100).meta({ description: "Calendar year" });

/**
 * An ISO 3166-1 alpha-3 code in upper case, or a project group id of up to 16 upper-case letters, digits and
 * underscores (e.g. `WLD`, `EURO_AREA`).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { Iso3 } from "china-russia-data/schemas";
 *
 * Iso3.safeParse("chn").success;
 * //=> false
 * ```
 */
export const Iso3 = z.string().regex(/^[A-Z][A-Z0-9_]{2,15}$/).meta({ description: "ISO 3166-1 alpha-3 code or group id" });

/**
 * A value in millions of nominal US dollars: finite and ≥ 0.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { UsdMillions } from "china-russia-data/schemas";
 *
 * UsdMillions.safeParse(-1).success;
 * //=> false
 * ```
 */
export const UsdMillions = z.number().finite().nonnegative().meta({ description: "Millions of nominal US dollars", unit: "USD millions" });

/**
 * The id of a row of the `sources` dataset: lower-case letters, digits and dashes.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { SourceId } from "china-russia-data/schemas";
 *
 * SourceId.safeParse("imf-dots-chn").success;
 * //=> true
 * ```
 */
export const SourceId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).meta({ description: "Id of a row of the sources dataset" });

/**
 * The stable id of a row (events, facts, projects, assessments, claims): lower-case words joined by hyphens.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { RowId } from "china-russia-data/schemas";
 *
 * RowId.safeParse("power-of-siberia").success;
 * //=> true
 * ```
 */
export const RowId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).meta({ description: "Stable id of the row" });

/**
 * A reporting country: `CHN` or `RUS`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ReporterSchema } from "china-russia-data/schemas";
 *
 * ReporterSchema.options;
 * //=> ["CHN", "RUS"]
 * ```
 */
export const ReporterSchema = z.enum(["CHN", "RUS"]).meta({ description: "Reporting country (ISO 3166-1 alpha-3)" });

/**
 * Who produced a figure; see {@link Producer}.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ProducerSchema } from "china-russia-data/schemas";
 *
 * ProducerSchema.safeParse("gacc").success;
 * //=> true
 * ```
 */
export const ProducerSchema = z
  .enum(["imf-dots", "gacc", "mofcom", "fcs", "ru-official", "other"])
  .meta({ description: "Producer of the figure" });

const text = z.string().min(1);

/**
 * A row of the `trade` dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TradeRowSchema } from "china-russia-data/schemas";
 *
 * TradeRowSchema.safeParse({ year: 2021, reporter: "CHN", partner: "RUS", flow: "total",
 *   valueUsdMillions: -5, producer: "gacc", sourceId: "press-x-1", approximate: false }).success;
 * //=> false
 * ```
 */
export const TradeRowSchema = z.strictObject({
  year: Year,
  reporter: ReporterSchema,
  partner: Iso3.meta({ description: "Partner (ISO 3166-1 alpha-3, or WLD for the world)" }),
  flow: z.enum(["export", "import", "total"]).meta({ description: "Flow as the reporter records it; total = exports + imports" }),
  valueUsdMillions: UsdMillions,
  producer: ProducerSchema,
  sourceId: SourceId,
  cell: z.string().regex(/^DOTS_\d+\.xlsx!sheet[12]![A-Z]{1,3}\d+$/).exactOptional().meta({ description: "Workbook cell of an IMF DOTS figure" }),
  excerpt: text.exactOptional().meta({ description: "Sentence the figure was read from" }),
  valueAsPublished: z.string().regex(/^\d+(\.\d+)?$/).exactOptional().meta({ description: "Value as the text states it" }),
  unitAsPublished: text.exactOptional().meta({ description: "Unit as the text states it" }),
  approximate: z.boolean().meta({ description: "True where the source rounds or calls the figure approximate" }),
  bound: z.enum(["lower", "upper"]).exactOptional().meta({ description: "lower where the source says more than the figure, upper where it says less than" }),
  producerInferred: z.literal(true).exactOptional().meta({ description: "True where the excerpt does not name the producer and the label follows the research notes" }),
  note: text.exactOptional().meta({ description: "Caveats" }),
});

/**
 * A row of the `partnerTrade` dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { PartnerTradeRowSchema } from "china-russia-data/schemas";
 *
 * PartnerTradeRowSchema.safeParse({ year: 2020, reporter: "RUS", partner: "DEU", flow: "total",
 *   valueUsdMillions: 1, sourceId: "imf-dots-rus" }).success;
 * //=> false
 * ```
 */
export const PartnerTradeRowSchema = z.strictObject({
  year: Year,
  reporter: ReporterSchema,
  partner: Iso3,
  flow: z.enum(["export", "import"]).meta({ description: "export (FOB) or import (CIF)" }),
  valueUsdMillions: UsdMillions,
  sourceId: SourceId,
});

/**
 * A row of the `countries` dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CountryRowSchema } from "china-russia-data/schemas";
 *
 * CountryRowSchema.safeParse({ code: "WLD", name: "World", kind: "group" }).success;
 * //=> true
 * ```
 */
export const CountryRowSchema = z.strictObject({
  code: Iso3,
  name: text,
  imfName: text.exactOptional().meta({ description: "Partner name in the IMF DOTS workbooks" }),
  kind: z.enum(["country", "former-country", "group", "organisation", "non-state"]),
  note: text.exactOptional().meta({ description: "What a user must know about the code's coverage, e.g. an overlap with its successors" }),
});

/**
 * A row of the `sources` dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { SourceRowSchema } from "china-russia-data/schemas";
 *
 * SourceRowSchema.safeParse({ id: "x" }).success;
 * //=> false
 * ```
 */
export const SourceRowSchema = z.strictObject({
  id: SourceId.meta({ description: "The id that data rows cite in sourceId" }),
  title: text,
  producer: text,
  publisher: text,
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).exactOptional().meta({ description: "Publication date (ISO 8601)" }),
  url: z.url(),
  accessed: text,
  licence: text,
  citation: text,
});

/**
 * A row of the `reportedShares` dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ReportedShareRowSchema } from "china-russia-data/schemas";
 *
 * ReportedShareRowSchema.shape.sharePercent.safeParse(120).success;
 * //=> false
 * ```
 */
export const ReportedShareRowSchema = z.strictObject({
  country: ReporterSchema,
  partner: Iso3,
  period: z.string().regex(/^\d{4}(-\d{2}\/\d{4}-\d{2})?$/).meta({ description: "A year, or a span of months YYYY-MM/YYYY-MM" }),
  year: Year,
  sharePercent: z.number().finite().min(0).max(100).meta({ description: "Share in percent", unit: "percent" }),
  approximate: z.boolean(),
  bound: z.enum(["lower", "upper"]).exactOptional().meta({ description: "lower where the source says more than the figure, upper where it says less than" }),
  producerInferred: z.literal(true).exactOptional().meta({ description: "True where the excerpt does not name the producer and the label follows the research notes" }),
  periodInferred: z.literal(true).exactOptional().meta({ description: "True where the period is inferred, not stated in the excerpt" }),
  producer: ProducerSchema,
  sourceId: SourceId,
  excerpt: text,
  note: text.exactOptional(),
});

const isoDate = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True when `date` is a real calendar date of the precision its form shows (`2014`, `2014-05`, `2014-05-21`). */
function realDate(date: string): boolean {
  if (!isoDate.test(date)) return false;
  const [y, m, d] = date.split("-").map(Number);
  if (d === undefined) return true;
  const t = new Date(Date.UTC(y!, m! - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m! - 1 && t.getUTCDate() === d;
}

/**
 * An ISO 8601 calendar date of day, month or year precision (`2014-05-21`, `2017-12`, `2014`) that exists
 * (no 30 February).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { IsoDate } from "china-russia-data/schemas";
 *
 * IsoDate.safeParse("2023-02-30").success;
 * //=> false
 * ```
 */
export const IsoDate = z.string().refine(realDate, { message: "must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD, and exist" });

/**
 * The precision of a date.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { DatePrecisionSchema } from "china-russia-data/schemas";
 *
 * DatePrecisionSchema.options;
 * //=> ["day", "month", "year"]
 * ```
 */
export const DatePrecisionSchema = z.enum(["day", "month", "year"]);

const PRECISION_LENGTH = { year: 4, month: 7, day: 10 } as const;
const datedWithPrecision = <T extends { date: string; precision: "day" | "month" | "year" }>(v: T) => v.date.length === PRECISION_LENGTH[v.precision];
const precisionMessage = { message: "date must have the stated precision (day: YYYY-MM-DD, month: YYYY-MM, year: YYYY)", path: ["date"] };

const excerpt = text.meta({ description: "Sentence the value was read from" });

/**
 * A row of the `energyProjects` dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { EnergyProjectRowSchema } from "china-russia-data/schemas";
 *
 * EnergyProjectRowSchema.shape.kind.options;
 * //=> ["gas-pipeline", "oil-pipeline", "lng"]
 * ```
 */
export const EnergyProjectRowSchema = z.strictObject({
  id: RowId,
  name: text,
  kind: z.enum(["gas-pipeline", "oil-pipeline", "lng"]),
  status: z.enum(["operating", "operating-under-sanctions", "contracted", "memorandum"]),
  description: text,
  capacity: z.array(
    z.strictObject({
      value: z.number().finite().positive(),
      unit: z.enum(["bcm/yr", "Mt/yr"]),
      status: z.enum(["design", "operating", "reached", "expected", "contracted", "agreed", "assessed"]),
      bound: z.enum(["lower", "upper"]).exactOptional().meta({ description: "upper where the source says up to the figure, lower where it says more than" }),
      date: IsoDate.exactOptional(),
      sourceId: SourceId,
      excerpt,
      note: text.exactOptional(),
    }),
  ).min(1).readonly(),
  chineseStakes: z.array(
    z.strictObject({
      holder: text,
      country: Iso3,
      percent: z.number().finite().positive().max(100),
      sourceId: SourceId,
      excerpt,
      note: text.exactOptional(),
    }),
  ).readonly(),
  milestones: z.array(
    z
      .strictObject({
        date: IsoDate, precision: DatePrecisionSchema, event: text, sourceId: SourceId, excerpt,
        dateInferred: z.literal(true).exactOptional().meta({ description: "True where the excerpt does not state the date and it was taken from the publication" }),
        note: text.exactOptional(),
      })
      .refine(datedWithPrecision, precisionMessage),
  ).readonly(),
  sourceIds: z.array(SourceId).min(1).readonly(),
});

/**
 * A row of the `energyFlows` dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { EnergyFlowRowSchema } from "china-russia-data/schemas";
 *
 * EnergyFlowRowSchema.shape.unit.options;
 * //=> ["bcm", "Mt"]
 * ```
 */
export const EnergyFlowRowSchema = z.strictObject({
  projectId: SourceId.exactOptional(),
  flow: text,
  year: Year,
  value: z.number().finite().nonnegative(),
  unit: z.enum(["bcm", "Mt"]),
  status: z.enum(["actual", "preliminary", "planned"]).meta({ description: "actual (an outturn), preliminary (an outturn stated before the year ended) or planned (an expectation)" }),
  approximate: z.boolean(),
  bound: z.enum(["lower", "upper"]).exactOptional().meta({ description: "lower where the source says more than the figure, upper where it says less than" }),
  sourceId: SourceId,
  excerpt,
  note: text.exactOptional(),
});

/**
 * A row of the `armsTransfers` dataset. A share is never stored without its period.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ArmsTransferRowSchema } from "china-russia-data/schemas";
 *
 * ArmsTransferRowSchema.safeParse({ supplier: "RUS", recipient: "IND", periodStart: 2020, periodEnd: 2016,
 *   sharePercent: 23, measure: "share-of-supplier-exports", approximate: false, sourceId: "x", excerpt: "…" }).success;
 * //=> false
 * ```
 */
export const ArmsTransferRowSchema = z
  .strictObject({
    supplier: Iso3,
    recipient: Iso3,
    periodStart: Year,
    periodEnd: Year,
    sharePercent: z.number().finite().min(0).max(100),
    measure: z.enum(["share-of-supplier-exports", "share-of-recipient-imports"]),
    approximate: z.boolean(),
    bound: z.enum(["lower", "upper"]).exactOptional().meta({ description: "lower where the source says more than the figure, upper where it says less than" }),
    periodInferred: z.literal(true).exactOptional().meta({ description: "True where the period is inferred, not stated in the excerpt" }),
    sourceId: SourceId,
    excerpt,
    note: text.exactOptional(),
  })
  .refine((r) => r.periodEnd >= r.periodStart, { message: "periodEnd must not be before periodStart", path: ["periodEnd"] });

/**
 * A row of the `armsDeliveries` dataset (subpath `china-russia-data/arms`). A `0` of SIPRI's table is kept as
 * 0 with `belowHalfMillion: true`; a value of 0 without that flag is refused.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ArmsDeliveryRowSchema } from "china-russia-data/schemas";
 *
 * ArmsDeliveryRowSchema.safeParse({ supplier: "RUS", recipient: "IND", year: 2020, tivMillions: 0, belowHalfMillion: false,
 *   release: "2022-07-28", sourceId: "sipri-tiv-2022-07-28" }).success;
 * //=> false
 * ```
 */
export const ArmsDeliveryRowSchema = z
  .strictObject({
    supplier: Iso3.meta({ description: "Supplier (ISO 3166-1 alpha-3; SUN for the Soviet Union; see countries)" }),
    recipient: Iso3.meta({ description: "Recipient (ISO 3166-1 alpha-3; WLD for the supplier's total to all recipients; see countries)" }),
    year: Year,
    tivMillions: z.number().int().min(0).meta({ description: "SIPRI trend-indicator value of the deliveries", unit: "TIV, millions" }),
    belowHalfMillion: z.boolean().meta({ description: "SIPRI's 0: deliveries of less than 0.5 million TIV" }),
    release: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: "Release of the SIPRI Arms Transfers Database (date the table was generated)" }),
    sourceId: SourceId,
  })
  .refine((r) => r.belowHalfMillion === (r.tivMillions === 0), {
    message: "belowHalfMillion must be true exactly where tivMillions is 0",
    path: ["belowHalfMillion"],
  });

/**
 * A row of the `worldTrade` dataset (subpath `china-russia-data/world`).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { WorldTradeRowSchema } from "china-russia-data/schemas";
 *
 * WorldTradeRowSchema.shape.partner.options;
 * //=> ["CHN", "RUS", "WLD"]
 * ```
 */
export const WorldTradeRowSchema = z.strictObject({
  reporter: Iso3.meta({ description: "Reporter (ISO 3166-1 alpha-3, or a group id of countries)" }),
  partner: z.enum(["CHN", "RUS", "WLD"]).meta({ description: "Partner: China, Russia or the world" }),
  flow: z.enum(["export", "import"]).meta({ description: "export (FOB) or import (CIF), from the reporter's side" }),
  year: Year,
  valueUsdMillions: UsdMillions,
  estimated: z.boolean().meta({ description: "True where the IMF marks the value as an estimate" }),
  sourceId: SourceId,
  cell: z.string().regex(/^DOTS_\d+\.xlsx!sheet[12]![A-Z]+\d+$/).meta({ description: "Workbook cell the value was read from" }),
});

/**
 * A row of the `capabilities` dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CapabilityRowSchema } from "china-russia-data/schemas";
 *
 * CapabilityRowSchema.shape.metric.options.includes("nuclearWarheads");
 * //=> true
 * ```
 */
export const CapabilityRowSchema = z.strictObject({
  country: Iso3.meta({ description: "Country (ISO 3166-1 alpha-3; SUN for the Soviet Union)" }),
  year: Year,
  metric: z.enum(["gdp", "gdpPerCapita", "population", "militaryExpenditure", "militaryExpenditureShareGdp", "nuclearWarheads", "nuclearWarheadInventory"]),
  value: z.number().finite().min(0).meta({ description: "The value, in the row's unit" }),
  unit: text.meta({ description: "Unit of the value" }),
  estimated: z.boolean().meta({ description: "True where the producer calls the value an estimate" }),
  sourceId: SourceId,
});

/**
 * A row of the `events` dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { EventRowSchema } from "china-russia-data/schemas";
 *
 * EventRowSchema.safeParse({ id: "x", date: "2014-05", precision: "day", category: "energy", title: "t",
 *   description: "d", sourceIds: ["s"], excerpt: "e" }).success;
 * //=> false
 * ```
 */
export const EventRowSchema = z
  .strictObject({
    id: RowId,
    date: IsoDate,
    precision: DatePrecisionSchema,
    category: z.enum(["border", "treaty", "energy", "military", "diplomacy", "economy"]),
    title: text,
    description: text,
    sourceIds: z.array(SourceId).min(1).readonly(),
    excerpt,
  })
  .refine(datedWithPrecision, precisionMessage);

/**
 * A row of the `facts` dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { FactRowSchema } from "china-russia-data/schemas";
 *
 * FactRowSchema.shape.value.safeParse(Number.NaN).success;
 * //=> false
 * ```
 */
export const FactRowSchema = z.strictObject({
  id: RowId,
  label: text,
  value: z.number().finite(),
  unit: text,
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4})?$/).exactOptional(),
  approximate: z.boolean(),
  bound: z.enum(["lower", "upper"]).exactOptional().meta({ description: "lower where the source says more than the figure, upper where it says less than" }),
  sourceId: SourceId,
  excerpt,
  note: text.exactOptional(),
});

/**
 * A row of the `assessments` dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { AssessmentRowSchema } from "china-russia-data/schemas";
 *
 * AssessmentRowSchema.shape.kind.options;
 * //=> ["driver", "limitation", "friction"]
 * ```
 */
export const AssessmentRowSchema = z.strictObject({
  id: RowId,
  kind: z.enum(["driver", "limitation", "friction"]),
  title: text,
  summary: text,
  quote: text.max(200),
  datasets: z.array(text).readonly(),
  events: z.array(SourceId).readonly(),
  claims: z.array(SourceId).readonly(),
  sourceId: SourceId,
});

/**
 * A row of the `claims` dataset.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ClaimRowSchema } from "china-russia-data/schemas";
 *
 * ClaimRowSchema.shape.verdict.options;
 * //=> ["supported", "approximately", "contradicted", "not-verifiable"]
 * ```
 */
export const ClaimRowSchema = z.strictObject({
  id: RowId,
  quote: text,
  statedValue: z.number().finite().exactOptional(),
  unit: text,
  computedValue: z.number().finite().exactOptional(),
  valueKind: z.enum(["computed", "looked-up"]).meta({ description: "computed by a selector from the data, or looked up in a dataset as published" }),
  method: text,
  verdict: z.enum(["supported", "approximately", "contradicted", "not-verifiable"]),
  reason: text,
  sourceIds: z.array(SourceId).min(1).readonly(),
});

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
  Same<z.output<typeof WorldTradeRowSchema>, Widen<WorldTradeRow>>,
  Same<z.output<typeof EventRowSchema>, Widen<EventRow>>,
  Same<z.output<typeof FactRowSchema>, Widen<FactRow>>,
  Same<z.output<typeof AssessmentRowSchema>, Widen<AssessmentRow>>,
  Same<z.output<typeof ClaimRowSchema>, Widen<ClaimRow>>,
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true];
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

// Row types of every dataset. Hand-written so that the root entry and its declarations never need zod;
// src/schemas/ checks each zod schema against these interfaces. Codes and source ids are the literal unions
// generated from the data (CountryCode, SourceId), so a code the data does not have does not type-check.
import type { CountryCode, SourceId } from "../datasets/generated/codes.js";

export type { CountryCode, SourceId };

/** A reporting country of the trade data: China or Russia (ISO 3166-1 alpha-3). */
export type Reporter = "CHN" | "RUS";

/** A trade flow as the reporter records it. `total` is exports + imports (turnover). */
export type Flow = "export" | "import" | "total";

/**
 * Who produced a figure:
 * - `imf-dots`: the IMF Direction of Trade Statistics, as reported by the reporter
 * - `gacc`: the General Administration of Customs of the People's Republic of China
 * - `mofcom`: the Ministry of Commerce of the People's Republic of China
 * - `fcs`: the Federal Customs Service of Russia (and its predecessor, the State Customs Committee)
 * - `ru-official`: a Russian official or agency whose statistical basis the source does not state
 * - `other`: a research institute or publication that computed or stated the figure itself
 */
export type Producer = "imf-dots" | "gacc" | "mofcom" | "fcs" | "ru-official" | "other";

/** One year's trade of a reporter with one partner in one flow, from one source. */
export interface TradeRow {
  /** Calendar year. */
  readonly year: number;
  /** Whose statistics the figure is. */
  readonly reporter: Reporter;
  /** The partner: an ISO 3166-1 alpha-3 code, or `WLD` for the world. */
  readonly partner: CountryCode;
  /** `export`, `import` or `total` (turnover), as the reporter records it. */
  readonly flow: Flow;
  /** The value in millions of nominal US dollars. */
  readonly valueUsdMillions: number;
  /** The producer of the figure. */
  readonly producer: Producer;
  /** The row of `sources` the figure was read from. */
  readonly sourceId: SourceId;
  /** For IMF DOTS figures: the workbook cell, e.g. `DOTS_40.xlsx!sheet1!AD102`. */
  readonly cell?: string;
  /** For figures read from a text: the sentence they were read from. */
  readonly excerpt?: string;
  /** The value as the text states it, e.g. `146.887`. */
  readonly valueAsPublished?: string;
  /** The unit as the text states it, e.g. `USD bn`. */
  readonly unitAsPublished?: string;
  /** True where the source rounds or calls the figure approximate. */
  readonly approximate: boolean;
  /** `lower` where the source says "more than" the figure, `upper` where it says "less than": a bound, not an approximation. */
  readonly bound?: "lower" | "upper";
  /** True where the excerpt does not name the producer and the label follows the research notes; the note says so. */
  readonly producerInferred?: true;
  /** Caveats about the figure. */
  readonly note?: string;
}

/** One year's exports or imports of China or Russia with one IMF DOTS partner (country or group). */
export interface PartnerTradeRow {
  /** Calendar year. */
  readonly year: number;
  /** The reporting country. */
  readonly reporter: Reporter;
  /** The partner code; see the `countries` dataset (kind `country`, `former-country` or `group`). */
  readonly partner: CountryCode;
  /** `export` (FOB) or `import` (CIF). */
  readonly flow: "export" | "import";
  /** The value in millions of nominal US dollars. */
  readonly valueUsdMillions: number;
  /** `imf-dots-chn` or `imf-dots-rus`: the workbook of the reporter. */
  readonly sourceId: SourceId;
}

/** A partner code with its names. */
export interface CountryRow {
  /** ISO 3166-1 alpha-3 code, an ISO 3166-3 code of a former country, or a project group id. */
  readonly code: CountryCode;
  /** Short English name. */
  readonly name: string;
  /** The partner name the IMF DOTS workbooks use, where it appears there. */
  readonly imfName?: string;
  /**
   * `country`, `former-country` (no longer exists), `group` (an aggregate such as World or the EU, or an
   * unknown party), `organisation` (an intergovernmental body that SIPRI lists as a supplier or recipient, e.g.
   * NATO) or `non-state` (an armed group, rival government or unrecognised entity that SIPRI lists).
   */
  readonly kind: "country" | "former-country" | "group" | "organisation" | "non-state";
  /** What a user must know about the code's coverage, e.g. an overlap with its successors. */
  readonly note?: string;
}

/** A bibliography entry. */
export interface SourceRow {
  /** The id that data rows cite in `sourceId`. */
  readonly id: SourceId;
  /** Title of the document or data set. */
  readonly title: string;
  /** Who produced the figures (e.g. the IMF, Chinese customs). */
  readonly producer: string;
  /** Who published the document. */
  readonly publisher: string;
  /** Publication date (ISO 8601, as precise as known), where the source states it. */
  readonly date?: string;
  /** Where the document was published. */
  readonly url: string;
  /** When it was read; `archived copy` where an archived copy was read. */
  readonly accessed: string;
  /** The licence or terms of use of the source. */
  readonly licence: string;
  /** The full citation text. */
  readonly citation: string;
  /** How close the source is to the figure: `producer`, `official`, `press` or `secondary` (see {@link SourceTier}). */
  readonly tier: SourceTier;
  /** Where the project's copy of a producer's file came from (a repository and commit), where that is not the producer. */
  readonly provenance?: string;
}

/**
 * The tier of a source: `producer` (the statistical producer's own data or words), `official` (a government, ministry
 * or company statement), `press` (wire agencies and established outlets) or `secondary` (aggregators, reprints, blogs,
 * journal articles; a figure resting on one says why in its note).
 */
export type SourceTier = "producer" | "official" | "press" | "secondary";

/** A published figure for one country's share of another's trade. */
export interface ReportedShareRow {
  /** Whose trade: the share is of this country's total trade. */
  readonly country: Reporter;
  /** The partner whose share it is. */
  readonly partner: CountryCode;
  /** The period: a year (`2021`) or a span of months (`2021-01/2021-08`). */
  readonly period: string;
  /** The calendar year the period falls in. */
  readonly year: number;
  /** The share in percent, as published. */
  readonly sharePercent: number;
  /** True where the source says "about", "around" or rounds. */
  readonly approximate: boolean;
  /** `lower` where the source says "more than" the figure, `upper` where it says "less than": a bound, not an approximation. */
  readonly bound?: "lower" | "upper";
  /** True where the excerpt does not name the producer and the label follows the research notes; the note says so. */
  readonly producerInferred?: true;
  /** True where the period is not stated in the excerpt but inferred (from the publication date or another sentence); the note says how. */
  readonly periodInferred?: true;
  /** The producer of the figure, as far as the source names it. */
  readonly producer: Producer;
  /** The row of `sources` the figure was read from. */
  readonly sourceId: SourceId;
  /** The sentence the figure was read from. */
  readonly excerpt: string;
  /** Caveats about the figure. */
  readonly note?: string;
}

/** Precision of a date: `2014-05-21` (day), `2017-12` (month) or `2014` (year). */
export type DatePrecision = "day" | "month" | "year";

/** One capacity figure of an energy project, with what kind of figure it is. */
export interface EnergyCapacity {
  /** The capacity. */
  readonly value: number;
  /** `bcm/yr` (billion cubic metres of gas a year) or `Mt/yr` (million tonnes a year). */
  readonly unit: "bcm/yr" | "Mt/yr";
  /** `design`, `operating`, `reached` (full capacity reached: an outturn), `expected` (a forecast of reaching it), `contracted`, `agreed` (a later increase) or `assessed`. */
  readonly status: "design" | "operating" | "reached" | "expected" | "contracted" | "agreed" | "assessed";
  /** `upper` where the source says "up to" the figure, `lower` where it says "more than": a bound, not a capacity. */
  readonly bound?: "lower" | "upper";
  /** When the figure applies from or was stated (ISO 8601, as precise as known). */
  readonly date?: string;
  /** The source. */
  readonly sourceId: SourceId;
  /** The sentence the figure was read from. */
  readonly excerpt: string;
  /** Caveats and conflicts. */
  readonly note?: string;
}

/** A Chinese shareholder of an energy project. */
export interface EnergyStake {
  /** The shareholder, e.g. `CNPC`. */
  readonly holder: string;
  /** The shareholder's country. */
  readonly country: CountryCode;
  /** The stake in percent. */
  readonly percent: number;
  /** The source. */
  readonly sourceId: SourceId;
  /** The sentence the stake was read from. */
  readonly excerpt: string;
  /** Caveats. */
  readonly note?: string;
}

/** A dated milestone of an energy project. */
export interface EnergyMilestone {
  /** ISO 8601 date of the stated precision. */
  readonly date: string;
  /** `day`, `month` or `year`. */
  readonly precision: DatePrecision;
  /** What happened. */
  readonly event: string;
  /** The source. */
  readonly sourceId: SourceId;
  /** The sentence the milestone was read from. */
  readonly excerpt: string;
  /** True where the excerpt does not state the date (or its year) and it was taken from the publication; the note says how. */
  readonly dateInferred?: true;
  /** Caveats. */
  readonly note?: string;
}

/** A Russia–China pipeline or LNG project. */
export interface EnergyProjectRow {
  /** Stable id, e.g. `power-of-siberia`. */
  readonly id: string;
  /** Name. */
  readonly name: string;
  /** `gas-pipeline`, `oil-pipeline` or `lng`. */
  readonly kind: "gas-pipeline" | "oil-pipeline" | "lng";
  /** `operating`, `operating-under-sanctions`, `contracted` or `memorandum` (no final contract). */
  readonly status: "operating" | "operating-under-sanctions" | "contracted" | "memorandum";
  /** What the project is, in the project's own words. */
  readonly description: string;
  /** The capacity figures, oldest first (e.g. 15 → 30 Mt/yr in 2018; 38 → 44 bcm/yr agreed in 2025). */
  readonly capacity: readonly EnergyCapacity[];
  /** Chinese shareholders, where any. */
  readonly chineseStakes: readonly EnergyStake[];
  /** Milestones, oldest first. */
  readonly milestones: readonly EnergyMilestone[];
  /** Every source the row cites. */
  readonly sourceIds: readonly SourceId[];
}

/** A year's energy flow from Russia to China. */
export interface EnergyFlowRow {
  /** The project of `energyProjects` the flow goes through, where it is one project. */
  readonly projectId?: string;
  /** What flows, e.g. `natural gas via Power of Siberia`. */
  readonly flow: string;
  /** Calendar year. */
  readonly year: number;
  /** The volume. */
  readonly value: number;
  /** `bcm` or `Mt`. */
  readonly unit: "bcm" | "Mt";
  /** `actual` (an outturn), `preliminary` (an outturn stated before the year ended, to be confirmed) or `planned` (an expectation). */
  readonly status: "actual" | "preliminary" | "planned";
  /** True where the source says "about". */
  readonly approximate: boolean;
  /** `lower` where the source says "more than" the figure, `upper` where it says "less than": a bound, not an approximation. */
  readonly bound?: "lower" | "upper";
  /** The source. */
  readonly sourceId: SourceId;
  /** The sentence the figure was read from. */
  readonly excerpt: string;
  /** Caveats and conflicts. */
  readonly note?: string;
}

/** A recipient's share of Russia's arms exports (or Russia's share of its imports) over a stated period. */
export interface ArmsTransferRow {
  /** The exporter (`RUS`). */
  readonly supplier: CountryCode;
  /** The recipient. */
  readonly recipient: CountryCode;
  /** First year of the period (SIPRI uses five-year windows). */
  readonly periodStart: number;
  /** Last year of the period. */
  readonly periodEnd: number;
  /** The share in percent. */
  readonly sharePercent: number;
  /** `share-of-supplier-exports` (of Russia's exports) or `share-of-recipient-imports` (of the recipient's imports). */
  readonly measure: "share-of-supplier-exports" | "share-of-recipient-imports";
  /** True where the source says "almost", "more than" or "about". */
  readonly approximate: boolean;
  /** `lower` where the source says "more than" the figure, `upper` where it says "less than": a bound, not an approximation. */
  readonly bound?: "lower" | "upper";
  /** True where the period is not stated in the excerpt but inferred (from the publication date or another sentence); the note says how. */
  readonly periodInferred?: true;
  /** The source. */
  readonly sourceId: SourceId;
  /** The sentence the figure was read from. */
  readonly excerpt: string;
  /** Caveats. */
  readonly note?: string;
}

/**
 * SIPRI trend-indicator value (TIV) of one supplier's deliveries of major arms to one recipient in one year, as
 * one release of the SIPRI Arms Transfers Database gives it. TIV measures the volume of transfers, not their
 * financial value.
 */
export interface ArmsDeliveryRow {
  /** The supplier: an ISO 3166-1 alpha-3 code, `SUN` for the Soviet Union (never `RUS`), or a code of `countries`. */
  readonly supplier: CountryCode;
  /** The recipient, coded like the supplier; `WLD` is SIPRI's total of the supplier's deliveries to all recipients. */
  readonly recipient: CountryCode;
  /** Year of delivery. */
  readonly year: number;
  /**
   * TIV in millions: as SIPRI's table prints it (whole millions) in release `2022-07-28`; the sum of the trade
   * register's values (two decimals) in release `2026-02-12`.
   */
  readonly tivMillions: number;
  /** True where SIPRI prints `0`: deliveries worth less than 0.5 million TIV, not none. */
  readonly belowHalfMillion: boolean;
  /**
   * The release of the SIPRI database (ISO date the file was generated; a row of `releases`): `2022-07-28` (tables,
   * 1950–2021) or `2026-02-12` (the register of SIPRI's March 2025 update, 1995–2024). Never mix releases in one series.
   */
  readonly release: string;
  /** The source. */
  readonly sourceId: SourceId;
  /**
   * Where the value was read: the table's cell, `TIV-Export-ARU-1950-2021.csv!AV12` (release `2022-07-28`, SIPRI's
   * supplier code in the file name), or the register's lines summed, `trade_register.csv!supplier ABW, recipient
   * ISR, delivery year 1996` (release `2026-02-12`; no recipient for `WLD`, the sum over every recipient).
   */
  readonly cell: string;
}

/** A reporter's exports to or imports from China, Russia or the world in one year, as the reporter reports it (IMF DOTS). */
export interface WorldTradeRow {
  /** The reporter: an ISO 3166-1 alpha-3 code, or a group id of `countries` (e.g. `WLD`, `EUU`, `SACCA`). */
  readonly reporter: CountryCode;
  /** `CHN`, `RUS` or `WLD` (the world). */
  readonly partner: "CHN" | "RUS" | "WLD";
  /** `export` (FOB) or `import` (CIF), from the reporter's side. */
  readonly flow: "export" | "import";
  /** Calendar year. */
  readonly year: number;
  /** The value in millions of nominal US dollars. */
  readonly valueUsdMillions: number;
  /** True where the IMF marks the cell as an estimate (a trailing ` e`). */
  readonly estimated: boolean;
  /** The source. */
  readonly sourceId: SourceId;
  /** The workbook cell the value was read from: `DOTS_<n>.xlsx!sheet<1|2>!<cell>`. */
  readonly cell: string;
}

/** A metric of the `capabilities` dataset. */
export type CapabilityMetric =
  | "gdp" | "gdpPerCapita" | "population" | "militaryExpenditure" | "militaryExpenditureCurrentUsd" | "militaryExpenditureShareGdp"
  | "nuclearWarheads" | "nuclearWarheadInventory";

/** One country's value of one capability metric in one year, as its producer gives it. */
export interface CapabilityRow {
  /** ISO 3166-1 alpha-3 code; `SUN` for the Soviet Union (SIPRI's and FAS's "Russia" before 1992). */
  readonly country: CountryCode;
  /** Calendar year. */
  readonly year: number;
  /**
   * `gdp` and `gdpPerCapita` (Maddison Project, 2011 international dollars), `population` (Gapminder and UN, to
   * 2015), `militaryExpenditure` (SIPRI, constant US dollars of the release's base year: 2019 or 2023),
   * `militaryExpenditureCurrentUsd` (SIPRI 2025, current US dollars), `militaryExpenditureShareGdp` (SIPRI,
   * percent), `nuclearWarheads` (FAS, stockpile) or `nuclearWarheadInventory` (FAS, with retired warheads).
   */
  readonly metric: CapabilityMetric;
  /** The value in `unit`. */
  readonly value: number;
  /** The unit, e.g. `"2011 international dollars"`, `"constant 2019 US dollars"`, `"percent of GDP"`, `"warheads"`. */
  readonly unit: string;
  /**
   * True where the file read marks the value an estimate (FAS, which calls every figure one; SIPRI's blue figures in
   * its 2025 workbook), false where it marks none (SIPRI's other figures in that workbook); `null` where the file is
   * a copy that carries none of the producer's estimate marks (Our World in Data's copies of SIPRI, Maddison and
   * Gapminder/UN), so whether the value is an estimate is unknown (data/README.md).
   */
  readonly estimated: boolean | null;
  /** Present (true) where the producer marks the value as highly uncertain (SIPRI's red figures, release `sipri-milex-2025`). */
  readonly uncertain?: true;
  /** The producer's edition the value comes from: an id of the `releases` dataset, e.g. `"fas-2023"`. */
  readonly release: string;
  /** The source. */
  readonly sourceId: SourceId;
  /** Where the value was read: `<folder>/<file>.csv!<line>` (e.g. `maddison-2020/data.csv!3119`) or `<workbook>.xlsx!<sheet>!<cell>` (SIPRI's 2025 workbook). */
  readonly cell: string;
}

export type { EventRow, FactRow, AssessmentRow, Verdict, ClaimReleaseValue, ClaimRow } from "./types-article.js";
export type { ReleaseRow } from "./types-releases.js";

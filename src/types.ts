// Row types of every dataset. Hand-written so that the root entry and its declarations never need zod;
// src/schemas/ checks each zod schema against these interfaces in both directions.

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
  readonly partner: string;
  /** `export`, `import` or `total` (turnover), as the reporter records it. */
  readonly flow: Flow;
  /** The value in millions of nominal US dollars. */
  readonly valueUsdMillions: number;
  /** The producer of the figure. */
  readonly producer: Producer;
  /** The row of `sources` the figure was read from. */
  readonly sourceId: string;
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
  readonly partner: string;
  /** `export` (FOB) or `import` (CIF). */
  readonly flow: "export" | "import";
  /** The value in millions of nominal US dollars. */
  readonly valueUsdMillions: number;
  /** `imf-dots-chn` or `imf-dots-rus`: the workbook of the reporter. */
  readonly sourceId: string;
}

/** A partner code with its names. */
export interface CountryRow {
  /** ISO 3166-1 alpha-3 code, an ISO 3166-3 code of a former country, or a project group id. */
  readonly code: string;
  /** Short English name. */
  readonly name: string;
  /** The partner name the IMF DOTS workbooks use, where it appears there. */
  readonly imfName?: string;
  /** `country`, `former-country` (no longer exists) or `group` (an aggregate such as World or the EU). */
  readonly kind: "country" | "former-country" | "group";
}

/** A bibliography entry. */
export interface SourceRow {
  /** The id that data rows cite in `sourceId`. */
  readonly id: string;
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
}

/** A published figure for one country's share of another's trade. */
export interface ReportedShareRow {
  /** Whose trade: the share is of this country's total trade. */
  readonly country: Reporter;
  /** The partner whose share it is. */
  readonly partner: string;
  /** The period: a year (`2021`) or a span of months (`2021-01/2021-08`). */
  readonly period: string;
  /** The calendar year the period falls in. */
  readonly year: number;
  /** The share in percent, as published. */
  readonly sharePercent: number;
  /** True where the source says "about", "around" or rounds. */
  readonly approximate: boolean;
  /** The producer of the figure, as far as the source names it. */
  readonly producer: Producer;
  /** The row of `sources` the figure was read from. */
  readonly sourceId: string;
  /** The sentence the figure was read from. */
  readonly excerpt: string;
  /** Caveats about the figure. */
  readonly note?: string;
}

// The cell of a row of SIPRI's trade register (release 2026-02-12), shared by its extractor and the data build,
// which rebuilds every cell from the row's key instead of storing it.

/**
 * The register's lines a row sums, as a selection: by the codes their Supplier and Recipient map to (data/sipri-names.csv)
 * and their Delivery year; for recipient WLD (every recipient) by supplier and year only.
 */
export const registerCell = (supplier: string, recipient: string, year: number): string =>
  `trade_register.csv!supplier ${supplier}${recipient === "WLD" ? "" : `, recipient ${recipient}`}, delivery year ${year}`;

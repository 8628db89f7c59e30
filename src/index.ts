/**
 * china-russia-data: typed, sourced, citable data on China–Russia relations, and the measures researchers
 * compute from it.
 *
 * The root entry holds the datasets, the selectors and the metrics. It never loads zod: the schemas live in
 * `china-russia-data/schemas`, and the partner-by-partner trade in `china-russia-data/partner-trade`.
 *
 * @packageDocumentation
 */
export * from "./metrics/index.js";
export { DataNotAvailableError } from "./errors.js";

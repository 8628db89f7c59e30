// Argument checks shared by the selectors of every domain: each error names the function and the argument.
import { show } from "./metrics/_check.js";

/** The query must be a plain object. */
export function checkQuery(fn: string, query: unknown): Record<string, unknown> {
  if (typeof query !== "object" || query === null || Array.isArray(query)) throw new TypeError(`${fn}: the query must be an object, got ${show(query)}`);
  return query as Record<string, unknown>;
}

/** A country (or party) code must be a string; whether it exists is the caller's check. */
export function checkCode(fn: string, name: string, value: unknown): string {
  if (typeof value !== "string") throw new TypeError(`${fn}: ${name} must be a country code string, got ${show(value)}`);
  return value;
}

/** A year must be an integer number. */
export function checkIntegerYear(fn: string, name: string, value: unknown): number {
  if (typeof value !== "number") throw new TypeError(`${fn}: ${name} must be a year (a number), got ${show(value)}`);
  if (!Number.isInteger(value)) throw new RangeError(`${fn}: ${name} must be an integer year, got ${show(value)}`);
  return value;
}

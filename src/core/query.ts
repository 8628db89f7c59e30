// Argument checks shared by the selectors of every domain: each error names the function and the argument.
import { show } from "../metrics/_check.js";

/** The argument printer of every error message, for the other files of the core. */
export { show };

/** Why reading a value failed, for an error message (never throws). */
function reason(e: unknown): string {
  return e instanceof Error ? e.message : show(e);
}

/**
 * Reads one own property of an object, once: an accessor is called once, an inherited property (one set on
 * `Object.prototype` included) is not read. A value that cannot be read (a revoked proxy, a throwing getter)
 * is a TypeError naming the argument.
 */
export function readOwn(fn: string, name: string, target: object, key: string): unknown {
  let d: PropertyDescriptor | undefined;
  try {
    d = Object.getOwnPropertyDescriptor(target, key);
    if (d === undefined) return undefined;
    return "value" in d ? d.value : d.get === undefined ? undefined : d.get.call(target);
  } catch (e) {
    throw new TypeError(`${fn}: ${name} could not be read (${reason(e)})`);
  }
}

/**
 * Checks that a query is an object and takes a snapshot of the named fields: each read once, own properties
 * only, into a null-prototype record. Everything after the snapshot reads the record, so a getter cannot pass a
 * check and then answer something else, and nothing set on `Object.prototype` is taken as a field.
 */
export function checkQuery<K extends string>(fn: string, query: unknown, fields: readonly K[], what = "the query"): Readonly<Record<K, unknown>> {
  if (typeof query !== "object" || query === null) throw new TypeError(`${fn}: ${what} must be an object, got ${show(query)}`);
  let isArray: boolean;
  try {
    isArray = Array.isArray(query);
  } catch (e) {
    throw new TypeError(`${fn}: ${what} could not be read (${reason(e)})`);
  }
  if (isArray) throw new TypeError(`${fn}: ${what} must be an object, got an array`);
  const out = Object.create(null) as Record<K, unknown>;
  for (let i = 0; i < fields.length; i++) out[fields[i]!] = readOwn(fn, fields[i]!, query, fields[i]!);
  return out;
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
  return value + 0;
}

/**
 * An optional span of years: both bounds absent gives `{}`; otherwise both must be integer years, `from` not
 * after `to` (the error names the argument).
 */
export function checkOptionalSpan(fn: string, from: unknown, to: unknown): { from?: number; to?: number } {
  if (from === undefined && to === undefined) return {};
  const f = checkIntegerYear(fn, "from", from);
  const t = checkIntegerYear(fn, "to", to);
  if (f > t) throw new RangeError(`${fn}: from must not be after to, got from ${f} and to ${t}`);
  return { from: f, to: t };
}

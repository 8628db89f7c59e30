// Argument checks shared by the metrics. Each throws a TypeError for a value of the wrong type and a
// RangeError for a number outside its domain; both messages name the function, the argument and the value.

/** A point of a yearly series: the shape every series helper takes. */
export interface SeriesPoint {
  /** Calendar year (an integer). */
  readonly year: number;
  /** The value for that year. */
  readonly value: number;
}

/** Describes any value for an error message; never throws (a revoked proxy, a bigint and a symbol included). */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "bigint") return `${value}n (a bigint)`;
  if (typeof value === "symbol") return `${value.toString()} (a symbol)`;
  if (Object.is(value, -0)) return "-0";
  if (typeof value === "function") return "a function";
  if (value !== null && typeof value === "object") {
    try {
      return Array.isArray(value) ? "an array" : "an object";
    } catch {
      return "a revoked proxy";
    }
  }
  return String(value);
}

/** Throws a RangeError `fn: name must be <what>, got <value>`. */
function fail(fn: string, name: string, what: string, value: unknown): never {
  throw new RangeError(`${fn}: ${name} must be ${what}, got ${show(value)}`);
}

export function finite(fn: string, name: string, value: unknown): number {
  if (typeof value !== "number") throw new TypeError(`${fn}: ${name} must be a number, got ${show(value)}`);
  return Number.isFinite(value) ? value : fail(fn, name, "a finite number", value);
}

export function nonNegative(fn: string, name: string, value: unknown): number {
  const n = finite(fn, name, value);
  return n < 0 ? fail(fn, name, "≥ 0", n) : n + 0; // + 0 folds -0 into 0
}

export function positive(fn: string, name: string, value: unknown): number {
  const n = finite(fn, name, value);
  return n > 0 ? n : fail(fn, name, "> 0", n);
}

export function shareArg(fn: string, name: string, value: unknown): number {
  const n = nonNegative(fn, name, value);
  return n > 1 ? fail(fn, name, "a share in [0, 1]", n) : n;
}

export function integerYear(fn: string, name: string, value: unknown): number {
  const n = finite(fn, name, value);
  return Number.isInteger(n) ? n : fail(fn, name, "an integer year", n);
}

/** Throws when a computed result is not finite (an overflow of valid inputs). */
export function result(fn: string, value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`${fn}: the result overflows a double for these arguments`);
  return value + 0;
}

/**
 * Checks a yearly series: an array of `{ year, value }` with integer, strictly increasing years and finite,
 * non-negative values. Returns the years and values as read, each read once, so that an accessor that answers
 * differently on a second read cannot change what was checked.
 */
export function series(fn: string, name: string, value: unknown): { readonly years: Float64Array; readonly values: Float64Array } {
  if (!Array.isArray(value)) throw new TypeError(`${fn}: ${name} must be an array of { year, value }, got ${show(value)}`);
  if (value.length === 0) throw new RangeError(`${fn}: ${name} must not be empty`);
  const years = new Float64Array(value.length);
  const values = new Float64Array(value.length);
  let previous = -Infinity;
  for (let i = 0; i < value.length; i++) {
    const point: unknown = value[i];
    if (typeof point !== "object" || point === null) {
      throw new TypeError(`${fn}: ${name}[${i}] must be an object { year, value }, got ${show(point)}`);
    }
    const { year: y, value: v } = point as Record<string, unknown>;
    // The fast tests pass every valid point; only an invalid one pays for building the message.
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: a fast path only; integerYear repeats the whole check, so calling it more often changes nothing
    if (typeof y !== "number" || !Number.isInteger(y)) integerYear(fn, `${name}[${i}].year`, y);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: a fast path only; nonNegative repeats the whole check, so calling it more often changes nothing
    if (typeof v !== "number" || !(v >= 0) || v === Infinity) nonNegative(fn, `${name}[${i}].value`, v);
    if ((y as number) <= previous) {
      throw new RangeError(`${fn}: ${name} must have strictly increasing years; ${name}[${i}].year is ${y as number} after ${previous}`);
    }
    previous = y as number;
    // + 0 folds -0 into 0: a -0 year or value never reaches a result.
    years[i] = (y as number) + 0;
    values[i] = (v as number) + 0;
  }
  return { years, values };
}

// Argument checks shared by the metrics. Each throws a TypeError for a value of the wrong type and a
// RangeError for a number outside its domain; both messages name the function, the argument and the value.

/** A point of a yearly series: the shape every series helper takes. */
export interface SeriesPoint {
  /** Calendar year (an integer). */
  readonly year: number;
  /** The value for that year. */
  readonly value: number;
}

export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (value === null || value === undefined || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  return typeof value === "object" ? "an object" : typeof value;
}

export function finite(fn: string, name: string, value: unknown): number {
  if (typeof value !== "number") {
    throw new TypeError(`${fn}: ${name} must be a number, got ${show(value)}`);
  }
  if (!Number.isFinite(value)) {
    throw new RangeError(`${fn}: ${name} must be a finite number, got ${show(value)}`);
  }
  return value;
}

export function nonNegative(fn: string, name: string, value: unknown): number {
  const n = finite(fn, name, value);
  if (n < 0) throw new RangeError(`${fn}: ${name} must be ≥ 0, got ${show(n)}`);
  return n === 0 ? 0 : n; // folds -0 into 0
}

export function positive(fn: string, name: string, value: unknown): number {
  const n = finite(fn, name, value);
  if (!(n > 0)) throw new RangeError(`${fn}: ${name} must be > 0, got ${show(n)}`);
  return n;
}

export function shareArg(fn: string, name: string, value: unknown): number {
  const n = nonNegative(fn, name, value);
  if (n > 1) throw new RangeError(`${fn}: ${name} must be a share in [0, 1], got ${show(n)}`);
  return n;
}

export function integerYear(fn: string, name: string, value: unknown): number {
  const n = finite(fn, name, value);
  if (!Number.isInteger(n)) throw new RangeError(`${fn}: ${name} must be an integer year, got ${show(n)}`);
  return n;
}

/** Throws when a computed result is not finite (an overflow of valid inputs). */
export function result(fn: string, value: number): number {
  if (!Number.isFinite(value)) {
    throw new RangeError(`${fn}: the result overflows the range of a double for these arguments`);
  }
  return value === 0 ? 0 : value;
}

/**
 * Checks a yearly series: an array of `{ year, value }` with integer, strictly increasing years and finite,
 * non-negative values. Returns it unchanged.
 */
export function series(fn: string, name: string, value: unknown): readonly SeriesPoint[] {
  if (!Array.isArray(value)) throw new TypeError(`${fn}: ${name} must be an array of { year, value }, got ${show(value)}`);
  if (value.length === 0) throw new RangeError(`${fn}: ${name} must not be empty`);
  let previous = -Infinity;
  value.forEach((point: unknown, i) => {
    if (typeof point !== "object" || point === null) {
      throw new TypeError(`${fn}: ${name}[${i}] must be an object { year, value }, got ${show(point)}`);
    }
    const { year, value: v } = point as Record<string, unknown>;
    const y = integerYear(fn, `${name}[${i}].year`, year);
    nonNegative(fn, `${name}[${i}].value`, v);
    if (y <= previous) {
      throw new RangeError(
        `${fn}: ${name} must have strictly increasing years; ${name}[${i}].year is ${y} after ${previous}`,
      );
    }
    previous = y;
  });
  return value as readonly SeriesPoint[];
}

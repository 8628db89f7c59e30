/**
 * Freezes a value and everything reachable from it, children first; returns the same value, typed as
 * read-only. For data parsed from JSON (no cycles, no accessors): it runs at import over every row, so it
 * avoids allocating (no Object.values) and visits each object once.
 */
export function deepFreeze<T>(value: T): T {
  // Stryker disable next-line ConditionalExpression: Object.freeze(null) returns null and for…in over null visits nothing
  if (typeof value === "object" && value !== null) {
    // Stryker disable next-line ConditionalExpression: for…in visits an array's indices too; the index loop only avoids string keys
    if (Array.isArray(value)) {
      // Stryker disable next-line EqualityOperator: one step past the end freezes undefined, which does nothing
      for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
    } else {
      for (const key in value) deepFreeze(value[key]);
    }
    Object.freeze(value);
  }
  return value;
}

/**
 * Freezes an array of rows parsed from JSON: each row, and within it only the fields that hold objects or
 * arrays (`nested`, known when the module is generated). Much cheaper at import than walking every value.
 */
export function freezeRows<T>(rows: T[], nested: readonly string[]): readonly T[] {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as Record<string, unknown>;
    // Stryker disable next-line EqualityOperator: one step past the end reads row["undefined"], which no row has
    for (let j = 0; j < nested.length; j++) {
      const v = row[nested[j]!];
      // Stryker disable next-line ConditionalExpression: deepFreeze(undefined) does nothing
      if (v !== undefined) deepFreeze(v);
    }
    Object.freeze(row);
  }
  return Object.freeze(rows);
}

/**
 * Makes the rows of a generated module from their compact form `[strings, shapes, tuples]`: each tuple is
 * `[shape, ...values]`, and its shape, `[fields, reads]`, names the fields in order and says how each value is
 * read: 0 as it is, 1 as an index into `strings` (a string that repeats, written once), 2 as it is and
 * deep-frozen (an object or array). Each row is frozen as it is made; returns the frozen array.
 *
 * A field is set by assignment, which is fast, unless `Object.prototype` has a property of that name when the
 * module loads (a setter or a read-only value put there by other code would catch the assignment): then it is
 * defined, as `JSON.parse` and object literals do.
 */
export function rowsFromTuples<T>(data: readonly [strings: readonly string[], shapes: readonly (readonly [fields: readonly string[], reads: readonly (0 | 1 | 2)[]])[], tuples: readonly (readonly unknown[])[]]): readonly T[] {
  const strings = data[0], shapes = data[1], tuples = data[2];
  // Stryker disable next-line all: its mutants that define more often are equivalent (defining is always correct, only slower); those that assign where a prototype property would catch it are killed by the prototype test, but a disable comment covers the whole line
  const assignable = shapes.map((shape) => shape[0].every((field) => !(field in Object.prototype)));
  const rows: T[] = [];
  for (let i = 0; i < tuples.length; i++) {
    const tuple = tuples[i]!;
    const s = tuple[0] as number;
    const fields = shapes[s]![0], reads = shapes[s]![1];
    const row: Record<string, unknown> = {};
    for (let j = 0; j < fields.length; j++) {
      const read = reads[j];
      const v = tuple[j + 1];
      const value = read === 0 ? v : read === 1 ? strings[v as number] : deepFreeze(v);
      // Stryker disable next-line ConditionalExpression: always defining gives the same rows, only slower
      if (assignable[s]) row[fields[j]!] = value;
      else Object.defineProperty(row, fields[j]!, { value, writable: true, enumerable: true, configurable: true });
    }
    rows.push(Object.freeze(row) as T);
  }
  return Object.freeze(rows);
}

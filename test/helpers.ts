// Helpers shared by the data tests.

/** True when the excerpt states the value, in any of the usual ways of writing it (4,209.3; 0,74; 1,500). */
export function mentions(excerpt: string, value: number): boolean {
  const v = Math.abs(value);
  const plain = String(v);
  const grouped = v.toLocaleString("en-US", { maximumFractionDigits: 10 });
  const forms = new Set([plain, plain.replace(".", ","), grouped, grouped.replace(/,/g, " "), grouped.replace(/,/g, ".").replace(/\.(\d+)$/, ",$1")]);
  // A small whole number may be written out in English ("nearly two billion", "eight mln").
  const WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
  if (Number.isInteger(v) && v < WORDS.length && new RegExp(`\\b${WORDS[v]}\\b`, "i").test(excerpt)) return true;
  // A decimal may be written with trailing zeros ($1.50 for 1.5).
  return [...forms].some((f) => new RegExp(`(^|[^\\d])${f.replace(/[.]/g, "\\.")}${/[.,]\d+$/.test(f) ? "0*" : ""}([^\\d]|$)`).test(excerpt));
}

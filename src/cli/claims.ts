// `claims`: the article's quantitative claims, checked against the data.
import { api, type Command } from "./shared.js";

/** Wraps text to `width` columns after `indent`, breaking at spaces (a word longer than the line stays whole). */
function wrap(text: string, indent: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

/** The article's claims, each with its verdict, quote, figures, method, reason and sources, wrapped to `width`. */
export function claimsTable(width = 100): string {
  const w = Math.max(40, Math.min(width, 160));
  const lines = [...wrap("The article's claims, checked against the data (one tolerance rule: within 2% supported, within 10% approximately):", "", w), ""];
  for (const c of api.claims) {
    const stated = c.statedValue === undefined ? "—" : String(c.statedValue);
    const found = c.computedValue === undefined ? "—" : String(c.computedValue);
    lines.push(`  ${c.verdict.toUpperCase().padEnd(15)} ${c.id}`);
    lines.push(...wrap(`“${c.quote}”`, "      ", w));
    lines.push(...wrap(`Stated ${stated}; ${c.valueKind === "looked-up" ? "looked up" : "computed"} ${found} (${c.unit}).`, "      ", w));
    lines.push(...wrap(`Method: ${c.method}`, "      ", w));
    lines.push(...wrap(`Reason: ${c.reason}`, "      ", w));
    lines.push(...wrap(`Sources: ${c.sourceIds.join(", ")}`, "      ", w));
    lines.push("");
  }
  const counts = new Map<string, number>();
  for (const c of api.claims) counts.set(c.verdict, (counts.get(c.verdict) ?? 0) + 1);
  lines.push(...wrap([...counts].map(([k, n]) => `${n} ${k}`).join(", "), "  ", w));
  return lines.join("\n") + "\n";
}

export const claimsCommand: Command = {
  help: "Usage: china-russia-data claims\n\nThe article's quantitative claims, each with the figure found in the data, the method, the verdict and its sources.\n",
  options: [],
  run: ({ out }) => {
    out.write(claimsTable((out as { columns?: number }).columns ?? 100));
    return 0;
  },
};

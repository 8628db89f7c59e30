// The frame around each documentation chart: Observable Plot's SVG (drawn server-side with linkedom) inside a
// standalone SVG with a title above and a legend and caption below. Used by scripts/charts.ts.
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

export type PlotOptions = Parameters<typeof Plot.plot>[0];

export const escapeXml = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Breaks text into lines of at most `width` characters, at spaces. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** What a chart shows, around the plot: a title, a caption (what, in which unit, from which producer), a legend. */
export interface Frame {
  readonly title: string;
  readonly caption: string;
  readonly legend?: readonly { readonly label: string; readonly color: string; readonly hollow?: boolean }[];
  /** The grid path coordinates are rounded to, in pixels (0.1 unless given). */
  readonly grid?: number;
}

/**
 * A path of straight segments (M, L, Z: what Plot draws for lines, areas and map shapes) written in fewer bytes:
 * each coordinate rounded to a multiple of `grid` pixels, then every point after the first of a subpath as the
 * step from the one before (a relative `l`), repeated points dropped, and closed rings of fewer than three
 * points (an island smaller than the grid) left out. The steps are taken between rounded points, so they add up
 * exactly and neighbours that share a border share its rounded points. Any other path is returned unchanged.
 */
export function compactPath(d: string, grid: number): string {
  if (!/^[MLZ\d.,\s-]+$/.test(d)) return d;
  const scale = Math.round(1 / grid);
  if (!(scale >= 1) || Math.abs(scale * grid - 1) > 1e-9) throw new Error(`compactPath: grid must be 1/n of a pixel, got ${grid}`);
  const num = (units: number) => String(units / scale).replace(/^(-?)0\./, "$1.");
  const out: string[] = [];
  for (const sub of d.split(/(?=M)/)) {
    if (!sub.trim()) continue;
    const closed = /Z\s*$/.test(sub);
    const points = [...sub.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Math.round(Number(m[1]) * scale), Math.round(Number(m[2]) * scale)] as const);
    const kept = points.filter((p, i) => i === 0 || p[0] !== points[i - 1]![0] || p[1] !== points[i - 1]![1]);
    if (closed && kept.length > 1 && kept.at(-1)![0] === kept[0]![0] && kept.at(-1)![1] === kept[0]![1]) kept.pop();
    if (kept.length === 0 || (closed && kept.length < 3)) continue;
    let text = "";
    kept.forEach(([x, y], i) => {
      const [px, py] = i === 0 ? [0, 0] : kept[i - 1]!;
      const dx = x - px;
      const dy = y - py;
      const pair = `${num(dx)}${dy < 0 ? "" : ","}${num(dy)}`;
      text += i === 0 ? `M${pair}` : i === 1 ? `l${pair}` : `${dx < 0 ? "" : " "}${pair}`;
    });
    out.push(closed ? `${text}z` : text);
  }
  return out.join("");
}

const FONT = "system-ui, sans-serif";

/**
 * The plot drawn by Observable Plot (server-side, with linkedom), inside a standalone SVG that adds the title
 * above it and the legend and caption below it. Plot's own title and caption would make an HTML figure, which
 * an <img> cannot show. Path coordinates are written compactly (see compactPath): to a tenth of a pixel, or to
 * the frame's `grid` (the world map: half a pixel).
 */
export function svg(options: NonNullable<PlotOptions>, frame: Frame): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const el = Plot.plot({ ...options, document: document as never, style: { fontFamily: FONT, fontSize: "12px", background: "white", overflow: "visible" } });
  let plot = (el as unknown as { outerHTML: string }).outerHTML;
  plot = plot.replace(/ d="([^"]*)"/g, (_, d: string) => ` d="${compactPath(d, frame.grid ?? 0.1)}"`);
  const width = options.width ?? 640;
  const height = options.height ?? 400;
  const titleLines = wrap(frame.title, Math.floor(width / 8.4));
  const top = 10 + titleLines.length * 19 + 6;
  const parts: string[] = [];
  titleLines.forEach((l, i) => parts.push(`<text x="0" y="${24 + i * 19}" font-size="15" font-weight="bold" fill="#111">${escapeXml(l)}</text>`));
  parts.push(plot.replace(/^<svg /, `<svg x="0" y="${top}" `));
  let y = top + height + 8;
  if (frame.legend?.length) {
    let x = 0;
    y += 6;
    for (const item of frame.legend) {
      const w = 24 + item.label.length * 6.6;
      if (x > 0 && x + w > width) {
        x = 0;
        y += 18;
      }
      parts.push(
        `<rect x="${x + 0.5}" y="${y - 10}" width="12" height="12" fill="${item.hollow ? "white" : item.color}" stroke="${item.hollow ? item.color : "#999"}" stroke-width="${item.hollow ? 1.5 : 0.5}"/>`,
        `<text x="${x + 17}" y="${y}" font-size="12" fill="#222">${escapeXml(item.label)}</text>`,
      );
      x += w;
    }
    y += 10;
  }
  for (const l of wrap(frame.caption, Math.floor(width / 6.3))) {
    y += 16;
    parts.push(`<text x="0" y="${y}" font-size="12" fill="#555">${escapeXml(l)}</text>`);
  }
  const total = Math.ceil(y + 10);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${FONT}" role="img">` +
    `<title>${escapeXml(frame.title)}</title><desc>${escapeXml(frame.caption)}</desc><rect width="100%" height="100%" fill="white"/>` +
    `${parts.join("")}</svg>\n`
  );
}

/** "imf-dots 1992–2020, gacc 2021–2025": the producers of a series and the years each gives. */
export function producerYears(points: readonly { year: number; producer: string }[]): string {
  const runs: { producer: string; from: number; to: number }[] = [];
  for (const p of points) {
    const last = runs.at(-1);
    if (last && last.producer === p.producer) last.to = p.year;
    else runs.push({ producer: p.producer, from: p.year, to: p.year });
  }
  return runs.map((r) => `${PRODUCER_NAMES[r.producer] ?? r.producer} ${r.from === r.to ? r.from : `${r.from}–${r.to}`}`).join(", ");
}

export const RED = "#e15759";
export const BLUE = "#4269d0";
export const MAP_LEGEND = [
  { label: "more with China", color: "#f4a3a4" },
  { label: "more with Russia", color: "#a9bdf0" },
  { label: "China", color: "#c0392b" },
  { label: "Russia", color: "#1f4e9c" },
  { label: "no data (2020)", color: "#eeeeee" },
] as const;

export const PRODUCER_NAMES: Readonly<Record<string, string>> = {
  "imf-dots": "IMF Direction of Trade Statistics (DOTS)",
  gacc: "China's customs (GACC)",
  mofcom: "China's Ministry of Commerce (MOFCOM)",
  fcs: "Russia's customs (FCS)",
  "ru-official": "Russian officials",
  other: "other published figures",
};


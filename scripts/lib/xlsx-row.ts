// Reads one row of one sheet of an .xlsx workbook with Node's zlib alone: the data build reads the IMF DOTS
// workbooks' header rows (their years) this way, in well under a second for all of them, without loading a
// spreadsheet library or decompressing the sheets past that row.
import { readFileSync } from "node:fs";
import { constants, inflateRawSync } from "node:zlib";

/** A zip entry: where its compressed bytes are and how they are stored. */
interface Entry {
  readonly method: number;
  readonly data: Buffer;
  readonly size: number;
}

/** The entries of a zip file by name (no ZIP64: an .xlsx of a few megabytes never needs it). */
function entries(zip: Buffer, file: string): Map<string, Entry> {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file}: not a zip file (no end of central directory)`);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const out = new Map<string, Entry>();
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: malformed central directory at byte ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error(`${file}: malformed local header of ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    out.set(name, { method, data: zip.subarray(start, start + compressed), size });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

/**
 * An entry's text, whole, or only as far as `enough` says it needs (called on the text decompressed so far),
 * decompressing no further: the header row of a sheet is in its first kilobytes.
 */
function text(entry: Entry, enough?: (s: string) => boolean): string {
  if (entry.method === 0) return entry.data.toString("utf8");
  if (entry.method !== 8) throw new Error(`unsupported zip compression method ${entry.method}`);
  if (!enough) return inflateRawSync(entry.data).toString("utf8");
  for (let take = 16_384; ; take *= 4) {
    const whole = take >= entry.data.length;
    const out = whole ? inflateRawSync(entry.data) : inflateRawSync(entry.data.subarray(0, take), { finishFlush: constants.Z_SYNC_FLUSH });
    const s = out.toString("utf8");
    if (whole || enough(s)) return s;
  }
}

/** The shared strings numbered `wanted` (0-based), reading the table only as far as the highest of them. */
function sharedStrings(entry: Entry | undefined, wanted: readonly number[], file: string): Map<number, string> {
  const out = new Map<number, string>();
  if (wanted.length === 0) return out;
  if (!entry) throw new Error(`${file}: has no shared strings`);
  const last = Math.max(...wanted);
  const need = new Set(wanted);
  const count = (s: string) => {
    let n = 0;
    for (let at = s.indexOf("</si>"); at >= 0 && n <= last; at = s.indexOf("</si>", at + 5)) n++;
    return n;
  };
  const xml = text(entry, (s) => count(s) > last);
  let at = 0;
  for (let i = 0; i <= last; i++) {
    const open = xml.indexOf("<si", at);
    const close = xml.indexOf("</si>", open);
    if (open < 0 || close < 0) throw new Error(`${file}: shared string ${i} does not exist`);
    if (need.has(i)) out.set(i, texts(xml.slice(open, close)));
    at = close + 5;
  }
  return out;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescapeXml = (s: string) =>
  s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e: string) =>
    e.startsWith("#x") ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith("#") ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? m),
  );

/** The text of every <t> inside a piece of XML (a shared string may be split into runs). */
const texts = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => unescapeXml(m[1]!)).join("");

/**
 * The cells of row `row` of sheet `sheet` (1-based, as xl/worksheets/sheet<n>.xml) of an .xlsx file, by column
 * letters, as text (shared and inline strings resolved, numbers as written). Empty cells are absent.
 */
export function readRow(file: string, sheet: number, row: number): Map<string, string> {
  const zip = entries(readFileSync(file), file);
  const sheetEntry = zip.get(`xl/worksheets/sheet${sheet}.xml`);
  if (!sheetEntry) throw new Error(`${file}: has no sheet${sheet}`);
  const rowXml = new RegExp(`<row\\b[^>]*\\br="${row}"[^>]*>([\\s\\S]*?)</row>`);
  const body = rowXml.exec(text(sheetEntry, (s) => rowXml.test(s)))?.[1] ?? "";
  const cells: { column: string; type: string | undefined; inner: string }[] = [];
  for (const m of body.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const ref = /\br="([A-Z]+)(\d+)"/.exec(m[1]!);
    if (ref && Number(ref[2]) === row) cells.push({ column: ref[1]!, type: /\bt="(\w+)"/.exec(m[1]!)?.[1], inner: m[2] ?? "" });
  }
  const v = (inner: string) => /<v>([^<]*)<\/v>/.exec(inner)?.[1];
  const shared = sharedStrings(zip.get("xl/sharedStrings.xml"), cells.filter((c) => c.type === "s" && v(c.inner) !== undefined).map((c) => Number(v(c.inner))), file);
  const out = new Map<string, string>();
  for (const { column, type, inner } of cells) {
    const raw = v(inner);
    const value = type === "s" ? (raw === undefined ? undefined : shared.get(Number(raw))) : type === "inlineStr" ? texts(inner) : raw === undefined ? undefined : unescapeXml(raw);
    if (value !== undefined && value !== "") out.set(column, value);
  }
  return out;
}

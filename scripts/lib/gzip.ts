// The gzip of the shipped .csv.gz files: Zopfli, a deflate encoder that searches much harder than zlib for the
// same format (any gunzip, pandas, R and DuckDB read it). On the package's CSVs it is 13–17% smaller than zlib's
// level 9, but slow (seconds per file), so each result is kept in a cache keyed by the CSV's sha256 and read
// back only after checking that it decompresses to exactly that CSV.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { ROOT } from "./files.js";

/** Zopfli's iterations: 5 gives nearly all of what 15 give, in half the time. */
const ITERATIONS = 5;
const require = createRequire(resolve(ROOT, "package.json"));
const ZOPFLI = require.resolve("@gfx/zopfli");
const VERSION = (require("@gfx/zopfli/package.json") as { version: string }).version;
const CACHE = join(ROOT, "node_modules", ".cache", "china-russia-data-gzip");

// The compressor runs in a child process (its WebAssembly API is asynchronous; the export is synchronous). The
// gzip header it writes has no file name and mtime 0: the same CSV gives the same bytes on every machine.
const CHILD = `
const { gzipAsync } = require(${JSON.stringify(ZOPFLI)});
const chunks = [];
process.stdin.on("data", (c) => chunks.push(c));
process.stdin.on("end", async () => process.stdout.write(Buffer.from(await gzipAsync(Buffer.concat(chunks), { numiterations: ${ITERATIONS} }))));
`;

/** The gzip of `text` (UTF-8) as the package ships it: Zopfli, from the cache when it holds a checked copy. */
export function gzipShipped(text: string): Buffer {
  const raw = Buffer.from(text, "utf8");
  const key = `${createHash("sha256").update(raw).digest("hex")}-zopfli-${VERSION}-i${ITERATIONS}.gz`;
  const cached = join(CACHE, key);
  if (existsSync(cached)) {
    const gz = readFileSync(cached);
    if (decompressesTo(gz, raw)) return gz;
  }
  const gz = execFileSync(process.execPath, ["-e", CHILD], { input: raw, maxBuffer: raw.length + (1 << 20) });
  if (!decompressesTo(gz, raw)) throw new Error(`gzip: the Zopfli output for a CSV of ${raw.length} bytes does not decompress to it`);
  mkdirSync(CACHE, { recursive: true });
  // Written to a temporary name, then renamed: a concurrent build never reads half a file.
  const tmp = `${cached}.${process.pid}.tmp`;
  writeFileSync(tmp, gz);
  renameSync(tmp, cached);
  return gz;
}

function decompressesTo(gz: Buffer, raw: Buffer): boolean {
  try {
    return gunzipSync(gz).equals(raw);
  } catch {
    return false;
  }
}

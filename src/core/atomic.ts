import { randomBytes } from "node:crypto";
import { linkSync, lstatSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** The longest file name (in bytes) that common file systems take (ext4, APFS, NTFS in UTF-16 units). */
const NAME_MAX = 255;

/** Temporary files written and not yet renamed or linked: removed by {@link removeTemporaryFiles}. */
const live = new Set<string>();

/**
 * A temporary file name beside `path`, named after it: `<name>.<12 hex digits>.tmp`, with the target's name cut
 * (at a character boundary) so that the whole stays within 255 bytes: a target whose own name is valid never
 * fails for its temporary name.
 */
export function temporaryPath(path: string): string {
  const suffix = `.${randomBytes(6).toString("hex")}.tmp`;
  const name = Buffer.from(basename(path));
  let end = Math.min(name.length, NAME_MAX - suffix.length);
  // Back off over UTF-8 continuation bytes (10xxxxxx) so that no character is cut in two.
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: the bounds are belt and braces; a name's first byte never continues a character and the byte past the end reads undefined, which is no continuation either
  while (end > 0 && end < name.length && (name[end]! & 0xc0) === 0x80) end--;
  return join(dirname(path), `${name.subarray(0, end).toString()}${suffix}`);
}

/** Removes every temporary file still in flight (for a signal handler: the program is about to exit). */
export function removeTemporaryFiles(): void {
  for (const tmp of live) rmSync(tmp, { force: true });
  live.clear();
}

/** Thrown by {@link writeFileNew} when the target exists and may not be replaced. */
export class TargetExistsError extends Error {
  constructor(
    readonly path: string,
    readonly reason: "exists" | "not-a-file",
  ) {
    super(reason === "exists" ? `${path} exists` : `${path} exists and is not a regular file`);
    this.name = "TargetExistsError";
  }
}

/**
 * Writes a file whole: a temporary file beside it, then one step that puts it in place, so that readers never
 * see a half-written file and a failed write leaves what was there. Without `replace`, the step is a hard link,
 * which fails when anything exists at the target (however many writers race for it, one wins); with
 * `replace`, a rename over an existing regular file, whose type is checked again just before (a folder, a
 * FIFO or a link created meanwhile is not replaced). Node only; used by the CLI and the build scripts.
 *
 * @throws TargetExistsError when the target exists (without `replace`) or is not a regular file
 */
export function writeFileNew(path: string, content: string | Uint8Array, options: { readonly replace?: boolean; readonly onTemporary?: (tmp: string) => void } = {}): void {
  const tmp = temporaryPath(path);
  live.add(tmp);
  try {
    writeFileSync(tmp, content, { flag: "wx" });
    options.onTemporary?.(tmp);
    if (options.replace) {
      let stat;
      // Stryker disable BlockStatement: stat is undefined until lstatSync returns, so emptying the catch block changes nothing
      try {
        stat = lstatSync(path);
      } catch {
        stat = undefined;
      }
      // Stryker restore BlockStatement
      if (stat && !stat.isFile()) throw new TargetExistsError(path, "not-a-file");
      renameSync(tmp, path);
    } else {
      try {
        linkSync(tmp, path);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EEXIST") throw new TargetExistsError(path, "exists");
        throw e;
      }
    }
  } finally {
    rmSync(tmp, { force: true });
    live.delete(tmp);
  }
}

/**
 * Writes a file atomically, replacing what is there: {@link writeFileNew} with `replace`. Used by the build
 * scripts, which own the files they write.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  writeFileNew(path, content, { replace: true });
}

/**
 * On SIGINT or SIGTERM, removes the temporary files in flight and exits (130 or 143, as a shell reports a
 * signal). Installing a handler also defers the signal to the end of a synchronous write, which then
 * completes or fails whole instead of leaving its temporary file behind. For the CLI, once.
 */
export function installInterruptCleanup(): void {
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.once(signal, () => {
      removeTemporaryFiles();
      process.exit(code);
    });
  }
}

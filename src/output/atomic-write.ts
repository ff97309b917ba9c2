/**
 * Writing output to disk so that nobody ever sees half of it. A file is written under a
 * temporary name beside its target and renamed into place; a folder (`copub report --out DIR`)
 * is written whole as a temporary folder beside the target and then swapped with it. A run that
 * fails — or is killed — before the rename leaves the earlier output exactly as it was (and at
 * most a hidden `.NAME.copub-…` temporary beside it); a run that finishes leaves nothing of the
 * earlier output, so no file of an earlier report sits beside the new ones. (Replacing a folder
 * takes two renames, the earlier folder aside and the new one in: a run killed between the two,
 * a matter of microseconds, leaves the earlier folder whole beside the target as
 * `.NAME.copub-…-old`.)
 *
 * A temporary's name holds the host and the process id of the run that made it
 * (`.NAME.copub-<host>-<pid>-<random>`), so the next run into the same target can tell a killed
 * run's leftovers from another run's work in progress: it removes the temporaries of its own
 * naming for that target whose process, on this host, is gone (`process.kill(pid, 0)` fails with
 * `ESRCH`), and leaves every other name alone. A folder moved aside by a run killed between its two
 * renames is the earlier output itself: where the target is missing, it is put back, not removed.
 *
 * Text is written as it is produced, chunk by chunk with the stream's backpressure
 * (`output/text-chunks.ts`), so a file is bounded by the disk, not by a string.
 *
 * Folders are made one level at a time with plain `mkdir`, at most `MAX_NEW_FOLDERS` levels:
 * a recursive `mkdir` under `/proc` never returns (it keeps retrying a parent that exists but
 * refuses children), and a path that cannot be made must be refused, not waited on.
 */
import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, realpath, rename, rm, stat } from "node:fs/promises";
import { hostname } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import { checkKeys, optionKeys } from "../diagnostics/checked-options.ts";
import { CopubError } from "../diagnostics/errors.ts";
import type { Text } from "./text-chunks.ts";

/** What a file holds: text (a string or chunks), or bytes (a workbook). */
export type FileContent = Text | Uint8Array;

/** Folders a write may create above its target, one level at a time; a longer missing path is refused. */
export const MAX_NEW_FOLDERS = 16;

/** Options of `writeFileAtomically`. */
export interface WriteFileOptions {
  /** Compress with gzip (level 6) on the way to the file; default `false`. */
  readonly gzip?: boolean;
  /** Create the missing folders above the file (at most `MAX_NEW_FOLDERS`); default `false`. */
  readonly makeFolder?: boolean;
}

/**
 * Writes text to a file atomically: under a temporary name in the same folder, then renamed over
 * the target, so the file is either the earlier one or the new one, whole. A path that is a
 * device or a pipe (`/dev/stdout`) cannot be replaced and is written in place.
 * @param path - the file (a symbolic link is followed: the file it points to is replaced)
 * @param text - the content: a string, chunks written as they come, or bytes
 * @param options - `gzip`, `makeFolder`
 * @throws CopubError `unreadable` when the file cannot be written (the earlier file is kept);
 *   an error thrown while the chunks are produced is passed on, with the earlier file kept too
 * @example
 * await writeFileAtomically("network.graphml", graphmlChunks(network));
 */
export async function writeFileAtomically(
  path: string,
  text: FileContent,
  options: WriteFileOptions = {},
): Promise<void> {
  checkKeys(
    options,
    optionKeys<WriteFileOptions>({ gzip: true, makeFolder: true }),
    "writeFileAtomically options",
  );
  if (options.makeFolder === true) await makeFolders(dirname(resolve(path)));
  const kind = await pathKind(path);
  if (kind === "folder") throw unwritable(path, "it is a folder");
  if (kind === "other") {
    await streamTo(path, text, options.gzip === true, "w", path);
    return;
  }
  const target = kind === "file" ? await realpath(path) : resolve(path);
  await removeStaleTemporaries(target);
  const temporary = temporaryName(target);
  try {
    await streamTo(temporary, text, options.gzip === true, "wx", path);
    await rename(temporary, target).catch((error: unknown) => {
      throw unwritable(path, describe(error), error);
    });
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** One file of a folder written by `writeFolderAtomically`. */
export interface FolderFile {
  /** Its name in the folder: a plain name, no separator. */
  readonly name: string;
  /** Its content: text, or bytes. */
  readonly text: FileContent;
}

/** Options of `writeFolderAtomically`. */
export interface WriteFolderOptions {
  /**
   * Whether an existing file of this name may be replaced: an existing folder is replaced only
   * when it holds nothing but such files (an earlier run's output), never a folder of other work.
   */
  readonly replaceable: (name: string) => boolean;
}

/**
 * Writes a folder of files atomically: all of them into a temporary folder beside the target,
 * which then takes the target's place. An earlier folder is moved aside, the new one renamed in,
 * and the earlier one removed; if the new one cannot be renamed in, the earlier one is put back.
 * Missing folders above the target are made (at most `MAX_NEW_FOLDERS` levels).
 * @param folder - the folder to write
 * @param files - its files, written one after another in order
 * @param options - which existing files an earlier run may have left (`replaceable`)
 * @throws CopubError `unreadable` when a file or folder cannot be written; `invalid-option` when
 *   `folder` is a file, or a folder holding something `replaceable` does not accept. On any
 *   error the earlier folder is left whole and the temporary folder removed.
 * @example
 * await writeFolderAtomically("out", [{ name: "report.md", text: markdown }], { replaceable: (n) => n === "report.md" });
 */
export async function writeFolderAtomically(
  folder: string,
  files: Iterable<FolderFile>,
  options: WriteFolderOptions,
): Promise<void> {
  checkKeys(options, optionKeys<WriteFolderOptions>({ replaceable: true }), "writeFolderAtomically options");
  const target = resolve(folder);
  await makeFolders(dirname(target));
  const kind = await pathKind(target);
  if (kind === "file" || kind === "other") {
    throw new CopubError("invalid-option", `${folder}: exists and is not a folder`, folder);
  }
  // A killed run's leftovers first: its folder moved aside may be the earlier output to put back.
  const kindNow = (await removeStaleTemporaries(target)) ? await pathKind(target) : kind;
  if (kindNow === "folder") await checkReplaceable(folder, options.replaceable);
  const temporary = temporaryName(target);
  await mkdir(temporary).catch((error: unknown) => {
    throw unwritable(folder, `no temporary folder beside it: ${describe(error)}`, error);
  });
  try {
    for (const { name, text } of files) {
      if (name !== basename(name) || name === "." || name === "..") {
        throw new CopubError("invalid-option", `${name}: not a plain file name`, folder);
      }
      await streamTo(join(temporary, name), text, false, "wx", join(folder, name));
    }
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
  await swapIn(temporary, target, kindNow === "folder", folder);
}

/**
 * Makes a folder and the missing ones above it, one level at a time with plain `mkdir`.
 * @param folder - the folder
 * @throws CopubError `unreadable` when a level cannot be made (`/proc/x`: the system refuses it),
 *   or more than `MAX_NEW_FOLDERS` levels are missing; `invalid-option` when a file is in the way
 * @example
 * await makeFolders("out/2024/report"); // makes out, out/2024, out/2024/report as needed
 */
export async function makeFolders(folder: string): Promise<void> {
  const missing: string[] = [];
  let at = resolve(folder);
  for (;;) {
    const kind = await pathKind(at);
    if (kind === "folder") break;
    if (kind !== "absent") throw new CopubError("invalid-option", `${at}: exists and is not a folder`, at);
    missing.push(at);
    if (missing.length > MAX_NEW_FOLDERS) {
      throw unwritable(folder, `more than ${MAX_NEW_FOLDERS} folders above it are missing`);
    }
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  for (const level of missing.reverse()) {
    try {
      await mkdir(level);
    } catch (error) {
      // Made meanwhile by another run: fine, as long as it is a folder.
      if (errorCode(error) === "EEXIST" && (await pathKind(level)) === "folder") continue;
      throw unwritable(level, `the folder cannot be made: ${describe(error)}`, error);
    }
  }
}

/** What is at a path: nothing, a folder, a regular file, or something else (a device, a pipe). */
async function pathKind(path: string): Promise<"absent" | "folder" | "file" | "other"> {
  try {
    const found = await stat(path);
    return found.isDirectory() ? "folder" : found.isFile() ? "file" : "other";
  } catch (error) {
    if (errorCode(error) === "ENOENT") return "absent";
    throw unwritable(path, describe(error), error);
  }
}

async function checkReplaceable(folder: string, replaceable: (name: string) => boolean): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
    throw unwritable(folder, describe(error), error);
  });
  const foreign = entries
    .filter((entry) => !(entry.isFile() && replaceable(entry.name)))
    .map((entry) => entry.name)
    .sort();
  if (foreign.length === 0) return;
  const shown = foreign.slice(0, 3).join(", ") + (foreign.length > 3 ? `, … (${foreign.length} in all)` : "");
  throw new CopubError(
    "invalid-option",
    `${folder}: holds what copub did not write there (${shown}); the folder is replaced as a whole, so give a new or empty folder, or one an earlier run wrote`,
    folder,
  );
}

/** Puts the written folder in the target's place, the earlier one aside and then away. */
async function swapIn(temporary: string, target: string, replacing: boolean, shown: string): Promise<void> {
  const fail = async (error: unknown): Promise<never> => {
    await rm(temporary, { recursive: true, force: true });
    throw unwritable(shown, describe(error), error);
  };
  if (!replacing) {
    await rename(temporary, target).catch(fail);
    return;
  }
  const aside = `${temporary}-old`;
  await rename(target, aside).catch(fail);
  try {
    await rename(temporary, target);
  } catch (error) {
    await rename(aside, target);
    await fail(error);
  }
  await rm(aside, { recursive: true, force: true });
}

/** Streams text (a string or chunks) or bytes into a file opened with `flags`, gzip on the way if asked. */
async function streamTo(path: string, text: FileContent, gzip: boolean, flags: "w" | "wx", shown: string) {
  // A string or bytes is one piece (bytes iterated would be numbers); chunks are taken as they come.
  const source = Readable.from(typeof text === "string" || text instanceof Uint8Array ? [text] : text);
  const sink = createWriteStream(path, { flags });
  try {
    if (gzip) await pipeline(source, createGzip({ level: 6 }), sink);
    else await pipeline(source, sink);
  } catch (error) {
    // A file-system error is the file's; anything else (a writer's own error) passes unchanged.
    if (isSystemError(error)) throw unwritable(shown, describe(error), error);
    throw error;
  }
}

/** This host, as 8 hex digits of its name's hash: a process id means something only on its host. */
const HOST = createHash("sha256").update(hostNameOrNone()).digest("hex").slice(0, 8);

/** The machine's name, or "" where reading it is not allowed (Deno without --allow-sys). */
function hostNameOrNone(): string {
  try {
    return hostname();
  } catch {
    return "";
  }
}

/**
 * A name beside `target` that no other run picks and that says whose it is:
 * `.NAME.copub-<host>-<pid>-<12 hex>` (`-old` added for an earlier folder moved aside).
 */
function temporaryName(target: string): string {
  return join(
    dirname(target),
    `.${basename(target)}.copub-${HOST}-${process.pid}-${randomBytes(6).toString("hex")}`,
  );
}

/** The run that made a temporary of `target`'s, from its name; `null` for any other name. */
function temporaryOwner(target: string, name: string): { host: string; pid: number; old: boolean } | null {
  const prefix = `.${basename(target)}.copub-`;
  if (!name.startsWith(prefix)) return null;
  const match = /^([0-9a-f]{8})-(\d{1,10})-[0-9a-f]{12}(-old)?$/.exec(name.slice(prefix.length));
  if (match === null) return null;
  return { host: match[1] as string, pid: Number(match[2]), old: match[3] !== undefined };
}

/**
 * Removes the temporaries a killed run left beside `target`: names of copub's own making for this
 * target, made on this host by a process that is gone. A folder moved aside (`-old`) while the
 * target is missing is the earlier output, and is renamed back into place. Anything else — other
 * names, a live process's work, another host's — is left; a folder that cannot be listed is left
 * as it is (the write that follows reports what is wrong with it).
 * @param target - the file or folder about to be written (resolved)
 * @returns whether anything was removed or put back
 * @example
 * // beside out/: .out.copub-1a2b3c4d-4242-0123456789ab (pid 4242 gone) → removed
 * await removeStaleTemporaries("/work/out") // → true
 */
export async function removeStaleTemporaries(target: string): Promise<boolean> {
  const names = await readdir(dirname(target)).catch(() => [] as string[]);
  let changed = false;
  // Sorted, so that with several folders moved aside the same one is put back on every machine.
  for (const name of names.sort()) {
    const owner = temporaryOwner(target, name);
    if (owner === null || owner.host !== HOST || processAlive(owner.pid)) continue;
    const path = join(dirname(target), name);
    if (owner.old && (await pathKind(target)) === "absent") await rename(path, target);
    else await rm(path, { recursive: true, force: true });
    changed = true;
  }
  return changed;
}

/** Whether a process of this id runs on this host (one of another user's counts: `EPERM`). */
function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) !== "ESRCH";
  }
}

function unwritable(path: string, reason: string, cause?: unknown): CopubError {
  return new CopubError("unreadable", `${path}: cannot be written (${reason})`, path, { cause });
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

function isSystemError(error: unknown): boolean {
  return typeof (error as { syscall?: unknown } | null)?.syscall === "string";
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

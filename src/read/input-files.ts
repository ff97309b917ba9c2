/**
 * Expanding the inputs of a run: files as given, folders walked recursively. The list comes
 * back sorted, so a run reads files in the same order however they were named. Only regular
 * files are listed: a named pipe, a socket or a device, given or found, stops the run with its
 * name, instead of a read that could wait forever.
 */
import type { Stats } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { type FileWording, fileError, notRegularFile, specialFileKind } from "./source.ts";

/** One input file and how it was found. */
export interface InputFile {
  /** Path as given, or joined under the folder that was given. */
  readonly path: string;
  /** `true` when the file was named by the caller, `false` when found by walking a folder. */
  readonly explicit: boolean;
  /** Its size in bytes when it was listed. */
  readonly bytes: number;
}

/** The wording of a path given as an input, which may name a file or a folder. */
const INPUT_PATH: FileWording = {
  notFound: () => "no such file or folder",
  unreadable: (error) => `cannot be read (${String(error)})`,
};

/** The wording of a symbolic link in a folder whose target cannot be reached. */
const BROKEN_LINK: FileWording = {
  notFound: () => "a symbolic link to nothing (its target does not exist)",
  unreadable: (error) => `a symbolic link that cannot be followed (${String(error)})`,
};

/** The wording of a folder being walked: it was there a moment ago, so any failure is a listing failure. */
const FOLDER: FileWording = {
  notFound: (error) => `cannot be listed (${String(error)})`,
  unreadable: (error) => `cannot be listed (${String(error)})`,
};

/**
 * Lists the files to read: each path that is a file, and every file under each folder
 * (recursively, skipping names that start with `.`, following symbolic links, each folder once),
 * without repeats, sorted by path in code-unit order.
 * @param paths - files and folders
 * @throws CopubError `not-found` for a path (or a link in a folder) that leads nowhere, `unreadable`
 *   for one that cannot be listed, and for a named pipe, socket or device, given or found in a folder
 * @example
 * await listInputFiles(["data-samples"]) // → [{ path: "data-samples/plain-text/two-records.txt", explicit: false, bytes: 1784 }, …]
 */
export async function listInputFiles(paths: readonly string[]): Promise<InputFile[]> {
  const found = new Map<string, InputFile>();
  const walked = new Set<string>();
  for (const path of paths) {
    const info = await stat(path).catch((error: unknown) => {
      throw fileError(error, path, INPUT_PATH);
    });
    if (info.isDirectory()) {
      for (const file of await walk(path, info, walked))
        if (!found.has(file.path)) found.set(file.path, { ...file, explicit: false });
    } else {
      const kind = specialFileKind(info);
      if (kind !== undefined) throw notRegularFile(path, kind);
      found.set(path, { path, explicit: true, bytes: info.size });
    }
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The files under a folder not walked yet (`walked` holds the device and inode of each folder walked, so a link loop ends). */
async function walk(
  folder: string,
  info: Stats,
  walked: Set<string>,
): Promise<{ path: string; bytes: number }[]> {
  const identity = `${info.dev}:${info.ino}`;
  if (walked.has(identity)) return [];
  walked.add(identity);
  const entries = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
    throw fileError(error, folder, FOLDER);
  });
  const files: { path: string; bytes: number }[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    // stat, not the entry's type: a link is read as what it leads to.
    const target = await stat(path).catch((error: unknown) => {
      throw fileError(error, path, entry.isSymbolicLink() ? BROKEN_LINK : INPUT_PATH);
    });
    if (target.isDirectory()) files.push(...(await walk(path, target, walked)));
    else {
      const kind = specialFileKind(target);
      if (kind !== undefined) throw notRegularFile(path, kind);
      files.push({ path, bytes: target.size });
    }
  }
  return files;
}

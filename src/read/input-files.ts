/**
 * Expanding the inputs of a run: files as given, folders walked recursively. The list comes
 * back sorted, so a run reads files in the same order however they were named.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { type FileWording, fileError } from "./source.ts";

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

/** The wording of a folder being walked: it was there a moment ago, so any failure is a listing failure. */
const FOLDER: FileWording = {
  notFound: (error) => `cannot be listed (${String(error)})`,
  unreadable: (error) => `cannot be listed (${String(error)})`,
};

/**
 * Lists the files to read: each path that is a file, and every file under each folder
 * (recursively, skipping names that start with `.`), without repeats, sorted by path in
 * code-unit order.
 * @param paths - files and folders
 * @throws CopubError `not-found` for a path that does not exist, `unreadable` for one that cannot be listed
 * @example
 * await listInputFiles(["data-samples"]) // → [{ path: "data-samples/plain-text/two-records.txt", explicit: false, bytes: 1784 }, …]
 */
export async function listInputFiles(paths: readonly string[]): Promise<InputFile[]> {
  const found = new Map<string, InputFile>();
  for (const path of paths) {
    const info = await stat(path).catch((error: unknown) => {
      throw fileError(error, path, INPUT_PATH);
    });
    if (info.isDirectory()) {
      for (const file of await walk(path))
        if (!found.has(file.path)) found.set(file.path, { ...file, explicit: false });
    } else {
      found.set(path, { path, explicit: true, bytes: info.size });
    }
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function walk(folder: string): Promise<{ path: string; bytes: number }[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
    throw fileError(error, folder, FOLDER);
  });
  const files: { path: string; bytes: number }[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile()) {
      const info = await stat(path).catch((error: unknown) => {
        throw fileError(error, path, INPUT_PATH);
      });
      files.push({ path, bytes: info.size });
    }
  }
  return files;
}

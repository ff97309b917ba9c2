/**
 * Expanding the inputs of a run: files as given, folders walked recursively. The list comes
 * back sorted, so a run reads files in the same order however they were named.
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { CopubError } from "../diagnostics/errors.ts";

/** One input file and how it was found. */
export interface InputFile {
  /** Path as given, or joined under the folder that was given. */
  readonly path: string;
  /** `true` when the file was named by the caller, `false` when found by walking a folder. */
  readonly explicit: boolean;
}

/**
 * Lists the files to read: each path that is a file, and every file under each folder
 * (recursively, skipping names that start with `.`), without repeats, sorted by path in
 * code-unit order.
 * @param paths - files and folders
 * @throws CopubError `not-found` for a path that does not exist, `unreadable` for one that cannot be listed
 * @example
 * await listInputFiles(["data-samples"]) // → [{ path: "data-samples/plain-text/two-records.txt", explicit: false }, …]
 */
export async function listInputFiles(paths: readonly string[]): Promise<InputFile[]> {
  const found = new Map<string, InputFile>();
  for (const path of paths) {
    const info = await stat(path).catch((error: unknown) => {
      const code = (error as { code?: unknown }).code;
      throw new CopubError(
        code === "ENOENT" ? "not-found" : "unreadable",
        code === "ENOENT" ? `${path}: no such file or folder` : `${path}: cannot be read (${String(error)})`,
        path,
        { cause: error },
      );
    });
    if (info.isDirectory()) {
      for (const file of await walk(path))
        if (!found.has(file)) found.set(file, { path: file, explicit: false });
    } else {
      found.set(path, { path, explicit: true });
    }
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
    throw new CopubError("unreadable", `${folder}: cannot be listed (${String(error)})`, folder, {
      cause: error,
    });
  });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

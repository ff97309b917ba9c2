/**
 * Reading the inputs of a run: files and folders expanded in path order, each file opened with
 * its format detected. A file found in a folder that turns out not to be a WoS export (a README,
 * a CSV) is skipped and reported; a file the caller named explicitly is an error.
 */
import { CopubError } from "../diagnostics/errors.ts";
import { listInputFiles } from "./input-files.ts";
import { type OpenWosOptions, openWos, type WosReading } from "./open-wos.ts";

/** A file found in a folder that is not a WoS export, and why. */
export interface SkippedFile {
  /** Path of the skipped file. */
  readonly path: string;
  /** Why it was not read. */
  readonly reason: string;
}

/**
 * Opens every input file in path order and hands it to `visit`, which reads its items.
 * @param paths - files and folders
 * @param visit - reads one opened file
 * @param options - reader options for every file
 * @returns the files found in folders that were skipped as not WoS exports
 * @throws CopubError for a path that cannot be read, or a named file that is not a WoS export
 * @example
 * const skipped = await forEachInput(["exports/"], async (path, reading) => { for await (const item of reading.items) … });
 * // skipped → [{ path: "exports/README.md", reason: "not a Web of Science export (…)" }]
 */
export async function forEachInput(
  paths: readonly string[],
  visit: (path: string, reading: WosReading) => Promise<void>,
  options: Omit<OpenWosOptions, "fileName"> = {},
): Promise<SkippedFile[]> {
  const skipped: SkippedFile[] = [];
  for (const input of await listInputFiles(paths)) {
    try {
      await visit(input.path, await openWos(input.path, options));
    } catch (error) {
      if (input.explicit || !isNotWos(error)) throw error;
      const prefix = `${input.path}: `;
      const reason = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
      skipped.push({ path: input.path, reason });
    }
  }
  return skipped;
}

function isNotWos(error: unknown): error is CopubError {
  return error instanceof CopubError && (error.code === "unknown-format" || error.code === "not-wos");
}

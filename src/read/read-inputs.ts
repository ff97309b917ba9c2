/**
 * Reading the inputs of a run: files and folders expanded in path order, each file opened with
 * its format detected. A file found in a folder that turns out not to be a WoS export (a README,
 * a CSV) is skipped and reported; a file the caller named explicitly is an error.
 */
import { CopubError } from "../diagnostics/errors.ts";
import { listInputFiles } from "./input-files.ts";
import { type OpenWosOptions, openWos, type WosReading } from "./open-wos.ts";
import type { ReadItem } from "./read-item.ts";
import { createProgressTracker, type ProgressListener, type ProgressTracker } from "./read-progress.ts";

/** A file found in a folder that is not a WoS export, and why. */
export interface SkippedFile {
  /** Path of the skipped file. */
  readonly path: string;
  /** Why it was not read. */
  readonly reason: string;
}

/** Options of `forEachInput`: the reader options of every file, and a progress listener. */
export interface ForEachInputOptions extends Omit<OpenWosOptions, "fileName"> {
  /**
   * Receives progress reports (see `ReadProgress`): at each file's start and end and every
   * `PROGRESS_RECORD_STEP` records that `visit` reads; none when absent (the default).
   */
  readonly onProgress?: ProgressListener;
}

/**
 * Opens every input file in path order and hands it to `visit`, which reads its items.
 * @param paths - files and folders
 * @param visit - reads one opened file
 * @param options - reader options for every file, and a progress listener
 * @returns the files found in folders that were skipped as not WoS exports
 * @throws CopubError for a path that cannot be read, or a named file that is not a WoS export
 * @example
 * const skipped = await forEachInput(["exports/"], async (path, reading) => { for await (const item of reading.items) … });
 * // skipped → [{ path: "exports/README.md", reason: "not a Web of Science export (…)" }]
 */
export async function forEachInput(
  paths: readonly string[],
  visit: (path: string, reading: WosReading) => Promise<void>,
  options: ForEachInputOptions = {},
): Promise<SkippedFile[]> {
  const { onProgress, ...readerOptions } = options;
  const skipped: SkippedFile[] = [];
  const inputs = await listInputFiles(paths);
  const tracker =
    onProgress === undefined
      ? undefined
      : createProgressTracker(
          inputs.map((input) => input.bytes),
          onProgress,
        );
  for (const input of inputs) {
    // A file skipped as no export counts too: its bytes are done with once it is skipped.
    let bytesRead = (): number => 0;
    tracker?.startFile(input.path, input.bytes, () => bytesRead());
    try {
      const reading = await openWos(input.path, readerOptions);
      bytesRead = reading.bytesRead;
      await visit(
        input.path,
        tracker === undefined ? reading : { ...reading, items: counted(reading.items, tracker) },
      );
    } catch (error) {
      if (input.explicit || !isNotWos(error)) throw error;
      const prefix = `${input.path}: `;
      const reason = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
      skipped.push({ path: input.path, reason });
    }
    tracker?.endFile();
  }
  return skipped;
}

async function* counted(items: AsyncIterable<ReadItem>, tracker: ProgressTracker): AsyncIterable<ReadItem> {
  for await (const item of items) {
    tracker.record();
    yield item;
  }
}

function isNotWos(error: unknown): error is CopubError {
  return error instanceof CopubError && (error.code === "unknown-format" || error.code === "not-wos");
}

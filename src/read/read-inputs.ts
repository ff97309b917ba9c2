/**
 * Reading the inputs of a run: files and folders expanded in path order, each file opened with
 * its format detected. A file found in a folder that turns out not to be a WoS export (a README,
 * a CSV) is skipped and reported; a file the caller named explicitly is an error. A run that finds
 * no record at all is an error too, which says what it found instead: a zero-paper report of an
 * empty folder would look like an answer.
 */
import { checkKeys, optionKeys } from "../diagnostics/checked-options.ts";
import { CopubError } from "../diagnostics/errors.ts";
import { countedItems } from "./collect.ts";
import { listInputFiles } from "./input-files.ts";
import { OPEN_WOS_KEYS, type OpenWosOptions, openWos, type WosReading } from "./open-wos.ts";
import { inputTracker, type ProgressListener } from "./read-progress.ts";

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

/** The keys of `ForEachInputOptions`. */
const FOR_EACH_INPUT_KEYS: readonly string[] = [
  ...OPEN_WOS_KEYS.filter((key) => key !== "fileName"),
  ...optionKeys<Pick<ForEachInputOptions, "onProgress">>({ onProgress: true }),
];

/**
 * Opens every input file in path order and hands it to `visit`, which reads its items.
 * @param paths - files and folders
 * @param visit - reads one opened file; when it reads the file otherwise than by its items (its
 *   `content` in blocks, `tallyThreads`), it tells of the items as it reads them (`countItems`),
 *   which counts them as `items` would (for progress and the run's record count)
 * @param options - reader options for every file, and a progress listener
 * @returns the files found in folders that were skipped as not WoS exports
 * @throws CopubError for a path that cannot be read, or a named file that is not a WoS export;
 *   `no-records` when no file yields a single record (read or rejected), naming what was found
 * @example
 * const skipped = await forEachInput(["exports/"], async (path, reading) => { for await (const item of reading.items) … });
 * // skipped → [{ path: "exports/README.md", reason: "not a Web of Science export (…)" }]
 */
export async function forEachInput(
  paths: readonly string[],
  visit: (path: string, reading: WosReading, countItems: (items: number) => void) => Promise<unknown>,
  options: ForEachInputOptions = {},
): Promise<SkippedFile[]> {
  checkKeys(options, FOR_EACH_INPUT_KEYS, "forEachInput options");
  const { onProgress, ...readerOptions } = options;
  const skipped: SkippedFile[] = [];
  const inputs = await listInputFiles(paths);
  const tracker = inputTracker(inputs, onProgress);
  let records = 0;
  const empty: string[] = [];
  for (const input of inputs) {
    // A file skipped as no export counts too: its bytes are done with once it is skipped.
    let bytesRead = (): number => 0;
    tracker?.startFile(input.path, input.bytes, () => bytesRead());
    try {
      const reading = await openWos(input.path, readerOptions);
      bytesRead = reading.bytesRead;
      const before = records;
      const countItem = (): void => {
        records++;
        tracker?.record();
      };
      const countItems = (items: number): void => {
        records += items;
        tracker?.records(items);
      };
      await visit(input.path, { ...reading, items: countedItems(reading.items, countItem) }, countItems);
      if (records === before) empty.push(input.path);
    } catch (error) {
      if (input.explicit || !isNotWos(error)) throw error;
      const prefix = `${input.path}: `;
      const reason = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
      skipped.push({ path: input.path, reason });
    }
    tracker?.endFile();
  }
  if (records === 0) throw noRecords(paths, skipped, empty);
  return skipped;
}

/** Files named in the `no-records` message before "and N more". */
const LISTED_FILES = 5;

/**
 * The error of a run without a record, saying what was found.
 * @example
 * noRecords(["in/"], [{ path: "in/a.pdf", reason: "not a Web of Science export (expected …)" }], []).message
 * // → "no Web of Science record in 1 file: in/a.pdf (not a Web of Science export)"
 */
function noRecords(
  paths: readonly string[],
  skipped: readonly SkippedFile[],
  empty: readonly string[],
): CopubError {
  const files = [
    ...skipped.map(({ path, reason }) => ({ path, why: reason.replace(/ \(.*$/s, "") })),
    ...empty.map((path) => ({ path, why: "a Web of Science export with no records" })),
  ].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const file = paths.length === 1 ? (paths[0] ?? null) : null;
  if (files.length === 0) {
    const where = paths.length === 1 ? `${paths[0]} holds no file` : `${paths.join(", ")} hold no file`;
    return new CopubError(
      "no-records",
      `no Web of Science record: ${where} (names starting with "." are not read)`,
      file,
    );
  }
  const listed = files.slice(0, LISTED_FILES).map(({ path, why }) => `${path} (${why})`);
  const more = files.length > LISTED_FILES ? `, and ${files.length - LISTED_FILES} more` : "";
  const count = files.length === 1 ? "1 file" : `${files.length} files`;
  return new CopubError(
    "no-records",
    `no Web of Science record in ${count}: ${listed.join(", ")}${more}`,
    file,
  );
}

function isNotWos(error: unknown): error is CopubError {
  return error instanceof CopubError && (error.code === "unknown-format" || error.code === "not-wos");
}

/** The extensions Web of Science exports are saved with (plain text, tab-delimited, XML), gzipped or not. */
const EXPORT_NAME = /\.(?:txt|tsv|tab|ciw|xml)(?:\.gz)?$|\.gz$/i;

/** Names of the notes that sit beside exports in a folder (README.txt, notes.txt, LICENSE.txt). */
const NOTE_NAME = /^(?:readme|notes?|licen[cs]e|changelog|provenance)\b/i;

/**
 * Whether a skipped file's name looks like a Web of Science export (`savedrecs.txt`,
 * `wos-2021.xml.gz`), so that skipping it may lose records the analyst meant to read: a notice
 * worth giving on every run. A README, a CSV or a PDF beside the exports does not look like one;
 * skipping it is expected, and saying so on every run would only teach people to ignore notices.
 * @param path - the skipped file's path
 * @example
 * looksLikeExport("exports/savedrecs (3).txt") // → true
 * looksLikeExport("exports/README.md")         // → false
 * looksLikeExport("exports/README.txt")        // → false
 */
export function looksLikeExport(path: string): boolean {
  const name = path.split(/[\\/]/).at(-1) ?? path;
  return EXPORT_NAME.test(name) && !NOTE_NAME.test(name);
}

/**
 * Progress of a long read, for callers that show it (the CLI's status line on a terminal): the
 * file being read, files done, records and bytes so far. Reading reports on file boundaries and
 * every `PROGRESS_RECORD_STEP` records, never by the clock, so the same input gives the same
 * reports on every run; a caller that wants a steady rate on screen throttles them itself.
 * Kept apart from the readers so that one value describes progress over exports and saved
 * corpora alike.
 */
import { basename } from "node:path";
import * as z from "zod";

/**
 * Records between two reports within a file.
 * @example
 * // a file of 250 records reports at its start, at records 100 and 200, and at its end
 * PROGRESS_RECORD_STEP // → 100
 */
export const PROGRESS_RECORD_STEP = 100;

/**
 * What the work is doing: `reading` files, or `building` the corpus from what was read (merging
 * duplicates into their reports, applying the scope, sorting by UT; `loadCorpus` only).
 */
export const ProgressPhaseSchema = z.enum(["reading", "building"]);

/** What the work is doing. */
export type ProgressPhase = z.infer<typeof ProgressPhaseSchema>;

/** A progress report. Counts never decrease from one report to the next. */
export const ReadProgressSchema = z
  .object({
    /** What the work is doing. */
    phase: ProgressPhaseSchema,
    /** Base name of the file being read; `null` between files (once one is done) and while building. */
    file: z.string().nullable(),
    /** Files read to their end (files skipped as not WoS exports included). */
    filesDone: z.number().int().nonnegative(),
    /** Files to read. */
    files: z.number().int().nonnegative(),
    /**
     * Records read so far, parsed or rejected (for a saved corpus: papers); once every file is
     * read, the corpus accounting's `records`.
     */
    records: z.number().int().nonnegative(),
    /** Bytes read so far, as stored (before gunzip); at most `totalBytes`. */
    bytesRead: z.number().int().nonnegative(),
    /** Size of all the files to read, as stored (before gunzip), as listed when the work began. */
    totalBytes: z.number().int().nonnegative(),
  })
  .readonly();

/** A progress report. */
export type ReadProgress = z.infer<typeof ReadProgressSchema>;

/** Receives progress reports; it must not throw, and should return quickly (it runs between records). */
export type ProgressListener = (progress: ReadProgress) => void;

/** Counts the progress of reading a list of files and reports it to a listener. */
export interface ProgressTracker {
  /** A file starts: reports with the records so far. `bytesRead` gives the file's bytes read so far, as stored. */
  startFile(path: string, bytes: number, bytesRead: () => number): void;
  /** One record was read: reports every `PROGRESS_RECORD_STEP` records. */
  record(): void;
  /**
   * `count` records were read at once (a block counted elsewhere): one report when the count
   * passes one or more multiples of `PROGRESS_RECORD_STEP`, none otherwise.
   */
  records(count: number): void;
  /** The file was read to its end (or skipped): its size counts as read, and progress is reported. */
  endFile(): void;
  /** The report of the current counts in a phase, as last reported. */
  current(phase: ProgressPhase): ReadProgress;
}

/**
 * Creates a tracker for reading the given files, in order.
 * @param sizes - each file's size in bytes, as stored
 * @param onProgress - receives each report
 * @example
 * const tracker = createProgressTracker([2799], (p) => reports.push(p));
 * tracker.startFile("data-samples/methodology/data-set-c.txt", 2799, () => 0);
 * // reports → [{ phase: "reading", file: "data-set-c.txt", filesDone: 0, files: 1, records: 0, bytesRead: 0, totalBytes: 2799 }]
 */
export function createProgressTracker(
  sizes: readonly number[],
  onProgress: ProgressListener,
): ProgressTracker {
  const totalBytes = sizes.reduce((sum, size) => sum + size, 0);
  let file: string | null = null;
  let filesDone = 0;
  let records = 0;
  let bytesBefore = 0;
  let fileBytes = 0;
  let fileRead: () => number = () => 0;
  const current = (phase: ProgressPhase): ReadProgress => ({
    phase,
    file: phase === "reading" ? file : null,
    filesDone,
    files: sizes.length,
    records,
    // A file that grew while it was read does not push the count past the total.
    bytesRead: bytesBefore + Math.min(fileRead(), fileBytes),
    totalBytes,
  });
  return {
    startFile(path, bytes, bytesRead) {
      file = basename(path);
      fileBytes = bytes;
      fileRead = bytesRead;
      onProgress(current("reading"));
    },
    record() {
      records++;
      if (records % PROGRESS_RECORD_STEP === 0) onProgress(current("reading"));
    },
    records(count) {
      const steps = Math.floor(records / PROGRESS_RECORD_STEP);
      records += count;
      if (Math.floor(records / PROGRESS_RECORD_STEP) > steps) onProgress(current("reading"));
    },
    endFile() {
      filesDone++;
      bytesBefore += fileBytes;
      fileBytes = 0;
      fileRead = () => 0;
      file = null;
      onProgress(current("reading"));
    },
    current,
  };
}

/**
 * The tracker for reading the given input files, or none when nobody listens: what every reader
 * of several inputs (forEachInput, the parallel corpus load) starts with.
 * @param inputs - the files to read, in order, with their sizes in bytes
 * @param onProgress - receives each report, if given
 * @example
 * inputTracker([{ bytes: 2799 }], undefined) // → undefined
 * inputTracker([{ bytes: 2799 }], (p) => reports.push(p)) // → a tracker over 2,799 bytes
 */
export function inputTracker(
  inputs: readonly { readonly bytes: number }[],
  onProgress: ProgressListener | undefined,
): ProgressTracker | undefined {
  return onProgress === undefined
    ? undefined
    : createProgressTracker(
        inputs.map((input) => input.bytes),
        onProgress,
      );
}

/**
 * `loadCorpus(paths)`: files and folders of WoS exports, in any mix of formats, read in path
 * order and built into one corpus. Reading streams; memory grows with unique papers only. The
 * files holding a UT read in different versions are read a second time, for those records'
 * full digests only (`createDeferredCorpusBuilder`).
 */
import { checkKeys, checkOptions } from "../diagnostics/checked-options.ts";
import { forEachInput, type SkippedFile } from "../read/read-inputs.ts";
import type { ReadOptions } from "../read/read-item.ts";
import {
  DEFAULT_READ_LIMITS,
  type ReadLimits,
  recordedReadLimits,
  recordLimits,
} from "../read/read-limits.ts";
import type { ProgressListener, ReadProgress } from "../read/read-progress.ts";
import { defaultThreads, loadInParallel, MAX_THREADS, NotParallel } from "./_parallel-load.ts";

export { defaultThreads, MAX_THREADS } from "./_parallel-load.ts";

import { createDeferredCorpusBuilder, type DeferredCorpusBuilder } from "./build-corpus.ts";
import type { Corpus } from "./corpus.ts";
import { type CorpusOptionsInput, CorpusOptionsSchema } from "./corpus-options.ts";

/** A corpus loaded from files, with the files skipped in folders. */
export interface LoadedCorpus extends Corpus {
  /** Files found in folders that were not WoS exports. */
  readonly skipped: readonly SkippedFile[];
}

/** Options of `loadCorpus`: the corpus options, and a progress listener that is not part of the corpus. */
export interface LoadCorpusOptions extends CorpusOptionsInput {
  /**
   * Receives progress reports: `reading` at each file's start and end and every
   * `PROGRESS_RECORD_STEP` records, then one `building` report before the corpus is finished.
   * Default: none. The listener runs between records; it should return quickly and not throw.
   * @example
   * await loadCorpus(["exports/"], { onProgress: (p) => status(`${p.records} records`) })
   */
  readonly onProgress?: ProgressListener;
  /**
   * The read limits (`ReadLimits`: record, line and gzip sizes); those not given keep their
   * defaults (`DEFAULT_READ_LIMITS`). They decide what is read, not what the corpus is, so they
   * are not corpus options.
   */
  readonly readLimits?: Partial<ReadLimits>;
  /**
   * Threads that read and normalize plain-text and tab-delimited exports: the main one and
   * `threads - 1` workers, the files cut into record-aligned pieces (`_parallel-load.ts`) that the
   * workers read and the main thread reads too when it has nothing else to do; 1 reads on the
   * main thread only. Default 1 (`defaultThreads`: two threads cost two-fifths more CPU for about
   * a tenth of the time on a quiet two-core machine, docs/corpus.md); at most 8. The corpus is the
   * same whatever the number; inputs that are not all uncompressed UTF-8 text (XML, gzip,
   * UTF-16), and Deno, are read on one thread.
   */
  readonly threads?: number;
}

/**
 * Reads WoS exports (plain text, tab-delimited, XML, gzip) from files and folders into a corpus.
 * @param paths - files and folders (walked recursively, read in path order)
 * @param options - normalization switches and scope filters (see `CorpusOptionsSchema`), and `onProgress`
 * @throws CopubError for a path that cannot be read or a named file that is not a WoS export, a gzip
 *   file past a read limit (`input-too-large`), or a run that finds no record at all (`no-records`)
 * @example
 * const corpus = await loadCorpus(["exports/"], { years: { from: 2019, to: 2021 } });
 * corpus.accounting // → { records: 3000, parsed: 3000, rejected: 0, unique: 2748, duplicates: 252, … }
 */
export async function loadCorpus(
  paths: readonly string[],
  options: LoadCorpusOptions = {},
): Promise<LoadedCorpus> {
  const { onProgress, readLimits, threads = defaultThreads(), ...corpusOptions } = options;
  if (readLimits !== undefined)
    checkKeys(readLimits, Object.keys(DEFAULT_READ_LIMITS), "loadCorpus readLimits");
  const recordOptions = {
    ...readLimits,
    citedReferences: corpusOptions.citedReferences === true || corpusOptions.journalTable != null,
  };
  const builder =
    threads > 1
      ? await parallelBuilder(paths, corpusOptions, Math.min(threads, MAX_THREADS), recordOptions, onProgress)
      : null;
  return finishLoad(builder ?? (await oneThreadBuilder(paths, corpusOptions, recordOptions, onProgress)), {
    recordOptions,
    onProgress,
    readLimits,
  });
}

/** The builder filled on worker threads, or `null` when the inputs must be read on one thread. */
async function parallelBuilder(
  paths: readonly string[],
  corpusOptions: CorpusOptionsInput,
  threads: number,
  recordOptions: RecordOptions,
  onProgress: ProgressListener | undefined,
): Promise<Filled | null> {
  const builder = createDeferredCorpusBuilder(corpusOptions);
  const options = checkOptions(CorpusOptionsSchema, corpusOptions, "corpus options");
  const readOptions = {
    citedReferences: recordOptions.citedReferences,
    ...firstReading(corpusOptions),
    ...recordLimits(recordOptions),
  };
  let last: ReadProgress | undefined;
  const relay = (progress: ReadProgress): void => {
    last = progress;
    onProgress?.(progress);
  };
  try {
    // The main thread reads pieces too: `threads` in all is `threads - 1` workers beside it.
    await loadInParallel(paths, builder, threads - 1, { options, readOptions }, onProgress && relay);
    return { builder, skipped: [], last };
  } catch (error) {
    if (error instanceof NotParallel) return null;
    throw error;
  }
}
/**
 * The step between filling the builder and finishing it: the UTs read in different versions need
 * their records' full digests (§13.2), so their files are read once more, on this thread and
 * without progress reports (the records were counted the first time). The parallel load's test
 * finishes its builder with this same step.
 * @param builder - a builder with every input added
 * @param recordOptions - the reader options the files were read with
 * @example
 * await readAgain(builder, { citedReferences: false }); builder.finish() // → the corpus
 */
export async function readAgain(builder: DeferredCorpusBuilder, recordOptions: RecordOptions): Promise<void> {
  const again = builder.rereadFiles();
  if (again.length > 0)
    await forEachInput(
      again,
      async (_path, reading) => {
        for await (const item of reading.items) builder.addAgain(item, reading.format);
      },
      recordOptions,
    );
}

/**
 * How the load reads every file the first time: text records come with the fingerprint of their
 * lines, the builder's cheap comparison of duplicates (`quickDigest` for the others), and without
 * the values of the descriptive fields, which normalization never reads, nor the funding text
 * unless the corpus keeps it. Those lines are still fingerprinted, so records that differ only
 * there are still read again (`readAgain`, whole records) and compared in full, as before.
 */
function firstReading(corpusOptions: CorpusOptionsInput): ReadOptions {
  return {
    fingerprints: true,
    descriptiveFields: false,
    ...(corpusOptions.fundingText === true ? {} : { fundingText: false }),
  };
}

/** The reader options every file is read with. */
export type RecordOptions = Partial<ReadLimits> & { readonly citedReferences: boolean };

/** A builder with every input added, the files skipped in folders and the last progress report. */
interface Filled {
  readonly builder: DeferredCorpusBuilder;
  readonly skipped: SkippedFile[];
  readonly last: ReadProgress | undefined;
}

/** The builder filled on this thread. */
async function oneThreadBuilder(
  paths: readonly string[],
  corpusOptions: CorpusOptionsInput,
  recordOptions: RecordOptions,
  onProgress: ProgressListener | undefined,
): Promise<Filled> {
  const builder = createDeferredCorpusBuilder(corpusOptions);
  let last: ReadProgress | undefined;
  const relay =
    onProgress === undefined
      ? {}
      : {
          onProgress: (progress: ReadProgress) => {
            last = progress;
            onProgress(progress);
          },
        };
  const skipped = await forEachInput(
    paths,
    async (path, reading) => {
      for await (const item of reading.items) builder.add(item, reading.format);
      builder.addFile(path, reading.format, reading.sha256(), reading.producer);
    },
    { ...recordOptions, ...firstReading(corpusOptions), ...relay },
  );
  return { builder, skipped, last };
}

/** Reads the files of the UTs read in different versions again, and finishes the corpus. */
async function finishLoad(
  { builder, skipped, last }: Filled,
  context: {
    readonly recordOptions: RecordOptions;
    readonly onProgress: ProgressListener | undefined;
    readonly readLimits: Partial<ReadLimits> | undefined;
  },
): Promise<LoadedCorpus> {
  const { recordOptions, onProgress, readLimits } = context;
  await readAgain(builder, recordOptions);
  if (onProgress !== undefined && last !== undefined) onProgress({ ...last, phase: "building", file: null });
  // The limits are kept with the corpus (and its saved file) for the run manifest (§13.5).
  return { ...builder.finish(), readLimits: recordedReadLimits(readLimits), skipped };
}

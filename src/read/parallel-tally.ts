/**
 * Counting large exports on several threads, for `copub read --threads N`: the main thread reads
 * each file's bytes (those of its opened reading, so they are hashed and counted for progress as
 * usual) and cuts them into record-aligned blocks (`formatBlocks`),
 * `N - 1` worker threads (`_tally-worker.ts`, one pool for every file of the command) read blocks
 * and send back only their count of items and their rejections, and the main thread reads a block
 * itself whenever every worker has its fill (`ordered-blocks.ts` schedules them). Records never
 * cross threads: `copub read` only counts them. The blocks are added in file order, each
 * rejection moved on by the items of the blocks before it, so the accounting — counts,
 * rejections, their lines and order — is the one-thread read's, byte for byte. A file that cannot
 * be cut (no record boundary for 64 MiB, e.g. UTF-16) or a worker that fails makes the file be
 * read again on one thread; a small file, and Deno, never start workers.
 */
import { stat } from "node:fs/promises";
import { runMoving, siblingModule, startWorkerPool, type WorkerPool } from "../common/worker-pool.ts";
import type { ReadReport } from "../diagnostics/read-report.ts";
import type { Rejection } from "../diagnostics/rejection.ts";
import { TALLY_WORKER, type TallyJob, type TallyResult, tallyBlock } from "./_tally-worker.ts";
import { countedItems, readReportOf, tally } from "./collect.ts";
import { formatBlocks } from "./format-blocks.ts";
import { openWos, type WosReading } from "./open-wos.ts";
import { scheduleBlocks } from "./ordered-blocks.ts";
import type { ReadOptions } from "./read-item.ts";
import type { TextBlock } from "./text-blocks.ts";

/** The accounting of one file: counts and rejections (as `tally` gives them). */
export interface FileTally {
  readonly report: ReadReport;
  readonly rejections: readonly Rejection[];
}

/** Options of `tallyThreads`. */
export interface TallyThreadsOptions {
  /** Threads in all: the main one and `threads - 1` workers; 1 (or less) reads on the main thread. */
  readonly threads: number;
  /** The reader options the files were opened with (`fileName` is each reading's name). */
  readonly readOptions?: Omit<ReadOptions, "fileName">;
  /** Bytes a block holds at least (default 1 MiB) and a file at least to be read on threads (default 8 MiB); tests make both small. */
  readonly sizes?: { readonly blockBytes: number; readonly minBytes: number };
}

/** The threads of a command that counts files: one pool of workers for all of them. */
export interface TallyThreads {
  /**
   * Counts an opened export on threads, or gives `null` when it is read on one thread as usual
   * (`tally(reading.items)`): one thread asked for, a file smaller than the threshold, Deno.
   * Otherwise the reading's `content` is read in blocks (or, should the blocks fail, the file
   * read again on this thread).
   * @param path - the file's path (read again from it should the blocks fail)
   * @param reading - the file opened by `openWos` (neither its items nor its content read)
   * @param onItems - told of the items as the blocks are added (progress), `n` at a time
   */
  tally(path: string, reading: WosReading, onItems?: (n: number) => void): Promise<FileTally | null>;
  /** Stops the workers (started by the first file read on threads). */
  stop(): Promise<void>;
}

/** Blocks of 1 MiB: a worker's share arrives in small steps, so two threads finish a file together. */
const BLOCK_BYTES = 1 << 20;
/** Below 8 MiB (about a tenth of a second of reading) starting workers costs more than it saves. */
const MIN_BYTES = 8 << 20;
/**
 * Blocks handed to a worker and not yet back: enough to keep it busy while the last one travels
 * and while this thread reads a block of its own.
 */
const BLOCKS_AHEAD = 3;
/**
 * Results (back, or read here) waiting to be added, past the blocks out. A result is a count and
 * the block's rejections, not its bytes, so a longer queue costs next to nothing; with one, this
 * thread stopped to wait for the worker's oldest block after each block it read itself, and sat
 * idle for a sixth of a 100k-record read (measured 2026-12-07, the real-shaped 100k on two
 * threads, alternated: 2.82–2.91 s before, 2.62–2.67 s after; docs/benchmarks-log.md).
 */
const BLOCKS_QUEUED = 8;

/** Thrown inside `tally` when the file must be read again on one thread (`poolFailed`: a worker failed). */
class OneThread extends Error {
  poolFailed = false;
}

/**
 * The threads of a counting command; the workers start with the first file read on them.
 * @param options - the threads, the reader options and (in tests) the sizes
 * @example
 * const threads = tallyThreads({ threads: 2 });
 * await threads.tally("big.txt", await openWos("big.txt"))
 * // → { report: { records: 100000, parsed: 99999, rejected: 1, byCode: { "missing-ut": 1 } }, rejections: [{ … }] }
 * await threads.stop();
 */
export function tallyThreads(options: TallyThreadsOptions): TallyThreads {
  const { blockBytes, minBytes } = options.sizes ?? { blockBytes: BLOCK_BYTES, minBytes: MIN_BYTES };
  const workers = options.threads - 1;
  let pool: Pool | null = null;
  return {
    async tally(path, reading, onItems) {
      if (workers < 1 || "Deno" in globalThis) return null;
      if ((await stat(path)).size < minBytes) return null;
      pool ??= startPool(workers);
      const readOptions: ReadOptions = { ...options.readOptions, fileName: reading.name };
      let reported = 0;
      const counted = (n: number): void => {
        reported += n;
        onItems?.(n);
      };
      try {
        return await tallyBlocks(reading, readOptions, pool, blockBytes, counted);
      } catch (error) {
        if (!(error instanceof OneThread)) throw error;
        // A pool with a failed worker fails every job: the next file starts a new one.
        if (error.poolFailed) {
          const failed = pool;
          pool = null;
          await failed.stop();
        }
      }
      // The file again, on this thread; the items told of already are not told again.
      let seen = 0;
      return tally(
        countedItems((await openWos(path, options.readOptions)).items, () => {
          if (++seen > reported) onItems?.(1);
        }),
      );
    },
    async stop() {
      await pool?.stop();
      pool = null;
    },
  };
}

/** The file's tally from its blocks; `OneThread` when some block could not be read on its own. */
async function tallyBlocks(
  reading: WosReading,
  options: ReadOptions,
  pool: Pool,
  blockBytes: number,
  onItems: (n: number) => void,
): Promise<FileTally> {
  const format = reading.format;
  const rejections: Rejection[] = [];
  let items = 0;
  await scheduleBlocks(
    jobs(formatBlocks(format, reading.content, { targetBytes: blockBytes }), format, options),
    {
      workers: pool.size,
      waiting: pool.waiting,
      toWorker: (job) => run(pool, job),
      readHere: tallyBlock,
      // Blocks are added in file order: a rejection's index counts the items of the blocks before it.
      add: (result) => {
        if ("why" in result)
          throw Object.assign(new OneThread(result.why), { poolFailed: result.poolFailed === true });
        for (const rejection of result.rejections)
          rejections.push({ ...rejection, recordIndex: rejection.recordIndex + items });
        items += result.items;
        onItems(result.items);
      },
    },
    { ahead: BLOCKS_AHEAD, queued: BLOCKS_QUEUED },
  );
  return { report: readReportOf(items - rejections.length, rejections), rejections };
}

/** The blocks as jobs, numbered; a continued block (no record boundary for 64 MiB) sends the file to one thread. */
async function* jobs(
  blocks: AsyncIterable<TextBlock>,
  format: TallyJob["format"],
  options: ReadOptions,
): AsyncIterable<TallyJob> {
  let id = 0;
  for await (const block of blocks) {
    if (block.continued) throw new OneThread("no record boundary for 64 MiB");
    yield { id, format, block, options, fileStart: id === 0 };
    id++;
  }
}

/** Worker threads taking blocks. */
type Pool = WorkerPool<TallyJob, TallyResult>;

/** A block counted by a worker, its bytes moved there; a worker that fails answers with `why`, and the pool is marked failed. */
function run(pool: Pool, job: TallyJob): Promise<TallyResult> {
  return runMoving(pool, job.block.bytes, (bytes) => ({ ...job, block: { ...job.block, bytes } })).then(
    ({ value }) => value,
    (error: unknown) => ({ id: job.id, why: String(error), poolFailed: true }),
  );
}

/**
 * This module's URL. Cast as shipped-sql.ts does: `deno check` of the library entry points types
 * `import.meta` without Node's `url` augmentation.
 */
const MODULE_URL = (import.meta as { readonly url: string }).url;

function startPool(size: number): Pool {
  return startWorkerPool(siblingModule(MODULE_URL, "./_tally-worker"), size, TALLY_WORKER);
}

/**
 * Counting a large text export on several threads, for `copub read --threads N`: the main thread
 * reads the file's bytes and cuts them into record-aligned blocks (`text-blocks.ts`), `N - 1`
 * worker threads (`_tally-worker.ts`) read blocks and send back only their count of items and
 * their rejections, and the main thread reads a block itself whenever every worker has its fill.
 * Records never cross threads: `copub read` only counts them. The blocks are added in file order,
 * each rejection moved on by the items of the blocks before it, so the accounting — counts,
 * rejections, their lines and order — is the one-thread read's, byte for byte. A file that cannot
 * be cut (no record boundary for 64 MiB, e.g. UTF-16) or a worker that fails makes the file be
 * read again on one thread; a small, compressed or XML file, and Deno, never start workers.
 */
import { stat } from "node:fs/promises";
import { ownBuffer, siblingModule, startWorkerPool, type WorkerPool } from "../common/worker-pool.ts";
import type { ReadReport } from "../diagnostics/read-report.ts";
import type { Rejection, RejectionCode } from "../diagnostics/rejection.ts";
import { TALLY_WORKER, type TallyJob, type TallyResult, tallyBlock } from "./_tally-worker.ts";
import { tally } from "./collect.ts";
import type { WosReading } from "./open-wos.ts";
import { readPlainText } from "./plain-text.ts";
import type { ReadOptions } from "./read-item.ts";
import { readFileChunks } from "./source.ts";
import { readTabDelimited } from "./tab-delimited.ts";
import { plainTextBlocks, tabDelimitedBlocks } from "./text-blocks.ts";

/** The accounting of one file: counts and rejections (as `tally` gives them). */
export interface FileTally {
  readonly report: ReadReport;
  readonly rejections: readonly Rejection[];
}

/** Options of `tallyOnThreads`. */
export interface TallyThreadsOptions {
  /** Threads in all: the main one and `threads - 1` workers; 1 (or less) reads on the main thread. */
  readonly threads: number;
  /** The reader options the file was opened with (`fileName` is the reading's name). */
  readonly readOptions?: Omit<ReadOptions, "fileName">;
  /** Bytes a block holds at least (default 1 MiB) and a file at least to be read on threads (default 8 MiB); tests make both small. */
  readonly sizes?: { readonly blockBytes: number; readonly minBytes: number };
}

/** Blocks of 1 MiB: a worker's share arrives in small steps, so two threads finish a file together. */
const BLOCK_BYTES = 1 << 20;
/** Below 8 MiB (about a tenth of a second of reading) starting workers costs more than it saves. */
const MIN_BYTES = 8 << 20;
/** Blocks handed to a worker and not yet back: enough to keep it busy while the last one travels. */
const BLOCKS_AHEAD = 2;

/**
 * Counts an opened text export on threads, or gives `null` when it is read on one thread as
 * usual (`tally(reading.items)`): one thread asked for, a compressed or XML file, a file smaller
 * than the threshold, Deno. Otherwise the reading is closed and the file read again from its path
 * in blocks (or, should the blocks fail, on this thread).
 * @param path - the file's path
 * @param reading - the file opened by `openWos` (its items not read)
 * @param options - the threads and the reader options
 * @example
 * await tallyOnThreads("big.txt", await openWos("big.txt"), { threads: 2 })
 * // → { report: { records: 100000, parsed: 99999, rejected: 1, byCode: { "missing-ut": 1 } }, rejections: [{ … }] }
 */
export async function tallyOnThreads(
  path: string,
  reading: WosReading,
  options: TallyThreadsOptions,
): Promise<FileTally | null> {
  const { blockBytes, minBytes } = options.sizes ?? { blockBytes: BLOCK_BYTES, minBytes: MIN_BYTES };
  const format = reading.format;
  if (options.threads < 2 || "Deno" in globalThis || reading.compressed || format === "xml") return null;
  if ((await stat(path)).size < minBytes) return null;
  await reading.close();
  const readOptions: ReadOptions = { ...options.readOptions, fileName: reading.name };
  const onBlocks = await tallyBlocks(path, format, readOptions, options.threads - 1, blockBytes);
  if (onBlocks !== null) return onBlocks;
  return tally(format === "plain" ? readPlainText(path, readOptions) : readTabDelimited(path, readOptions));
}

/** The file's tally from its blocks, or `null` when some block could not be read on its own. */
async function tallyBlocks(
  path: string,
  format: "plain" | "tab",
  options: ReadOptions,
  workers: number,
  blockBytes: number,
): Promise<FileTally | null> {
  const pool = startPool(workers);
  // Blocks out or read, oldest first; a block read here is done at once.
  const queue: { done: TallyResult | null; readonly result: Promise<TallyResult> }[] = [];
  const rejections: Rejection[] = [];
  let items = 0;
  let failed = false;
  // Blocks are added in file order: a rejection's index counts the items of the blocks before it.
  const addOldest = async (): Promise<void> => {
    const result = await (queue.shift() as (typeof queue)[number]).result;
    if ("why" in result) failed = true;
    else {
      for (const rejection of result.rejections)
        rejections.push({ ...rejection, recordIndex: rejection.recordIndex + items });
      items += result.items;
    }
  };
  try {
    const cut = format === "plain" ? plainTextBlocks : tabDelimitedBlocks;
    let id = 0;
    for await (const block of cut(readFileChunks(path, { name: options.fileName ?? path }), {
      targetBytes: blockBytes,
    })) {
      if (block.continued || failed) return null;
      while (queue[0]?.done != null || queue.length > workers * BLOCKS_AHEAD) await addOldest();
      const job: TallyJob = { id: id++, format, block, options };
      if (pool.waiting() < workers * BLOCKS_AHEAD) {
        const slot: (typeof queue)[number] = { done: null, result: run(pool, job) };
        slot.result.then((result) => (slot.done = result));
        queue.push(slot);
      } else {
        const done = tallyBlock(job);
        queue.push({ done, result: Promise.resolve(done) });
      }
    }
    while (queue.length > 0) await addOldest();
  } finally {
    await pool.stop();
  }
  return failed ? null : { report: reportOf(items, rejections), rejections };
}

/** The read report of a file's items and rejections (as `tally` counts them). */
function reportOf(items: number, rejections: readonly Rejection[]): ReadReport {
  const byCode: Partial<Record<RejectionCode, number>> = {};
  for (const { code } of rejections) byCode[code] = (byCode[code] ?? 0) + 1;
  return { records: items, parsed: items - rejections.length, rejected: rejections.length, byCode };
}

/** Worker threads taking blocks. */
type Pool = WorkerPool<TallyJob, TallyResult>;

/**
 * A block counted by a worker, its bytes moved there (copied first only when their buffer holds
 * other bytes too); a worker that fails answers with `why`.
 */
async function run(pool: Pool, job: TallyJob): Promise<TallyResult> {
  const bytes = ownBuffer(job.block.bytes);
  try {
    return (await pool.run({ ...job, block: { ...job.block, bytes } }, [bytes.buffer as ArrayBuffer])).value;
  } catch (error) {
    return { id: job.id, why: String(error) };
  }
}

/**
 * This module's URL. Cast as shipped-sql.ts does: `deno check` of the library entry points types
 * `import.meta` without Node's `url` augmentation.
 */
const MODULE_URL = (import.meta as { readonly url: string }).url;

function startPool(size: number): Pool {
  return startWorkerPool(siblingModule(MODULE_URL, "./_tally-worker"), size, TALLY_WORKER);
}

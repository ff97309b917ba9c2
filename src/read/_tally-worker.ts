/**
 * A worker thread of `copub read --threads N` (`parallel-tally.ts`): it is handed record-aligned
 * blocks of an export (`formatBlocks`), reads each with the format's own reader (`formatBlockItems`) and
 * posts back only what the accounting needs — how many items (records and rejections) the block
 * held and its rejections. Records never leave the thread: counting them is all `copub read` does
 * with them. A block whose reading throws is reported as such: the main thread then reads the file
 * on one thread, which meets the same error in its usual place.
 */
import { workerData } from "node:worker_threads";
import { serveJobs } from "../common/worker-pool.ts";
import type { Rejection } from "../diagnostics/rejection.ts";
import { formatBlockItems } from "./format-blocks.ts";
import type { ReadOptions, WosFormat } from "./read-item.ts";
import type { TextBlock } from "./text-blocks.ts";

/** One block to count, its bytes transferred. */
export interface TallyJob {
  readonly id: number;
  readonly format: WosFormat;
  readonly block: TextBlock;
  readonly options: ReadOptions;
  /** Whether the block is the file's first (an XML file's first block tells a file that is not WoS XML). */
  readonly fileStart: boolean;
}

/**
 * What a block gave: its items and rejections (record indexes from 0 in the block), or why it
 * could not be read (`poolFailed` when a worker failed, not the block).
 */
export type TallyResult =
  | { readonly id: number; readonly items: number; readonly rejections: readonly Rejection[] }
  | { readonly id: number; readonly why: string; readonly poolFailed?: boolean };

/**
 * Reads one block and keeps only its count of items and its rejections (the step the main
 * thread runs too, for the blocks it reads itself).
 * @example
 * tallyBlock({ id: 0, format: "plain", block, options: { fileName: "big.txt" }, fileStart: true })
 * // → { id: 0, items: 250, rejections: [] }
 */
export function tallyBlock(job: TallyJob): TallyResult {
  try {
    const rejections: Rejection[] = [];
    let items = 0;
    for (const item of formatBlockItems(job.format, job.block, {
      ...job.options,
      fileStart: job.fileStart,
    })) {
      items++;
      if (!item.ok) rejections.push(item.rejection);
    }
    return { id: job.id, items, rejections };
  } catch (error) {
    return { id: job.id, why: String(error) };
  }
}

/** What the worker is started with: the mark that it is one (the main thread imports `tallyBlock` from here too, maybe itself in a worker). */
export const TALLY_WORKER = { tallyWorker: true } as const;

if ((workerData as typeof TALLY_WORKER | null)?.tallyWorker === true)
  serveJobs((job: TallyJob) => ({ result: tallyBlock(job) }));

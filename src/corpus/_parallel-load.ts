/**
 * Reading text exports (plain text, tab-delimited) on several threads: the main thread reads each
 * file (hashing its bytes), cuts it into record-aligned pieces (`plainTextBlocks`,
 * `tabDelimitedBlocks`) and hands them to worker threads (`_load-worker.ts`), which read, prepare
 * and pack their records (`readPiece`); when it has no piece to add and every worker has its fill,
 * the main thread reads the next piece itself, straight into the builder (with provisional
 * record indexes, moved on once the pieces before it are counted). The workers' pieces are added
 * to the one builder in file order, each record and rejection at its line and position in its
 * file. The builder's rule does not depend on the order of its records, and every record index
 * compares as its final one does at every step, so the corpus is the same bytes whatever the
 * number of threads. Anything unusual (a file that is not uncompressed UTF-8 text, a piece that
 * cannot be read on its own, a worker that cannot start, Deno) makes `loadInParallel` give up
 * before the corpus is built, and the caller reads on one thread.
 */
import { ownBuffer, siblingModule, startWorkerPool, type WorkerPool } from "../common/worker-pool.ts";
import type { Rejection } from "../diagnostics/rejection.ts";
import { decodeBytes, detectEncoding } from "../read/decode.ts";
import { detectFormat } from "../read/detect-format.ts";
import { isGzip } from "../read/gunzip.ts";
import { type InputFile, listInputFiles } from "../read/input-files.ts";
import { hashChunks } from "../read/input-hash.ts";
import { inputTracker, type ProgressListener } from "../read/read-progress.ts";
import { readFileChunks } from "../read/source.ts";
import {
  plainTextBlockItems,
  plainTextBlocks,
  tabDelimitedBlockItems,
  tabDelimitedBlocks,
  withRecordIndexFrom,
} from "../read/text-blocks.ts";
import { type Piece, type PieceReadOptions, pieceProblem } from "./_load-piece.ts";
import type { LoadWorkerData, PieceJob, PieceResult } from "./_load-worker.ts";
import { createStringTable, unpackedRecords } from "./_packed-records.ts";
import type { DeferredCorpusBuilder, Provisional } from "./build-corpus.ts";

/** The most worker threads a load starts, whatever the machine. */
export const MAX_THREADS = 8;

/**
 * The default number of threads: one. Measured on the two shared cores of 2026-12-06 (load 7–11,
 * so per-thread CPU rather than wall time), `copub report` on 100,000 real-shaped records with
 * `--threads 2` put 10 CPU s on the main thread against 13 s with one thread, but 24 CPU s on all
 * threads against 17 s (the worker's own warm-up, heap and garbage collection, the packing): on
 * which estimated a tenth faster on a quiet machine. Measured quiet afterwards (load under 3, A B A
 * B), two threads took 12.4–14.5 s wall against 11.8–13.0 s on one, for 1.6–1.9 times the CPU: no
 * faster, so one thread stays the default (docs/corpus.md, "Threads").
 * @example
 * defaultThreads() // → 1
 */
export function defaultThreads(): number {
  return 1;
}

/** Bytes a piece holds at least (it ends at the next record boundary, or at its file's end). */
const PIECE_BYTES = 4 * 1024 * 1024;
/** Inputs smaller than this are read on one thread: starting workers would cost more than they save. */
const MIN_PARALLEL_BYTES = 2 * PIECE_BYTES;
/**
 * Pieces handed to a worker and not yet back: enough to keep it busy while its last one travels
 * and while the main thread reads a piece of its own (which takes it longer than a worker's).
 */
const PIECES_AHEAD = 3;
/**
 * Pieces past those in the workers' hands that may wait to be added (read by the main thread,
 * or back from a worker), past which the main thread waits for the oldest: a bound on memory
 * that leaves the main thread room to read ahead while a worker's piece before its own is out.
 */
const PIECES_QUEUED = 4;

/** Thrown when the load cannot be done in parallel; the caller reads on one thread instead. */
export class NotParallel extends Error {}

/** `FN` line of a plain-text export, as `openWos` reads its producer. */
const FN_LINE = /^\uFEFF?FN ([^\r\n]*)/;

/**
 * Reads the inputs into the builder on the main thread and `workers` worker threads.
 * @throws NotParallel when some input is no uncompressed UTF-8 plain-text or tab-delimited
 *   export, when a piece cannot be read on its own (no record boundary for 64 MiB, text that
 *   would decode otherwise), when no record was found, or when workers cannot run here (the
 *   builder is then half-filled and must be dropped)
 */
export async function loadInParallel(
  paths: readonly string[],
  builder: DeferredCorpusBuilder,
  workers: number,
  workerData: LoadWorkerData,
  onProgress?: ProgressListener,
  sizes: PieceSizes = { pieceBytes: PIECE_BYTES, minBytes: MIN_PARALLEL_BYTES },
): Promise<void> {
  if ("Deno" in globalThis) throw new NotParallel("Deno: one thread");
  const inputs = await listInputFiles(paths);
  if (inputs.reduce((sum, input) => sum + input.bytes, 0) < sizes.minBytes)
    throw new NotParallel("the inputs are small");
  // Started before the files are opened: the workers compile their modules meanwhile.
  const pool = startPool(workers, workerData);
  let items = 0;
  try {
    const heads = await Promise.all(inputs.map((input) => headOf(input.path)));
    const formats = heads.map(textFormat);
    if (formats.some((format) => format === null)) throw new NotParallel("not all inputs are text exports");
    const tracker = inputTracker(inputs, onProgress);
    const lanes: Lanes = {
      builder,
      pool,
      tracker,
      readOptions: workerData.readOptions,
      mainReads: workers === 0 || sizes.mainReads !== false,
      tables: Array.from({ length: workers }, () => createStringTable(builder.internStrings)),
    };
    for (const [i, input] of inputs.entries())
      items += await loadFile(
        input,
        formats[i] as TextFormat,
        heads[i] as Uint8Array,
        lanes,
        sizes.pieceBytes,
      );
  } finally {
    await pool.stop();
  }
  if (items === 0) throw new NotParallel("no record");
}

/** How large pieces are, and how large the inputs must be to be read in parallel (tests make both small). */
export interface PieceSizes {
  readonly pieceBytes: number;
  readonly minBytes: number;
  /**
   * Whether the main thread reads pieces too, when it has nothing else to do and the workers have
   * their fill (default); `false` leaves every piece to the workers (with no worker it reads all).
   */
  readonly mainReads?: boolean;
}

type Tracker = ReturnType<typeof inputTracker>;
type TextFormat = "plain" | "tab";

/** Where a file's pieces go: the builder, the workers, progress; and whether the main thread reads pieces too. */
interface Lanes {
  readonly builder: DeferredCorpusBuilder;
  readonly pool: Pool;
  readonly tracker: Tracker;
  readonly readOptions: PieceReadOptions;
  readonly mainReads: boolean;
  /** Each worker's table of shared strings, interned (`createStringTable`). */
  readonly tables: readonly ReturnType<typeof createStringTable>[];
}

/**
 * A piece handed out, in file order: one a worker reads (its result once `ready`), or one the
 * main thread has read already, its items in the builder with provisional record indexes
 * (`held`, numbered from `first`), moved on once the items before them are counted.
 */
type Slot =
  | { readonly here: false; ready: boolean; readonly read: Promise<WorkerResult> }
  | { readonly here: true; readonly held: Provisional[]; readonly first: number; readonly items: number };

/**
 * Reads one file into the builder, piece by piece in file order: each piece goes to a worker
 * with room for it; when every worker has its fill and no piece read is waiting to be added, the
 * main thread reads the next piece itself, straight into the builder. The pieces the workers
 * read are added as soon as every piece before them is. Gives the items added (records and
 * rejections, each of which takes one record index).
 */
async function loadFile(
  input: InputFile,
  format: TextFormat,
  head: Uint8Array,
  lanes: Lanes,
  pieceBytes: number,
): Promise<number> {
  const { builder, pool, tracker } = lanes;
  const hashed = hashChunks(readFileChunks(input.path), { name: input.path, size: () => input.bytes });
  tracker?.startFile(input.path, input.bytes, hashed.bytesRead);
  const queue: Slot[] = [];
  let items = 0;
  const addOldest = async (): Promise<void> => {
    const slot = queue.shift() as Slot;
    if (slot.here) {
      // Every item before the piece is counted: its provisional indexes become the final ones.
      const shift = items - slot.first;
      for (const holder of slot.held) holder.recordIndex += shift;
      items += slot.items;
      return;
    }
    const read = await slot.read;
    if (!read.clean) throw new NotParallel(`${input.path}: ${read.why}`);
    const strings = (lanes.tables[read.worker] as ReturnType<typeof createStringTable>).extend(read.packed);
    items = addPiece(read, strings, items, { file: input.path, format, builder, tracker });
  };
  const cut = format === "plain" ? plainTextBlocks : tabDelimitedBlocks;
  const blocks = cut(hashed.chunks, { targetBytes: pieceBytes })[Symbol.asyncIterator]();
  // The next block is cut (its bytes read from the file) while the pieces before it are read.
  let next = blocks.next();
  for (;;) {
    while (queue[0] !== undefined && (queue[0].here || queue[0].ready)) await addOldest();
    if (queue.length >= pool.size * PIECES_AHEAD + PIECES_QUEUED) {
      await addOldest();
      continue;
    }
    const result = await next;
    if (result.done === true) break;
    const block = result.value;
    // A piece that only the parser of the piece before it can read: the file is read on one thread.
    if (block.continued) throw new NotParallel(`${input.path}: no record boundary for 64 MiB`);
    const piece: Piece = {
      file: input.path,
      format,
      line: block.line,
      header: block.header,
      bytes: block.bytes,
    };
    if (pool.waiting() < pool.size * PIECES_AHEAD || (!lanes.mainReads && queue.length === 0)) {
      next = blocks.next();
      queue.push(toWorker(pool, piece));
    } else if (lanes.mainReads) {
      next = blocks.next();
      queue.push(readHere(piece, builder, lanes.readOptions, tracker));
    } else {
      // The workers have their fill and the main thread reads none: wait for the oldest.
      await addOldest();
      next = Promise.resolve(result);
    }
  }
  while (queue.length > 0) await addOldest();
  const producer = format === "plain" ? (FN_LINE.exec(decodeBytes(head))?.[1]?.trim() ?? null) : null;
  builder.addFile(input.path, format, hashed.sha256(), producer);
  tracker?.endFile();
  return items;
}

/** A piece handed to a worker (its bytes transferred). */
function toWorker(pool: Pool, piece: Piece): Slot {
  const slot: Slot = {
    here: false,
    ready: false,
    read: run(pool, { ...piece, bytes: ownBuffer(piece.bytes) }),
  };
  // A piece still out when the load gives up must not fail the process as unhandled.
  slot.read.then(
    () => (slot.ready = true),
    () => undefined,
  );
  return slot;
}

/**
 * A piece read on the main thread, each item added to the builder as soon as it is read (none is
 * held, so none outlives a young-generation collection). The items before the piece are not all
 * counted yet (some are on a worker): the piece's items are numbered from its first line less
 * one, which no item before it reaches (each takes a line at least) and which the items after it
 * start past, so every comparison of record indexes meanwhile gives what the final ones give.
 */
function readHere(
  piece: Piece,
  builder: DeferredCorpusBuilder,
  readOptions: PieceReadOptions,
  tracker: Tracker,
): Slot {
  const problem = pieceProblem(piece);
  if (problem !== null) throw new NotParallel(`${piece.file}: ${problem}`);
  const first = piece.line - 1;
  const held: Provisional[] = [];
  const items = piece.format === "plain" ? plainTextBlockItems : tabDelimitedBlockItems;
  const block = { bytes: piece.bytes, line: piece.line, header: piece.header, continued: false };
  let count = 0;
  for (const item of items(block, { ...readOptions, fileName: piece.file, firstRecordIndex: first })) {
    builder.addProvisional(item, piece.format, held);
    tracker?.record();
    count++;
  }
  return { here: true, held, first, items: count };
}

/**
 * Adds a worker's piece to the builder in the order the one-thread read gives its items: records
 * and rejections merged by their record index within the piece, each moved on by the items of
 * the pieces before it (`before`). Its shared strings are read from the worker's table, interned
 * once (`strings`), so every record reads the corpus's own instances. Gives the items added so far.
 */
function addPiece(
  read: Extract<WorkerResult, { clean: true }>,
  strings: readonly string[],
  before: number,
  to: { file: string; format: TextFormat; builder: DeferredCorpusBuilder; tracker: Tracker },
): number {
  const { packed, rejections } = read;
  const { file, format, builder, tracker } = to;
  let j = 0;
  const addRejection = (): void => {
    builder.add(withRecordIndexFrom({ ok: false, rejection: rejections[j++] as Rejection }, before), format);
    tracker?.record();
  };
  let records = 0;
  for (const record of unpackedRecords(packed, strings)) {
    while (j < rejections.length && (rejections[j] as Rejection).recordIndex < record.recordIndex)
      addRejection();
    builder.addPrepared({ ...record, recordIndex: record.recordIndex + before }, file, format);
    tracker?.record();
    records++;
  }
  while (j < rejections.length) addRejection();
  return before + records + rejections.length;
}

/** The first 8 KiB of a file (as `openWos` detects formats from). */
async function headOf(path: string): Promise<Uint8Array> {
  const chunks = readFileChunks(path)[Symbol.asyncIterator]();
  try {
    const next = await chunks.next();
    return next.done === true ? new Uint8Array(0) : next.value.subarray(0, 8192);
  } finally {
    await chunks.return?.();
  }
}

/** The format of an uncompressed UTF-8 plain-text or tab-delimited export, from its head; else `null`. */
function textFormat(head: Uint8Array): TextFormat | null {
  if (head.length === 0 || isGzip(head) || detectEncoding(head).encoding !== "utf-8") return null;
  const format = detectFormat(decodeBytes(head));
  return format === "plain" || format === "tab" ? format : null;
}

/** A piece's result with the worker that read it (whose string table its numbers point into). */
type WorkerResult = PieceResult & { readonly worker: number };

/** Worker threads taking pieces. */
type Pool = WorkerPool<PieceJob, PieceResult>;

/** A piece read by a worker, its bytes moved there; a worker that fails makes the load give up. */
async function run(pool: Pool, piece: PieceJob): Promise<WorkerResult> {
  try {
    const { worker, value } = await pool.run(piece, [piece.bytes.buffer as ArrayBuffer]);
    return { ...value, worker };
  } catch (error) {
    throw new NotParallel(String(error));
  }
}

/**
 * This module's URL. Cast as shipped-sql.ts does: `deno check` of the library entry points types
 * `import.meta` without Node's `url` augmentation.
 */
const MODULE_URL = (import.meta as { readonly url: string }).url;

function startPool(threads: number, workerData: LoadWorkerData): Pool {
  return startWorkerPool(siblingModule(MODULE_URL, "./_load-worker"), threads, workerData);
}

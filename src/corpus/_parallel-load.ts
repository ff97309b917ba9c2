/**
 * Reading exports (plain text, tab-delimited, XML) on several threads: the main thread reads each
 * file (hashing its bytes), cuts it into record-aligned pieces with its format's cutter
 * (`formatBlocks`) and hands them to worker threads (`_load-worker.ts`), which read, prepare
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
import { runMoving, siblingModule, startWorkerPool, type WorkerPool } from "../common/worker-pool.ts";
import type { Rejection } from "../diagnostics/rejection.ts";
import { decodeBytes, detectEncoding } from "../read/decode.ts";
import { detectFormat } from "../read/detect-format.ts";
import { formatBlocks } from "../read/format-blocks.ts";
import { isGzip } from "../read/gunzip.ts";
import { type InputFile, listInputFiles } from "../read/input-files.ts";
import { hashChunks } from "../read/input-hash.ts";
import { scheduleBlocks } from "../read/ordered-blocks.ts";
import { inputTracker, type ProgressListener } from "../read/read-progress.ts";
import { readFileChunks, readFileHead } from "../read/source.ts";
import { type TextBlock, withRecordIndexFrom } from "../read/text-blocks.ts";
import { type Piece, type PieceReadOptions, pieceItems, pieceProblem } from "./_load-piece.ts";
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
 * faster. On 2026-12-07, when the machine's two vCPUs were two cores (1.9× on the cores probe),
 * two threads were still slower: 10.7–12.1 s against 9.1–10.3 s, and at 1M 86.8–92.8 s against
 * 66.1–71.9 s, the main thread the critical path. So one thread stays the default
 * (docs/corpus.md, "Threads").
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
    const formats = heads.map(loadFormat);
    if (formats.some((format) => format === null))
      throw new NotParallel("not all inputs are uncompressed UTF-8 exports");
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
        formats[i] as LoadFormat,
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
type LoadFormat = Piece["format"];

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

/** A piece read on the main thread: its items in the builder with provisional record indexes (`held`, numbered from `first`). */
interface ReadHere {
  readonly here: true;
  readonly held: Provisional[];
  readonly first: number;
  readonly items: number;
}

/**
 * Reads one file into the builder, piece by piece in file order (`scheduleBlocks`): each piece
 * goes to a worker with room for it; when every worker has its fill and no piece read is waiting
 * to be added, the main thread reads the next piece itself, straight into the builder. The pieces
 * the workers read are added as soon as every piece before them is. Gives the items added
 * (records and rejections, each of which takes one record index).
 */
async function loadFile(
  input: InputFile,
  format: LoadFormat,
  head: Uint8Array,
  lanes: Lanes,
  pieceBytes: number,
): Promise<number> {
  const { builder, pool, tracker } = lanes;
  const hashed = hashChunks(readFileChunks(input.path), input.path);
  tracker?.startFile(input.path, input.bytes, hashed.bytesRead);
  let items = 0;
  const add = (read: WorkerResult | ReadHere): void => {
    if ("here" in read) {
      // Every item before the piece is counted: its provisional indexes become the final ones.
      const shift = items - read.first;
      for (const holder of read.held) holder.recordIndex += shift;
      items += read.items;
      return;
    }
    if (!read.clean) throw new NotParallel(`${input.path}: ${read.why}`);
    const strings = (lanes.tables[read.worker] as ReturnType<typeof createStringTable>).extend(read.packed);
    items = addPiece(read, strings, items, { file: input.path, format, builder, tracker });
  };
  await scheduleBlocks(
    pieces(formatBlocks(format, hashed.chunks, { targetBytes: pieceBytes }), input.path, format),
    {
      workers: pool.size,
      waiting: pool.waiting,
      toWorker: (piece) => run(pool, piece),
      readHere: lanes.mainReads ? (piece) => readHere(piece, builder, lanes.readOptions, tracker) : null,
      add,
    },
    { ahead: PIECES_AHEAD, queued: PIECES_QUEUED },
  );
  const producer = format === "plain" ? (FN_LINE.exec(decodeBytes(head))?.[1]?.trim() ?? null) : null;
  builder.addFile(input.path, format, hashed.sha256(), producer);
  tracker?.endFile();
  return items;
}

/** A file's blocks as pieces; a piece that only the parser of the piece before it can read sends the load to one thread. */
async function* pieces(
  blocks: AsyncIterable<TextBlock>,
  file: string,
  format: LoadFormat,
): AsyncIterable<Piece> {
  let offset = 0;
  for await (const block of blocks) {
    if (block.continued) throw new NotParallel(`${file}: no record boundary for 64 MiB`);
    const { line, header, bytes } = block;
    yield { file, format, line, fileStart: offset === 0, offset, header, bytes };
    offset += bytes.length;
  }
}

/**
 * A piece read on the main thread, each item added to the builder as soon as it is read (none is
 * held, so none outlives a young-generation collection). The items before the piece are not all
 * counted yet (some are on a worker): the piece's items are numbered from the piece's byte offset
 * in its file, which no item before it reaches (each takes a byte at least; not a line: XML RECs
 * may share one) and which the items after it start past, so every comparison of record indexes
 * meanwhile gives what the final ones give.
 */
function readHere(
  piece: Piece,
  builder: DeferredCorpusBuilder,
  readOptions: PieceReadOptions,
  tracker: Tracker,
): ReadHere {
  const problem = pieceProblem(piece);
  if (problem !== null) throw new NotParallel(`${piece.file}: ${problem}`);
  const first = piece.offset;
  const held: Provisional[] = [];
  let count = 0;
  for (const item of pieceItems(piece, readOptions, first)) {
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
  to: { file: string; format: LoadFormat; builder: DeferredCorpusBuilder; tracker: Tracker },
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

/**
 * The first 8 KiB of a file, as `openWos` detects formats from: read on their own, since every
 * input's format must be known before the first piece is added to the builder.
 */
function headOf(path: string): Promise<Uint8Array> {
  return readFileHead(path, 8192);
}

/** The format of an uncompressed UTF-8 export, from its head; else `null`. */
function loadFormat(head: Uint8Array): LoadFormat | null {
  if (head.length === 0 || isGzip(head) || detectEncoding(head).encoding !== "utf-8") return null;
  return detectFormat(decodeBytes(head)) ?? null;
}

/** A piece's result with the worker that read it (whose string table its numbers point into). */
type WorkerResult = PieceResult & { readonly worker: number };

/** Worker threads taking pieces. */
type Pool = WorkerPool<PieceJob, PieceResult>;

/** A piece read by a worker, its bytes moved there; a worker that fails makes the load give up. */
function run(pool: Pool, piece: PieceJob): Promise<WorkerResult> {
  return runMoving(pool, piece.bytes, (bytes) => ({ ...piece, bytes })).then(
    ({ worker, value }) => ({ ...value, worker }),
    (error: unknown) => {
      throw new NotParallel(String(error));
    },
  );
}

/**
 * This module's URL. Cast as shipped-sql.ts does: `deno check` of the library entry points types
 * `import.meta` without Node's `url` augmentation.
 */
const MODULE_URL = (import.meta as { readonly url: string }).url;

function startPool(threads: number, workerData: LoadWorkerData): Pool {
  return startWorkerPool(siblingModule(MODULE_URL, "./_load-worker"), threads, workerData);
}

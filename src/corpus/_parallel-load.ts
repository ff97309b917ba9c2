/**
 * Reading plain-text exports on several threads: the main thread reads each file (hashing its
 * bytes), cuts it into record-aligned pieces (`plainTextBlocks`) and hands them to worker threads
 * (`_load-worker.ts`), which read and prepare their records (`readPiece`); whenever every worker
 * has its fill of pieces, the main thread reads the next piece itself rather than wait. The
 * pieces' records and rejections are then added to the one builder in file order, each placed at
 * its line and position in its file. The builder's rule does not depend on the order of its
 * records anyway, and here they even come in the order of the one-thread read, so the corpus is
 * the same bytes whatever the number of threads. Anything unusual (a file that is not
 * uncompressed UTF-8 plain text, a piece that cannot be read on its own, a worker that cannot
 * start, Deno) makes `loadInParallel` give up before the corpus is built, and the caller reads on
 * one thread.
 */
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { decodeBytes, detectEncoding } from "../read/decode.ts";
import { detectFormat } from "../read/detect-format.ts";
import { isGzip } from "../read/gunzip.ts";
import { type InputFile, listInputFiles } from "../read/input-files.ts";
import { inputTracker, type ProgressListener } from "../read/read-progress.ts";
import { readFileChunks } from "../read/source.ts";
import { plainTextBlocks, withRecordIndexFrom } from "../read/text-blocks.ts";
import { type Piece, type ReadPiece, readPiece } from "./_load-piece.ts";
import type { LoadWorkerData, PieceJob, PieceResult } from "./_load-worker.ts";
import { unpackRecords } from "./_packed-records.ts";
import { createRecordPreparer, type PreparedRecord } from "./_prepared-record.ts";
import type { DeferredCorpusBuilder } from "./build-corpus.ts";

/** The most worker threads a load starts, whatever the machine. */
export const MAX_THREADS = 8;

/**
 * The default number of threads: one. Measured on a quiet two-core machine (2026-12-06, load
 * about 2), `copub report` on the real-shaped 18,717 records took 6.1–6.3 s wall and 8.3 CPU s
 * on one thread against 7.1–7.6 s and 12.6–13.5 CPU s on two workers (each worker compiles the
 * reader and normalizer afresh, and the main thread unpacks and interns every paper), so the
 * workers stay behind an explicit `threads` until they pay.
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
/** Pieces handed to a worker and not yet back: enough to keep it busy while its last one travels. */
const PIECES_AHEAD = 2;
/** Pieces read and not yet added, past which the main thread waits for the oldest (memory bound). */
const PIECES_QUEUED = 2;

/** Thrown when the load cannot be done in parallel; the caller reads on one thread instead. */
export class NotParallel extends Error {}

/** `FN` line of a plain-text export, as `openWos` reads its producer. */
const FN_LINE = /^\uFEFF?FN ([^\r\n]*)/;

/**
 * Reads the inputs into the builder on the main thread and `workers` worker threads.
 * @throws NotParallel when some input is no uncompressed UTF-8 plain-text export, when a piece
 *   cannot be read on its own (no record boundary for 64 MiB, text that would decode otherwise),
 *   when no record was found, or when workers cannot run here (the builder is then half-filled
 *   and must be dropped)
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
  const prepare = createRecordPreparer(workerData.options);
  const readHere = (piece: Piece): ReadPiece | string => {
    try {
      return readPiece(piece, prepare, workerData.readOptions);
    } catch (error) {
      // As a worker reports it: the load gives up and the files are read on one thread.
      return String(error);
    }
  };
  let items = 0;
  try {
    const heads = await Promise.all(inputs.map((input) => headOf(input.path)));
    if (heads.some((head) => !isPlainUtf8(head))) throw new NotParallel("not all inputs are plain text");
    const tracker = inputTracker(inputs, onProgress);
    for (const [i, input] of inputs.entries())
      items += await loadFile(
        input,
        heads[i] as Uint8Array,
        { builder, pool, readHere, tracker },
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
}

type Tracker = ReturnType<typeof inputTracker>;

/** Where a file's pieces go: the builder, the workers, the main thread's own reader, progress. */
interface Lanes {
  readonly builder: DeferredCorpusBuilder;
  readonly pool: Pool;
  readonly readHere: (piece: Piece) => ReadPiece | string;
  readonly tracker: Tracker;
}

/** A piece handed out: read once `ready`, then its records and rejections (or why not). */
interface Slot {
  ready: boolean;
  readonly read: Promise<ReadPiece | string>;
}

/**
 * Reads one file into the builder, piece by piece in file order: each piece goes to a worker
 * with room for it, or else is read on this thread at once; the pieces read are added as soon as
 * every piece before them is. Gives the items added (records and rejections, each of which takes
 * one record index).
 */
async function loadFile(
  input: InputFile,
  head: Uint8Array,
  lanes: Lanes,
  pieceBytes: number,
): Promise<number> {
  const { builder, pool, readHere, tracker } = lanes;
  const hash = createHash("sha256");
  let bytesRead = 0;
  tracker?.startFile(input.path, input.bytes, () => bytesRead);
  const queue: Slot[] = [];
  let items = 0;
  const addOldest = async (): Promise<void> => {
    const read = await (queue.shift() as Slot).read;
    if (typeof read === "string") throw new NotParallel(`${input.path}: ${read}`);
    items = addPiece(read, items, input.path, builder, tracker);
  };
  const chunks = tapped(readFileChunks(input.path), (chunk) => {
    hash.update(chunk);
    bytesRead += chunk.length;
  });
  for await (const block of plainTextBlocks(chunks, { targetBytes: pieceBytes })) {
    // A piece that only the parser of the piece before it can read: the file is read on one thread.
    if (block.continued) throw new NotParallel(`${input.path}: no record boundary for 64 MiB`);
    while (queue[0]?.ready === true || queue.length >= pool.size * PIECES_AHEAD + PIECES_QUEUED)
      await addOldest();
    const piece = { file: input.path, line: block.line, bytes: block.bytes };
    if (pool.waiting() < pool.size * PIECES_AHEAD) {
      const slot: Slot = {
        ready: false,
        read: fromWorker(pool.run({ ...piece, bytes: ownBuffer(piece.bytes) })),
      };
      // A piece still out when the load gives up must not fail the process as unhandled.
      slot.read.then(
        () => (slot.ready = true),
        () => undefined,
      );
      queue.push(slot);
    } else queue.push({ ready: true, read: Promise.resolve(readHere(piece)) });
  }
  while (queue.length > 0) await addOldest();
  const producer = FN_LINE.exec(decodeBytes(head))?.[1]?.trim() ?? null;
  builder.addFile(input.path, "plain", hash.digest("hex"), producer);
  tracker?.endFile();
  return items;
}

/** A worker's result as a piece read (its records unpacked), or why it could not be read. */
async function fromWorker(result: Promise<PieceResult>): Promise<ReadPiece | string> {
  const done = await result;
  return done.clean ? { records: unpackRecords(done.packed), rejections: [...done.rejections] } : done.why;
}

/**
 * Adds a piece's items to the builder in the order the one-thread read gives them: records and
 * rejections merged by their record index within the piece, each moved on by the items of the
 * pieces before it (`before`). Gives the items added so far.
 */
function addPiece(
  { records, rejections }: ReadPiece,
  before: number,
  file: string,
  builder: DeferredCorpusBuilder,
  tracker: Tracker,
): number {
  let r = 0;
  let j = 0;
  while (r < records.length || j < rejections.length) {
    const record = records[r];
    const rejection = rejections[j];
    if (rejection !== undefined && (record === undefined || rejection.recordIndex < record.recordIndex)) {
      builder.add(withRecordIndexFrom({ ok: false, rejection }, before), "plain");
      j++;
    } else {
      const prepared = record as PreparedRecord;
      builder.addPrepared({ ...prepared, recordIndex: prepared.recordIndex + before }, file, "plain");
      r++;
    }
    tracker?.record();
  }
  return before + records.length + rejections.length;
}

/** The chunks, each shown to `onChunk` as it passes (hashing, progress). */
async function* tapped(
  chunks: AsyncIterable<Uint8Array>,
  onChunk: (chunk: Uint8Array) => void,
): AsyncIterable<Uint8Array> {
  for await (const chunk of chunks) {
    onChunk(chunk);
    yield chunk;
  }
}

/**
 * The bytes in a buffer of their own, which can be transferred to a worker (a block is a view
 * into a buffer that also holds the start of the next one; transferring that would detach it).
 */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
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

function isPlainUtf8(head: Uint8Array): boolean {
  return (
    head.length > 0 &&
    !isGzip(head) &&
    detectEncoding(head).encoding === "utf-8" &&
    detectFormat(decodeBytes(head)) === "plain"
  );
}

/** Worker threads taking pieces. */
interface Pool {
  readonly size: number;
  /** Pieces handed to the workers and not yet back. */
  waiting(): number;
  run(piece: Omit<PieceJob, "id">): Promise<PieceResult>;
  stop(): Promise<void>;
}

/**
 * This module's URL. Cast as shipped-sql.ts does: `deno check` of the library entry points types
 * `import.meta` without Node's `url` augmentation.
 */
const MODULE_URL = (import.meta as { readonly url: string }).url;

/** The worker module beside this one: `.ts` under tsx and in tests, `.js` in the built package. */
function workerUrl(): URL {
  const ts = MODULE_URL.endsWith(".ts");
  return new URL(ts ? "./_load-worker.ts" : "./_load-worker.js", MODULE_URL);
}

/**
 * The entry of a worker running the `.ts` sources (under tsx, in tests): tsx's hooks are not
 * registered in worker threads, so the entry registers them (tsx is a development dependency,
 * there whenever the sources run as `.ts`) and then imports the worker module.
 */
function tsxEntry(url: URL): string {
  // The ESM build of the API, beside the CommonJS one `require.resolve` finds.
  const cjs = createRequire(MODULE_URL).resolve("tsx/esm/api");
  const api = pathToFileURL(cjs.replace(/\.cjs$/, ".mjs")).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
}

function startPool(threads: number, workerData: LoadWorkerData): Pool {
  const url = workerUrl();
  const waiting = new Map<number, { resolve: (r: PieceResult) => void; reject: (e: unknown) => void }>();
  const load: number[] = [];
  let nextId = 0;
  let failure: unknown = null;
  const workers = Array.from({ length: threads }, (_, i) => {
    // tsx's hooks are registered in a worker only after its entry module is resolved: a `.ts`
    // worker is started from a line of JavaScript that imports it once they are.
    const worker = url.pathname.endsWith(".ts")
      ? new Worker(tsxEntry(url), { eval: true, workerData, execArgv: process.execArgv })
      : new Worker(url, { workerData });
    load.push(0);
    worker.on("message", (result: PieceResult & { worker?: number }) => {
      load[i] = (load[i] as number) - 1;
      waiting.get(result.id)?.resolve(result);
      waiting.delete(result.id);
    });
    const fail = (error: unknown): void => {
      failure ??= error;
      for (const { reject } of waiting.values()) reject(new NotParallel(String(error)));
      waiting.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (waiting.size > 0) fail(new Error(`a load worker exited with code ${code}`));
    });
    return worker;
  });
  return {
    size: threads,
    waiting: () => waiting.size,
    run(piece) {
      if (failure !== null) return Promise.reject(new NotParallel(String(failure)));
      // The worker with the fewest pieces waiting takes the next one.
      const i = load.indexOf(Math.min(...load));
      load[i] = (load[i] as number) + 1;
      const id = nextId++;
      const job: PieceJob = { id, ...piece };
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        (workers[i] as Worker).postMessage(job, [piece.bytes.buffer as ArrayBuffer]);
      });
    },
    async stop() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

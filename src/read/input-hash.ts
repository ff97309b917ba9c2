/**
 * The SHA-256 of an input's bytes as they pass to its reader, for the run manifest
 * (docs/methodology.md §13.5). A large file (8 MiB or more) is hashed on a worker thread
 * (`_hash-worker.ts`), one for the whole process, which lets the process exit when idle. Its
 * chunks were read into shared memory (`readFileChunks`' `shared`): the main thread tells the
 * worker where each lies and hands it on to the reader, and the worker hashes the very bytes the
 * reader parses, without a copy (a copy cost the main thread about what hashing did: the chunk
 * read back from memory, out of the cache by then, and fresh pages faulted in). At most 8 chunks
 * are out unhashed; the main thread waits past that, and takes the digest after the last chunk.
 * So a file that changes while it is read is hashed as it was parsed, as when the main thread
 * hashed it, and no second read of the file is made; no reader writes into its chunks. A chunk
 * not in shared memory is copied into some first. Small inputs, streams of unknown size and
 * runtimes without worker threads (Deno) are hashed on the main thread: for them a worker
 * would cost more than it saves. On two hyperthreads of one core (the machine of
 * docs/benchmarks.md) the hash then runs beside the parse instead of between its chunks.
 */
import { createHash } from "node:crypto";
import { siblingModule, startWorkerPool, type WorkerPool } from "../common/worker-pool.ts";
import { HASH_WORKER, type HashAnswer, type HashJob } from "./_hash-worker.ts";

/** Chunks hashed while they pass, the digest once all have passed, and the bytes seen so far. */
export interface HashedChunks {
  /** The chunks, unchanged. */
  readonly chunks: AsyncIterable<Uint8Array>;
  /**
   * The SHA-256 (hex) of every byte that passed.
   * @throws Error when the chunks were not read to their end (the hash would be of part of the input)
   */
  readonly sha256: () => string;
  /** Bytes passed so far. */
  readonly bytesRead: () => number;
}

/** Options of `hashChunks`. */
export interface HashChunksOptions {
  /** The input's name, for the error of a digest asked for too early. */
  readonly name: string;
  /** The input's size once its first chunk has passed (`openSource`'s `size`), `undefined` when unknown. */
  readonly size?: () => number | undefined;
  /** Inputs of at least this many bytes are hashed on the worker (default 8 MiB); tests lower it. */
  readonly offThreadBytes?: number;
}

/** Below 8 MiB, hashing on the main thread takes a few milliseconds: less than starting the worker. */
const OFF_THREAD_BYTES = 8 << 20;
/** Chunks told of and not yet hashed, past which the main thread waits: a bound on the memory they hold. */
const OUT_MAX = 8;

/**
 * The chunks, passed on unchanged and hashed and counted on the way.
 * @param chunks - the input's bytes as stored (before gunzip)
 * @param options - the input's name and size
 * @example
 * const hashed = hashChunks(openSource("a.txt").chunks, { name: "a.txt" });
 * for await (const chunk of hashed.chunks) …;
 * hashed.sha256() // → "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
 */
export function hashChunks(chunks: AsyncIterable<Uint8Array>, options: HashChunksOptions): HashedChunks {
  const { name, size = () => undefined, offThreadBytes = OFF_THREAD_BYTES } = options;
  let digest: string | undefined;
  let bytes = 0;
  async function* tap(): AsyncIterable<Uint8Array> {
    let hasher: Hasher | null = null;
    let done = false;
    try {
      for await (const chunk of chunks) {
        hasher ??= startHasher(name, (size() ?? 0) >= offThreadBytes);
        bytes += chunk.length;
        await hasher.update(chunk);
        yield chunk;
      }
      digest = await (hasher ?? startHasher(name, false)).digest();
      done = true;
    } finally {
      if (!done) hasher?.drop();
    }
  }
  return {
    chunks: tap(),
    bytesRead: () => bytes,
    sha256: () => {
      if (digest === undefined)
        throw new Error(`${name}: SHA-256 asked for before the file was read to its end`);
      return digest;
    },
  };
}

/** One input's hash, here or on the worker. */
interface Hasher {
  /** Takes the next bytes (which no one writes to afterwards), waiting when the worker is behind. */
  update(chunk: Uint8Array): Promise<void>;
  digest(): Promise<string>;
  /** Forgets an input read no further. */
  drop(): void;
}

function startHasher(name: string, offThread: boolean): Hasher {
  const pool = offThread ? hashPool() : null;
  if (pool === null) {
    const hash = createHash("sha256");
    return {
      update: async (chunk) => {
        hash.update(chunk);
      },
      digest: async () => hash.digest("hex"),
      drop: () => undefined,
    };
  }
  const input = nextInput++;
  /** The answers of the chunks out, oldest first. */
  const out: Promise<unknown>[] = [];
  const post = (job: HashJob): Promise<HashAnswer> => {
    const answer = pool.run(job).then(
      ({ value }) => value,
      (error: unknown) => {
        // The next large input starts a worker of its own; this one's bytes are gone.
        forgetPool(pool);
        throw new Error(`${name}: the SHA-256 of the input could not be computed (${String(error)})`, {
          cause: error,
        });
      },
    );
    // A failure is met by the next wait or the digest; none goes unhandled meanwhile.
    answer.catch(() => undefined);
    return answer;
  };
  return {
    async update(chunk) {
      if (out.length === OUT_MAX) await out.shift();
      const shared = chunk.buffer instanceof SharedArrayBuffer ? chunk : inSharedMemory(chunk);
      const memory = shared.buffer as SharedArrayBuffer;
      out.push(post({ input, memory, at: shared.byteOffset, length: shared.length }));
    },
    async digest() {
      await Promise.all(out);
      return (await post({ input, end: "digest" })) as string;
    },
    drop() {
      void post({ input, end: "drop" });
    },
  };
}

/** The bytes copied into shared memory. */
function inSharedMemory(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(new SharedArrayBuffer(bytes.length));
  copy.set(bytes);
  return copy;
}

/** Numbers of the inputs hashed on the worker, for the jobs of each. */
let nextInput = 0;
/** The process's hashing worker, started by the first large input (`null` where there are no workers). */
let pool: WorkerPool<HashJob, HashAnswer> | null | undefined;

/**
 * This module's URL. Cast as shipped-sql.ts does: `deno check` of the library entry points types
 * `import.meta` without Node's `url` augmentation.
 */
const MODULE_URL = (import.meta as { readonly url: string }).url;

function forgetPool(failed: WorkerPool<HashJob, HashAnswer>): void {
  if (pool === failed) {
    pool = undefined;
    void failed.stop();
  }
}

function hashPool(): WorkerPool<HashJob, HashAnswer> | null {
  if (pool === undefined) {
    pool =
      "Deno" in globalThis
        ? null
        : startWorkerPool<HashJob, HashAnswer>(siblingModule(MODULE_URL, "./_hash-worker"), 1, HASH_WORKER, {
            idleUnref: true,
          });
  }
  return pool;
}

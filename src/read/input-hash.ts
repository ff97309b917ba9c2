/**
 * The SHA-256 of an input's bytes as they pass to its reader, for the run manifest
 * (docs/methodology.md §13.5). A large file (8 MiB or more) is hashed on a worker thread
 * (`_hash-worker.ts`), one for the whole process, which lets the process exit when idle: the main
 * thread posts a copy of each chunk as it passes (copying a MiB costs about a tenth of hashing
 * it) and takes the digest after the last. The copies are of exactly the chunks handed to the
 * reader, so a file that changes while it is read is hashed as it was parsed, as when the main
 * thread hashed it; no second read of the file is made. Small inputs, streams of unknown size
 * and runtimes without worker threads (Deno) are hashed on the main thread: for them a worker
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
/** Copies posted and not yet hashed past which the main thread waits: a bound of 8 MiB on them. */
const POSTED_MAX = 8;

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
  /** Takes the next bytes; a promise when the worker is behind and the caller should wait for it. */
  update(chunk: Uint8Array): Promise<void> | undefined;
  digest(): Promise<string>;
  /** Forgets an input read no further. */
  drop(): void;
}

function startHasher(name: string, offThread: boolean): Hasher {
  const pool = offThread ? hashPool() : null;
  if (pool === null) {
    const hash = createHash("sha256");
    return {
      update: (chunk) => {
        hash.update(chunk);
        return undefined;
      },
      digest: async () => hash.digest("hex"),
      drop: () => undefined,
    };
  }
  const input = nextInput++;
  const posted: Promise<unknown>[] = [];
  const post = (job: HashJob, transfer: readonly ArrayBuffer[] = []): Promise<HashAnswer> => {
    const answer = pool.run(job, transfer).then(
      ({ value }) => value,
      (error: unknown) => {
        // The next large input starts a worker of its own; this one's bytes are gone.
        forgetPool(pool);
        throw new Error(`${name}: the SHA-256 of the input could not be computed (${String(error)})`, {
          cause: error,
        });
      },
    );
    // A failure is met by the digest (every later job fails too); none goes unhandled meanwhile.
    answer.catch(() => undefined);
    return answer;
  };
  return {
    update(chunk) {
      // A copy of exactly these bytes, moved to the worker: the reader keeps the chunk.
      const copy = chunk.slice();
      posted.push(post({ input, bytes: copy }, [copy.buffer as ArrayBuffer]));
      return posted.length > POSTED_MAX
        ? (posted.shift() as Promise<unknown>).then(() => undefined)
        : undefined;
    },
    async digest() {
      await Promise.all(posted);
      return (await post({ input, end: "digest" })) as string;
    },
    drop() {
      void post({ input, end: "drop" });
    },
  };
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

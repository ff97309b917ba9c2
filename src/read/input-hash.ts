/**
 * The SHA-256 of an input's bytes as they pass to its reader, for the run manifest
 * (docs/methodology.md §13.5): one tap for `openWos` and the parallel load. `hashChunks` hashes
 * the bytes on the main thread as they pass, so the hash is of exactly the bytes parsed, even of
 * a file that changes while it is read. Hashing on a worker the chunks the main thread reads was
 * tried (2026-12-06, docs/benchmarks-log.md) and did not pay on the reference machine, whose two
 * vCPUs are one core's two hyperthreads: posting a copy of each chunk cost the main thread about
 * what hashing it did, and chunks read into shared memory made the parse itself slower.
 * `hashFileChunks` has a worker read the file on its own instead (nothing crosses threads but
 * the digest), far ahead of the parse, and checks that the file stayed the same the whole time
 * (its identity, size and modification time before the first byte is parsed and after both have
 * read it all), so that the hash is of the bytes parsed or the read fails.
 */

import { createHash } from "node:crypto";
import type { BigIntStats } from "node:fs";
import { stat } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import { CopubError } from "../diagnostics/errors.ts";

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

/**
 * The chunks, passed on unchanged and hashed and counted on the way.
 * @param chunks - the input's bytes as stored (before gunzip)
 * @param name - the input's name, for the error of a digest asked for too early
 * @example
 * const hashed = hashChunks(openSource("a.txt").chunks, "a.txt");
 * for await (const chunk of hashed.chunks) …;
 * hashed.sha256() // → "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
 */
export function hashChunks(chunks: AsyncIterable<Uint8Array>, name: string): HashedChunks {
  const hash = createHash("sha256");
  let digest: string | undefined;
  let bytes = 0;
  async function* tap(): AsyncIterable<Uint8Array> {
    for await (const chunk of chunks) {
      hash.update(chunk);
      bytes += chunk.length;
      yield chunk;
    }
    digest = hash.digest("hex");
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

/**
 * Files at least this large are hashed on a worker (`hashFileChunks`): starting one costs a few
 * tens of milliseconds, which hashing on the main thread (about 1.5 GB/s) repays from here on.
 */
export const WORKER_HASH_BYTES = 64 * 1024 ** 2;

/**
 * The chunks of a file, passed on unchanged and counted, while a worker thread reads the file on
 * its own and hashes it (`hashChunks` on the main thread for a file smaller than `minBytes`, or
 * when no worker can be started). Before the first chunk passes and after the last one has and
 * the worker is done, the file's device, inode, size, modification and change times are compared,
 * and the worker's byte count with the chunks': the two reads were of the same bytes, or the
 * chunks end in an error that says the file changed while it was read.
 * @param path - the file the chunks are read from (`openSource(path).chunks`, before gunzip)
 * @param chunks - its bytes as the caller reads them
 * @param name - the file's name in messages
 * @param minBytes - the smallest file hashed on a worker (default `WORKER_HASH_BYTES`)
 * @throws CopubError `unreadable` (from the chunks, after the last one) when the file changed
 *   while it was read, or the worker could not read it
 * @example
 * const hashed = hashFileChunks("big.txt", openSource("big.txt").chunks, "big.txt");
 * for await (const chunk of hashed.chunks) …;
 * hashed.sha256() // → "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
 */
export function hashFileChunks(
  path: string,
  chunks: AsyncIterable<Uint8Array>,
  name: string,
  minBytes = WORKER_HASH_BYTES,
): HashedChunks {
  let digest: string | undefined;
  let bytes = 0;
  // Whichever way the file is hashed, the main thread's tap when no worker does it.
  let here: HashedChunks | undefined;
  async function* tap(): AsyncIterable<Uint8Array> {
    const before = await fileStats(path);
    const worker =
      before !== undefined && before.size >= BigInt(minBytes) ? startHashWorker(path) : undefined;
    if (worker === undefined) {
      here = hashChunks(chunks, name);
      yield* here.chunks;
      return;
    }
    try {
      for await (const chunk of chunks) {
        bytes += chunk.length;
        yield chunk;
      }
      const hashed = await worker.result;
      const after = await fileStats(path);
      if (typeof hashed === "string") throw unreadable(name, `its SHA-256 could not be computed (${hashed})`);
      if (
        after === undefined ||
        !sameFile(before as BigIntStats, after) ||
        hashed.bytes !== bytes ||
        after.size !== BigInt(bytes)
      )
        throw unreadable(name, "the file changed while it was read: read it again once nothing writes to it");
      digest = hashed.sha256;
    } finally {
      // Read part way (a limit, an error, a consumer that broke off): the worker's read is let go.
      if (digest === undefined) await worker.stop();
    }
  }
  return {
    chunks: tap(),
    bytesRead: () => here?.bytesRead() ?? bytes,
    sha256: () => {
      if (here !== undefined) return here.sha256();
      if (digest === undefined)
        throw new Error(`${name}: SHA-256 asked for before the file was read to its end`);
      return digest;
    },
  };
}

/** What the hashing worker found: the digest and the bytes it read, or why it failed. */
type WorkerHash = { readonly sha256: string; readonly bytes: number } | string;

/** A hashing worker: its result once it is done, and a way to stop it before. */
interface HashWorker {
  readonly result: Promise<WorkerHash>;
  readonly stop: () => Promise<void>;
}

/**
 * The hashing worker's code: CommonJS evaluated as is (no module of copub to resolve, under tsx
 * as from dist/), reading the file with synchronous reads (the worker has nothing else to do).
 */
const HASH_WORKER = `
const { openSync, readSync, closeSync } = require("node:fs");
const { createHash } = require("node:crypto");
const { parentPort, workerData } = require("node:worker_threads");
try {
  const fd = openSync(workerData.path, "r");
  try {
    const hash = createHash("sha256");
    const buffer = Buffer.allocUnsafe(1 << 20);
    let bytes = 0;
    for (let read; (read = readSync(fd, buffer, 0, buffer.length, null)) > 0; bytes += read)
      hash.update(buffer.subarray(0, read));
    parentPort.postMessage({ sha256: hash.digest("hex"), bytes });
  } finally {
    closeSync(fd);
  }
} catch (error) {
  parentPort.postMessage(String(error instanceof Error ? error.message : error));
}
`;

/** Starts the worker hashing a file, or gives `undefined` when the runtime cannot start one. */
function startHashWorker(path: string): HashWorker | undefined {
  let worker: Worker;
  try {
    worker = new Worker(HASH_WORKER, { eval: true, workerData: { path } });
  } catch {
    return undefined;
  }
  const result = new Promise<WorkerHash>((resolve) => {
    worker.once("message", (message: WorkerHash) => resolve(message));
    worker.once("error", (error) => resolve(error.message));
    worker.once("exit", (code) => resolve(`the hashing thread stopped (exit code ${code})`));
  });
  return {
    result,
    stop: async () => {
      await worker.terminate();
    },
  };
}

/** The file's stats (with nanosecond times), or `undefined` when it cannot be looked at or is no regular file. */
async function fileStats(path: string): Promise<BigIntStats | undefined> {
  try {
    const stats = await stat(path, { bigint: true });
    return stats.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
}

/** The same file, unchanged as far as its stats tell: the same inode on the same device, size and times. */
function sameFile(a: BigIntStats, b: BigIntStats): boolean {
  return (
    a.dev === b.dev &&
    a.ino === b.ino &&
    a.size === b.size &&
    a.mtimeNs === b.mtimeNs &&
    a.ctimeNs === b.ctimeNs
  );
}

function unreadable(name: string, why: string): CopubError {
  return new CopubError("unreadable", `${name}: ${why}`, name);
}

/**
 * The SHA-256 of an input's bytes as they pass to its reader, for the run manifest
 * (docs/methodology.md §13.5): one tap for `openWos` and the parallel load. The bytes are hashed
 * on the main thread, as they pass, so the hash is of exactly the bytes parsed, even of a file
 * that changes while it is read, and no second read of the file is made. Hashing on a worker was
 * tried (2026-12-06, docs/benchmarks-log.md; measured while other work loaded the machine, not yet on
 * a quiet one) and did not pay on the reference machine, whose two vCPUs were one core's two
 * hyperthreads that day (two cores on 2026-12-07, not tried again): posting a copy of each chunk cost the main thread about what
 * hashing it did (the chunk read back from memory, out of the cache by then), and chunks read into
 * shared memory, hashed by the worker without a copy, made the parse itself slower.
 */
import { createHash } from "node:crypto";

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

/**
 * The worker thread of `input-hash.ts`: it keeps one SHA-256 per input being hashed and hashes
 * each chunk it is told of, in the order told (a port delivers in order), reading it where the
 * main thread's reader reads it, in shared memory (no copy is made); its answer lets the main
 * thread go on past a bound of chunks out. The input's end gives back the hex digest, a drop
 * forgets an input read no further. Hashing here moves the hash off the main thread: there it
 * took 0.6 ms a MiB, most of it reading the chunk back from memory after it had left the cache.
 */
import { createHash, type Hash } from "node:crypto";
import { workerData } from "node:worker_threads";
import { serveJobs } from "../common/worker-pool.ts";

/** What the main thread posts: an input's next bytes (where they lie in shared memory), its end, or its drop. */
export type HashJob =
  | {
      readonly input: number;
      readonly memory: SharedArrayBuffer;
      readonly at: number;
      readonly length: number;
    }
  | { readonly input: number; readonly end: "digest" | "drop" };

/** The answer: the hex digest at an input's end, else `null`. */
export type HashAnswer = string | null;

/** What the worker is started with: the mark that it is one. */
export const HASH_WORKER = { hashWorker: true } as const;

/**
 * Answers one job against the hashes under way.
 * @example
 * const hashes = new Map();
 * const memory = new SharedArrayBuffer(8);
 * new Uint8Array(memory).set(new TextEncoder().encode("abc"), 4);
 * hashJob(hashes, { input: 0, memory, at: 4, length: 3 }); // → null
 * hashJob(hashes, { input: 0, end: "digest" }); // → "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 */
export function hashJob(hashes: Map<number, Hash>, job: HashJob): HashAnswer {
  let hash = hashes.get(job.input);
  if ("memory" in job) {
    if (hash === undefined) {
      hash = createHash("sha256");
      hashes.set(job.input, hash);
    }
    hash.update(new Uint8Array(job.memory, job.at, job.length));
    return null;
  }
  hashes.delete(job.input);
  hash ??= createHash("sha256");
  return job.end === "digest" ? hash.digest("hex") : null;
}

if ((workerData as typeof HASH_WORKER | null)?.hashWorker === true) {
  const hashes = new Map<number, Hash>();
  serveJobs((job: HashJob) => ({ result: hashJob(hashes, job) }));
}

/**
 * The worker thread of `input-hash.ts`: it keeps one SHA-256 per input being hashed and feeds it
 * the copies of the input's chunks the main thread posts, in the order posted (a port delivers
 * in order); the input's end gives back the hex digest, a drop forgets an input read no further.
 * Hashing here instead of on the main thread moves the hash off the critical path of a read:
 * the main thread only copies each chunk (a tenth of what hashing it costs).
 */
import { createHash, type Hash } from "node:crypto";
import { workerData } from "node:worker_threads";
import { serveJobs } from "../common/worker-pool.ts";

/** What the main thread posts: an input's next bytes (transferred), its end, or its drop. */
export type HashJob =
  | { readonly input: number; readonly bytes: Uint8Array }
  | { readonly input: number; readonly end: "digest" | "drop" };

/** The answer: the hex digest at an input's end, else `null`. */
export type HashAnswer = string | null;

/** What the worker is started with: the mark that it is one. */
export const HASH_WORKER = { hashWorker: true } as const;

/**
 * Answers one job against the hashes under way.
 * @example
 * const hashes = new Map();
 * hashJob(hashes, { input: 0, bytes: new TextEncoder().encode("abc") }); // → null
 * hashJob(hashes, { input: 0, end: "digest" }); // → "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
 */
export function hashJob(hashes: Map<number, Hash>, job: HashJob): HashAnswer {
  if ("bytes" in job) {
    let hash = hashes.get(job.input);
    if (hash === undefined) {
      hash = createHash("sha256");
      hashes.set(job.input, hash);
    }
    hash.update(job.bytes);
    return null;
  }
  const hash = hashes.get(job.input) ?? createHash("sha256");
  hashes.delete(job.input);
  return job.end === "digest" ? hash.digest("hex") : null;
}

if ((workerData as typeof HASH_WORKER | null)?.hashWorker === true) {
  const hashes = new Map<number, Hash>();
  serveJobs((job: HashJob) => ({ result: hashJob(hashes, job) }));
}

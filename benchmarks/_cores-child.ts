/**
 * One workload of the cores probe (`cores.bench.ts`), run in a fresh Node process so that two of
 * them can run at once on two logical CPUs. It runs its workload once to warm up, then times it
 * and sends the milliseconds back. The workloads tell apart two logical CPUs that are two cores
 * from two that are one core's hyperthreads:
 * - `independent`: four independent float additions per step over a 32 KB array (fits L1). It
 *   keeps one core's adders busy, so two at once on one core's hyperthreads take twice as long.
 * - `chained`: one multiply that waits for the last one. It leaves a core mostly idle, so two at
 *   once take the same time on hyperthreads as on two cores (a check that uses only this kind of
 *   loop finds the cores "real" either way).
 * - `json`: `JSON.parse` of a 10 MB text, typical JavaScript work (parsing, allocating, GC), like
 *   copub's readers and corpus build.
 * - `sha256`: node:crypto's SHA-256 over 1 MiB chunks, the input hash of every run
 *   (`read/input-hash.ts`): whether hashing on another thread could pay here.
 *
 *   _cores-child.ts <independent|chained|json|sha256>
 */
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";

/** The probe's workloads by name. */
export const WORKLOADS = {
  independent(): number {
    const values = new Float64Array(4096).fill(1.5);
    let [a, b, c, d] = [0, 0, 0, 0];
    for (let round = 0; round < 40_000; round++) {
      for (let i = 0; i < values.length; i += 4) {
        a += values[i] as number;
        b += values[i + 1] as number;
        c += values[i + 2] as number;
        d += values[i + 3] as number;
      }
    }
    return a + b + c + d;
  },
  chained(): number {
    let x = 1;
    for (let i = 0; i < 100_000_000; i++) x = (Math.imul(x, 1103515245) + 12345) | 0;
    return x;
  },
  json(): number {
    const text = JSON.stringify(
      Array.from({ length: 150_000 }, (_, i) => ({ a: i, b: `x${i}`, c: [i, i + 1] })),
    );
    let total = 0;
    for (let round = 0; round < 2; round++) total += (JSON.parse(text) as unknown[]).length;
    return total;
  },
  sha256(): number {
    const chunk = new Uint8Array(1 << 20).map((_, i) => i % 251);
    const hash = createHash("sha256");
    for (let i = 0; i < 400; i++) hash.update(chunk);
    return hash.digest().length;
  },
} as const;

/** A workload's name. */
export type Workload = keyof typeof WORKLOADS;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const work = WORKLOADS[process.argv[2] as Workload];
  if (work === undefined) throw new Error(`unknown workload ${process.argv[2]}`);
  work();
  const start = performance.now();
  // The result goes out with the time, so the JIT cannot drop the loop as unused.
  const result = work();
  const ms = performance.now() - start;
  await new Promise<void>((resolve, reject) =>
    process.send?.({ ms, result }, undefined, undefined, (error) =>
      error === null ? resolve() : reject(error),
    ),
  );
  process.disconnect?.();
}

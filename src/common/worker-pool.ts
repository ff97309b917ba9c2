/**
 * Worker threads that all run one module and answer jobs: the pool behind the parallel load
 * (`corpus/_parallel-load.ts`) and the parallel count of `copub read` (`read/parallel-tally.ts`).
 * A job goes to the worker with the fewest jobs waiting and its answer comes back as the promise
 * of that job, with the worker that gave it (a caller may keep state per worker). A worker that
 * fails, or exits with jobs out, fails every job still out: the callers then read on one thread.
 * The worker side is `serveJobs`. Under tsx (the sources run as `.ts`: tests, `npm run copub`) a
 * worker does not inherit tsx's hooks, so it is started from a line of JavaScript that registers
 * them before importing the module.
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { parentPort, Worker } from "node:worker_threads";

/** An answer: the job's result and the index of the worker that gave it. */
export interface WorkerAnswer<Result> {
  readonly worker: number;
  readonly value: Result;
}

/** Worker threads taking jobs. */
export interface WorkerPool<Job, Result> {
  /** The number of workers. */
  readonly size: number;
  /** Jobs handed out and not yet answered. */
  waiting(): number;
  /** Hands a job to the worker with the fewest waiting; `transfer` lists buffers moved, not copied. */
  run(job: Job, transfer?: readonly ArrayBuffer[]): Promise<WorkerAnswer<Result>>;
  /** Stops every worker. */
  stop(): Promise<void>;
}

/** A job or its answer as it crosses: the pool's number for it, and the value. */
interface Envelope<T> {
  readonly id: number;
  readonly value: T;
}

/**
 * The worker module `name` beside the caller's module: `.ts` when the caller runs as `.ts`
 * (under tsx, in tests), `.js` in the built package.
 * @param callerUrl - the caller's `import.meta.url`
 * @param name - the module's path without extension, relative to the caller
 * @example
 * siblingModule("file:///p/src/corpus/_parallel-load.ts", "./_load-worker").href
 * // → "file:///p/src/corpus/_load-worker.ts"
 */
export function siblingModule(callerUrl: string, name: string): URL {
  return new URL(`${name}${callerUrl.endsWith(".ts") ? ".ts" : ".js"}`, callerUrl);
}

/**
 * Starts `size` workers running `module` (a `.js` module, or a `.ts` one under tsx).
 * @param module - the worker module's URL (`siblingModule`)
 * @param size - how many workers
 * @param workerData - what each worker is started with
 * @example
 * const pool = startWorkerPool<Job, Result>(siblingModule(import.meta.url, "./_w"), 1, null);
 * (await pool.run(job)).value // → the worker's answer to job
 */
export function startWorkerPool<Job, Result>(
  module: URL,
  size: number,
  workerData: unknown,
): WorkerPool<Job, Result> {
  const waiting = new Map<
    number,
    { readonly worker: number; resolve: (a: WorkerAnswer<Result>) => void; reject: (e: Error) => void }
  >();
  const load: number[] = [];
  let nextId = 0;
  let failure: Error | null = null;
  const workers = Array.from({ length: size }, (_, i) => {
    const worker = startWorker(module, workerData);
    load.push(0);
    worker.on("message", ({ id, value }: Envelope<Result>) => {
      load[i] = (load[i] as number) - 1;
      waiting.get(id)?.resolve({ worker: i, value });
      waiting.delete(id);
    });
    const fail = (error: Error): void => {
      failure ??= error;
      for (const { reject } of waiting.values()) reject(failure);
      waiting.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (waiting.size > 0) fail(new Error(`a worker thread exited with code ${code}`));
    });
    return worker;
  });
  return {
    size,
    waiting: () => waiting.size,
    run(job, transfer = []) {
      if (failure !== null) return Promise.reject(failure);
      const i = load.indexOf(Math.min(...load));
      load[i] = (load[i] as number) + 1;
      const id = nextId++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { worker: i, resolve, reject });
        const envelope: Envelope<Job> = { id, value: job };
        (workers[i] as Worker).postMessage(envelope, [...transfer]);
      });
    },
    async stop() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/**
 * The bytes in a buffer of their own, which can be moved to a worker: the view itself when it
 * spans its whole buffer, else a copy (moving a buffer that also holds other bytes, such as the
 * start of the next block, would detach them); a copy too for shared memory, which cannot be moved.
 * @example
 * const bytes = new Uint8Array(8);
 * ownBuffer(bytes) === bytes // → true
 * ownBuffer(bytes.subarray(2)).byteLength // → 6 (a copy)
 */
export function ownBuffer(bytes: Uint8Array): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole && bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice();
}

/**
 * Hands a job to the pool with its bytes moved to the worker, not copied (`ownBuffer`: copied
 * first only when their buffer holds other bytes too, which moving would take away from the
 * caller). After the call the caller's `bytes` may be detached.
 * @param pool - the workers
 * @param bytes - the bytes the job carries
 * @param jobWith - the job, made around the bytes that move
 * @example
 * await runMoving(pool, block.bytes, (bytes) => ({ ...job, bytes })) // → { worker: 0, value: the worker's answer }
 */
export function runMoving<Job, Result>(
  pool: WorkerPool<Job, Result>,
  bytes: Uint8Array,
  jobWith: (bytes: Uint8Array) => Job,
): Promise<WorkerAnswer<Result>> {
  const own = ownBuffer(bytes);
  return pool.run(jobWith(own), [own.buffer as ArrayBuffer]);
}

/**
 * The worker side: answers each job the pool sends with `answer`'s result (and moves the buffers
 * it lists). Does nothing on the main thread, so a module can both serve jobs and be imported.
 * @param answer - the job's result, and the buffers to move with it
 * @example
 * serveJobs((job: TallyJob) => ({ result: tallyBlock(job) }));
 */
export function serveJobs<Job, Result>(
  answer: (job: Job) => { readonly result: Result; readonly transfer?: readonly ArrayBuffer[] },
): void {
  const port = parentPort;
  if (port === null) return;
  port.on("message", ({ id, value }: Envelope<Job>) => {
    const { result, transfer = [] } = answer(value);
    const envelope: Envelope<Result> = { id, value: result };
    port.postMessage(envelope, [...transfer]);
  });
}

/**
 * This module's URL. Cast as shipped-sql.ts does: `deno check` of the library entry points types
 * `import.meta` without Node's `url` augmentation.
 */
const MODULE_URL = (import.meta as { readonly url: string }).url;

/** One worker: the module itself, or under tsx a line of JavaScript registering tsx's hooks first. */
function startWorker(module: URL, workerData: unknown): Worker {
  if (!module.pathname.endsWith(".ts")) return new Worker(module, { workerData });
  // The ESM build of tsx's API, beside the CommonJS one `require.resolve` finds.
  const cjs = createRequire(MODULE_URL).resolve("tsx/esm/api");
  const api = pathToFileURL(cjs.replace(/\.cjs$/, ".mjs")).href;
  const entry = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(entry, { eval: true, workerData, execArgv: process.execArgv });
}

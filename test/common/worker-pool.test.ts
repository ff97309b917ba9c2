import { describe, expect, it } from "vitest";
import {
  ownBuffer,
  runMoving,
  siblingModule,
  startWorkerPool,
  type WorkerPool,
} from "../../src/common/worker-pool.ts";

describe("siblingModule", () => {
  it("keeps the caller's extension", () => {
    expect(siblingModule("file:///p/src/corpus/a.ts", "./_w").href).toBe("file:///p/src/corpus/_w.ts");
    expect(siblingModule("file:///p/dist/corpus/a.js", "./_w").href).toBe("file:///p/dist/corpus/_w.js");
  });
});

describe("ownBuffer", () => {
  it("gives a view spanning its whole buffer as it is, and copies any other view", () => {
    const whole = new Uint8Array([1, 2, 3, 4]);
    expect(ownBuffer(whole)).toBe(whole);
    // A view of bytes 1-2 shares its buffer with bytes 0 and 3: a copy of the two bytes alone.
    const part = ownBuffer(whole.subarray(1, 3));
    expect([...part]).toEqual([2, 3]);
    expect(part.buffer.byteLength).toBe(2);
    expect(part.buffer).not.toBe(whole.buffer);
  });

  it("copies a view of shared memory, which cannot be moved, even one spanning it whole", () => {
    const shared = new Uint8Array(new SharedArrayBuffer(3));
    shared.set([7, 8, 9]);
    const own = ownBuffer(shared);
    expect([...own]).toEqual([7, 8, 9]);
    expect(own.buffer).toBeInstanceOf(ArrayBuffer);
  });
});

describe("runMoving", () => {
  /** A pool that keeps what it was handed and answers with the job's bytes. */
  const recording = () => {
    const handed: { job: { bytes: Uint8Array }; transfer: readonly ArrayBuffer[] }[] = [];
    const pool: WorkerPool<{ bytes: Uint8Array }, number[]> = {
      size: 1,
      waiting: () => 0,
      run: (job, transfer = []) => {
        handed.push({ job, transfer });
        return Promise.resolve({ worker: 0, value: [...job.bytes] });
      },
      stop: async () => {},
    };
    return { pool, handed };
  };

  it("moves a view spanning its buffer as it is, and a copy of any other view", async () => {
    const { pool, handed } = recording();
    const whole = new Uint8Array([1, 2, 3, 4]);
    expect((await runMoving(pool, whole, (bytes) => ({ bytes }))).value).toEqual([1, 2, 3, 4]);
    expect(handed[0]?.job.bytes).toBe(whole);
    expect(handed[0]?.transfer).toEqual([whole.buffer]);
    // Bytes 1-2 share their buffer with 0 and 3, which the caller keeps: a copy of the two moves.
    const part = whole.subarray(1, 3);
    expect((await runMoving(pool, part, (bytes) => ({ bytes }))).value).toEqual([2, 3]);
    expect(handed[1]?.job.bytes).not.toBe(part);
    expect(handed[1]?.transfer[0]?.byteLength).toBe(2);
  });
});

describe("startWorkerPool", () => {
  it("answers every job with its own result and spreads jobs over the workers", async () => {
    const pool = startWorkerPool<number, number>(siblingModule(import.meta.url, "./_echo-worker"), 2, null);
    try {
      const answers = await Promise.all([1, 2, 3, 4].map((n) => pool.run(n)));
      // Each job doubled, in the order asked, whichever worker answered.
      expect(answers.map((a) => a.value)).toEqual([2, 4, 6, 8]);
      // Four jobs handed out at once, two workers: each took two (the one with fewest waiting takes the next).
      expect(answers.map((a) => a.worker)).toEqual([0, 1, 0, 1]);
      expect(pool.waiting()).toBe(0);
    } finally {
      await pool.stop();
    }
  });

  it("fails the jobs out when a worker exits, and every later job", async () => {
    const pool = startWorkerPool<number, number>(siblingModule(import.meta.url, "./_echo-worker"), 1, null);
    try {
      await expect(pool.run(-1)).rejects.toThrow(/exited with code 3/);
      await expect(pool.run(5)).rejects.toThrow(/exited with code 3/);
    } finally {
      await pool.stop();
    }
  });
});

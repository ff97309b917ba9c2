// The ordered block scheduler with stand-in workers whose answers come back in any order: the
// results are added in file order whoever read them; this thread reads a block only when the
// workers have their fill; without a reader here it waits for the oldest; at most
// `workers × ahead + queued` blocks are out or waiting; a failure stops the blocks' source.
import { describe, expect, it } from "vitest";
import { scheduleBlocks } from "../../src/read/ordered-blocks.ts";

async function* numbers(count: number, closed: { value: boolean }): AsyncIterable<number> {
  try {
    for (let i = 0; i < count; i++) yield i;
  } finally {
    closed.value = true;
  }
}

/** Stand-in workers: each block answered after a delay that makes later blocks come back first. */
function standIn(workers: number) {
  let out = 0;
  let most = 0;
  return {
    workers,
    waiting: () => out,
    most: () => most,
    toWorker: (block: number): Promise<string> => {
      out++;
      most = Math.max(most, out);
      return new Promise((resolve) =>
        setTimeout(
          () => {
            out--;
            resolve(`w${block}`);
          },
          block % 3 === 0 ? 30 : 5,
        ),
      );
    },
  };
}

describe("scheduleBlocks(blocks, lanes, policy)", () => {
  it("adds every result in file order, reading here only when the workers have their fill", async () => {
    const pool = standIn(2);
    const added: string[] = [];
    const closed = { value: false };
    await scheduleBlocks(
      numbers(40, closed),
      { ...pool, readHere: (block) => `h${block}`, add: (result) => added.push(result) },
      { ahead: 2, queued: 1 },
    );
    expect(added.map((r) => Number(r.slice(1)))).toEqual(Array.from({ length: 40 }, (_, i) => i));
    // Both lanes were used; no worker ever had more than `ahead` blocks (2 workers × 2).
    expect(added.some((r) => r.startsWith("h"))).toBe(true);
    expect(added.some((r) => r.startsWith("w"))).toBe(true);
    expect(pool.most()).toBeLessThanOrEqual(4);
    expect(closed.value).toBe(true);
  });

  it("with no reader here, every block goes to the workers, still added in file order", async () => {
    const pool = standIn(1);
    const added: string[] = [];
    let pending = 0;
    let mostPending = 0;
    await scheduleBlocks(
      numbers(20, { value: false }),
      {
        ...pool,
        toWorker: (block) => {
          pending++;
          mostPending = Math.max(mostPending, pending);
          return pool.toWorker(block);
        },
        readHere: null,
        add: (result) => {
          pending--;
          added.push(result);
        },
      },
      { ahead: 3, queued: 2 },
    );
    expect(added).toEqual(Array.from({ length: 20 }, (_, i) => `w${i}`));
    // Out or waiting to be added: at most 1 worker × 3 ahead + 2 queued.
    expect(mostPending).toBeLessThanOrEqual(5);
  });

  it("reads ahead here while a worker's older block is out, up to workers × ahead + queued, in file order", async () => {
    // One worker whose first block takes 80 ms and the others 1 ms (`copub read --threads 2`'s
    // policy: 3 ahead, 8 queued). Blocks 0–2 go to the worker; blocks 3–10 are read here while
    // block 0 is out (3 + 8 = 11 dispatched and not added), then the scheduler waits for block 0
    // and adds the eleven in order before it takes block 11.
    let out = 0;
    let pending = 0;
    let mostPending = 0;
    const dispatched = (): void => {
      pending++;
      mostPending = Math.max(mostPending, pending);
    };
    const added: string[] = [];
    await scheduleBlocks(
      numbers(30, { value: false }),
      {
        workers: 1,
        waiting: () => out,
        toWorker: (block) => {
          out++;
          dispatched();
          return new Promise<string>((resolve) =>
            setTimeout(
              () => {
                out--;
                resolve(`w${block}`);
              },
              block === 0 ? 80 : 1,
            ),
          );
        },
        readHere: (block) => {
          dispatched();
          return `h${block}`;
        },
        add: (result) => {
          pending--;
          added.push(result);
        },
      },
      { ahead: 3, queued: 8 },
    );
    expect(added.map((r) => Number(r.slice(1)))).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(added.slice(0, 11)).toEqual(["w0", "w1", "w2", "h3", "h4", "h5", "h6", "h7", "h8", "h9", "h10"]);
    expect(mostPending).toBe(11);
  });

  it("with no worker, reads every block here", async () => {
    const added: string[] = [];
    await scheduleBlocks(
      numbers(5, { value: false }),
      {
        workers: 0,
        waiting: () => 0,
        toWorker: () => Promise.reject(new Error("no worker")),
        readHere: (block) => `h${block}`,
        add: (result) => added.push(result),
      },
      { ahead: 2, queued: 1 },
    );
    expect(added).toEqual(["h0", "h1", "h2", "h3", "h4"]);
  });

  it("a failed block stops the scheduler with its error and closes the blocks' source", async () => {
    const pool = standIn(2);
    const closed = { value: false };
    const run = scheduleBlocks(
      numbers(30, closed),
      {
        ...pool,
        toWorker: (block) =>
          block === 7 ? Promise.reject(new Error("block 7 failed")) : pool.toWorker(block),
        readHere: null,
        add: () => undefined,
      },
      { ahead: 2, queued: 1 },
    );
    await expect(run).rejects.toThrow("block 7 failed");
    expect(closed.value).toBe(true);
  });
});

/**
 * The one scheduler of blocks read on threads and added in file order: the parallel corpus load
 * (`corpus/_parallel-load.ts`, whose results are packed papers) and the parallel count of
 * `copub read` (`parallel-tally.ts`, whose results are counts) both run a file's record-aligned
 * blocks through it. Blocks are taken in file order; each goes to a worker while the workers have
 * room (`ahead` blocks each out), else this thread reads it itself (`readHere`; a caller without
 * one waits for the oldest instead); results are added oldest first, each as soon as every block
 * before it is added, so the caller numbers a block's items by the items before it. The next
 * block is asked for (its bytes read, the next cut found) before this thread reads one, so the
 * file's reads overlap the work. Memory is bounded: at most `workers × ahead + queued` blocks
 * are out or waiting to be added. What a result is and how it is added is the caller's.
 */

/** Where a file's blocks go and how their results are added. */
export interface BlockLanes<Block, Result> {
  /** The number of workers (0: every block is read here). */
  readonly workers: number;
  /** Blocks handed to the workers and not yet answered (all files' and callers'). */
  readonly waiting: () => number;
  /** Hands a block to a worker: its result, later. */
  readonly toWorker: (block: Block) => Promise<Result>;
  /** Reads a block on this thread; `null` when this thread reads none (the workers read every block). */
  readonly readHere: ((block: Block) => Result) | null;
  /** Adds a block's result; called in file order. */
  readonly add: (result: Result) => void;
}

/** How far the scheduler runs ahead of the adding. */
export interface BlockPolicy {
  /** Blocks out per worker before this thread reads one itself (or waits). */
  readonly ahead: number;
  /** Results waiting to be added past those out, beyond which this thread waits for the oldest. */
  readonly queued: number;
}

/** A block handed out, in file order: its result once it is in (at once for one read here). */
interface Slot<Result> {
  ready: boolean;
  value: Result | undefined;
  readonly result: Promise<Result> | null;
}

/**
 * Runs a file's blocks through the workers and this thread, adding their results in file order.
 * @param blocks - the file's blocks, in order
 * @param lanes - the workers, this thread's reader and the adder
 * @param policy - blocks out per worker, results waiting
 * @throws whatever `toWorker`'s result, `readHere` or `add` throws (the blocks still out are let go)
 * @example
 * await scheduleBlocks(plainTextBlocks(chunks), { workers: 1, waiting: pool.waiting, toWorker, readHere, add }, { ahead: 2, queued: 1 });
 * // add → the result of block 0, of block 1, … in file order, whoever read them
 */
export async function scheduleBlocks<Block, Result>(
  blocks: AsyncIterable<Block>,
  lanes: BlockLanes<Block, Result>,
  policy: BlockPolicy,
): Promise<void> {
  const { workers, waiting, toWorker, readHere, add } = lanes;
  const out = workers * policy.ahead;
  const queue: Slot<Result>[] = [];
  const addOldest = async (): Promise<void> => {
    const slot = queue.shift() as Slot<Result>;
    add(slot.ready ? (slot.value as Result) : await (slot.result as Promise<Result>));
  };
  const iterator = blocks[Symbol.asyncIterator]();
  let next = iterator.next();
  let finished = false;
  try {
    for (;;) {
      while (queue[0]?.ready === true) await addOldest();
      if (queue.length >= out + policy.queued) {
        await addOldest();
        continue;
      }
      const taken = await next;
      if (taken.done === true) break;
      const block = taken.value;
      if (waiting() < out || (readHere === null && queue.length === 0)) {
        next = iterator.next();
        const result = toWorker(block);
        const slot: Slot<Result> = { ready: false, value: undefined, result };
        // A block still out when a later one fails must not fail the process as unhandled.
        result.then(
          (value) => {
            slot.ready = true;
            slot.value = value;
          },
          () => undefined,
        );
        queue.push(slot);
      } else if (readHere !== null) {
        // The next block is read from the file while this one is read here.
        next = iterator.next();
        queue.push({ ready: true, value: readHere(block), result: null });
      } else {
        // The workers have their fill and this thread reads none: the oldest first.
        await addOldest();
        next = Promise.resolve(taken);
      }
    }
    while (queue.length > 0) await addOldest();
    finished = true;
  } finally {
    if (!finished) {
      // Given up: the block asked for is let go and the blocks' source closed.
      next.catch(() => undefined);
      try {
        await iterator.return?.();
      } catch {
        // The error that stopped the blocks is the one to report.
      }
    }
  }
}

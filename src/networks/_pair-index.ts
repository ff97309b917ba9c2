/**
 * An open-addressing hash index from node-index pairs `(lo, hi)` to dense edge numbers 0, 1, 2, …
 * in order of first sight. A `Map` keyed by strings would allocate a string per pair, and a
 * `Map` holds at most 2^24 entries; an author network over a large corpus has more edges.
 */
import { grownArray } from "../common/grown-array.ts";
import { murmurFinalizer } from "../common/murmur-finalizer.ts";

/** Dense numbering of unordered node pairs. */
export interface PairIndex {
  /** Number of distinct pairs seen. */
  readonly size: number;
  /** The number of pair `(lo, hi)`, assigning the next one when the pair is new. */
  add(lo: number, hi: number): number;
  /** The number of pair `(lo, hi)`, or -1 when it was never added. */
  get(lo: number, hi: number): number;
  /** The smaller node index of pair number `e`. */
  lo(e: number): number;
  /** The larger node index of pair number `e`. */
  hi(e: number): number;
}

/**
 * Creates an empty pair index.
 * @example
 * const pairs = pairIndex(); pairs.add(0, 2); pairs.add(1, 2); pairs.add(0, 2) // → 0
 * pairs.size // → 2
 */
export function pairIndex(): PairIndex {
  let slots = new Int32Array(1024).fill(-1);
  let los = new Int32Array(512);
  let his = new Int32Array(512);
  let size = 0;

  const find = (lo: number, hi: number): number => {
    const mask = slots.length - 1;
    let slot = hash(lo, hi) & mask;
    for (;;) {
      const e = slots[slot] as number;
      if (e === -1 || (los[e] === lo && his[e] === hi)) return slot;
      slot = (slot + 1) & mask;
    }
  };

  const rehash = (): void => {
    slots = new Int32Array(slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let e = 0; e < size; e++) {
      let slot = hash(los[e] as number, his[e] as number) & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = e;
    }
  };

  return {
    get size() {
      return size;
    },
    add(lo, hi) {
      const slot = find(lo, hi);
      const known = slots[slot] as number;
      if (known !== -1) return known;
      if (size === los.length) {
        los = grownArray(los);
        his = grownArray(his);
      }
      const e = size++;
      los[e] = lo;
      his[e] = hi;
      slots[slot] = e;
      // Keep the load factor at or below 1/2 so that linear probing stays short.
      if (size * 2 > slots.length) rehash();
      return e;
    },
    get(lo, hi) {
      return slots[find(lo, hi)] as number;
    },
    lo: (e) => los[e] as number,
    hi: (e) => his[e] as number,
  };
}

function hash(lo: number, hi: number): number {
  return murmurFinalizer(Math.imul(lo, 0x9e3779b1) ^ hi) >>> 0;
}

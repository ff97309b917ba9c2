/**
 * A binary min-heap of (distance, node) entries for Dijkstra, on typed arrays. Equal distances pop
 * the smaller node index first, so the settling order — and the order in which floating sums are
 * accumulated afterwards — is fixed by the graph alone. Stale entries are left in and skipped by
 * the caller (lazy deletion).
 */

/** A min-heap of (distance, node) pairs. */
export interface MinHeap {
  /** Entries in the heap. */
  readonly size: number;
  /** Adds an entry. */
  push(distance: number, node: number): void;
  /** Removes the smallest entry and returns its node; its distance is then `lastDistance`. */
  pop(): number;
  /** Distance of the entry `pop` returned last. */
  readonly lastDistance: number;
  /** Empties the heap. */
  clear(): void;
}

/**
 * Creates an empty heap.
 * @param capacity - initial capacity (grows by doubling)
 * @example
 * const heap = minHeap(); heap.push(2, 0); heap.push(1, 5); heap.push(1, 3);
 * heap.pop() // → 3 (distance 1, smaller node index first)
 */
export function minHeap(capacity = 64): MinHeap {
  let keys = new Float64Array(Math.max(1, capacity));
  let nodes = new Int32Array(Math.max(1, capacity));
  let size = 0;
  let lastDistance = 0;
  const less = (a: number, b: number): boolean =>
    (keys[a] as number) < (keys[b] as number) ||
    (keys[a] === keys[b] && (nodes[a] as number) < (nodes[b] as number));
  const swap = (a: number, b: number): void => {
    const k = keys[a] as number;
    keys[a] = keys[b] as number;
    keys[b] = k;
    const v = nodes[a] as number;
    nodes[a] = nodes[b] as number;
    nodes[b] = v;
  };
  return {
    get size() {
      return size;
    },
    get lastDistance() {
      return lastDistance;
    },
    push(distance, node) {
      if (size === keys.length) {
        const k = new Float64Array(size * 2);
        k.set(keys);
        keys = k;
        const v = new Int32Array(size * 2);
        v.set(nodes);
        nodes = v;
      }
      keys[size] = distance;
      nodes[size] = node;
      let i = size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!less(i, parent)) break;
        swap(i, parent);
        i = parent;
      }
    },
    pop() {
      const node = nodes[0] as number;
      lastDistance = keys[0] as number;
      size--;
      if (size > 0) {
        keys[0] = keys[size] as number;
        nodes[0] = nodes[size] as number;
        let i = 0;
        for (;;) {
          const left = 2 * i + 1;
          const right = left + 1;
          let smallest = i;
          if (left < size && less(left, smallest)) smallest = left;
          if (right < size && less(right, smallest)) smallest = right;
          if (smallest === i) break;
          swap(i, smallest);
          i = smallest;
        }
      }
      return node;
    },
    clear() {
      size = 0;
    },
  };
}

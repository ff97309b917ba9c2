import { describe, expect, it } from "vitest";
import { minHeap } from "../../src/networks/_min-heap.ts";

describe("minHeap(capacity)", () => {
  it("pops by distance, equal distances by smaller node, and remembers the distance", () => {
    const heap = minHeap(1);
    for (const [distance, node] of [
      [2, 0],
      [1, 5],
      [1, 3],
      [0.5, 9],
      [2, 1],
    ] as const)
      heap.push(distance, node);
    const popped: [number, number][] = [];
    while (heap.size > 0) {
      const node = heap.pop();
      popped.push([heap.lastDistance, node]);
    }
    expect(popped).toEqual([
      [0.5, 9],
      [1, 3],
      [1, 5],
      [2, 0],
      [2, 1],
    ]);
  });

  it("empties on clear", () => {
    const heap = minHeap();
    heap.push(1, 1);
    heap.clear();
    expect(heap.size).toBe(0);
  });
});

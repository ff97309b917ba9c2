import { describe, expect, it } from "vitest";
import { sortSmall } from "../../src/normalize/_sort-small.ts";

const byNumber = (a: { n: number }, b: { n: number }) => a.n - b.n;

describe("sortSmall(items, compare): a paper's short lists sorted in place", () => {
  it("orders a short list and keeps equal items in the order they came (stable)", () => {
    const items = [
      { n: 2, id: "a" },
      { n: 1, id: "b" },
      { n: 2, id: "c" },
      { n: 0, id: "d" },
      { n: 1, id: "e" },
    ];
    const sorted = sortSmall(items, byNumber);
    expect(sorted).toBe(items);
    expect(sorted.map((i) => i.id).join("")).toBe("dbeac");
  });

  it("sorts lists past the insertion limit the same way, stably", () => {
    // 40 items, n = i mod 3, ids in input order: the 0s come first (ids 0, 3, 6, …), then the 1s.
    const items = Array.from({ length: 40 }, (_, i) => ({ n: i % 3, id: i }));
    const sorted = sortSmall(items, byNumber);
    expect(sorted.slice(0, 3).map((i) => i.id)).toEqual([0, 3, 6]);
    expect(sorted[13]).toEqual({ n: 0, id: 39 });
    expect(sorted[14]).toEqual({ n: 1, id: 1 });
    expect(sorted[39]).toEqual({ n: 2, id: 38 });
  });

  it("leaves an empty list and a list of one as they are", () => {
    expect(sortSmall([], byNumber)).toEqual([]);
    expect(sortSmall([{ n: 5 }], byNumber)).toEqual([{ n: 5 }]);
  });
});

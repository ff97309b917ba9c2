import { describe, expect, it } from "vitest";
import { pairIndex } from "../../src/networks/_pair-index.ts";

describe("pairIndex()", () => {
  it("numbers pairs in order of first sight and finds them again", () => {
    const pairs = pairIndex();
    expect([pairs.add(0, 2), pairs.add(1, 2), pairs.add(0, 2)]).toEqual([0, 1, 0]);
    expect(pairs.size).toBe(2);
    expect([pairs.get(1, 2), pairs.get(2, 1), pairs.get(0, 1)]).toEqual([1, -1, -1]);
    expect([pairs.lo(1), pairs.hi(1)]).toEqual([1, 2]);
  });

  it("keeps every pair through many rehashes", () => {
    const pairs = pairIndex();
    let e = 0;
    for (let lo = 0; lo < 300; lo++)
      for (let hi = lo + 1; hi < 300; hi += 7) expect(pairs.add(lo, hi)).toBe(e++);
    expect(pairs.size).toBe(e);
    let check = 0;
    for (let lo = 0; lo < 300; lo++)
      for (let hi = lo + 1; hi < 300; hi += 7) expect(pairs.get(lo, hi)).toBe(check++);
  });
});

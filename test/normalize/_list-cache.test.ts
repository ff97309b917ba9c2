// The cache from a list of strings to a pure function's value (WC lists, DT lists).
import { describe, expect, it } from "vitest";
import { createListCache } from "../../src/normalize/_list-cache.ts";

/** A cached function that records the lists it was really called with. */
function counted(limit = 100) {
  const calls: string[][] = [];
  const cached = createListCache((list) => {
    calls.push(list);
    return { joined: list.join("|"), length: list.length };
  }, limit);
  return { cached, calls };
}

describe("createListCache(make, limit)", () => {
  it("calls make once per list and gives the same value for an equal list", () => {
    const { cached, calls } = counted();
    const first = cached(["Ecology", "Zoology"]);
    // A different array with the same strings is the same list.
    expect(cached(["Ecology", "Zoology"])).toBe(first);
    expect(first).toEqual({ joined: "Ecology|Zoology", length: 2 });
    expect(calls).toEqual([["Ecology", "Zoology"]]);
  });

  it("never lets two different lists share an entry: prefixes, the empty list, separators inside strings", () => {
    const { cached, calls } = counted();
    const lists = [[], [""], ["a"], ["a", "b"], ["a,b"], ["a\u0000b"], ["a", "b", ""], ["b", "a"]];
    const values = lists.map((list) => cached(list));
    // Eight lists, eight calls, and each value is its own list's.
    expect(calls).toEqual(lists);
    expect(values.map((v) => v.length)).toEqual([0, 1, 1, 2, 1, 1, 3, 2]);
    expect(lists.map((list) => cached(list))).toEqual(values);
    expect(calls).toHaveLength(8);
  });

  it("starts afresh after `limit` lists: a list seen before the reset is made again", () => {
    const { cached, calls } = counted(2);
    cached(["x"]);
    cached(["y"]);
    // The cache holds 2 lists; a third empties it first, so ["x"] is made a second time.
    cached(["z"]);
    cached(["z"]);
    cached(["x"]);
    expect(calls).toEqual([["x"], ["y"], ["z"], ["x"]]);
  });

  it("gives make a copy of the list, not the caller's array", () => {
    const { cached, calls } = counted();
    const list = ["Physics, Applied"];
    cached(list);
    expect(calls[0]).toEqual(list);
    expect(calls[0]).not.toBe(list);
  });
});

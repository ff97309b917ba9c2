// sortedKeys: the same counts, keys in code-unit order (upper case before lower, "a-b" before "ab").
import { describe, expect, it } from "vitest";
import { sortedKeys } from "../../src/common/sorted-keys.ts";

describe("sortedKeys", () => {
  it("keeps every count and orders the keys by code unit", () => {
    const sorted = sortedKeys({ ab: 1, "a-b": 2, B: 3, a: 4 });
    expect(Object.keys(sorted)).toEqual(["B", "a", "a-b", "ab"]);
    expect(sorted).toEqual({ ab: 1, "a-b": 2, B: 3, a: 4 });
    expect(sortedKeys({})).toEqual({});
  });
});

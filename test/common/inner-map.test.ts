import { describe, expect, it } from "vitest";
import { innerMap } from "../../src/common/inner-map.ts";

describe("innerMap", () => {
  it("makes the inner map once and hands back the same one after", () => {
    const outer = new Map<string, Map<number, string>>();
    innerMap(outer, "a").set(1, "x");
    innerMap(outer, "a").set(2, "y");
    innerMap(outer, "b");
    expect([...outer.keys()]).toEqual(["a", "b"]);
    expect([...(outer.get("a") ?? [])]).toEqual([
      [1, "x"],
      [2, "y"],
    ]);
    expect(outer.get("b")?.size).toBe(0);
  });

  it("works over a WeakMap keyed by objects", () => {
    const key = {};
    const outer = new WeakMap<object, Map<string, number>>();
    innerMap(outer, key).set("n", 1);
    expect(innerMap(outer, key).get("n")).toBe(1);
    expect(innerMap(outer, {}).size).toBe(0);
  });
});

// listOf, RowList and positionAt: the reads of Array.prototype.at (negative indexes from the end,
// NaN as 0, fractions cut, undefined outside) and iteration in order; a RowList's own fields make
// two lists of equal data deeply equal.
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { listOf, positionAt, RowList } from "../../src/common/list-like.ts";

/** A list of the squares of its rows, its data (the count) in an own field. */
class Squares extends RowList<number> {
  constructor(readonly length: number) {
    super();
  }
  protected itemAt(row: number): number {
    return row * row;
  }
}

describe("positionAt", () => {
  it("reads as Array.prototype.at does", () => {
    const array = ["a", "b", "c"];
    for (const index of [0, 2, 3, -1, -3, -4, 1.9, -1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const position = positionAt(index, array.length);
      expect(position === undefined ? undefined : array[position]).toBe(array.at(index));
    }
    expect(positionAt(0, 0)).toBeUndefined();
  });
});

describe("listOf and RowList", () => {
  it("give the items by position and in order, as the array of the same items", () => {
    // The squares of 0, 1, 2, 3: 0, 1, 4, 9.
    for (const list of [listOf(4, (i) => i * i), new Squares(4)]) {
      expect([...list]).toEqual([0, 1, 4, 9]);
      expect([list.at(0), list.at(-1), list.at(-4), list.at(4), list.at(-5)]).toEqual([
        0,
        9,
        0,
        undefined,
        undefined,
      ]);
      expect(list.length).toBe(4);
    }
  });

  it("make a RowList of equal data deeply equal, and of other data not", () => {
    expect(isDeepStrictEqual(new Squares(3), new Squares(3))).toBe(true);
    expect(new Squares(3)).toEqual(new Squares(3));
    expect(isDeepStrictEqual(new Squares(3), new Squares(4))).toBe(false);
  });
});

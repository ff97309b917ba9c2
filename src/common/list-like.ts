/**
 * A list that a function reads by position or passes over more than once: arrays are one, and so
 * is a corpus's `PaperTable` (corpus/paper-table.ts), which stores its papers by column.
 */
export interface ListLike<T> extends Iterable<T> {
  /** Number of items. */
  readonly length: number;
  /**
   * The item at `index` (a negative index counts from the end, as `Array.prototype.at`), or
   * `undefined` outside the list.
   */
  at(index: number): T | undefined;
}

/**
 * A list of `length` items, the item at each index made by `itemAt` (0 ≤ index < length) each time
 * it is asked for: a view that holds nothing of its own.
 * @example
 * const squares = listOf(3, (i) => i * i);
 * [...squares] // → [0, 1, 4]
 * squares.at(-1) // → 4
 */
export function listOf<T>(length: number, itemAt: (index: number) => T): ListLike<T> {
  return {
    length,
    at(index) {
      const i = positionAt(index, length);
      return i === undefined ? undefined : itemAt(i);
    },
    *[Symbol.iterator]() {
      for (let i = 0; i < length; i++) yield itemAt(i);
    },
  };
}

/**
 * A `ListLike` whose item at each row is made by `itemAt`, for lists that keep their data in
 * fields of their own (a class instance's own enumerable fields, so that two lists holding equal
 * data are deeply equal, as `toEqual` and `isDeepStrictEqual` compare, which `listOf`'s closures
 * would hide). A subclass sets `length` and makes an item from a row in range.
 * @example
 * class Squares extends RowList<number> { readonly length = 3; protected itemAt(row: number) { return row * row; } }
 * [...new Squares()] // → [0, 1, 4]
 */
export abstract class RowList<T> implements ListLike<T> {
  abstract readonly length: number;
  /** The item at a row, 0 ≤ row < length. */
  protected abstract itemAt(row: number): T;
  at(index: number): T | undefined {
    const row = positionAt(index, this.length);
    return row === undefined ? undefined : this.itemAt(row);
  }
  *[Symbol.iterator](): Iterator<T> {
    for (let row = 0; row < this.length; row++) yield this.itemAt(row);
  }
}

/**
 * The position `Array.prototype.at(index)` reads in a list of `length`: the index made whole (NaN
 * is 0), a negative one counted from the end; `undefined` outside the list.
 * @example
 * positionAt(-1, 3) // → 2
 * positionAt(3, 3) // → undefined
 */
export function positionAt(index: number, length: number): number | undefined {
  const whole = Number.isNaN(index) ? 0 : Math.trunc(index);
  const position = whole < 0 ? whole + length : whole;
  return position >= 0 && position < length ? position : undefined;
}

/**
 * The items of two sequences, each already in order, merged into one order: each item tagged
 * with the side it came from. Both are read one item at a time, never copied.
 * @param first - whether `left` comes before `right` (ties: return `true` to take the left one first)
 * @example
 * [...mergeSorted([1, 4], [2, 3], (l, r) => l <= r)]
 * // → [{ left: 1 }, { right: 2 }, { right: 3 }, { left: 4 }]
 */
export function* mergeSorted<L, R>(
  left: Iterable<L>,
  right: Iterable<R>,
  first: (left: L, right: R) => boolean,
): Generator<{ readonly left: L } | { readonly right: R }> {
  const lefts = left[Symbol.iterator]();
  const rights = right[Symbol.iterator]();
  let l = lefts.next();
  let r = rights.next();
  while (!l.done || !r.done) {
    if (r.done || (!l.done && first(l.value, r.value))) {
      yield { left: l.value as L };
      l = lefts.next();
    } else {
      yield { right: r.value };
      r = rights.next();
    }
  }
}

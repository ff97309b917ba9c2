/**
 * A list mapped one item at a time, as it is read: the network writers turn millions of edges
 * into the objects or lines a format writes without holding them all at once.
 */

/**
 * Yields `make(item, index)` for each item in order.
 * @example
 * [...mapped(["a", "b"], (x, i) => `${i}${x}`)] // → ["0a", "1b"]
 */
export function* mapped<T, U>(
  items: readonly T[],
  make: (item: T, index: number) => U,
): Generator<U, void, undefined> {
  for (let i = 0; i < items.length; i++) yield make(items[i] as T, i);
}

/**
 * A record of counts with its keys in code-unit order, so that JSON written from it is the same
 * bytes whatever order the counts were made in.
 * @example
 * Object.keys(sortedKeys({ b: 1, a: 2 })) // → ["a", "b"]
 */
export function sortedKeys<K extends string>(counts: Partial<Record<K, number>>): Partial<Record<K, number>> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1))) as Partial<
    Record<K, number>
  >;
}

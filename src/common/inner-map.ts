/**
 * The inner map of a map of maps, made empty on first use. Lookups keyed by several parts (period,
 * then field, then owner; sets, then citation count) go through nested maps rather than a key text
 * joined per lookup, which would allocate a string for every paper; this is the one step they repeat.
 */

/**
 * The map stored under `key`, or a new empty one stored there first.
 * @example
 * const byYear = new Map<string, Map<number, number>>();
 * innerMap(byYear, "chem").set(2020, 1);
 * byYear.get("chem")?.get(2020) // → 1
 */
export function innerMap<K, L, V>(
  outer: Map<K, Map<L, V>> | (K extends object ? WeakMap<K, Map<L, V>> : never),
  key: K,
): Map<L, V> {
  let inner = outer.get(key);
  if (inner === undefined) {
    inner = new Map();
    outer.set(key, inner);
  }
  return inner;
}

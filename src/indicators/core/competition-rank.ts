/**
 * Competition ranking of countries by a count, as docs/methodology.md ranks countries in the world
 * (§4.6) and partners (§9.2): the largest count first, equal counts share a rank and the next rank
 * skips (1, 1, 3), and equal counts are shown by ISO 3166-1 alpha-3 ascending, then by key, so
 * the order never depends on input order.
 */
import { compareCodeUnits } from "../../common/compare-code-units.ts";
import { countryAlpha3 } from "../../normalize/country-codes.ts";

/** An item with its 1-based competition rank. */
export interface Ranked<T> {
  /** The item. */
  readonly item: T;
  /** `1 + |{items with a larger count}|`. */
  readonly rank: number;
}

/**
 * Sorts items by count descending (equal counts by alpha-3, then key) and gives each its
 * competition rank.
 * @param items - the items, in any order
 * @param count - the count an item is ranked by
 * @param country - the item's country key
 * @param tolerance - counts closer than this are equal; default 0 (exact counts)
 * @example
 * competitionRanks([["GB", 3], ["CA", 1], ["CN", 3]], ([, n]) => n, ([c]) => c).map((r) => [r.item[0], r.rank])
 * // → [["CN", 1], ["GB", 1], ["CA", 3]]
 */
export function competitionRanks<T>(
  items: readonly T[],
  count: (item: T) => number,
  country: (item: T) => string,
  tolerance = 0,
): Ranked<T>[] {
  const equal = (a: number, b: number) => Math.abs(a - b) <= tolerance;
  const sorted = [...items].sort((a, b) =>
    equal(count(a), count(b)) ? compareAlpha3(country(a), country(b)) : count(b) - count(a),
  );
  let rank = 0;
  let previous = Number.NaN;
  return sorted.map((item, i) => {
    if (!equal(count(item), previous)) [rank, previous] = [i + 1, count(item)];
    return { item, rank };
  });
}

/**
 * Orders country keys by ISO alpha-3 (the key itself when it has none), then by key.
 * @example
 * ["GB", "DE"].sort(compareAlpha3) // → ["DE", "GB"] (DEU before GBR)
 */
export function compareAlpha3(a: string, b: string): number {
  return compareCodeUnits(countryAlpha3(a) ?? a, countryAlpha3(b) ?? b) || compareCodeUnits(a, b);
}

/**
 * Builders of `PaperWeights` shared by the counting methods: numerators over a common denominator
 * reduced to lowest terms, and unit counts per country.
 */
import { compareCodeUnits } from "../../common/compare-code-units.ts";
import { gcd } from "../core/fraction.ts";
import type { CountingWarning, ExactShare, PaperWeights } from "./country-weights.ts";

/**
 * Builds a paper's weights from integer numerators over one common denominator, reducing each
 * fraction to lowest terms. Numerators are bigints so that author-based methods, whose common
 * denominator is `n(p)` times a least common multiple, stay exact on hyper-authored papers.
 * @param countries - `C(p)`, sorted by key
 * @param numerators - numerator per country over `denominator`; a missing country gets 0
 * @param denominator - the common denominator, positive
 * @param warnings - warnings the method recorded
 * @example
 * weightsOverDenominator(["JP", "US"], new Map([["JP", 2n], ["US", 1n]]), 3n, [])
 * // → { weights: [{ country: "JP", numerator: 2, denominator: 3, weight: 0.666… }, { country: "US", numerator: 1, denominator: 3, … }], total: { numerator: 1, denominator: 1, weight: 1 }, warnings: [] }
 */
export function weightsOverDenominator(
  countries: readonly string[],
  numerators: ReadonlyMap<string, bigint>,
  denominator: bigint,
  warnings: readonly CountingWarning[],
): PaperWeights {
  let sum = 0n;
  const weights = [...countries].sort(compareCodeUnits).map((country) => {
    const numerator = numerators.get(country) ?? 0n;
    sum += numerator;
    return { country, ...exactShare(numerator, denominator) };
  });
  return { weights, total: exactShare(sum, denominator), warnings: [...new Set(warnings)].sort() };
}

function exactShare(numerator: bigint, denominator: bigint): ExactShare {
  const divisor = numerator === 0n ? denominator : gcd(numerator, denominator);
  const n = Number(numerator / divisor);
  const d = Number(denominator / divisor);
  return { numerator: n, denominator: d, weight: n / d };
}

/**
 * Counts of units per country → weights `count / total` (the institution, address and
 * country-equal methods, whose denominators are small integers).
 * @param countries - `C(p)`, sorted by key
 * @param counts - units per country
 * @param total - units with a country, positive
 * @param warnings - warnings the method recorded
 * @example
 * weightsFromCounts(["JP", "US"], new Map([["JP", 2], ["US", 1]]), 3, []).weights[0]
 * // → { country: "JP", numerator: 2, denominator: 3, weight: 0.666… }
 */
export function weightsFromCounts(
  countries: readonly string[],
  counts: ReadonlyMap<string, number>,
  total: number,
  warnings: readonly CountingWarning[],
): PaperWeights {
  const numerators = new Map([...counts].map(([country, count]) => [country, BigInt(count)]));
  return weightsOverDenominator(countries, numerators, BigInt(total), warnings);
}

/**
 * Counts how many items fall in each country, ignoring items without one.
 * @example
 * countByCountry([{ country: "JP" }, { country: null }, { country: "JP" }]) // → Map { "JP" → 2 }
 */
export function countByCountry(items: Iterable<{ readonly country: string | null }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { country } of items) if (country !== null) counts.set(country, (counts.get(country) ?? 0) + 1);
  return counts;
}

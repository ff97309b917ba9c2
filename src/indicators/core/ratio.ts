/**
 * A ratio of two sums, the one way every share and rate in a table is computed (docs/methodology.md
 * "Numbers"): the sums are exact, so dividing once at the end rounds once, and a share of nothing is
 * `null`, never `NaN` or 0.
 */

/**
 * `numerator / denominator`, or `null` when the denominator is 0.
 * @example
 * ratio(3, 6) // → 0.5
 * ratio(0, 0) // → null
 */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/**
 * Exact integer arithmetic for per-paper weights (docs/methodology.md ("Numbers")), on bigints so that a
 * common denominator such as `n(p) · lcm(|aff(a)|)` stays exact on hyper-authored papers.
 */

/**
 * Greatest common divisor of two integers (non-negative result).
 * @example
 * gcd(12n, 18n) // → 6n
 */
export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/**
 * Least common multiple of two positive integers.
 * @example
 * lcm(4n, 6n) // → 12n
 */
export function lcm(a: bigint, b: bigint): bigint {
  return (a / gcd(a, b)) * b;
}

/**
 * Exact rationals on bigints, in lowest terms with a positive denominator: the arithmetic of
 * Top-percentile thresholds and tie weights (docs/methodology.md ("Numbers", §8.3)), where `π·N`, the counts
 * above and at a threshold and the tie weight must be exact, also when fractional field
 * membership makes them sums of fractions.
 */
import { gcd } from "./fraction.ts";

/** `numerator / denominator`, reduced, `denominator > 0`. */
export interface Rational {
  /** Numerator, any sign. */
  readonly numerator: bigint;
  /** Denominator, positive. */
  readonly denominator: bigint;
}

/** 0. */
export const ZERO: Rational = { numerator: 0n, denominator: 1n };

/**
 * The rational `numerator / denominator` in lowest terms.
 * @throws RangeError when the denominator is 0
 * @example
 * rational(10n, 40n) // → { numerator: 1n, denominator: 4n }
 */
export function rational(numerator: bigint | number, denominator: bigint | number = 1n): Rational {
  let n = BigInt(numerator);
  let d = BigInt(denominator);
  if (d === 0n) throw new RangeError("a rational cannot have denominator 0");
  if (d < 0n) [n, d] = [-n, -d];
  const divisor = n === 0n ? d : gcd(n, d);
  return { numerator: n / divisor, denominator: d / divisor };
}

/** `a + b`. */
export function add(a: Rational, b: Rational): Rational {
  if (a.denominator === b.denominator) return rational(a.numerator + b.numerator, a.denominator);
  return rational(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator);
}

/** `a − b`. */
export function subtract(a: Rational, b: Rational): Rational {
  return add(a, { numerator: -b.numerator, denominator: b.denominator });
}

/** `a · b`. */
export function multiply(a: Rational, b: Rational): Rational {
  return rational(a.numerator * b.numerator, a.denominator * b.denominator);
}

/**
 * `a / b`.
 * @throws RangeError when `b` is 0
 */
export function divide(a: Rational, b: Rational): Rational {
  return rational(a.numerator * b.denominator, a.denominator * b.numerator);
}

/** Negative, zero or positive as `a <, =, > b`. */
export function compare(a: Rational, b: Rational): number {
  const difference = a.numerator * b.denominator - b.numerator * a.denominator;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/** Whether the rational is a whole number. */
export function isWhole(value: Rational): boolean {
  return value.denominator === 1n;
}

/**
 * The nearest double (correct to the last bit or one off for huge terms; exact for the small
 * fractions of tie weights).
 * @example
 * toNumber(rational(1n, 3n)) // → 0.3333333333333333
 */
export function toNumber(value: Rational): number {
  const { numerator: n, denominator: d } = value;
  const limit = 2n ** 53n;
  if (n < limit && n > -limit && d < limit) return Number(n) / Number(d);
  // Scale so that the quotient keeps 64 significant bits before the one rounding to a double.
  const shift = BigInt(Math.max(0, 64 - (bitLength(n < 0n ? -n : n) - bitLength(d))));
  return Number((n << shift) / d) / 2 ** Number(shift);
}

/**
 * The rational as text: `"3"` or `"1/4"` (what threshold tables write).
 * @example
 * formatRational(rational(10n, 40n)) // → "1/4"
 */
export function formatRational(value: Rational): string {
  return isWhole(value) ? `${value.numerator}` : `${value.numerator}/${value.denominator}`;
}

/**
 * Reads `"3"`, `"1/4"` or a finite decimal such as `"12.5"` exactly; `null` for anything else.
 * @example
 * parseRational("12.5") // → { numerator: 25n, denominator: 2n }
 */
export function parseRational(text: string): Rational | null {
  const trimmed = text.trim();
  const fraction = /^(-?\d+)\/(\d+)$/.exec(trimmed);
  if (fraction !== null) {
    const [, n = "", d = ""] = fraction;
    return BigInt(d) === 0n ? null : rational(BigInt(n), BigInt(d));
  }
  const decimal = /^(-?)(\d+)(?:\.(\d+))?$/.exec(trimmed);
  if (decimal === null) return null;
  const [, sign = "", whole = "", part = ""] = decimal;
  const value = rational(BigInt(`${whole}${part}`), 10n ** BigInt(part.length));
  return sign === "-" ? rational(-value.numerator, value.denominator) : value;
}

/**
 * The largest whole number at most `value`.
 * @example
 * floor(rational(-7n, 2n)) // → -4n
 */
export function floor(value: Rational): bigint {
  const { numerator: n, denominator: d } = value;
  const q = n / d;
  return n < 0n && q * d !== n ? q - 1n : q;
}

/**
 * The simplest fraction in `[lo, hi]`: the smallest denominator, then the smallest numerator
 * (by the continued fractions of the bounds). Reading `1.3333333333333333` back as `4/3` is this
 * with bounds a hair around the decimal.
 * @param lo - the lower bound, at least 0
 * @param hi - the upper bound, at least `lo`
 * @throws RangeError when `lo` is negative or above `hi`
 * @example
 * simplestBetween(rational(133333n, 100000n), rational(133334n, 100000n)) // → 4/3
 * simplestBetween(rational(1n, 4n), rational(1n, 4n))                     // → 1/4
 */
export function simplestBetween(lo: Rational, hi: Rational): Rational {
  if (lo.numerator < 0n || compare(lo, hi) > 0) throw new RangeError("need 0 ≤ lo ≤ hi");
  const ceiling = -floor({ numerator: -lo.numerator, denominator: lo.denominator });
  if (compare(rational(ceiling), hi) <= 0) return rational(ceiling);
  // No whole number inside: both bounds lie in (w, w + 1), and x = w + 1/y with y between the reciprocals.
  const whole = rational(floor(lo));
  const y = simplestBetween(
    divide(rational(1n), subtract(hi, whole)),
    divide(rational(1n), subtract(lo, whole)),
  );
  return add(whole, divide(rational(1n), y));
}

function bitLength(value: bigint): number {
  return value === 0n ? 0 : value.toString(2).length;
}

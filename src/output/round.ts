/**
 * Rounding for display, exactly as docs/methodology.md ("Numbers") defines it: half away from zero, with a
 * guard against binary representation error (2.675 is stored as 2.67499999…, and still rounds
 * to 2.68); and exact fractions rounded the same way, for the decimal columns that stand beside
 * them. Only output code rounds; machine-readable outputs carry unrounded values.
 */
import type { Rational } from "../indicators/core/rational.ts";

/**
 * `round(x, d) = sign(x) · floor(|x| · 10^d + 0.5 + 1e-9) / 10^d` ("Numbers" in docs/methodology.md).
 * @param x - the value
 * @param digits - decimal places, a non-negative integer
 * @example
 * round(2.675, 2) // → 2.68
 * round(-0.5, 0)  // → -1
 * round(57.142857142857146, 1) // → 57.1
 */
export function round(x: number, digits: number): number {
  const scale = 10 ** digits;
  return (Math.sign(x) * Math.floor(Math.abs(x) * scale + 0.5 + 1e-9)) / scale;
}

/**
 * A value rounded by `round` and written with exactly `digits` decimals.
 * @example
 * fixed(4.5, 1)        // → "4.5"
 * fixed(13 / 3, 2)     // → "4.33"
 * fixed(7, 0)          // → "7"
 */
export function fixed(x: number, digits: number): string {
  const rounded = round(x, digits);
  // `-0` would print as "0" anyway; a tiny negative that rounds to zero must not print "-0.0".
  return (rounded === 0 ? 0 : rounded).toFixed(digits);
}

/**
 * An exact fraction as a decimal rounded half away from zero to `digits` places, trailing zeros
 * dropped: a number every spreadsheet reads as one (a fraction `1/10` is read as a date).
 * @param value - the fraction
 * @param digits - decimal places at most, a non-negative integer
 * @example
 * decimalText(rational(1n, 3n), 12) // → "0.333333333333"
 * decimalText(rational(2n, 3n), 12) // → "0.666666666667"
 * decimalText(rational(1n, 4n), 12) // → "0.25"
 * decimalText(rational(3n), 12)     // → "3"
 */
export function decimalText(value: Rational, digits: number): string {
  const scale = 10n ** BigInt(digits);
  const magnitude = value.numerator < 0n ? -value.numerator : value.numerator;
  // round(|x|·10^d) = floor(|x|·10^d + 1/2), in whole numbers.
  const scaled = (2n * magnitude * scale + value.denominator) / (2n * value.denominator);
  const sign = value.numerator < 0n && scaled > 0n ? "-" : "";
  const places = (scaled % scale).toString().padStart(digits, "0").replace(/0+$/, "");
  return `${sign}${scaled / scale}${places === "" ? "" : `.${places}`}`;
}

/**
 * The number cells of a threshold table, read exactly. Counts (`papers`, `above`, `atThreshold`)
 * are sums of field shares, written as the double's shortest decimal (`4/3` as
 * `1.3333333333333333`); weights (`tieWeight`, `scaleFactor`) are written as a rounded decimal
 * that spreadsheets read as a number, beside the exact fraction as two whole numbers
 * (`tieWeightNumerator`, `tieWeightDenominator`). Tables of earlier versions wrote weights as
 * fractions (`1/4`), which a spreadsheet reads as a date; those are still read.
 */
import {
  add,
  compare,
  formatRational,
  isWhole,
  multiply,
  parseRational,
  type Rational,
  rational,
  simplestBetween,
  subtract,
} from "../core/rational.ts";

/**
 * How far (relative) a count that is not whole may be from the fraction it is read as: far above
 * a double's rounding (about 1e-16) and a spreadsheet's 15 significant digits, far below the gap
 * between fractions with small denominators.
 */
const COUNT_TOLERANCE = rational(1n, 10n ** 12n);

/**
 * A count as written: a whole number or a fraction (`4/3`) exactly; a decimal as the simplest
 * fraction within a relative 10^-12 of it, so `1.3333333333333333` (and `1.33333333333333`,
 * what a spreadsheet keeps of it) reads back as `4/3`; `null` when it is no non-negative number.
 * @example
 * countCell("1.3333333333333333") // → 4/3
 * countCell("12.5")               // → 25/2
 */
export function countCell(text: string): Rational | null {
  const value = parseRational(text);
  if (value === null || value.numerator < 0n) return null;
  if (isWhole(value) || text.includes("/")) return value;
  const slack = multiply(value, COUNT_TOLERANCE);
  return simplestBetween(subtract(value, slack), add(value, slack));
}

/** A weight as given: its value and how precisely the table knows it. */
export interface GivenWeight {
  /** The value: the exact fraction, or the decimal as written. */
  readonly value: Rational;
  /** Decimal places written when only a decimal was given (the value is known to ±½ of its last place); `null` when exact. */
  readonly decimals: number | null;
  /** How messages show it: the decimal as written, or the fraction. */
  readonly text: string;
}

/**
 * A weight from its three cells: the decimal (or, from earlier versions, the fraction) in `name`
 * and the exact fraction in `nameNumerator` and `nameDenominator`. With the fraction, the decimal
 * must agree with it to the places written; without it, the decimal is taken as written.
 * @param name - `tieWeight` or `scaleFactor`
 * @param cell - a cell of the row by column name, `null` when empty or absent
 * @param fail - throws the table error for this row
 * @returns the weight, or `null` when none of its cells is given
 * @example
 * weightCells("tieWeight", { tieWeight: "0.333333333333", tieWeightNumerator: "1", tieWeightDenominator: "3" }[name], fail)
 * // → { value: 1/3, decimals: null, text: "1/3" }
 */
export function weightCells(
  name: string,
  cell: (name: string) => string | null,
  fail: (what: string) => never,
): GivenWeight | null {
  const text = cell(name);
  const numerator = cell(`${name}Numerator`);
  const denominator = cell(`${name}Denominator`);
  const written = text === null ? null : writtenWeight(text);
  if (text !== null && written === null) fail(`${name} "${text}" is not a non-negative number`);
  if (numerator === null && denominator === null) return written;
  if (numerator === null || denominator === null)
    fail(`give both ${name}Numerator and ${name}Denominator, or neither`);
  if (!/^\d+$/.test(numerator)) fail(`${name}Numerator "${numerator}" is not a whole number`);
  if (!/^\d+$/.test(denominator) || BigInt(denominator) === 0n)
    fail(`${name}Denominator "${denominator}" is not a positive whole number`);
  const exact = rational(BigInt(numerator), BigInt(denominator));
  if (written !== null && !agrees(written, exact))
    fail(
      `${name} ${written.text} disagrees with ${name}Numerator and ${name}Denominator, which give ${formatRational(exact)}`,
    );
  return { value: exact, decimals: null, text: formatRational(exact) };
}

/**
 * Whether a given weight is the exact value: equal when given exactly, else within half a unit
 * of the last decimal place written (`0.333333333333` agrees with 1/3, `0.34` does not).
 * @example
 * agrees({ value: 333333333333n/10n**12n, decimals: 12, text: "0.333333333333" }, 1/3) // → true
 */
export function agrees(given: GivenWeight, exact: Rational): boolean {
  if (given.decimals === null) return compare(given.value, exact) === 0;
  const gap = subtract(given.value, exact);
  const distance = gap.numerator < 0n ? rational(-gap.numerator, gap.denominator) : gap;
  return compare(distance, rational(1n, 2n * 10n ** BigInt(given.decimals))) <= 0;
}

function writtenWeight(text: string): GivenWeight | null {
  const value = parseRational(text);
  if (value === null || value.numerator < 0n) return null;
  const places = /\.(\d+)$/.exec(text.trim())?.[1]?.length;
  return places === undefined ? { value, decimals: null, text } : { value, decimals: places, text };
}

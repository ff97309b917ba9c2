// Exact rationals for thresholds and tie weights (docs/methodology.md ("Numbers")).
import { describe, expect, it } from "vitest";
import {
  add,
  compare,
  divide,
  floor,
  formatRational,
  multiply,
  parseRational,
  rational,
  simplestBetween,
  subtract,
  toNumber,
} from "../../../src/indicators/core/rational.ts";

describe("rationals", () => {
  it.each([
    [rational(10n, 40n), "1/4"],
    [rational(-6, -4), "3/2"],
    [rational(3, -9), "-1/3"],
    [rational(0n, 7n), "0"],
    [add(rational(1n, 3n), rational(1n, 6n)), "1/2"],
    [subtract(rational(2n), rational(1n)), "1"],
    [multiply(rational(2n, 3n), rational(3n, 4n)), "1/2"],
    [divide(rational(1n), rational(4n)), "1/4"],
  ])("reduce %o to %s", (value, text) => {
    expect(formatRational(value)).toBe(text);
  });

  it("refuses a zero denominator", () => {
    expect(() => rational(1n, 0n)).toThrow(RangeError);
    expect(() => divide(rational(1n), rational(0n))).toThrow(RangeError);
  });

  it("compares exactly where doubles cannot", () => {
    // 1/3 + 1/3 + 1/3 is exactly 1; (0.1 + 0.2) would not be 0.3 as doubles.
    expect(compare(add(add(rational(1n, 3n), rational(1n, 3n)), rational(1n, 3n)), rational(1n))).toBe(0);
    expect(compare(add(rational(1n, 10n), rational(2n, 10n)), rational(3n, 10n))).toBe(0);
    expect(compare(rational(1n, 4n), rational(1n, 3n))).toBe(-1);
  });

  it.each([
    ["12.5", "25/2"],
    ["3", "3"],
    ["1/4", "1/4"],
    [" 0.25 ", "1/4"],
    ["-2", "-2"],
  ])("parses %j as %s", (text, expected) => {
    const value = parseRational(text);
    expect(value === null ? null : formatRational(value)).toBe(expected);
  });

  it.each(["", "1/0", "abc", "1e3", "1/2/3"])("does not parse %j", (text) => {
    expect(parseRational(text)).toBeNull();
  });

  it("converts to the nearest double, also beyond 2^53", () => {
    expect(toNumber(rational(1n, 3n))).toBe(1 / 3);
    expect(toNumber(rational(10n ** 30n + 1n, 3n * 10n ** 30n))).toBe(1 / 3);
    expect(toNumber(rational(2n ** 80n, 1n))).toBe(2 ** 80);
  });

  it.each([
    [rational(7n, 2n), 3n],
    [rational(-7n, 2n), -4n],
    [rational(-4n), -4n],
    [rational(0n), 0n],
  ])("floor(%o) → %s", (value, expected) => {
    expect(floor(value)).toBe(expected);
  });

  it.each([
    // 4/3 = 1.3333…, the only fraction with denominator ≤ 3 in [1.33333, 1.33334].
    ["1.33333", "1.33334", "4/3"],
    // A bound that is itself the simplest: 1/4 in [1/4, 1/4]; 2 in [1.5, 2.5] (1.5 = 3/2 is not simpler).
    ["1/4", "1/4", "1/4"],
    ["1.5", "2.5", "2"],
    // 0 ≤ 0.1: 0 itself.
    ["0", "0.1", "0"],
    // Between 0.3 and 0.35: 1/3 (denominator 3; 1/2, 1/1 are outside; nothing with denominator 2 is inside).
    ["0.3", "0.35", "1/3"],
    // 2/15 = 0.1333…, from the 17-digit double a threshold table writes for it.
    ["0.13333333333333332", "0.13333333333333334", "2/15"],
  ])("simplestBetween(%s, %s) → %s", (lo, hi, expected) => {
    const [a, b] = [parseRational(lo), parseRational(hi)];
    if (a === null || b === null) throw new Error("bad bounds");
    expect(formatRational(simplestBetween(a, b))).toBe(expected);
  });

  it("simplestBetween refuses a negative or empty interval", () => {
    expect(() => simplestBetween(rational(-1n), rational(1n))).toThrow(RangeError);
    expect(() => simplestBetween(rational(2n), rational(1n))).toThrow(RangeError);
  });
});

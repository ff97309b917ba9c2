// gcd and lcm on bigints: the exact integer arithmetic behind per-paper weights (docs/methodology.md ("Numbers")).
import { describe, expect, it } from "vitest";
import { gcd, lcm } from "../../../src/indicators/core/fraction.ts";

describe("gcd(a, b)", () => {
  it.each([
    [12n, 18n, 6n], // 12 = 2²·3, 18 = 2·3²: 2·3
    [18n, 12n, 6n],
    [-12n, 18n, 6n], // the sign is dropped
    [12n, -18n, 6n],
    [0n, 5n, 5n], // every number divides 0
    [7n, 1n, 1n],
    [2n ** 64n, 2n ** 60n * 3n, 2n ** 60n], // beyond 2^53, where a double would lose digits
  ])("gcd(%s, %s) is %s", (a, b, expected) => {
    expect(gcd(a, b)).toBe(expected);
  });
});

describe("lcm(a, b)", () => {
  it.each([
    [4n, 6n, 12n], // 4·6 / gcd 2
    [1n, 7n, 7n],
    [3n, 3n, 3n],
    [6n, 10n, 30n], // 6·10 / gcd 2
  ])("lcm(%s, %s) is %s", (a, b, expected) => {
    expect(lcm(a, b)).toBe(expected);
  });
});

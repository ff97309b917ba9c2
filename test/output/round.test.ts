// Exact fractions as decimals for spreadsheet columns (METHODOLOGY.md §0.4: half away from zero).
import { describe, expect, it } from "vitest";
import { rational } from "../../src/indicators/core/rational.ts";
import { decimalText } from "../../src/output/round.ts";

describe("decimalText(value, digits)", () => {
  it.each([
    [rational(1n, 3n), 12, "0.333333333333"],
    // 0.666666666666|67 → up.
    [rational(2n, 3n), 12, "0.666666666667"],
    [rational(5n, 6n), 12, "0.833333333333"],
    [rational(1n, 4n), 12, "0.25"],
    [rational(1n, 10n), 12, "0.1"],
    [rational(3n), 12, "3"],
    [rational(0n), 12, "0"],
    [rational(-1n, 3n), 12, "-0.333333333333"],
    // Exactly half of the last place: away from zero.
    [rational(1n, 2n * 10n ** 12n), 12, "0.000000000001"],
    [rational(-1n, 2n * 10n ** 12n), 12, "-0.000000000001"],
    // Below half of the last place: 0, never "-0".
    [rational(-1n, 10n ** 13n), 12, "0"],
    [rational(7n, 2n), 0, "4"],
    [rational(2n, 3n), 2, "0.67"],
  ])("decimalText(%o, %d) → %s", (value, digits, text) => {
    expect(decimalText(value, digits)).toBe(text);
  });
});

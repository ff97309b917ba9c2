// ratio(numerator, denominator): every share and rate of a table, divided once.
import { describe, expect, it } from "vitest";
import { ratio } from "../../../src/indicators/core/ratio.ts";

describe("ratio(numerator, denominator)", () => {
  it.each([
    [3, 6, 0.5],
    [0, 4, 0],
    [7, 7, 1],
    [300, 7, 300 / 7],
  ])("ratio(%d, %d) is %s", (numerator, denominator, expected) => {
    expect(ratio(numerator, denominator)).toBe(expected);
  });

  it("is null, not NaN, when the denominator is 0", () => {
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(2, 0)).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { addTo, exactSum, sumValue } from "../../../src/indicators/core/exact-sum.ts";

const sumOf = (terms: readonly number[]) => {
  const sum = exactSum();
  for (const term of terms) addTo(sum, term);
  return sum;
};

describe("exactSum()", () => {
  it("keeps whole terms in a plain number, without an accumulator", () => {
    const sum = sumOf([1, 2, 3]);
    expect([sumValue(sum), sum.adder]).toEqual([6, null]);
  });

  it("sums fractional terms exactly: 0.1 + 0.2 + 0.3 = 0.6, not 0.6000000000000001", () => {
    expect(sumValue(sumOf([0.1, 0.2, 0.3]))).toBe(0.6);
  });

  it("carries the whole part into the accumulator: 1 + 1/3 + 2/3 + 2 = 4", () => {
    expect(sumValue(sumOf([1, 1 / 3, 2 / 3, 2]))).toBe(4);
  });

  it("does not depend on the order of the terms", () => {
    expect(sumValue(sumOf([2 / 3, 1e16, 1 / 3, -1e16]))).toBe(sumValue(sumOf([1 / 3, -1e16, 2 / 3, 1e16])));
  });

  it("is 0 with no term", () => {
    expect(sumValue(exactSum())).toBe(0);
  });
});

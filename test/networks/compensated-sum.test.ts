import { describe, expect, it } from "vitest";
import { compensatedSum, compensatedSums } from "../../src/networks/compensated-sum.ts";

describe("compensatedSums(capacity)", () => {
  it("sums 0.1 + 0.2 + 0.3 to 0.6 where a plain loop gives 0.6000000000000001", () => {
    const sums = compensatedSums(1);
    for (const x of [0.1, 0.2, 0.3]) sums.add(0, x);
    expect(sums.value(0)).toBe(0.6);
    expect(0.1 + 0.2 + 0.3).not.toBe(0.6);
  });

  it("keeps the small terms a large one would swallow (Neumaier, not Kahan)", () => {
    // 1 + 1e100 + 1 − 1e100 = 2; Kahan summation gives 0 here.
    expect(compensatedSum([1, 1e100, 1, -1e100])).toBe(2);
  });

  it("grows to any slot and reads an unused slot as 0", () => {
    const sums = compensatedSums(2);
    sums.add(100, 0.5);
    expect(sums.size).toBe(101);
    expect(sums.value(100)).toBe(0.5);
    expect(sums.value(50)).toBe(0);
    expect(sums.value(1000)).toBe(0);
  });
});

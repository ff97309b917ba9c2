import { describe, expect, it } from "vitest";
import { pairContribution } from "../../src/networks/edge-weight.ts";

describe("pairContribution(method, nodes)", () => {
  it.each([
    ["full", 2, 1],
    ["full", 10, 1],
    ["fractional", 2, 1],
    ["fractional", 3, 1 / 2],
    ["fractional", 5, 1 / 4],
    ["fractional-refined", 2, 1],
    ["fractional-refined", 3, 1 / 3],
    ["fractional-refined", 5, 1 / 10],
  ] as const)("%s with %i nodes gives %d", (method, nodes, expected) => {
    expect(pairContribution(method, nodes)).toBe(expected);
  });

  it("makes a fractional paper add |V|/2 and a refined paper add 1 to the total weight", () => {
    // 5 nodes: 10 pairs × 1/4 = 5/2; 10 pairs × 1/10 = 1.
    expect(10 * pairContribution("fractional", 5)).toBe(2.5);
    expect(10 * pairContribution("fractional-refined", 5)).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { grownArray } from "../../src/common/grown-array.ts";

describe("grownArray", () => {
  it("doubles an array of the same kind, its elements first and zeros after", () => {
    const grown = grownArray(Int32Array.of(7, -3));
    expect(grown).toBeInstanceOf(Int32Array);
    expect([...grown]).toEqual([7, -3, 0, 0]);
  });

  it("grows to atLeast when that is more than twice, keeping only the used elements", () => {
    // 3 elements, 2 of them used, room for 8 asked: max(2 × 3, 8) = 8, [1, 2] then six zeros.
    const grown = grownArray(Float64Array.of(1, 2, 99), 8, 2);
    expect(grown).toBeInstanceOf(Float64Array);
    expect([...grown]).toEqual([1, 2, 0, 0, 0, 0, 0, 0]);
  });

  it("keeps code units as they are (Uint16Array)", () => {
    // 4 units, room for 5 asked: max(2 × 4, 5) = 8.
    const grown = grownArray(Uint16Array.of(87, 79, 83, 0xffff), 5);
    expect([...grown]).toEqual([87, 79, 83, 0xffff, 0, 0, 0, 0]);
  });
});

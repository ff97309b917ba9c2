import { describe, expect, it } from "vitest";
import { valueText } from "../../../src/output/network/_value-text.ts";

describe("valueText(value)", () => {
  it.each([
    [3, "3"],
    [2.5, "2.5"],
    [1 / 3, "0.3333333333333333"],
    [-0, "0"],
    [1e-7, "1e-7"],
    ["JPN", "JPN"],
    [null, null],
    [undefined, null],
  ])("%s → %s", (value, expected) => {
    expect(valueText(value)).toBe(expected);
  });

  it("writes the shortest text that reads back as the same double", () => {
    for (const x of [0.1 + 0.2, 17 / 6, Math.SQRT2, 5e-324]) expect(Number(valueText(x))).toBe(x);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])("refuses %s with invalid-option", (value) => {
    expect(() => valueText(value)).toThrow(expect.objectContaining({ code: "invalid-option" }));
  });
});

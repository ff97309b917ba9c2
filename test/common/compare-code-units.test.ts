import { describe, expect, it } from "vitest";
import { compareCodeUnits } from "../../src/common/compare-code-units.ts";

describe("compareCodeUnits(a, b)", () => {
  it.each([
    // [a, b, sign]: upper case sorts before lower case (U+0042 < U+0061), shorter prefix first
    ["B", "a", -1],
    ["a", "B", 1],
    ["a", "a", 0],
    ["ab", "abc", -1],
    ["Z", "É", -1], // U+005A < U+00C9, whatever the locale says
    ["\u{1F600}", "\uFFFF", -1], // a surrogate pair (D83D …) sorts before U+FFFF by code units
  ] as const)("compares %j with %j as %i", (a, b, sign) => {
    expect(Math.sign(compareCodeUnits(a, b))).toBe(sign);
  });

  it("sorts independently of the input order", () => {
    // Hand-sorted by code units: "B" (0x42) < "a" (0x61) < "b" (0x62) < "ä" (0xE4)
    expect(["ä", "b", "B", "a"].sort(compareCodeUnits)).toEqual(["B", "a", "b", "ä"]);
    expect(["a", "ä", "B", "b"].sort(compareCodeUnits)).toEqual(["B", "a", "b", "ä"]);
  });
});

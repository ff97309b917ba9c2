// replaceAllMatches must give what String.prototype.replace gives, on short texts (which it hands
// to replace) and on long ones (which it walks match by match).
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { replaceAllMatches } from "../../src/common/replace-all.ts";

const PATTERNS: readonly [RegExp, string][] = [
  [/\s+/g, " "],
  [/\s*,\s*/g, ", "],
  [/\./g, ""],
  [/\p{M}+/gu, ""],
  [/x*/g, "-"],
  [/&amp;/g, "&"],
];

describe("replaceAllMatches(text, pattern, replacement)", () => {
  test.prop([
    fc.string({ unit: fc.constantFrom("a", " ", ",", ".", "\t", "x", "&amp;", "e\u0301", "\u2028") }),
    fc.boolean(),
    fc.constantFrom(...PATTERNS),
  ])("gives String.prototype.replace's result, however long the text", (piece, long, [pattern, by]) => {
    // Repeated past 4,096 characters, the text's matches are walked one by one.
    const text = long ? piece.repeat(Math.ceil(5000 / Math.max(1, piece.length))) : piece;
    expect(replaceAllMatches(text, pattern, by)).toBe(text.replace(pattern, by));
    expect(replaceAllMatches(text, pattern, (m) => `<${m[0]}>`)).toBe(text.replace(pattern, (m) => `<${m}>`));
  });

  it("folds the gaps of a 10 MB value with a million gaps", () => {
    const value = "Ab Cd ".repeat(1_750_000);
    expect(replaceAllMatches(value, /\s+/g, "_")).toBe("Ab_Cd_".repeat(1_750_000));
  });

  it("returns the text itself when nothing matches", () => {
    const text = "x".repeat(10_000);
    expect(replaceAllMatches(text, /y/g, "z")).toBe(text);
  });
});

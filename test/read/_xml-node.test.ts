// An element's text as the mapping reads it (_xml-node.ts, textValue): white space collapsed and
// trimmed, null when blank. Hand-worked cases one line each, then the walk that passes plain
// values through held to the definition (`\s+` made one space, then trimmed) on generated texts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textValue } from "../../src/read/_xml-node.ts";

describe("textValue", () => {
  it.each([
    ["a plain value", "Stanford Univ", "Stanford Univ"],
    ["one character", "x", "x"],
    ["empty", "", null],
    ["blank", " \n\t ", null],
    ["a line break inside", "Stanford Univ,\n   Dept Genet", "Stanford Univ, Dept Genet"],
    ["two spaces inside", "a  b", "a b"],
    ["a space at each end", " a b ", "a b"],
    ["a tab at the end", "a b\t", "a b"],
    ["a no-break space inside", "a\u00a0b", "a b"],
    ["an ideographic space at the start", "\u3000a", "a"],
    // U+200B (zero width space) and U+0085 (next line) are no white space to JavaScript.
    ["a zero width space", "a\u200bb", "a\u200bb"],
    ["a next-line character", "a\u0085b", "a\u0085b"],
  ])("%s", (_name, value, text) => {
    expect(textValue(value)).toBe(text);
  });

  it("gives what collapsing and trimming give, on generated texts", () => {
    const character = fc.constantFrom(
      "a",
      "Z",
      " ",
      "\t",
      "\n",
      "\r",
      "\u00a0",
      "\u2003",
      "\u3000",
      "\u200b",
      ",",
      "\u00e9",
    );
    fc.assert(
      fc.property(fc.array(character, { maxLength: 12 }), (characters) => {
        const value = characters.join("");
        const collapsed = value.replace(/\s+/g, " ").trim();
        expect(textValue(value)).toBe(collapsed.length > 0 ? collapsed : null);
      }),
      { seed: 20261206, numRuns: 3000 },
    );
  });
});

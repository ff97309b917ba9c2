// XML's own references decoded (_xml-entities.ts): hand-worked cases, one line each, and the
// walk that short values take held to the regular expression that long ones take (the same
// text made longer than 4,096 characters goes that way), on generated texts full of near misses.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeXmlReferences, undefinedReference } from "../../src/read/_xml-entities.ts";

describe("decodeXmlReferences", () => {
  it.each([
    ["no reference", "Fash & Design", "Fash & Design"],
    ["the five entities", "&lt;&gt;&amp;&quot;&apos;", `<>&"'`],
    ["one pass: &amp;lt; is &lt;", "&amp;lt;", "&lt;"],
    ["decimal and hex, either x", "&#233;&#xE9;&#Xe9;", "\u00e9\u00e9\u00e9"],
    // 7 decimal digits at most, 6 hex digits at most: longer runs are no reference.
    ["seven decimal digits", "&#0000065;", "A"],
    ["eight decimal digits", "&#00000065;", "&#00000065;"],
    ["six hex digits", "&#x000041;", "A"],
    ["seven hex digits", "&#x0000041;", "&#x0000041;"],
    // U+110000 is past Unicode, U+D800 a surrogate: kept as written rather than thrown on.
    ["a code point past Unicode", "&#x110000;", "&#x110000;"],
    ["a surrogate", "&#55296;", "&#55296;"],
    ["an astral character", "&#x1F600;", "\u{1F600}"],
    [
      "no semicolon, an empty number, an unknown name",
      "&lt &#; &#x; &nbsp; &AMP;",
      "&lt &#; &#x; &nbsp; &AMP;",
    ],
    ["an & before a reference", "&&amp;&#&#65;", "&&&#A"],
    ["a reference at each end", "&amp;x&amp;", "&x&"],
  ])("%s", (_name, text, decoded) => {
    expect(decodeXmlReferences(text)).toBe(decoded);
  });

  it("gives short texts what the regular expression of long texts gives", () => {
    const piece = fc.constantFrom(
      "&",
      "#",
      "x",
      "X",
      ";",
      "amp",
      "lt",
      "quot",
      "apos",
      "gt",
      "0",
      "9",
      "a",
      "F",
      "G",
      " ",
      "\u00e9",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        // A prefix with no `&` makes the text long without changing how its references read.
        const pad = "p".repeat(4096);
        expect(pad + decodeXmlReferences(text)).toBe(decodeXmlReferences(pad + text));
      }),
      { seed: 20261206, numRuns: 2000 },
    );
  });
});

describe("undefinedReference", () => {
  it.each([
    ["<UID>&xxe;</UID>", "&xxe;"],
    ["Fash &amp; Design", undefined],
    // The name read stops at white space: the bare `&` alone.
    ["a bare & here", "&"],
  ])("%s", (text, found) => {
    expect(undefinedReference(text)).toBe(found);
  });
});

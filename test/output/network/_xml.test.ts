import { describe, expect, it } from "vitest";
import { xmlText } from "../../../src/output/network/_xml.ts";

describe("xmlText(text)", () => {
  it.each([
    ["AT&T", "AT&amp;T"],
    ["<a>", "&lt;a&gt;"],
    [`"x" 'y'`, "&quot;x&quot; &apos;y&apos;"],
    ["a\tb\nc\rd", "a&#9;b&#10;c&#13;d"],
    ["UNIV TOKYO", "UNIV TOKYO"],
  ])("%s → %s", (text, expected) => {
    expect(xmlText(text)).toBe(expected);
  });
});

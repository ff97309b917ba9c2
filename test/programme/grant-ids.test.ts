import { describe, expect, it } from "vitest";
import { grantIdFinder, grantIdInText, normalizeGrantId } from "../../src/programme/grant-ids.ts";

describe("normalizeGrantId(text)", () => {
  it.each([
    ["JPMJAP2301", "JPMJAP2301"],
    ["jpmjap2301", "JPMJAP2301"], // lower case
    ["JPMJ AP2301", "JPMJAP2301"], // a space inside
    ["JPMJ-AP-2301", "JPMJAP2301"], // hyphens
    [" 20H00001 ", "20H00001"],
  ])("normalizes %j to %j", (text, id) => {
    expect(normalizeGrantId(text)).toBe(id);
  });
});

describe("grantIdInText(grantId, text)", () => {
  it.each([
    // [text, matches]: whole tokens only (methodology §12.1), any case, spaces or hyphens inside
    ["This work was supported by JST ASPIRE Grant Number JPMJAP2301.", true], // inside a sentence (FX)
    ["(JPMJAP2301)", true],
    ["grant jpmjap2301", true], // lower case
    ["Grant No. JPMJ AP-2301, and others", true], // typed with a space and a hyphen
    ["Grant JPMJAP23010", false], // a longer id
    ["Grant XJPMJAP2301", false], // inside another token
    ["Grant JPMJAP230", false], // a shorter id
    ["JPMJAP2301X", false],
    ["", false],
  ])("finds JPMJAP2301 in %j: %s", (text, matches) => {
    expect(grantIdInText("JPMJAP2301", text)).toBe(matches);
  });

  it("matches data set G's R6 never: JPMJAP99990 is not JPMJAP9999 (methodology §12.4)", () => {
    expect(grantIdInText("JPMJAP9999", "JST [JPMJAP99990]")).toBe(false);
    expect(grantIdInText("JPMJAP9999", "JST [JPMJAP9999]")).toBe(true);
  });
});

describe("grantIdFinder(grantIds)", () => {
  // A KAKENHI-sized list: 20,000 ids 21H00000 … 21H19999, plus ids of other shapes and lengths.
  const kakenhi = Array.from({ length: 20_000 }, (_, i) => `21H${String(i).padStart(5, "0")}`);
  const find = grantIdFinder([...kakenhi, "JPMJAP2301", "203141/Z/16/Z", "R01CA123456"]);

  it("finds exactly the listed ids a text holds as whole tokens, in list order", () => {
    const text =
      "Supported by JSPS KAKENHI Grant Numbers 21H19999, 21H0-0042 and 21H000420 (not listed: 22H00001), " +
      "JST ASPIRE jpmj ap-2301, the Wellcome Trust [203141/Z/16/Z] and NIH R01 CA123456.";
    // 21H19999 and 21H00042 (typed with a hyphen) are whole tokens; 21H000420 is a longer token
    // (its prefix 21H00042 is not a match there), 22H00001 is not listed; the three other ids are
    // found whatever spaces or hyphens were typed inside them.
    expect(find(text)).toEqual(["21H00042", "21H19999", "JPMJAP2301", "203141/Z/16/Z", "R01CA123456"]);
  });

  it("agrees with grantIdInText id by id", () => {
    const text = "KAKENHI 21H00007; 21H0000 8; x21H00009; 21H000100";
    // (The first 200 ids: one regular expression per id is what the finder avoids.)
    const expected = kakenhi.slice(0, 200).filter((id) => grantIdInText(id, text));
    // 21H00007 and "21H0000 8" are whole tokens; x21H00009 and 21H000100 are inside other tokens.
    expect(expected).toEqual(["21H00007", "21H00008"]);
    expect(find(text)).toEqual(expected);
  });

  it("looks past an occurrence inside a longer token to a whole one later in the text", () => {
    expect(find("21H000420, then 21H00042.")).toEqual(["21H00042"]);
    expect(find("x21H00042 and 21H000420")).toEqual([]);
  });

  it("finds nothing in empty text or with no ids", () => {
    expect(find("")).toEqual([]);
    expect(grantIdFinder([])("21H00001")).toEqual([]);
    expect(grantIdFinder([""])("anything")).toEqual([]);
  });
});

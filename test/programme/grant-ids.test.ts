import { describe, expect, it } from "vitest";
import { grantIdInText, normalizeGrantId } from "../../src/programme/grant-ids.ts";

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

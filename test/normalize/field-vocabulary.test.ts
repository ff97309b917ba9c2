import { describe, expect, it } from "vitest";
import { fieldKeyOf, fieldName, nearestFields } from "../../src/normalize/field-vocabulary.ts";

describe("fieldKeyOf(text)", () => {
  it.each([
    // [typed, key]
    ["chem", "chem"], // NISTEP key as written
    ["eng", "eng"], // lower case is NISTEP's key even where ESI has the id ENG
    ["ENG", "ENG"], // upper case is ESI's id
    ["other", "other"],
    ["CHE", "CHE"],
    ["che", "CHE"], // ESI ids in any case when no NISTEP key is spelled so
    ["CSMATH", "csmath"], // a NISTEP key in another case
    ["Chemistry", "chem"], // a name both schemes share with the same contents
    ["physics", "phys"], // shared name, different contents: NISTEP's broad field (§7.2: PHY + SPA)
    ["Clinical Medicine", "clin"],
    ["Space Science", "SPA"], // ESI's name
    ["biology and biochemistry", "BIO"], // "&" and "and" fold alike
    ["Social Sciences, general", "SOC"],
    ["Computer Science & Mathematics", "csmath"],
    ["化学", "chem"], // NISTEP's Japanese name
    ["  Materials Science ", "mat"],
  ])("reads %j as %s", (typed, key) => {
    expect(fieldKeyOf(typed)).toBe(key);
  });

  it.each([["Alchemy"], [""], ["all"]])("finds nothing for %j", (typed) => {
    expect(fieldKeyOf(typed)).toBeNull();
  });
});

describe("fieldName(key)", () => {
  it.each([
    ["chem", "Chemistry"],
    ["csmath", "Computer Science & Mathematics"],
    ["envgeo", "Environment/Ecology & Geosciences"],
    ["other", "Other (not in the 8 fields)"],
    ["all", "All fields"],
    ["CHE", "Chemistry"],
    ["PSY", "Psychiatry/Psychology"],
    ["XYZ", "XYZ"],
  ])("names %s %j", (key, name) => {
    expect(fieldName(key)).toBe(name);
  });

  it("names every NISTEP field so that the name reads back as its key", () => {
    for (const key of ["chem", "mat", "phys", "csmath", "eng", "envgeo", "clin", "life", "other"])
      expect(fieldKeyOf(fieldName(key))).toBe(key);
  });
});

describe("nearestFields(text, count)", () => {
  it.each([
    ["Chemstry", "chem"],
    ["Neurosience", "NEU"],
    ["phsyics", "phys"],
  ])("suggests %s for %j", (typed, key) => {
    expect(nearestFields(typed)).toEqual([key]);
  });
});

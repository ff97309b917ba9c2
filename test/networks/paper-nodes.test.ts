import { describe, expect, it } from "vitest";
import { institutionNodeKey, paperNodes } from "../../src/networks/paper-nodes.ts";

const paper = {
  countries: ["JP", "US"],
  institutions: [
    { country: "US", orgKey: "HARVARD UNIV" },
    { country: "JP", orgKey: "UNIV TOKYO" },
    { country: null, orgKey: "CNRS" },
  ],
  authorKeys: ["orcid:0000-0002-1825-0097", "name:SATO|A", "orcid:0000-0002-1825-0097"],
};

describe("paperNodes(paper, level)", () => {
  it.each([
    ["country", ["JP", "US"]],
    ["institution", ["JP|UNIV TOKYO", "US|HARVARD UNIV", "|CNRS"]],
    ["author", ["name:SATO|A", "orcid:0000-0002-1825-0097"]],
  ] as const)("%s gives the distinct keys in code-unit order", (level, expected) => {
    expect(paperNodes(paper, level)).toEqual(expected);
  });

  it("leaves the paper as it was", () => {
    paperNodes(paper, "author");
    expect(paper.authorKeys).toEqual([
      "orcid:0000-0002-1825-0097",
      "name:SATO|A",
      "orcid:0000-0002-1825-0097",
    ]);
  });

  it("gives nothing for a paper without nodes at the level", () => {
    expect(paperNodes({ countries: [], institutions: [], authorKeys: [] }, "author")).toEqual([]);
  });
});

describe("institutionNodeKey(unit)", () => {
  it.each([
    [{ country: "JP", orgKey: "UNIV TOKYO" }, "JP|UNIV TOKYO"],
    [{ country: "SUHH", orgKey: "ACAD SCI USSR" }, "SUHH|ACAD SCI USSR"],
    [{ country: null, orgKey: "#DEPT PHYS OSLO" }, "|#DEPT PHYS OSLO"],
  ])("%o → %s", (unit, expected) => {
    expect(institutionNodeKey(unit)).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { nodeLabel } from "../../src/networks/node-label.ts";

describe("nodeLabel(level, key)", () => {
  it.each([
    ["country", "JP", "Japan"],
    ["country", "KR", "South Korea"],
    ["country", "AD", "Andorra"],
    ["country", "AI", "Anguilla"],
    ["country", "SUHH", "USSR"],
    ["country", "GB-SCT", "Scotland"],
    ["institution", "JP|UNIV TOKYO", "UNIV TOKYO (JP)"],
    ["institution", "|CNRS", "CNRS (?)"],
    ["author", "name:SATO|A", "SATO, A"],
    ["author", "orcid:0000-0002-1825-0097", "orcid:0000-0002-1825-0097"],
    ["author", "rid:A-1234-2010", "rid:A-1234-2010"],
  ] as const)("%s %s → %s", (level, key, expected) => {
    expect(nodeLabel(level, key)).toBe(expected);
  });
});

describe("nodeLabel(level, key, authorNames)", () => {
  const names = new Map([["orcid:0000-0001-5829-5479", "Valentini, Alice"]]);

  it("names an identifier-keyed author from the table, and by its key when the table has none", () => {
    expect(nodeLabel("author", "orcid:0000-0001-5829-5479", names)).toBe("Valentini, Alice");
    expect(nodeLabel("author", "orcid:0000-0002-1825-0097", names)).toBe("orcid:0000-0002-1825-0097");
  });

  it("labels a name key from the key itself, even when the table has an entry under it", () => {
    expect(nodeLabel("author", "name:SATO|A", new Map([["name:SATO|A", "Sato, Akira"]]))).toBe("SATO, A");
  });
});

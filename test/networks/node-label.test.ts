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

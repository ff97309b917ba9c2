// Institution units, docs/methodology.md §3.3: the organization key of an address and the distinct
// (country, key) units of a paper. Expected keys are worked by hand from the §3.3 rule.
import { describe, expect, it } from "vitest";
import { institutionKey, institutionUnits } from "../../src/normalize/institutions.ts";

describe("institutionKey(address) normalizes the first segment (§3.3)", () => {
  it.each<[string, string]>([
    // §3.5 row 1 and the §3.3 example: two departments of one university are one key.
    ["Univ Tokyo, Dept Chem, Tokyo 1130033, Japan", "UNIV TOKYO"],
    ["Univ Tokyo, Dept A, Tokyo, Japan", "UNIV TOKYO"],
    ["Univ Tokyo, Inst B, Tokyo, Japan", "UNIV TOKYO"],
    ["UNIV CALIF BERKELEY,DEPT PHYS,BERKELEY,CA 94720", "UNIV CALIF BERKELEY"],
    ["Max Planck Inst Quantum Opt, Garching, Germany", "MAX PLANCK INST QUANTUM OPT"],
    // `&` is kept; other punctuation runs become one space.
    ["Texas A&M Univ, Dept Chem, College Stn, TX 77843 USA", "TEXAS A&M UNIV"],
    ["Shahjalal Univ Sci & Technol, Dept Forestry, Sylhet, Bangladesh", "SHAHJALAL UNIV SCI & TECHNOL"],
    ["St. John's Univ. -- (Main), Queens, NY 11439 USA", "ST JOHN S UNIV MAIN"],
    ["  Univ   Oslo , Dept Phys, Oslo, Norway", "UNIV OSLO"],
    // NFKC then upper case: accents stay letters, compatibility forms fold.
    ["Université Paris-Saclay, Orsay, France", "UNIVERSITÉ PARIS SACLAY"],
    ["Universite\u0301 Paris-Saclay, Orsay, France", "UNIVERSITÉ PARIS SACLAY"],
    ["Ｕｎｉｖ　Ｔｏｋｙｏ, Tokyo, Japan", "UNIV TOKYO"],
    ["Technische Universität München, Munich, Germany", "TECHNISCHE UNIVERSITÄT MÜNCHEN"],
    ["Straße Inst, Berlin, Germany", "STRASSE INST"],
    ["Inst Ⅻ, Rome, Italy", "INST XII"],
    // An address with one segment is its own organization.
    ["Harvard Univ.", "HARVARD UNIV"],
  ])("%s → %s", (address, key) => {
    expect(institutionKey(address)).toBe(key);
  });

  it.each<[string, string]>([
    // Empty first segment: "#" + the whole address normalized the same way.
    [", Dept Phys, Oslo, Norway", "#DEPT PHYS OSLO NORWAY"],
    [" , Dept Chem, Tokyo 1130033, Japan.", "#DEPT CHEM TOKYO 1130033 JAPAN"],
    ["--, Dept Chem, Tokyo, Japan", "#DEPT CHEM TOKYO JAPAN"],
  ])("%s → %s (no organization)", (address, key) => {
    expect(institutionKey(address)).toBe(key);
  });
});

describe("institutionUnits(addresses)", () => {
  it("merges departments of one organization and keeps one unit per (country, orgKey)", () => {
    // NISTEP's example (§4.2): universities A and B in Japan, C in the USA → three units.
    const units = institutionUnits([
      { country: "JP", orgKey: institutionKey("Univ Tokyo, Dept A, Tokyo, Japan") },
      { country: "US", orgKey: institutionKey("Harvard Univ, Dept Chem, Cambridge, MA 02138 USA") },
      { country: "JP", orgKey: institutionKey("Univ Tokyo, Inst B, Tokyo, Japan") },
      { country: "JP", orgKey: institutionKey("Kyoto Univ, Dept Phys, Kyoto, Japan") },
    ]);
    expect(units).toEqual([
      { country: "JP", orgKey: "KYOTO UNIV" },
      { country: "JP", orgKey: "UNIV TOKYO" },
      { country: "US", orgKey: "HARVARD UNIV" },
    ]);
  });

  it("keeps one organization in two countries as two units (an author with two affiliations, §4.2)", () => {
    expect(
      institutionUnits([
        { country: "US", orgKey: "NYU" },
        { country: "AE", orgKey: "NYU" },
      ]),
    ).toEqual([
      { country: "AE", orgKey: "NYU" },
      { country: "US", orgKey: "NYU" },
    ]);
  });

  it("sorts by country then key in code-unit order, an unresolved country first", () => {
    expect(
      institutionUnits([
        { country: "GB-ENG", orgKey: "A" },
        { country: "GB", orgKey: "Z" },
        { country: "US", orgKey: "b" },
        { country: "US", orgKey: "B" },
        { country: null, orgKey: "X" },
        { country: "US", orgKey: "Ä" },
      ]),
    ).toEqual([
      { country: null, orgKey: "X" },
      { country: "GB", orgKey: "Z" },
      { country: "GB-ENG", orgKey: "A" },
      { country: "US", orgKey: "B" },
      { country: "US", orgKey: "b" },
      { country: "US", orgKey: "Ä" },
    ]);
  });

  it("gives the same units whatever the order of the addresses", () => {
    const addresses = [
      { country: "JP", orgKey: "UNIV TOKYO" },
      { country: "US", orgKey: "MIT" },
      { country: "JP", orgKey: "UNIV TOKYO" },
      { country: null, orgKey: "#X" },
    ];
    expect(institutionUnits([...addresses].reverse())).toEqual(institutionUnits(addresses));
  });

  it("returns no units for no addresses", () => {
    expect(institutionUnits([])).toEqual([]);
  });
});

import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { splitCellValues, splitList, splitListIn, splitOutsideBrackets } from "../../src/read/_split.ts";
import {
  parseC1Address,
  parseCount,
  parseGrants,
  parseNamedIdentifiers,
  parseReprintAddresses,
  yearInDate,
} from "../../src/read/_tag-values.ts";

describe("parseCount(value) and yearInDate(value)", () => {
  it.each([
    ["0", 0],
    [" 12 ", 12],
    ["1,2", undefined],
    ["-1", undefined],
    ["", undefined],
  ])("parseCount(%j) → %j", (value, expected) => expect(parseCount(value)).toBe(expected));
  it.each([
    ["OCT 2022", 2022],
    ["2021-03-15", 2021],
    ["SPR", undefined],
    ["12345", undefined],
  ])("yearInDate(%j) → %j", (value, expected) => expect(yearInDate(value)).toBe(expected));
});

describe("splitting multi-value strings", () => {
  it("splitOutsideBrackets keeps `; ` inside brackets (docs/methodology.md §2.3)", () => {
    expect(
      splitOutsideBrackets("[Sato, A; Suzuki, B] Univ Tokyo, Japan; [Smith, C] Harvard Univ, MA 02138 USA"),
    ).toEqual(["[Sato, A; Suzuki, B] Univ Tokyo, Japan", "[Smith, C] Harvard Univ, MA 02138 USA"]);
  });
  it("splitOutsideBrackets does not split at a `;` glued to the next character", () => {
    expect(splitOutsideBrackets("A;B; C")).toEqual(["A;B", "C"]);
  });
  it("splitCellValues splits at `; ` only", () => {
    expect(splitCellValues("X, 2000, DOI 10.1002/(SICI)1;2-K; Y, 2001")).toEqual([
      "X, 2000, DOI 10.1002/(SICI)1;2-K",
      "Y, 2001",
    ]);
  });
  it("splitList trims and drops empty parts", () => {
    expect(splitList(" Article; Early Access; ")).toEqual(["Article", "Early Access"]);
  });
  it("splitListIn splits only the range it is given", () => {
    // Characters 1 to 19 of the C1 line are "Sato, A; Suzuki, B": its "]" at 19 and the ";" after it stay out.
    expect(splitListIn("[Sato, A; Suzuki, B]; Univ Tokyo; Japan", 1, 19)).toEqual(["Sato, A", "Suzuki, B"]);
    expect(splitListIn("a;b", 1, 1)).toEqual([]);
  });
});

describe("parseC1Address(line, number)", () => {
  it.each([
    [
      "[Sato, Akira; Suzuki, Bo] Univ Tokyo, Dept Chem, Tokyo 1130033, Japan.",
      {
        number: 1,
        text: "Univ Tokyo, Dept Chem, Tokyo 1130033, Japan",
        authors: ["Sato, Akira", "Suzuki, Bo"],
        organizations: [],
        parts: null,
      },
    ],
    [
      "UNIV CALIF BERKELEY,DEPT PHYS,BERKELEY,CA 94720",
      {
        number: 1,
        text: "UNIV CALIF BERKELEY,DEPT PHYS,BERKELEY,CA 94720",
        authors: [],
        organizations: [],
        parts: null,
      },
    ],
    ["[Sato, Akira]", undefined],
    // The period goes with the white space before it (a no-break space too); a lone period is nothing.
    [
      "  [Lee, K;; ] Seoul Natl Univ , Seoul, South Korea \u00a0. ",
      {
        number: 1,
        text: "Seoul Natl Univ , Seoul, South Korea",
        authors: ["Lee, K"],
        organizations: [],
        parts: null,
      },
    ],
    ["[Lee, K] .", undefined],
    // An unclosed bracket is part of the address.
    ["[Lee, K Seoul.", { number: 1, text: "[Lee, K Seoul", authors: [], organizations: [], parts: null }],
  ])("parseC1Address(%j, 1)", (line, expected) => expect(parseC1Address(line, 1)).toEqual(expected));
});

describe("parseReprintAddresses(value)", () => {
  it("splits several corresponding-author entries at the `.; ` between them", () => {
    expect(
      parseReprintAddresses(
        "Si, BC; Liu, ZD (corresponding author), China Agr Univ, Key Lab, Beijing 100083, Peoples R China.; Zhang, JS (corresponding author), Qilu Univ Technol, Jinan 250353, Peoples R China.",
      ),
    ).toEqual([
      { authors: ["Si, BC", "Liu, ZD"], text: "China Agr Univ, Key Lab, Beijing 100083, Peoples R China" },
      { authors: ["Zhang, JS"], text: "Qilu Univ Technol, Jinan 250353, Peoples R China" },
    ]);
  });
  it("reads the older `(reprint author)` form", () => {
    expect(parseReprintAddresses("Altman, S (reprint author), Yale Univ, New Haven, CT 06520 USA.")).toEqual([
      { authors: ["Altman, S"], text: "Yale Univ, New Haven, CT 06520 USA" },
    ]);
  });
  it("keeps an address that names no author", () => {
    expect(parseReprintAddresses("Singapore Polytech, 500 Dover Rd, Singapore 139651, Singapore.")).toEqual([
      { authors: [], text: "Singapore Polytech, 500 Dover Rd, Singapore 139651, Singapore" },
    ]);
  });
  it("gives nothing for an empty value", () => expect(parseReprintAddresses("")).toEqual([]));
});

describe("parseGrants(value) and parseNamedIdentifiers(value)", () => {
  it("reads agencies with and without grant numbers", () => {
    expect(
      parseGrants("Swedish Heart Lung Foundation (HLF) [2020-0627, 2021-0536]; Wallenberg Foundation"),
    ).toEqual([
      { agency: "Swedish Heart Lung Foundation (HLF)", grantIds: ["2020-0627", "2021-0536"] },
      { agency: "Wallenberg Foundation", grantIds: [] },
    ]);
  });
  it("reads OI/RI entries and skips empty ones", () => {
    expect(parseNamedIdentifiers("; Liu, Shuai/F-9967-2012; Shao, Xinquan/0009-0005-7999-2907")).toEqual([
      { name: "Liu, Shuai", id: "F-9967-2012" },
      { name: "Shao, Xinquan", id: "0009-0005-7999-2907" },
    ]);
  });
  it("takes the last slash, trims name and identifier, and skips entries without both", () => {
    // " Sato, A / B/0000-0001 " → trimmed "Sato, A / B/0000-0001", last "/" before "0000-0001";
    // "/0000-0002" has no name, "Kato, C/" no identifier, "Ito, D" no slash: all three skipped.
    // "\u00a0Mori, E\t/\u3000X-1-2000 " → no-break space, tab and ideographic space are trimmed too.
    expect(
      parseNamedIdentifiers(
        " Sato, A / B/0000-0001 ;/0000-0002; Kato, C/;Ito, D;\u00a0Mori, E\t/\u3000X-1-2000 ",
      ),
    ).toEqual([
      { name: "Sato, A / B", id: "0000-0001" },
      { name: "Mori, E", id: "X-1-2000" },
    ]);
  });
  // The definition the character-code scan replaced: split at every ";", trim, skip empty parts,
  // then the last "/" with something before and after it.
  const definedEntries = (value: string) =>
    value
      .split(";")
      .map((part) => part.trim())
      .filter((part) => part.length > 0)
      .flatMap((part) => {
        const slash = part.lastIndexOf("/");
        if (slash <= 0 || slash === part.length - 1) return [];
        return [{ name: part.slice(0, slash).trim(), id: part.slice(slash + 1).trim() }];
      });
  test.prop([fc.string({ unit: fc.constantFrom("a", "/", ";", " ", "\t", "\u00a0", "\u2028", "0") })])(
    "parseNamedIdentifiers follows the definition on any list",
    (value) => {
      expect(parseNamedIdentifiers(value)).toEqual(definedEntries(value));
    },
  );
});

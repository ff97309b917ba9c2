import { describe, expect, it } from "vitest";
import { normalizeAuthors } from "../../src/normalize/authors.ts";
import { validOrcid } from "../../src/normalize/orcid.ts";
import type { Author } from "../../src/read/wos-record.ts";

const author = (seq: number, name: string, fullName: string | null, extra: Partial<Author> = {}): Author => ({
  seq,
  name,
  fullName,
  orcid: null,
  researcherId: null,
  addressNumbers: [],
  ...extra,
});

describe("validOrcid(value) (ISO 7064 MOD 11-2, docs/methodology.md §3.4)", () => {
  // 0000-0002-1825-0097: digits 0,0,0,0,0,0,0,2,1,8,2,5,0,0,9; t ← (t + d)·2 runs
  // 0,0,0,0,0,0,0,4,10,36,76,162,324,648,1314; 1314 mod 11 = 5; (12 − 5) mod 11 = 7 → check "7".
  it.each([
    ["0000-0002-1825-0097", "0000-0002-1825-0097"],
    ["https://orcid.org/0000-0002-1825-0097", "0000-0002-1825-0097"],
    ["0000-0002-1825-0098", null],
    // 0000-0002-1694-233X: digits …,2,1,6,9,4,2,3,3 give t = 4,10,32,82,172,348,702,1410; 1410 mod 11 = 2; (12 − 2) mod 11 = 10 → "X".
    ["0000-0002-1694-233x", "0000-0002-1694-233X"],
    ["0000-0002-1694-2330", null],
    // Canonical forms checked by character codes: the upper-case X, and 19 characters that are not an iD.
    ["0000-0002-1694-233X", "0000-0002-1694-233X"],
    ["0000-0002-1825-009X", null],
    ["0000 0002-1825-0097", null],
    ["0000-0002-18250-097", null],
    ["0000-0002-1825-00a7", null],
    // Written otherwise, normalized first: spaces around it, a prefix in capitals.
    [" 0000-0002-1825-0097 ", "0000-0002-1825-0097"],
    ["HTTPS://ORCID.ORG/0000-0002-1694-233X", "0000-0002-1694-233X"],
    ["A-1234-2010", null],
    ["", null],
  ])("validOrcid(%j) → %j", (value, expected) => expect(validOrcid(value)).toBe(expected));
});

describe("normalizeAuthors(authors, addresses)", () => {
  it("links authors to C1 addresses through the bracket names, accents and abbreviations aside", () => {
    const { authors, warnings } = normalizeAuthors(
      [
        author(1, "Bjornson, E", "Björnson, Emil"),
        author(2, "Sato, A", "Sato, Akira"),
        author(3, "Smith, C", "Smith, Carol"),
      ],
      [
        { address: { source: "C1" }, number: 1, names: ["Bjornson, Emil", "Sato, Akira"] },
        { address: { source: "C1" }, number: 2, names: ["Smith, C.", "Sato, Akira"] },
        { address: { source: "RP" }, number: null, names: ["Sato, A"] },
      ],
    );
    expect(authors.map((a) => [a.seq, a.name, a.addressIndexes])).toEqual([
      [1, "Björnson, Emil", [0]],
      [2, "Sato, Akira", [0, 1, 2]],
      [3, "Smith, Carol", [1]],
    ]);
    expect(warnings).toEqual([]);
  });

  it("warns about a bracket name that matches no author, or matches two loosely", () => {
    const { authors, warnings } = normalizeAuthors(
      [author(1, "Sato, A", "Sato, Akira"), author(2, "Sato, A", "Sato, Aiko")],
      [{ address: { source: "C1" }, number: 1, names: ["Sato, Ayumi", "Jones, D"] }],
    );
    expect(authors.map((a) => a.addressIndexes)).toEqual([[], []]);
    expect(warnings).toEqual([
      { code: "author-address-unlinked", detail: 'C1 name "Sato, Ayumi"' },
      { code: "author-address-unlinked", detail: 'C1 name "Jones, D"' },
    ]);
  });

  it("uses XML addr_no links when the record has them (one author with two addresses)", () => {
    const { authors } = normalizeAuthors(
      [
        author(1, "Yamada, T", "Yamada, Taro", { addressNumbers: [1, 2] }),
        author(2, "Lee, K", "Lee, Kim", { addressNumbers: [2] }),
      ],
      [
        { address: { source: "C1" }, number: 1, names: [] },
        { address: { source: "C1" }, number: 2, names: [] },
      ],
    );
    expect(authors.map((a) => a.addressIndexes)).toEqual([[0, 1], [1]]);
  });

  it("keys authors by valid ORCID, then ResearcherID, then surname and initial", () => {
    const { authors, warnings } = normalizeAuthors(
      [
        author(1, "Smith, C", "Smith, Carol", { orcid: "0000-0002-1825-0097", researcherId: "A-1234-2010" }),
        author(2, "Suzuki, B", "Suzuki, Bo", { researcherId: "a-1234-2010" }),
        author(3, "Muller, K", "Müller, Klaus", { orcid: "0000-0002-1825-0098" }),
        author(4, "Doe, J", null),
      ],
      [],
    );
    expect(authors.map((a) => [a.key, a.keySource])).toEqual([
      ["orcid:0000-0002-1825-0097", "orcid"],
      ["rid:A-1234-2010", "rid"],
      ["name:MULLER|K", "name"],
      ["name:DOE|J", "name"],
    ]);
    expect(warnings).toEqual([{ code: "invalid-orcid", detail: "0000-0002-1825-0098" }]);
  });
});

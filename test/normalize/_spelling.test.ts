import { describe, expect, it } from "vitest";
import { foldSpelling, nearestKeys } from "../../src/normalize/_spelling.ts";

describe("foldSpelling(text)", () => {
  it.each([
    ["Côte d’Ivoire", "COTEDIVOIRE"],
    ["cote d'ivoire", "COTEDIVOIRE"],
    ["Biology & Biochemistry", "BIOLOGYANDBIOCHEMISTRY"],
    ["  U.S.A. ", "USA"],
    ["Türkiye", "TURKIYE"],
    ["", ""],
  ])("folds %j to %j", (text, folded) => {
    expect(foldSpelling(text)).toBe(folded);
  });
});

describe("nearestKeys(text, spellings, count)", () => {
  const spellings = new Map([
    ["JAPAN", "JP"],
    ["SPAIN", "ES"],
    ["JPN", "JP"],
    ["NEUROSCIENCEANDBEHAVIOR", "NEU"],
    ["NEU", "NEU"],
  ]);
  it("counts a transposition as one edit", () => {
    // JPAAN → JAPAN: one swap (1); JPAAN → SPAIN: J→S, A→I (2)
    expect(nearestKeys("Jpaan", spellings, 2)).toEqual(["JP", "ES"]);
  });
  it("finds a name typed in part near its start", () => {
    // NEUROSIENCE vs the first 11 letters NEUROSCIENC: insert C, drop E (2) + 1 = 3
    expect(nearestKeys("Neurosience", spellings, 1)).toEqual(["NEU"]);
  });
  it("keeps each key once, at its nearest spelling, ties by key", () => {
    expect(
      nearestKeys(
        "XXXXX",
        new Map([
          ["AAAAA", "B"],
          ["BBBBB", "A"],
        ]),
        2,
      ),
    ).toEqual(["A", "B"]);
  });
});

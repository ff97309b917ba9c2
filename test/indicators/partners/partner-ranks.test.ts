// docs/methodology.md §9.2: competition ranks on exact counts, alpha-3 display order, the cutoff tie
// and the rank change, one line per case.
import { describe, expect, it } from "vitest";
import { cutoffTie, partnerRanks, rankMovement } from "../../../src/indicators/partners/partner-ranks.ts";

const counts = (...pairs: [string, number][]) => new Map(pairs);

describe("partnerRanks(shared)", () => {
  it("ranks data set Q's 2021 counts: CHN, GBR 1; CAN, DEU, FRA, JPN 3 (§9.3)", () => {
    const shared = counts(["JP", 1], ["GB", 3], ["FR", 1], ["DE", 1], ["CN", 3], ["CA", 1]);
    expect(partnerRanks(shared).map((r) => [r.partner, r.papers, r.rank])).toEqual([
      ["CN", 3, 1],
      ["GB", 3, 1],
      ["CA", 1, 3],
      ["DE", 1, 3],
      ["FR", 1, 3],
      ["JP", 1, 3],
    ]);
  });

  it("orders equal counts by alpha-3, not by key: AT (AUT) after AU (AUS), DE (DEU) before DK (DNK)", () => {
    const shared = counts(["AT", 2], ["AU", 2], ["DK", 1], ["DE", 1]);
    expect(partnerRanks(shared).map((r) => r.partner)).toEqual(["AU", "AT", "DE", "DK"]);
  });

  it("leaves out partners with no paper and gives [] for none", () => {
    expect(partnerRanks(counts(["CN", 0], ["US", 2]))).toEqual([{ partner: "US", papers: 2, rank: 1 }]);
    expect(partnerRanks(new Map())).toEqual([]);
  });
});

describe("cutoffTie(ranked, top)", () => {
  const ranked = partnerRanks(counts(["US", 3], ["KR", 2], ["CN", 2], ["DE", 2], ["FR", 1]));
  it.each([
    [1, false, []],
    [2, true, ["CN", "DE", "KR"]],
    [3, true, ["CN", "DE", "KR"]],
    [4, false, []],
    [5, false, []],
    [9, false, []],
  ] as const)("top %i: tie %s, tied %j", (top, tie, tied) => {
    expect(cutoffTie(ranked, top)).toEqual({ tieAtCutoff: tie, tiedAtCutoff: tied });
  });
});

describe("rankMovement(previousRank, rank)", () => {
  it.each([
    [1, 3, -2, "down"],
    [2, 1, 1, "up"],
    [3, 3, 0, "same"],
    [null, 3, null, "new"],
  ] as const)("from %s to %i: Δ %s, %s", (previous, rank, change, movement) => {
    expect(rankMovement(previous, rank)).toEqual({ rankChange: change, movement });
  });
});

// METHODOLOGY.md §9.2: competition ranks on exact counts, alpha-3 display order, the cutoff tie
// and the rank change, one line per case.
import { describe, expect, it } from "vitest";
import { compareAlpha3, competitionRanks } from "../../src/indicators/_competition-rank.ts";
import { cutoffTie, partnerRanks, rankMovement } from "../../src/indicators/partner-ranks.ts";

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

describe("competitionRanks(items, count, country, tolerance)", () => {
  it("treats counts within the tolerance as equal, and only those", () => {
    const items: [string, number][] = [
      ["GB", 1 / 3],
      ["CN", 1 / 3 + 1e-12],
    ];
    const ranked = (tolerance: number) =>
      competitionRanks(
        items,
        ([, n]) => n,
        ([c]) => c,
        tolerance,
      ).map((r) => [r.item[0], r.rank]);
    expect(ranked(1e-9)).toEqual([
      ["CN", 1],
      ["GB", 1],
    ]);
    expect(ranked(0)).toEqual([
      ["CN", 1],
      ["GB", 2],
    ]);
  });

  it("falls back to the key for keys without alpha-3 and for equal alpha-3 (GB-ENG, GB-SCT are both GBR)", () => {
    expect(["GB-SCT", "ZZ", "GB-ENG", "DE"].sort(compareAlpha3)).toEqual(["DE", "GB-ENG", "GB-SCT", "ZZ"]);
  });
});

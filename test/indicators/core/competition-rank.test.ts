// Competition ranks by a count, equal counts shown by alpha-3 (docs/methodology.md §4.6, §9.2).
import { describe, expect, it } from "vitest";
import { compareAlpha3, competitionRanks } from "../../../src/indicators/core/competition-rank.ts";

describe("competitionRanks(items, count, country, tolerance)", () => {
  it("ranks by count, largest first; equal counts share a rank, shown by alpha-3, and the next rank skips", () => {
    // GB and CN have 3 (CHN before GBR), CA has 1: ranks 1, 1, then 1 + 2 larger counts = 3.
    const items: [string, number][] = [
      ["GB", 3],
      ["CA", 1],
      ["CN", 3],
    ];
    const ranked = competitionRanks(
      items,
      ([, n]) => n,
      ([c]) => c,
    );
    expect(ranked.map((r) => [r.item[0], r.rank])).toEqual([
      ["CN", 1],
      ["GB", 1],
      ["CA", 3],
    ]);
  });

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

// docs/methodology.md §4.6: shares of the world (論文数シェア) and competition ranks, on data set C.
import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../../src/corpus/corpus.ts";
import { collaborationIndicators } from "../../../src/indicators/collaboration/collaboration.ts";
import { worldShares } from "../../../src/indicators/collaboration/world-shares.ts";
import { corpusOf, dataSetC } from "../_papers.ts";

let c: Corpus;
beforeAll(async () => {
  c = (await dataSetC()).corpus;
});

describe("worldShares(table)", () => {
  it("gives integer shares of N_world = 7 that add up to more than 1, and competition ranks", () => {
    // JP 6/7, US 2/7, then CN, DE, FR, GB tied at 1/7 (rank 3), shown by alpha-3: CHN, DEU, FRA, GBR.
    const rows = worldShares(collaborationIndicators(c.papers));
    expect(rows.map((r) => [r.country, r.papers, r.worldRank])).toEqual([
      ["JP", 6, 1],
      ["US", 2, 2],
      ["CN", 1, 3],
      ["DE", 1, 3],
      ["FR", 1, 3],
      ["GB", 1, 3],
    ]);
    expect(rows[0]?.worldShare).toBe(6 / 7);
    // 12 country counts over 7 papers.
    expect(rows.reduce((sum, r) => sum + (r.worldShare ?? 0), 0)).toBeCloseTo(12 / 7, 12);
  });

  it("gives NISTEP fractional shares that add up to 1: JP 4.5/7, US 1/7, DE 1/14, CN = FR = GB 1/21", () => {
    const rows = worldShares(collaborationIndicators(c.papers, { counting: "fractional" }));
    expect(rows.map((r) => [r.country, r.worldRank])).toEqual([
      ["JP", 1],
      ["US", 2],
      ["DE", 3],
      ["CN", 4],
      ["FR", 4],
      ["GB", 4],
    ]);
    expect(rows.map((r) => r.worldShare ?? Number.NaN)).toEqual([
      4.5 / 7,
      1 / 7,
      0.5 / 7,
      expect.closeTo(1 / 21, 12),
      expect.closeTo(1 / 21, 12),
      expect.closeTo(1 / 21, 12),
    ]);
    expect(rows.reduce((sum, r) => sum + (r.worldShare ?? 0), 0)).toBeCloseTo(1, 12);
  });

  it("ranks each period and field apart, a window's share being the ratio of its sums", async () => {
    // windows-2019-2022.txt, 2019–2021: world 6 papers; JP 6 (share 1), US 2 (W1, W3), GB 1, DE 1.
    const windows = await corpusOf("indicators/windows-2019-2022.txt");
    const table = collaborationIndicators(windows.papers, {
      periods: { kind: "windows", windows: [{ from: 2019, to: 2021 }] },
    });
    expect(worldShares(table).map((r) => [r.country, r.worldShare, r.worldRank])).toEqual([
      ["JP", 1, 1],
      ["US", 2 / 6, 2],
      ["DE", 1 / 6, 3],
      ["GB", 1 / 6, 3],
    ]);
  });
});

// A pass's fractional method paper by paper: shares per country, warnings per paper (docs/methodology.md §4, §13.4).
import { describe, expect, it } from "vitest";
import type { CorpusPaper } from "../../../src/corpus/corpus-paper.ts";
import { countingFunction } from "../../../src/indicators/counting/counting-weights.ts";
import { createFractionalShares } from "../../../src/indicators/counting/fractional-shares.ts";
import { paper } from "../_papers.ts";

const NO_WARNINGS = { "fraction-renormalized": 0, "cwts-fallback-address": 0 };

// Two Japanese institutions and one American: NISTEP gives JP 2/3, US 1/3 (§4.2).
const jpJpUs = paper({
  addresses: [
    ["JP", "UNIV TOKYO"],
    ["JP", "KYOTO UNIV"],
    ["US", "HARVARD UNIV"],
  ],
});
// One Japanese institution and one without a country: JP gets 1/1, with fraction-renormalized.
const jpAndUnknown = paper({
  addresses: [
    ["JP", "UNIV TOKYO"],
    [null, "SOMEWHERE"],
  ],
});

describe("createFractionalShares(method)", () => {
  it("weighs a paper once into each country's share", () => {
    const shares = createFractionalShares(countingFunction({ method: "nistep" }));
    expect([...shares.weigh(jpJpUs)]).toEqual([
      ["JP", 2 / 3],
      ["US", 1 / 3],
    ]);
    expect(shares.warnings()).toEqual(NO_WARNINGS);
  });

  it("counts the papers on which the method recorded each warning", () => {
    const shares = createFractionalShares(countingFunction({ method: "nistep" }));
    for (const p of [jpAndUnknown, jpJpUs, jpAndUnknown]) shares.weigh(p);
    // Two of the three papers have a unit without a country.
    expect(shares.warnings()).toEqual({ "fraction-renormalized": 2, "cwts-fallback-address": 0 });
  });

  it("gives no shares and calls no method without a method or for a paper with no country", () => {
    const calls: CorpusPaper[] = [];
    const shares = createFractionalShares((p) => {
      calls.push(p);
      return countingFunction({ method: "country" })(p);
    });
    expect(shares.weigh(paper({ addresses: [[null, "SOMEWHERE"]] })).size).toBe(0);
    expect(calls).toEqual([]);
    expect(createFractionalShares(null).weigh(jpJpUs).size).toBe(0);
    expect(createFractionalShares(null).warnings()).toEqual(NO_WARNINGS);
  });

  it("hands out warnings as a copy that later papers do not change", () => {
    const shares = createFractionalShares(countingFunction({ method: "nistep" }));
    const before = shares.warnings();
    shares.weigh(jpAndUnknown);
    expect(before).toEqual(NO_WARNINGS);
  });
});

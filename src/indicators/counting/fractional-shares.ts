/**
 * A pass's fractional counting applied paper by paper (docs/methodology.md §4, §13.4): each country's
 * share of a paper, worked out once per paper rather than once per country × period × field, and
 * the number of papers on which the method recorded each warning. The collaboration and Top-x%
 * passes both sum a fractional method next to integer counting and report its warnings.
 */
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import type { CountingFunction } from "./counting-weights.ts";
import type { CountingWarning } from "./country-weights.ts";

/** A fractional method in a pass. */
export interface FractionalShares {
  /**
   * Each country's share of a paper, counting the warnings the method records on it (so call it
   * once per paper); empty without a method or for a paper with no country, which no method weighs.
   */
  readonly weigh: (paper: CorpusPaper) => ReadonlyMap<string, number>;
  /** Papers weighed so far on which the method recorded each warning; zeros without a method. */
  readonly warnings: () => Readonly<Record<CountingWarning, number>>;
}

/**
 * Starts applying a fractional method in a pass.
 * @param method - the method, from `countingFunction`, or `null` for integer counting only
 * @example
 * const shares = createFractionalShares(countingFunction({ method: "nistep" }));
 * shares.weigh(p1)   // data set C → Map { "JP" → 0.666…, "US" → 0.333… }
 * shares.warnings()  // → { "fraction-renormalized": 0, "cwts-fallback-address": 0 }
 */
export function createFractionalShares(method: CountingFunction | null): FractionalShares {
  // Key order is the order tables print the warnings in.
  const warnings: Record<CountingWarning, number> = {
    "fraction-renormalized": 0,
    "cwts-fallback-address": 0,
  };
  return {
    weigh(paper) {
      if (method === null || paper.countries.length === 0) return new Map();
      const weights = method(paper);
      for (const warning of weights.warnings) warnings[warning]++;
      return new Map(weights.weights.map((w) => [w.country, w.weight]));
    },
    warnings: () => ({ ...warnings }),
  };
}

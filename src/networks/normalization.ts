/**
 * Normalized edge values (docs/methodology.md §11.3). They correct a raw co-authorship weight for the
 * sizes of the two nodes, so that two small countries that always write together rank above two
 * large ones that rarely do. Each is kept beside the weight, never in its place.
 */
import type { Normalization } from "./network-options.ts";

/** The quantities a normalization reads. */
export interface NormalizationInput {
  /** `a_ij`, the edge weight. */
  readonly weight: number;
  /** `N(i)` and `N(j)`, the paper counts of the two nodes. */
  readonly papers: readonly [number, number];
  /** `k_i` and `k_j`, the strengths of the two nodes. */
  readonly strengths: readonly [number, number];
  /** `m = Σ_{i<j} a_ij`, the total edge weight of the network. */
  readonly totalWeight: number;
}

/**
 * The normalized value of an edge.
 * - `association-strength`: `2m·a_ij / (k_i·k_j)` (VOSviewer's default);
 * - `cosine` (Salton): `a_ij / sqrt(N(i)·N(j))`;
 * - `jaccard`: `a_ij / (N(i) + N(j) − a_ij)`;
 * - `none`: `a_ij`.
 * @example
 * // Data set K, edge JP–US under full counting: a = 3, N = (5, 5), k = (5, 5), m = 7
 * const jpUs = { weight: 3, papers: [5, 5], strengths: [5, 5], totalWeight: 7 } as const;
 * normalizedWeight("association-strength", jpUs) // → 1.68 (42/25)
 * normalizedWeight("cosine", jpUs)               // → 0.6
 * normalizedWeight("jaccard", jpUs)              // → 0.42857142857142855 (3/7)
 */
export function normalizedWeight(normalization: Normalization, input: NormalizationInput): number {
  const { weight, papers, strengths, totalWeight } = input;
  switch (normalization) {
    case "none":
      return weight;
    case "association-strength":
      return (2 * totalWeight * weight) / (strengths[0] * strengths[1]);
    case "cosine":
      return weight / Math.sqrt(papers[0] * papers[1]);
    case "jaccard":
      return weight / (papers[0] + papers[1] - weight);
  }
}

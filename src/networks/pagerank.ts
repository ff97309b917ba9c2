/**
 * PageRank with the parameters of docs/methodology.md §11.4: damping 0.85, uniform teleport, the walk
 * from j to i taken with probability `a_ij / k_j`, the rank of nodes without edges spread
 * uniformly, until the L1 change falls below 1e-12, for at most 1000 iterations.
 * graphology-metrics' `pagerank` implements this walk; its defaults differ (100 iterations, and it
 * stops when the L1 change is below 1e-6 × the number of nodes, which leaves errors near 1e-7),
 * and it uses the `weight` attribute whenever edges have one. The wrapper fixes the parameters and
 * makes the weight an explicit choice.
 */

import { checkKeys, optionKeys } from "../diagnostics/checked-options.ts";
import { type Attributes, pagerank, type UndirectedGraph } from "./_graphology.ts";

/** Options of `pageRank`. */
export interface PageRankOptions {
  /** Edge attribute holding weights; `null` (default) walks every edge with equal probability. */
  readonly weight?: string | null;
}

/** L1 change under which the iteration has converged (§11.4). */
const TOLERANCE = 1e-12;
const MAX_ITERATIONS = 1000;
const DAMPING = 0.85;

/**
 * PageRank of every node; the values sum to 1.
 * @param graph - an undirected graph
 * @param options - `weight`: the weight attribute (default `null`, unweighted)
 * @example
 * // Data set K (docs/methodology.md §11.5)
 * pageRank(graph)                       // → { DE: 0.141408…, GB: 0.245928…, JP: 0.366736…, US: 0.245928… }
 * pageRank(graph, { weight: "weight" }) // → { DE: 0.097453…, GB: 0.212248…, JP: 0.352665…, US: 0.337633… }
 */
export function pageRank(
  graph: UndirectedGraph<Attributes, Attributes>,
  options: PageRankOptions = {},
): Record<string, number> {
  checkKeys(options, optionKeys<PageRankOptions>({ weight: true }), "pageRank options");
  if (graph.order === 0) return {};
  return pagerank(graph, {
    alpha: DAMPING,
    getEdgeWeight: options.weight ?? null,
    maxIterations: MAX_ITERATIONS,
    // graphology stops when the L1 change is below order × tolerance.
    tolerance: TOLERANCE / graph.order,
  });
}

/**
 * Degree and strength (docs/methodology.md §11.4; Barrat et al. 2004): the number of distinct
 * neighbours, and the sum of incident edge weights. Under fractional counting with 1/(n − 1) per
 * pair, a node's strength is its number of co-authored papers (§11.2), which makes strength the
 * natural size of a node in a fractional network.
 */
import { type Adjacency, adjacency } from "./_adjacency.ts";
import type { Attributes, UndirectedGraph } from "./_graphology.ts";
import { compensatedSum } from "./compensated-sum.ts";

/**
 * Strength of every node: Σ_j a_ij, summed with compensation over neighbours in node order.
 * @param graph - an undirected graph
 * @param weight - the edge attribute holding weights (default `"weight"`)
 * @throws CopubError `invalid-option` when a weight is missing or not positive
 * @example
 * // Data set K, fractional weights: JP–US 5/2, JP–GB 1/2, JP–DE 1
 * nodeStrength(graph) // → { DE: 1, GB: 2, JP: 4, US: 4 }
 */
export function nodeStrength(
  graph: UndirectedGraph<Attributes, Attributes>,
  weight = "weight",
): Record<string, number> {
  const adj = adjacency(graph, weight);
  const strengths = strengthsOf(adj);
  return Object.fromEntries(adj.keys.map((key, i) => [key, strengths[i] as number]));
}

/**
 * Strength of every node of a CSR adjacency, by node index, summed as `nodeStrength` sums.
 * @example
 * strengthsOf(adjacency(graph, "weight")) // → Float64Array [1, 2, 4, 4] (data set K, fractional)
 */
export function strengthsOf({ keys, starts, weights }: Adjacency): Float64Array {
  return Float64Array.from(keys, (_key, i) =>
    compensatedSum(weights.subarray(starts[i] as number, starts[i + 1] as number)),
  );
}

/**
 * Degree of every node: its number of distinct neighbours.
 * @param graph - an undirected graph without parallel edges
 * @example
 * nodeDegree(graph) // → { DE: 1, GB: 2, JP: 3, US: 2 } (data set K)
 */
export function nodeDegree(graph: UndirectedGraph<Attributes, Attributes>): Record<string, number> {
  return Object.fromEntries(graph.nodes().map((key) => [key, graph.degree(key)]));
}

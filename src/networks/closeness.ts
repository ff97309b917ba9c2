/**
 * Closeness centrality with the Wasserman–Faust correction (docs/methodology.md §11.4): with r the
 * number of nodes reachable from i, itself included, closeness is
 * `((r − 1) / Σ distances) · ((r − 1) / (n − 1))`, and 0 for an isolated node. Distances count
 * edges. graphology-metrics computes exactly this with `wassermanFaust: true`; its default
 * (`false`) drops the second factor, which on a disconnected graph rates a node in a small
 * component as central as one in the giant component.
 */
import { type Attributes, closeness, type UndirectedGraph } from "./_graphology.ts";

/**
 * Wasserman–Faust closeness of every node, over unweighted shortest paths.
 * @param graph - an undirected graph
 * @example
 * // Data set K: JP reaches 3 nodes at distance 1 each
 * closenessCentrality(graph) // → { DE: 0.6, GB: 0.75, JP: 1, US: 0.75 }
 */
export function closenessCentrality(graph: UndirectedGraph<Attributes, Attributes>): Record<string, number> {
  // graphology-metrics sizes a queue by the node count and throws on an empty graph (a corpus
  // whose papers have no country, say); an empty graph has no closeness to give.
  if (graph.order === 0) return {};
  return closeness(graph, { wassermanFaust: true });
}

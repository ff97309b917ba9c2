/**
 * What one paper adds to each edge between its nodes (docs/methodology.md §11.2). Full counting adds
 * 1, so an edge weight is a number of co-authored papers. Fractional counting gives every act of
 * co-authoring the same total weight, however many co-authors there are (Perianes-Rodriguez,
 * Waltman & van Eck 2016; Newman 2001): with 1/(n − 1) per pair each node's strength is its
 * number of co-authored papers; with 2/(n(n − 1)) each paper adds exactly 1 to the total weight.
 */
import type { EdgeWeight } from "./network-options.ts";

/**
 * The contribution of a paper with `nodes` distinct nodes to each of its edges.
 * @param method - the edge-weight method
 * @param nodes - `|V(p)|`, at least 2
 * @example
 * pairContribution("full", 3)               // → 1
 * pairContribution("fractional", 3)         // → 0.5
 * pairContribution("fractional-refined", 3) // → 0.3333333333333333 (2 / (3 · 2))
 */
export function pairContribution(method: EdgeWeight, nodes: number): number {
  switch (method) {
    case "full":
      return 1;
    case "fractional":
      return 1 / (nodes - 1);
    case "fractional-refined":
      return 2 / (nodes * (nodes - 1));
  }
}

/**
 * Pruning: the cuts users make on real networks before drawing or measuring them — minimum papers
 * per node, minimum edge weight, and the top N nodes by papers or by strength. Pruning keeps the
 * canonical order and never recomputes weights or normalizations: an edge keeps the values it has
 * in the whole network (§11.3 measures nodes in the corpus, not in the drawing).
 */

import { compareCodeUnits } from "../common/compare-code-units.ts";
import { checkOptions } from "../diagnostics/checked-options.ts";
import { compensatedSums } from "./compensated-sum.ts";
import type { Network, NetworkEdge, NetworkNode } from "./network.ts";
import { type PruneOptionsInput, PruneOptionsSchema } from "./network-options.ts";

/** Tolerance of the weight threshold: sums of fractions land a few ulps off whole numbers. */
const WEIGHT_TOLERANCE = 1e-9;

/**
 * Applies, in this order: nodes with fewer than `minPapers` papers go; edges whose weight is below
 * `minWeight` (within 1e-9) or that touch a removed node go; then, with `top`, the first `n` nodes
 * ranked by papers or by strength over the remaining edges (ties by key) stay, with the edges
 * among them. Nodes left without edges stay.
 * @param network - the network to prune (not modified)
 * @param options - `minPapers` (default 1), `minWeight` (default 0), `top` (default none)
 * @throws ZodError when an option is outside its domain
 * @example
 * // Data set K, full counting: JP 5, US 5, GB 2, DE 1 papers
 * pruneNetwork(network, { top: { n: 2, by: "papers" } }).nodes.map((v) => v.key) // → ["JP", "US"]
 * pruneNetwork(network, { minWeight: 2 }).edges.length // → 2 (JP–US 3, GB–US 2)
 */
export function pruneNetwork(network: Network, options: PruneOptionsInput): Network {
  const pruning = checkOptions(PruneOptionsSchema, options, "pruneNetwork options");
  const { minPapers, minWeight, top } = pruning;

  let nodes = network.nodes.filter((node) => node.papers >= minPapers);
  let keep = new Set(nodes.map((node) => node.key));
  let edges = network.edges.filter(
    (edge) => edge.weight + WEIGHT_TOLERANCE >= minWeight && keep.has(edge.source) && keep.has(edge.target),
  );

  if (top !== null && top.n < nodes.length) {
    const score = top.by === "papers" ? papersOf(nodes) : strengthsOf(nodes, edges);
    const ranked = [...nodes].sort(
      (a, b) => (score.get(b.key) as number) - (score.get(a.key) as number) || compareCodeUnits(a.key, b.key),
    );
    keep = new Set(ranked.slice(0, top.n).map((node) => node.key));
    nodes = nodes.filter((node) => keep.has(node.key));
    edges = edges.filter((edge) => keep.has(edge.source) && keep.has(edge.target));
  }

  return {
    ...network,
    pruning,
    nodes,
    edges,
    report: {
      ...network.report,
      removedNodes: network.report.removedNodes + network.nodes.length - nodes.length,
      removedEdges: network.report.removedEdges + network.edges.length - edges.length,
    },
  };
}

function papersOf(nodes: readonly NetworkNode[]): Map<string, number> {
  return new Map(nodes.map((node) => [node.key, node.papers]));
}

function strengthsOf(nodes: readonly NetworkNode[], edges: readonly NetworkEdge[]): Map<string, number> {
  const index = new Map(nodes.map((node, i) => [node.key, i]));
  const sums = compensatedSums(nodes.length);
  for (const edge of edges) {
    sums.add(index.get(edge.source) as number, edge.weight);
    sums.add(index.get(edge.target) as number, edge.weight);
  }
  return new Map(nodes.map((node, i) => [node.key, sums.value(i)]));
}

/**
 * The attributes a network carries into a graph and into every file format: their types, and one
 * function per element kind that builds the object in one fixed key order. `networkGraph` and the
 * writers in `output/network/` share them, so a GraphML file, a GEXF file, a CSV table and
 * graphology's own JSON say the same thing in the same order. The types live here rather than
 * beside `NetworkGraph` so that the graph module and the builders do not import each other.
 */
import { CopubError } from "../diagnostics/errors.ts";
import type { Network, NetworkEdge, NetworkNode } from "./network.ts";
import type { EdgeWeight, NetworkLevel, Normalization } from "./network-options.ts";
import type { NetworkMetrics, NodeMetrics } from "./node-metrics.ts";

/** Node attributes: the node's counts, plus its metrics once `networkGraph` is given them. */
export type NetworkNodeAttributes = {
  /** Display label. */
  label: string;
  /** `N(v)`, integer count of papers. */
  papers: number;
  /** Papers split equally among each paper's distinct nodes. */
  fractionalCount: number;
} & Partial<Omit<NodeMetrics, "id" | "label" | "papers">>;

/** Edge attributes. */
export type NetworkEdgeAttributes = {
  /** Co-authored papers. */
  papers: number;
  /** `a_ij` under the network's edge-weight method. */
  weight: number;
  /** The normalized value, present only when the network has a normalization. */
  normalized?: number;
};

/** Graph attributes: how the network was built (and measured). */
export type NetworkGraphAttributes = {
  /** Node level. */
  level: NetworkLevel;
  /** Edge-weight method. */
  edgeWeight: EdgeWeight;
  /** Normalization. */
  normalization: Normalization;
  /** `maxNodesPerPaper`, when set. */
  maxNodesPerPaper?: number;
  /** Author networks: share of name-keyed authors (§3.4). */
  nameBasedAuthorKeys?: number;
  /** The edge attribute the weighted metrics used, when metrics are attached. */
  metricWeight?: "weight" | "normalized";
  /** The seed of Louvain and of the betweenness sample, when metrics are attached. */
  seed?: number;
  /** Sources betweenness was estimated from, drawn with `seed`, when it was estimated (not exact). */
  betweennessSources?: number;
  /** Pivots per component closeness was estimated from, drawn with `seed`, when it was estimated. */
  closenessSources?: number;
};

/**
 * How the network was built (and measured), as graph attributes.
 * @param network - the network (`buildNetwork`, `pruneNetwork`)
 * @param metrics - its metrics, whose weight attribute and seed are added when given
 * @example
 * graphAttributes(network) // → { level: "country", edgeWeight: "full", normalization: "none" } (data set K)
 */
export function graphAttributes(network: Network, metrics?: NetworkMetrics): NetworkGraphAttributes {
  const { level, edgeWeight, normalization, maxNodesPerPaper } = network.options;
  const attributes: NetworkGraphAttributes = { level, edgeWeight, normalization };
  if (maxNodesPerPaper !== null) attributes.maxNodesPerPaper = maxNodesPerPaper;
  if (network.report.nameBasedAuthorKeys !== null)
    attributes.nameBasedAuthorKeys = network.report.nameBasedAuthorKeys;
  if (metrics !== undefined) {
    attributes.metricWeight = metrics.weight;
    attributes.seed = metrics.seed;
    if (metrics.betweennessSources !== null) attributes.betweennessSources = metrics.betweennessSources;
    if (metrics.closenessSources !== null) attributes.closenessSources = metrics.closenessSources;
  }
  return attributes;
}

/**
 * The metrics rows in network node order, checked to belong to this network.
 * @param network - the network
 * @param metrics - metrics computed on it, or `undefined` (every row is then `undefined`)
 * @throws CopubError `invalid-option` when the metrics were computed on other nodes
 * @example
 * metricRows(network, undefined) // → [undefined, undefined, undefined, undefined] (data set K)
 */
export function metricRows(
  network: Network,
  metrics: NetworkMetrics | undefined,
): readonly (NodeMetrics | undefined)[] {
  if (metrics === undefined) return network.nodes.map(() => undefined);
  const rows = metrics.nodes;
  if (rows.length !== network.nodes.length || rows.some((row, i) => row.id !== network.nodes[i]?.key)) {
    throw new CopubError(
      "invalid-option",
      "the metrics were computed on another network (node lists differ)",
    );
  }
  return rows;
}

/**
 * A node's attributes: label, papers, fractional count, then its metrics when given.
 * @param node - a network node
 * @param row - its metrics row (`metricRows`), or `undefined`
 * @example
 * nodeAttributes(network.nodes[0], undefined) // → { label: "Germany", papers: 1, fractionalCount: 0.5 } (data set K)
 */
export function nodeAttributes(node: NetworkNode, row: NodeMetrics | undefined): NetworkNodeAttributes {
  const { label, papers, fractionalCount } = node;
  if (row === undefined) return { label, papers, fractionalCount };
  const { id: _id, label: _label, papers: _papers, ...measured } = row;
  return { label, papers, fractionalCount, ...measured };
}

/**
 * An edge's attributes: papers, weight, and the normalized value when there is one.
 * @param edge - a network edge
 * @example
 * edgeAttributes({ source: "JP", target: "US", papers: 3, weight: 3, normalized: null }) // → { papers: 3, weight: 3 }
 */
export function edgeAttributes(edge: NetworkEdge): NetworkEdgeAttributes {
  const attributes: NetworkEdgeAttributes = { papers: edge.papers, weight: edge.weight };
  if (edge.normalized !== null) attributes.normalized = edge.normalized;
  return attributes;
}

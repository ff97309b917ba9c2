/**
 * The attributes a network carries into a graph and into every file format: one function per
 * element kind, each building its object in one fixed key order, and the column list (name and
 * type) that the writers declare. `networkGraph` and the writers share them, so a GraphML file, a
 * GEXF file, a CSV table and graphology's own JSON say the same thing in the same order.
 */
import { CopubError } from "../diagnostics/errors.ts";
import type { Network, NetworkEdge, NetworkNode } from "./network.ts";
import type {
  NetworkEdgeAttributes,
  NetworkGraphAttributes,
  NetworkNodeAttributes,
} from "./network-graph.ts";
import type { NetworkMetrics, NodeMetrics } from "./node-metrics.ts";

/** Value type of an attribute column. */
export type ColumnType = "string" | "int" | "double";

/** One attribute column. */
export interface Column {
  /** Attribute name. */
  readonly name: string;
  /** Its type. */
  readonly type: ColumnType;
}

const BASE_NODE_COLUMNS: readonly Column[] = [
  { name: "label", type: "string" },
  { name: "papers", type: "int" },
  { name: "fractionalCount", type: "double" },
];

const METRIC_COLUMNS: readonly Column[] = [
  { name: "degree", type: "int" },
  { name: "strength", type: "double" },
  { name: "betweenness", type: "double" },
  { name: "betweennessNormalized", type: "double" },
  { name: "weightedBetweenness", type: "double" },
  { name: "closeness", type: "double" },
  { name: "eigenvector", type: "double" },
  { name: "pagerank", type: "double" },
  { name: "clustering", type: "double" },
  { name: "core", type: "int" },
  { name: "community", type: "int" },
];

const GRAPH_TYPES: Readonly<Record<string, ColumnType>> = {
  maxNodesPerPaper: "int",
  nameBasedAuthorKeys: "double",
  seed: "int",
};

/** Node columns: the counts, then the metrics when there are any. */
export function nodeColumns(metrics: NetworkMetrics | undefined): readonly Column[] {
  return metrics === undefined ? BASE_NODE_COLUMNS : [...BASE_NODE_COLUMNS, ...METRIC_COLUMNS];
}

/** Edge columns: papers and weight, then the normalized value when the network has one. */
export function edgeColumns(network: Network): readonly Column[] {
  const columns: Column[] = [
    { name: "papers", type: "int" },
    { name: "weight", type: "double" },
  ];
  if (network.options.normalization !== "none") columns.push({ name: "normalized", type: "double" });
  return columns;
}

/** Graph columns: one per attribute `graphAttributes` sets. */
export function graphColumns(attributes: NetworkGraphAttributes): readonly Column[] {
  return Object.keys(attributes).map((name) => ({ name, type: GRAPH_TYPES[name] ?? "string" }));
}

/** How the network was built (and measured), as graph attributes. */
export function graphAttributes(network: Network, metrics?: NetworkMetrics): NetworkGraphAttributes {
  const { level, edgeWeight, normalization, maxNodesPerPaper } = network.options;
  const attributes: NetworkGraphAttributes = { level, edgeWeight, normalization };
  if (maxNodesPerPaper !== null) attributes.maxNodesPerPaper = maxNodesPerPaper;
  if (network.report.nameBasedAuthorKeys !== null)
    attributes.nameBasedAuthorKeys = network.report.nameBasedAuthorKeys;
  if (metrics !== undefined) {
    attributes.metricWeight = metrics.weight;
    attributes.seed = metrics.seed;
  }
  return attributes;
}

/**
 * The metrics rows in network node order, checked to belong to this network.
 * @throws CopubError `invalid-option` when the metrics were computed on other nodes
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

/** A node's attributes: label, papers, fractional count, then its metrics when given. */
export function nodeAttributes(node: NetworkNode, row: NodeMetrics | undefined): NetworkNodeAttributes {
  const { label, papers, fractionalCount } = node;
  if (row === undefined) return { label, papers, fractionalCount };
  const { id: _id, label: _label, papers: _papers, ...measured } = row;
  return { label, papers, fractionalCount, ...measured };
}

/** An edge's attributes: papers, weight, and the normalized value when there is one. */
export function edgeAttributes(edge: NetworkEdge): NetworkEdgeAttributes {
  const attributes: NetworkEdgeAttributes = { papers: edge.papers, weight: edge.weight };
  if (edge.normalized !== null) attributes.normalized = edge.normalized;
  return attributes;
}

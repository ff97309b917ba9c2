/**
 * The attribute columns (name and value type) that the GraphML, GEXF and CSV writers declare, in
 * the key order of the attribute objects `networks/network-attributes.ts` builds. Declaring a
 * typed column is a file-format matter, so the list lives with the writers, one list for all of
 * them so that every format names the same attributes in the same order.
 */
import type { Network } from "../../networks/network.ts";
import type { NetworkGraphAttributes } from "../../networks/network-attributes.ts";
import type { NetworkMetrics } from "../../networks/node-metrics.ts";

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

/**
 * Node columns: the counts, then the metrics when there are any.
 * @param metrics - the metrics written with the network, if any
 * @example
 * nodeColumns(undefined).map((c) => c.name) // → ["label", "papers", "fractionalCount"]
 */
export function nodeColumns(metrics: NetworkMetrics | undefined): readonly Column[] {
  return metrics === undefined ? BASE_NODE_COLUMNS : [...BASE_NODE_COLUMNS, ...METRIC_COLUMNS];
}

/**
 * Edge columns: papers and weight, then the normalized value when the network has one.
 * @param network - the network written
 * @example
 * edgeColumns(network).map((c) => c.name) // → ["papers", "weight"] (normalization "none")
 */
export function edgeColumns(network: Network): readonly Column[] {
  const columns: Column[] = [
    { name: "papers", type: "int" },
    { name: "weight", type: "double" },
  ];
  if (network.options.normalization !== "none") columns.push({ name: "normalized", type: "double" });
  return columns;
}

/**
 * Graph columns: one per attribute `graphAttributes` sets.
 * @param attributes - the graph attributes written
 * @example
 * graphColumns({ level: "country", edgeWeight: "full", normalization: "none", seed: 42 })
 * // → [{ name: "level", type: "string" }, …, { name: "seed", type: "int" }]
 */
export function graphColumns(attributes: NetworkGraphAttributes): readonly Column[] {
  return Object.keys(attributes).map((name) => ({ name, type: GRAPH_TYPES[name] ?? "string" }));
}

/**
 * The attribute columns (name and value type) that the GraphML, GEXF and CSV writers declare, in
 * the key order of the attribute objects `networks/network-attributes.ts` builds. Declaring a
 * typed column is a file-format matter, so the list lives with the writers, one list for all of
 * them so that every format names the same attributes in the same order.
 */
import type { Network } from "../../networks/network.ts";
import type { NetworkGraphAttributes } from "../../networks/network-attributes.ts";
import type { Metric, NetworkMetrics } from "../../networks/node-metrics.ts";

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

/** The columns of each metric, in the order of `NodeMetrics`. */
const METRIC_COLUMNS: readonly (Column & { readonly metric: Metric })[] = [
  { name: "degree", type: "int", metric: "degree" },
  { name: "strength", type: "double", metric: "strength" },
  { name: "betweenness", type: "double", metric: "betweenness" },
  { name: "betweennessNormalized", type: "double", metric: "betweenness" },
  { name: "weightedBetweenness", type: "double", metric: "weighted-betweenness" },
  { name: "closeness", type: "double", metric: "closeness" },
  { name: "eigenvector", type: "double", metric: "eigenvector" },
  { name: "pagerank", type: "double", metric: "pagerank" },
  { name: "clustering", type: "double", metric: "clustering" },
  { name: "core", type: "int", metric: "core" },
  { name: "community", type: "int", metric: "communities" },
];

const GRAPH_TYPES: Readonly<Record<string, ColumnType>> = {
  maxNodesPerPaper: "int",
  nameBasedAuthorKeys: "double",
  seed: "int",
  betweennessSources: "int",
  closenessSources: "int",
};

/**
 * Node columns: the counts, then the columns of the metrics computed, if any.
 * @param metrics - the metrics written with the network, if any
 * @example
 * nodeColumns(undefined).map((c) => c.name) // → ["label", "papers", "fractionalCount"]
 * nodeColumns({ …, metrics: ["degree", "betweenness"] }).map((c) => c.name)
 * // → ["label", "papers", "fractionalCount", "degree", "betweenness", "betweennessNormalized"]
 */
export function nodeColumns(metrics: NetworkMetrics | undefined): readonly Column[] {
  if (metrics === undefined) return BASE_NODE_COLUMNS;
  const chosen = new Set(metrics.metrics);
  return [
    ...BASE_NODE_COLUMNS,
    ...METRIC_COLUMNS.filter(({ metric }) => chosen.has(metric)).map(({ name, type }) => ({ name, type })),
  ];
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

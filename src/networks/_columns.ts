/**
 * The attribute columns a network file carries, in one fixed order with one fixed type each, so
 * that every format writes the same attributes the same way. A column is written when any node
 * (edge) of the graph has the attribute, which is every node once metrics are attached.
 */
import { numberText } from "./_number-text.ts";
import type { NetworkGraph } from "./network-graph.ts";

/** Value type of a column. */
export type ColumnType = "string" | "int" | "double";

/** One attribute column. */
export interface Column {
  /** Attribute name. */
  readonly name: string;
  /** Its type. */
  readonly type: ColumnType;
}

const NODE_COLUMNS: readonly Column[] = [
  { name: "label", type: "string" },
  { name: "papers", type: "int" },
  { name: "fractionalCount", type: "double" },
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

const EDGE_COLUMNS: readonly Column[] = [
  { name: "papers", type: "int" },
  { name: "weight", type: "double" },
  { name: "normalized", type: "double" },
];

const GRAPH_COLUMNS: readonly Column[] = [
  { name: "level", type: "string" },
  { name: "edgeWeight", type: "string" },
  { name: "normalization", type: "string" },
  { name: "maxNodesPerPaper", type: "int" },
  { name: "nameBasedAuthorKeys", type: "double" },
  { name: "metricWeight", type: "string" },
  { name: "seed", type: "int" },
];

/** Node columns present in the graph, in the fixed order. */
export function nodeColumns(graph: NetworkGraph): readonly Column[] {
  return NODE_COLUMNS.filter(({ name }) => graph.someNode((_node, attributes) => name in attributes));
}

/** Edge columns present in the graph, in the fixed order. */
export function edgeColumns(graph: NetworkGraph): readonly Column[] {
  return EDGE_COLUMNS.filter(({ name }) => graph.someEdge((_edge, attributes) => name in attributes));
}

/** Graph attributes present, in the fixed order. */
export function graphColumns(graph: NetworkGraph): readonly Column[] {
  return GRAPH_COLUMNS.filter(({ name }) => graph.hasAttribute(name as never));
}

/**
 * The text of an attribute value, or `null` when it is missing (`undefined` or `null`).
 * @example
 * valueText(2.5) // → "2.5"
 * valueText(null) // → null
 */
export function valueText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return typeof value === "number" ? numberText(value) : String(value);
}

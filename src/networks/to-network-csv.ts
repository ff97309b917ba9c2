/**
 * CSV node and edge tables of a network: `id` then the node attributes (metrics included once
 * attached), and `source`, `target` then the edge attributes, in the fixed column order every
 * network format shares. RFC 4180 quoting and fixed bytes come from `toCsv`.
 */
import { toCsv } from "../output/csv.ts";
import { edgeColumns, nodeColumns, valueText } from "./_columns.ts";
import type { NetworkGraph } from "./network-graph.ts";

/** The two CSV tables of a network. */
export interface NetworkCsv {
  /** One row per node. */
  readonly nodes: string;
  /** One row per edge. */
  readonly edges: string;
}

/**
 * Serializes a network graph as CSV node and edge tables.
 * @param graph - a network graph (`networkGraph`)
 * @example
 * toNetworkCsv(networkGraph(network)).edges
 * // → "source,target,papers,weight\nDE,JP,1,1\nGB,JP,1,1\nGB,US,2,2\nJP,US,3,3\n" (data set K, full)
 */
export function toNetworkCsv(graph: NetworkGraph): NetworkCsv {
  const nodeCols = nodeColumns(graph);
  const edgeCols = edgeColumns(graph);
  const nodeRows: (string | null)[][] = [];
  graph.forEachNode((node, attributes) => {
    const cells = attributes as Record<string, unknown>;
    nodeRows.push([node, ...nodeCols.map(({ name }) => valueText(cells[name]))]);
  });
  const edgeRows: (string | null)[][] = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    const cells = attributes as Record<string, unknown>;
    edgeRows.push([source, target, ...edgeCols.map(({ name }) => valueText(cells[name]))]);
  });
  return {
    nodes: toCsv(["id", ...nodeCols.map(({ name }) => name)], nodeRows),
    edges: toCsv(["source", "target", ...edgeCols.map(({ name }) => name)], edgeRows),
  };
}

/**
 * CSV node and edge tables of a network: `id` then the node attributes (metrics included when
 * given), and `source`, `target` then the edge attributes, in the column order every network
 * format shares. RFC 4180 quoting and fixed bytes come from `csvChunks`;
 * rows are made as they are written, so a table of any size is never one string.
 */
import type { Network } from "../../networks/network.ts";
import { edgeAttributes, metricRows, nodeAttributes } from "../../networks/network-attributes.ts";
import type { NetworkMetrics } from "../../networks/node-metrics.ts";
import { csvChunks } from "../csv.ts";
import { joinChunks, mapped } from "../text-chunks.ts";
import { edgeColumns, nodeColumns } from "./_columns.ts";
import { valueText } from "./_value-text.ts";

/** The two CSV tables of a network. */
export interface NetworkCsv {
  /** One row per node. */
  readonly nodes: string;
  /** One row per edge. */
  readonly edges: string;
}

/** The two CSV tables of a network as chunks (`output/text-chunks.ts`), each read once. */
export interface NetworkCsvChunks {
  /** One row per node. */
  readonly nodes: Iterable<string>;
  /** One row per edge. */
  readonly edges: Iterable<string>;
}

/**
 * Serializes a network as CSV node and edge tables: the text of `networkCsvChunks`, for networks
 * small enough to be two strings.
 * @param network - the network (`buildNetwork`, `pruneNetwork`)
 * @param metrics - its metrics, written as node columns
 * @throws CopubError `invalid-option` when the metrics belong to another network
 * @example
 * toNetworkCsv(network).edges
 * // → "source,target,papers,weight\nDE,JP,1,1\nGB,JP,1,1\nGB,US,2,2\nJP,US,3,3\n" (data set K, full)
 */
export function toNetworkCsv(network: Network, metrics?: NetworkMetrics): NetworkCsv {
  const { nodes, edges } = networkCsvChunks(network, metrics);
  return { nodes: joinChunks(nodes), edges: joinChunks(edges) };
}

/**
 * The CSV node and edge tables of a network in chunks, a row at a time.
 * @param network - the network (`buildNetwork`, `pruneNetwork`)
 * @param metrics - its metrics, written as node columns
 * @throws CopubError `invalid-option` when the metrics belong to another network
 * @example
 * const { nodes, edges } = networkCsvChunks(network);
 * for (const chunk of edges) stream.write(chunk);
 */
export function networkCsvChunks(network: Network, metrics?: NetworkMetrics): NetworkCsvChunks {
  const rows = metricRows(network, metrics);
  const nodeCols = nodeColumns(metrics);
  const edgeCols = edgeColumns(network);
  const nodeRows = mapped(network.nodes, (node, i) => {
    const cells = nodeAttributes(node, rows[i]) as Record<string, unknown>;
    return [node.key, ...nodeCols.map(({ name }) => valueText(cells[name]))];
  });
  const edgeRows = mapped(network.edges, (edge) => {
    const cells = edgeAttributes(edge) as Record<string, unknown>;
    return [edge.source, edge.target, ...edgeCols.map(({ name }) => valueText(cells[name]))];
  });
  return {
    nodes: csvChunks(["id", ...nodeCols.map(({ name }) => name)], nodeRows),
    edges: csvChunks(["source", "target", ...edgeCols.map(({ name }) => name)], edgeRows),
  };
}

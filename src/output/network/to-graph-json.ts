/**
 * JSON in graphology's own serialization format — what `graph.export()` gives for
 * `networkGraph(network, metrics)`, and what `Graph.from` and `graph.import` read back:
 * `{ options, attributes, nodes: [{ key, attributes }], edges: [{ key, source, target, attributes }] }`.
 * It is written from the network directly, without building the graph, so that a large network
 * is exported at the cost of its text alone. Order and key order are canonical.
 */
import type { Network } from "../../networks/network.ts";
import {
  edgeAttributes,
  graphAttributes,
  metricRows,
  nodeAttributes,
} from "../../networks/network-attributes.ts";
import type { NetworkMetrics } from "../../networks/node-metrics.ts";
import { jsonArray, jsonChunks } from "../json.ts";
import { joinChunks, mapped } from "../text-chunks.ts";

/**
 * Serializes a network in graphology's JSON format (two-space indent, final newline): the text of
 * `graphJsonChunks`, for networks small enough to be one string.
 * @param network - the network (`buildNetwork`, `pruneNetwork`)
 * @param metrics - its metrics, as node attributes
 * @throws CopubError `invalid-option` when the metrics belong to another network
 * @example
 * JSON.parse(toGraphJson(network)).nodes[0]
 * // → { key: "DE", attributes: { label: "Germany", papers: 1, fractionalCount: 0.5 } } (data set K)
 */
export function toGraphJson(network: Network, metrics?: NetworkMetrics): string {
  return joinChunks(graphJsonChunks(network, metrics));
}

/**
 * The graphology JSON of a network in chunks (`output/text-chunks.ts`): nodes and edges are
 * written one at a time, so a network of any size is written without its text being one string.
 * @param network - the network (`buildNetwork`, `pruneNetwork`)
 * @param metrics - its metrics, as node attributes
 * @throws CopubError `invalid-option` when the metrics belong to another network
 * @example
 * for (const chunk of graphJsonChunks(network)) stream.write(chunk);
 */
export function graphJsonChunks(
  network: Network,
  metrics?: NetworkMetrics,
): Generator<string, void, undefined> {
  const rows = metricRows(network, metrics);
  return jsonChunks({
    options: { type: "undirected", multi: false, allowSelfLoops: false },
    attributes: graphAttributes(network, metrics),
    nodes: jsonArray(
      mapped(network.nodes, (node, i) => ({ key: node.key, attributes: nodeAttributes(node, rows[i]) })),
    ),
    edges: jsonArray(
      mapped(network.edges, (edge, i) => ({
        key: `e${i}`,
        source: edge.source,
        target: edge.target,
        attributes: edgeAttributes(edge),
      })),
    ),
  });
}

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
import { toJson } from "../json.ts";

/**
 * Serializes a network in graphology's JSON format (two-space indent, final newline).
 * @param network - the network (`buildNetwork`, `pruneNetwork`)
 * @param metrics - its metrics, as node attributes
 * @throws CopubError `invalid-option` when the metrics belong to another network
 * @example
 * JSON.parse(toGraphJson(network)).nodes[0]
 * // → { key: "DE", attributes: { label: "Germany", papers: 1, fractionalCount: 0.5 } } (data set K)
 */
export function toGraphJson(network: Network, metrics?: NetworkMetrics): string {
  const rows = metricRows(network, metrics);
  return toJson({
    options: { type: "undirected", multi: false, allowSelfLoops: false },
    attributes: graphAttributes(network, metrics),
    nodes: network.nodes.map((node, i) => ({ key: node.key, attributes: nodeAttributes(node, rows[i]) })),
    edges: network.edges.map((edge, i) => ({
      key: `e${i}`,
      source: edge.source,
      target: edge.target,
      attributes: edgeAttributes(edge),
    })),
  });
}

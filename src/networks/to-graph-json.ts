/**
 * JSON in graphology's own serialization format (`graph.export()`): `{ options, attributes, nodes:
 * [{ key, attributes }], edges: [{ key, source, target, attributes }] }`, which `Graph.from` and
 * `graph.import` read back. Node, edge and attribute order is the graph's insertion order, which
 * `networkGraph` fixes, so the same network gives the same bytes.
 */
import { toJson } from "../output/json.ts";
import type { NetworkGraph } from "./network-graph.ts";

/**
 * Serializes a network graph in graphology's JSON format (two-space indent, final newline).
 * @param graph - a network graph (`networkGraph`)
 * @example
 * JSON.parse(toGraphJson(networkGraph(network))).nodes[0]
 * // → { key: "DE", attributes: { label: "DEU", papers: 1, fractionalCount: 0.5 } } (data set K)
 */
export function toGraphJson(graph: NetworkGraph): string {
  return toJson(graph.export());
}

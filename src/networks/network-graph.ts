/**
 * A network as a graphology graph: the form the metrics and the exports read. Nodes are added in
 * ascending key order and edges in ascending (source, target) order (docs/methodology.md §11.6), and
 * edge keys are their canonical positions, so graphology's iteration order — and every output
 * that follows it — depends on the network alone.
 */
import { UndirectedGraph } from "./_graphology.ts";
import type { Network } from "./network.ts";
import {
  edgeAttributes,
  graphAttributes,
  metricRows,
  type NetworkEdgeAttributes,
  type NetworkGraphAttributes,
  type NetworkNodeAttributes,
  nodeAttributes,
} from "./network-attributes.ts";
import type { NetworkMetrics } from "./node-metrics.ts";

/** The graphology graph of a co-authorship network. */
export type NetworkGraph = UndirectedGraph<
  NetworkNodeAttributes,
  NetworkEdgeAttributes,
  NetworkGraphAttributes
>;

/**
 * Builds the graphology graph of a network, with each node's metrics as attributes when given.
 * Edge keys are `e0`, `e1`, … in canonical order; self-loops are not allowed.
 * @param network - the network (`buildNetwork`, `pruneNetwork`)
 * @param metrics - metrics of the same network (`networkMetrics`), to attach to its nodes
 * @throws CopubError `invalid-option` when the metrics belong to another network
 * @example
 * const graph = networkGraph(network);
 * graph.getNodeAttributes("JP") // → { label: "Japan", papers: 5, fractionalCount: 2.8333333333333335 }
 * graph.getEdgeAttributes("e3") // → { papers: 3, weight: 3 } (JP–US, full counting)
 */
export function networkGraph(network: Network, metrics?: NetworkMetrics): NetworkGraph {
  const rows = metricRows(network, metrics);
  const graph: NetworkGraph = new UndirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes(graphAttributes(network, metrics));
  network.nodes.forEach((node, i) => {
    graph.addNode(node.key, nodeAttributes(node, rows[i]));
  });
  network.edges.forEach((edge, i) => {
    graph.addUndirectedEdgeWithKey(`e${i}`, edge.source, edge.target, edgeAttributes(edge));
  });
  return graph;
}

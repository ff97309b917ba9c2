/**
 * The §11.4 metrics of a network measured from the network itself, not from a graphology graph:
 * the degree, strength, path and core metrics run on a CSR adjacency built straight from the
 * network's edges (12 bytes per edge end), and a graphology graph (about 300 bytes and 15 µs per
 * edge) is built only when eigenvector centrality, PageRank or communities are asked for. The
 * figures are those of `networkMetrics(networkGraph(network))`, bit for bit; what differs is what
 * a large author network costs to measure.
 */
import { networkAdjacency } from "./_adjacency.ts";
import type { Network } from "./network.ts";
import { networkGraph } from "./network-graph.ts";
import {
  type CompleteNetworkMetrics,
  metricsOf,
  type NetworkMetrics,
  type NetworkMetricsOptions,
} from "./node-metrics.ts";

/**
 * Computes the chosen metrics of a network (by default all of them).
 * @param network - the network (`buildNetwork`, `pruneNetwork`)
 * @param options - as for `networkMetrics`: `metrics`, `weight`, `seed`, `betweennessSources`, `onProgress`
 * @throws CopubError `invalid-option` when the weighted metrics are asked to use `normalized`
 *   on a network without a normalization
 * @example
 * measureNetwork(network, { metrics: ["degree", "core"] }).nodes[2]
 * // → { id: "JP", label: "Japan", papers: 5, degree: 3, core: 2 } (data set K)
 */
export function measureNetwork(
  network: Network,
  options?: Omit<NetworkMetricsOptions, "metrics">,
): CompleteNetworkMetrics;
export function measureNetwork(network: Network, options: NetworkMetricsOptions): NetworkMetrics;
export function measureNetwork(network: Network, options: NetworkMetricsOptions = {}): NetworkMetrics {
  const { nodes, edges } = network;
  return metricsOf(
    {
      keys: nodes.map((node) => node.key),
      label: (i) => (nodes[i] as Network["nodes"][number]).label,
      papers: (i) => (nodes[i] as Network["nodes"][number]).papers,
      // networkGraph gives edges a "normalized" attribute only under a normalization.
      hasWeight: (weight) =>
        weight === "weight" || edges.length === 0 || network.options.normalization !== "none",
      adjacency: (weight) => networkAdjacency(network, weight),
      graph: () => networkGraph(network),
    },
    options,
  );
}

/**
 * The metrics table as JSON, the shape of `copub network --metrics --format json`:
 * `{ nodes: [{ id, label, papers, degree, strength, betweenness, betweennessNormalized,
 * weightedBetweenness, closeness, eigenvector, pagerank, clustering, core, community }],
 * edges: [{ source, target, papers, weight }] }`, where an edge's `weight` is the value the
 * weighted metrics used: `a_ij`, or its normalization.
 */
import type { Network } from "../../networks/network.ts";
import { metricRows } from "../../networks/network-attributes.ts";
import type { NetworkMetrics } from "../../networks/node-metrics.ts";
import { toJson } from "../json.ts";

/**
 * Serializes a network's metrics with its edges.
 * @param network - the network the metrics were computed on
 * @param metrics - its metrics (`networkMetrics`)
 * @throws CopubError `invalid-option` when the metrics belong to another network
 * @example
 * JSON.parse(toMetricsJson(network, metrics)).edges[3]
 * // → { source: "JP", target: "US", papers: 3, weight: 3 } (data set K, full)
 */
export function toMetricsJson(network: Network, metrics: NetworkMetrics): string {
  metricRows(network, metrics);
  return toJson({
    nodes: metrics.nodes,
    edges: network.edges.map(({ source, target, papers, weight, normalized }) => ({
      source,
      target,
      papers,
      weight: metrics.weight === "normalized" ? normalized : weight,
    })),
  });
}

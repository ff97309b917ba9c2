/**
 * The metrics table as JSON, the shape of `copub network --metrics --format json`:
 * `{ nodes: [{ id, label, papers, degree, strength, betweenness, betweennessNormalized,
 * weightedBetweenness, closeness, eigenvector, pagerank, clustering, core, community }],
 * edges: [{ source, target, papers, weight }] }`, where an edge's `weight` is the value the
 * weighted metrics used: `a_ij`, or its normalization. A node row holds the metrics computed;
 * when betweenness was estimated from a sample of sources, `betweennessSample: { sources, seed }`
 * follows the edges, and when closeness was estimated from pivots, `closenessSample:
 * { sourcesPerComponent, seed }`.
 */
import type { Network } from "../../networks/network.ts";
import { metricRows } from "../../networks/network-attributes.ts";
import type { NetworkMetrics } from "../../networks/node-metrics.ts";
import { jsonArray, jsonChunks } from "../json.ts";
import { joinChunks, mapped } from "../text-chunks.ts";

/**
 * Serializes a network's metrics with its edges: the text of `metricsJsonChunks`, for networks
 * small enough to be one string.
 * @param network - the network the metrics were computed on
 * @param metrics - its metrics (`networkMetrics`)
 * @throws CopubError `invalid-option` when the metrics belong to another network
 * @example
 * JSON.parse(toMetricsJson(network, metrics)).edges[3]
 * // → { source: "JP", target: "US", papers: 3, weight: 3 } (data set K, full)
 */
export function toMetricsJson(network: Network, metrics: NetworkMetrics): string {
  return joinChunks(metricsJsonChunks(network, metrics));
}

/**
 * The metrics JSON in chunks (`output/text-chunks.ts`), a node row or an edge at a time.
 * @param network - the network the metrics were computed on
 * @param metrics - its metrics (`networkMetrics`)
 * @throws CopubError `invalid-option` when the metrics belong to another network
 * @example
 * for (const chunk of metricsJsonChunks(network, metrics)) stream.write(chunk);
 */
export function metricsJsonChunks(
  network: Network,
  metrics: NetworkMetrics,
): Generator<string, void, undefined> {
  metricRows(network, metrics);
  return jsonChunks({
    nodes: metrics.nodes,
    edges: jsonArray(
      mapped(network.edges, ({ source, target, papers, weight, normalized }) => ({
        source,
        target,
        papers,
        weight: metrics.weight === "normalized" ? normalized : weight,
      })),
    ),
    // Estimated betweenness says so, and how to draw the same estimate again.
    ...(metrics.betweennessSources !== null && {
      betweennessSample: { sources: metrics.betweennessSources, seed: metrics.seed },
    }),
    ...(metrics.closenessSources !== null && {
      closenessSample: { sourcesPerComponent: metrics.closenessSources, seed: metrics.seed },
    }),
  });
}

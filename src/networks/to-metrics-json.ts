/**
 * The metrics table as JSON, the shape of `copub network --metrics --format json`:
 * `{ nodes: [{ id, label, papers, degree, strength, betweenness, betweennessNormalized,
 * weightedBetweenness, closeness, eigenvector, pagerank, clustering, core, community }],
 * edges: [{ source, target, papers, weight }] }`, where an edge's `weight` is the attribute the
 * weighted metrics used (the weight, or its normalization).
 */
import { toJson } from "../output/json.ts";
import type { NetworkGraph } from "./network-graph.ts";
import type { NetworkMetrics } from "./node-metrics.ts";

/**
 * Serializes a network's metrics with its edges.
 * @param graph - the network graph the metrics were computed on
 * @param metrics - its metrics (`networkMetrics`)
 * @example
 * JSON.parse(toMetricsJson(graph, networkMetrics(graph))).edges[3]
 * // → { source: "JP", target: "US", papers: 3, weight: 3 } (data set K, full)
 */
export function toMetricsJson(graph: NetworkGraph, metrics: NetworkMetrics): string {
  const edges: { source: string; target: string; papers: number; weight: number }[] = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    edges.push({ source, target, papers: attributes.papers, weight: attributes[metrics.weight] as number });
  });
  return toJson({ nodes: metrics.nodes, edges });
}

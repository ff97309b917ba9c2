/**
 * What each §11.4 metric costs on a given network, counted before any of it is computed, so that
 * a metric that would run for hours is refused at once with a way out instead of being started.
 * The unit is a step: one edge looked at from one of its ends (an adjacency list has 2m entries)
 * or one node visited. The counts are upper bounds or close estimates of the work of copub's
 * implementations, not timings: measured on copub's development machine, a step of a
 * shortest-path search costs about 12 ns unweighted and 30 ns weighted (a heap), one of closeness
 * about 3 ns, so 2 × 10^9 steps is between a few seconds and a minute.
 *
 * | metric | steps | why |
 * | --- | --- | --- |
 * | degree, strength, core | 2m + n | one pass over the adjacency lists |
 * | betweenness, weighted-betweenness | k · (2m + n) | one search per source: k = n exact, or the sample |
 * | closeness | n · (2m + n), or k · (2m + n) + 2m + n | one breadth-first search per node, or per pivot (at most k per component) and one pass for the components |
 * | clustering | Σ_v d_v² | each node's neighbours' lists are scanned (a hyper-authored paper's clique of d authors costs d³) |
 * | eigenvector, pagerank | 1000 · (2m + n) + G | at most 1000 power iterations of one pass each |
 * | communities | 10 · (2m + n) + G | Louvain: a few passes of a few sweeps each (typical, not a bound) |
 *
 * The last three are graphology's and need a graphology graph of the network, G = 1000 · m steps
 * to build (about 15 µs and 300 bytes per edge; built once for all three). The others run on a
 * compact adjacency built from the network (`measureNetwork`).
 */
import type { Network } from "./network.ts";
import type { Metric } from "./node-metrics.ts";

/**
 * Steps a metric may take before `copub network` refuses it (2 × 10^9, about a minute): above it,
 * a metric is computed only when asked with a higher limit, from a sample, or on a smaller network.
 * @example
 * DEFAULT_MAX_METRIC_STEPS // → 2000000000: past it a metric is refused before it starts
 */
export const DEFAULT_MAX_METRIC_STEPS = 2_000_000_000;

/** Power iterations at most (eigenvector, PageRank; `eigenvector.ts`, `pagerank.ts`). */
const MAX_ITERATIONS = 1000;
/** Sweeps Louvain typically makes over the edges (passes × sweeps per pass). */
const LOUVAIN_SWEEPS = 10;
/** Steps that building a graphology graph costs per edge (about 15 µs, at about 15 ns a step). */
const GRAPH_STEPS_PER_EDGE = 1000;

/** The estimated cost of one metric. */
export interface MetricCost {
  /** The metric. */
  readonly metric: Metric;
  /** Estimated steps (see the module's table). */
  readonly steps: number;
}

/**
 * The estimated cost of each metric on a network, in the order given.
 * @param network - the network to measure (its nodes and edges, after pruning)
 * @param metrics - the metrics asked for
 * @param betweennessSources - sources of sampled betweenness, or `null` for exact (every node)
 * @param closenessSources - pivots per component of sampled closeness, or `null` (default) for exact
 * @example
 * // Data set K: n = 4, m = 4 (2m + n = 12), degrees JP 3, US 2, GB 2, DE 1 (Σ d² = 18)
 * metricCosts(network, ["degree", "betweenness", "clustering"], null)
 * // → [{ metric: "degree", steps: 12 }, { metric: "betweenness", steps: 48 }, { metric: "clustering", steps: 18 }]
 */
export function metricCosts(
  network: Network,
  metrics: readonly Metric[],
  betweennessSources: number | null,
  closenessSources: number | null = null,
): MetricCost[] {
  const n = network.nodes.length;
  const pass = 2 * network.edges.length + n;
  const sources = betweennessSources === null ? n : Math.min(betweennessSources, n);
  const graph = GRAPH_STEPS_PER_EDGE * network.edges.length;
  const steps = (metric: Metric): number => {
    switch (metric) {
      case "degree":
      case "strength":
      case "core":
        return pass;
      case "betweenness":
      case "weighted-betweenness":
        return sources * pass;
      case "closeness":
        return closenessSources === null || closenessSources >= n ? n * pass : closenessSources * pass + pass;
      case "clustering":
        return squaredDegrees(network);
      case "eigenvector":
      case "pagerank":
        return MAX_ITERATIONS * pass + graph;
      case "communities":
        return LOUVAIN_SWEEPS * pass + graph;
    }
  };
  return metrics.map((metric) => ({ metric, steps: steps(metric) }));
}

/** Σ_v d_v², from the edge list. */
function squaredDegrees(network: Network): number {
  const index = new Map(network.nodes.map((node, i) => [node.key, i]));
  const degrees = new Float64Array(network.nodes.length);
  for (const { source, target } of network.edges) {
    const s = index.get(source) as number;
    const t = index.get(target) as number;
    degrees[s] = (degrees[s] as number) + 1;
    degrees[t] = (degrees[t] as number) + 1;
  }
  let sum = 0;
  for (const d of degrees) sum += d * d;
  return sum;
}

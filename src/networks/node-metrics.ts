/**
 * All the metrics of docs/methodology.md §11.4 for one network, in one table: a row per node in
 * canonical order, with its network-level companions (transitivity, the innermost core, the
 * community partition). Weighted metrics — strength, weighted betweenness, eigenvector,
 * PageRank, communities — use one edge attribute, the one the caller names (§11.3): the
 * edge weight `a_ij`, or its normalization.
 */

import * as z from "zod";
import { checkKeys, optionKeys } from "../diagnostics/checked-options.ts";
import { CopubError } from "../diagnostics/errors.ts";
import { type Adjacency, adjacency } from "./_adjacency.ts";
import type { Attributes, UndirectedGraph } from "./_graphology.ts";
import { type BetweennessSample, betweennessOf } from "./betweenness.ts";
import { type ClosenessSample, closenessOf } from "./closeness.ts";
import { clusteringOf } from "./clustering.ts";
import { type Community, DEFAULT_SEED, louvainCommunities } from "./communities.ts";
import { eigenvectorCentrality } from "./eigenvector.ts";
import { coreNumbersOf, type InnermostCore } from "./k-core.ts";
import { pageRank } from "./pagerank.ts";
import { strengthsOf } from "./strength.ts";

/**
 * The metrics one can ask for, in the order they are computed and written. `betweenness` gives
 * the raw and normalized unweighted betweenness, `clustering` the local coefficient and the
 * network's transitivity, `core` the coreness and the innermost core, `communities` the Louvain
 * community of each node with the partition's modularity.
 */
export const MetricSchema = z.enum([
  "degree",
  "strength",
  "betweenness",
  "weighted-betweenness",
  "closeness",
  "eigenvector",
  "pagerank",
  "clustering",
  "core",
  "communities",
]);

/** A metric one can ask for. */
export type Metric = z.infer<typeof MetricSchema>;

/**
 * Every metric, in canonical order: what `networkMetrics` computes unless told otherwise.
 * @example
 * networkMetrics(graph, { metrics: ALL_METRICS.filter((metric) => metric !== "betweenness") })
 * // → every metric but exact betweenness
 */
export const ALL_METRICS: readonly Metric[] = MetricSchema.options;

/**
 * The metrics of one node; the key order is the order of the `--metrics --format json` output.
 * A metric that was not asked for is absent.
 */
export interface NodeMetrics {
  /** Node key. */
  readonly id: string;
  /** Display label. */
  readonly label: string;
  /** `N(v)`. */
  readonly papers: number;
  /** Number of distinct neighbours. */
  readonly degree?: number;
  /** Sum of incident weights. */
  readonly strength?: number;
  /** Unweighted betweenness, raw (each unordered pair once); an estimate when sources were sampled. */
  readonly betweenness?: number;
  /** Unweighted betweenness over `(n − 1)(n − 2) / 2`. */
  readonly betweennessNormalized?: number;
  /** Raw betweenness with distances `1 / weight`; an estimate when sources were sampled. */
  readonly weightedBetweenness?: number;
  /** Wasserman–Faust closeness over unweighted paths; an estimate when pivots were sampled. */
  readonly closeness?: number;
  /** Weighted eigenvector centrality (L2 per component); `null` if its component did not converge. */
  readonly eigenvector?: number | null;
  /** Weighted PageRank. */
  readonly pagerank?: number;
  /** Local clustering coefficient (unweighted). */
  readonly clustering?: number;
  /** Coreness (k-core number). */
  readonly core?: number;
  /** Louvain community number (1 = largest). */
  readonly community?: number;
}

/** Metrics of a network. */
export interface NetworkMetrics {
  /** The metrics computed, in canonical order. */
  readonly metrics: readonly Metric[];
  /** The edge attribute the weighted metrics used. */
  readonly weight: "weight" | "normalized";
  /** The seed of Louvain and of the betweenness and closeness samples. */
  readonly seed: number;
  /**
   * Sources the betweenness values were estimated from (Brandes & Pich 2007, drawn with `seed`),
   * or `null` when they are exact (or not computed).
   */
  readonly betweennessSources: number | null;
  /**
   * Pivots per connected component the closeness values were estimated from (Eppstein & Wang
   * 2004, drawn with `seed`), or `null` when they are exact (or not computed).
   */
  readonly closenessSources: number | null;
  /** One row per node, in the graph's node order. */
  readonly nodes: readonly NodeMetrics[];
  /** Global transitivity; `null` unless `clustering` was computed. */
  readonly transitivity: number | null;
  /** The innermost k-core: the core of the network (§11.4); `null` unless `core` was computed. */
  readonly core: InnermostCore | null;
  /** The communities, largest first; empty unless `communities` was computed. */
  readonly communities: readonly Community[];
  /** Modularity of the partition (`null` without edges, or unless `communities` was computed). */
  readonly modularity: number | null;
  /** Nodes whose eigenvector centrality did not converge (their value is `null`). */
  readonly eigenvectorUnconverged: readonly string[];
}

/** A node's metrics when every metric was computed. */
export type CompleteNodeMetrics = Required<NodeMetrics>;

/** Metrics of a network when every metric was computed (`networkMetrics` without `metrics`). */
export interface CompleteNetworkMetrics extends NetworkMetrics {
  /** One row per node, every metric in it. */
  readonly nodes: readonly CompleteNodeMetrics[];
  /** Global transitivity. */
  readonly transitivity: number;
  /** The innermost k-core. */
  readonly core: InnermostCore;
}

/** Where `networkMetrics` is: the metric it computes, and how far it is (units done of a total). */
export interface MetricProgress {
  /** The metric being computed. */
  readonly metric: Metric;
  /** Units done: shortest-path searches for betweenness and closeness; 0 or 1 for the others. */
  readonly done: number;
  /** Units in all. */
  readonly total: number;
}

/** Options of `networkMetrics`. */
export interface NetworkMetricsOptions {
  /** Metrics to compute (default: all, `ALL_METRICS`); computed and written in canonical order. */
  readonly metrics?: readonly Metric[];
  /** Edge attribute for the weighted metrics: `"weight"` (default) or `"normalized"`. */
  readonly weight?: "weight" | "normalized";
  /** Seed of Louvain and of the betweenness sample (default 42). */
  readonly seed?: number;
  /**
   * Estimate both betweenness metrics from this many sources drawn with `seed` (Brandes & Pich
   * 2007), at that share of the exact cost; `null` (default), or at least the node count: exact.
   */
  readonly betweennessSources?: number | null;
  /**
   * Estimate closeness from this many pivots per connected component drawn with `seed` (Eppstein
   * & Wang 2004; a component of at most that many nodes is exact); `null` (default), or at least
   * the node count: exact.
   */
  readonly closenessSources?: number | null;
  /** Receives progress: each metric as it starts and ends, betweenness and closeness every 16 searches. */
  readonly onProgress?: (progress: MetricProgress) => void;
}

/** The keys of `NetworkMetricsOptions`: any other is an error. */
const NETWORK_METRICS_KEYS = optionKeys<NetworkMetricsOptions>({
  metrics: true,
  weight: true,
  seed: true,
  betweennessSources: true,
  closenessSources: true,
  onProgress: true,
});

/** Searches between two betweenness progress reports (a report per search would cost more than a small search). */
const PROGRESS_SOURCES = 16;

/**
 * Computes the chosen §11.4 metrics of a network graph (by default all of them).
 * @param graph - a network graph (`networkGraph`), or any undirected graph whose nodes carry
 *   `label` and `papers` and whose edges carry the chosen weight
 * @param options - `metrics` (default all), `weight` (default `"weight"`), `seed` (default 42),
 *   `betweennessSources` (default `null`: exact), `onProgress`
 * @throws CopubError `invalid-option` when an edge lacks the chosen weight or it is not positive
 * @example
 * const metrics = networkMetrics(networkGraph(network));
 * metrics.nodes[2] // → { id: "JP", label: "Japan", papers: 5, degree: 3, strength: 5, betweenness: 2, … }
 * metrics.core     // → { k: 2, members: ["GB", "JP", "US"] }
 * networkMetrics(networkGraph(network), { metrics: ["degree"] }).nodes[2]
 * // → { id: "JP", label: "Japan", papers: 5, degree: 3 }
 */
export function networkMetrics(
  graph: UndirectedGraph<Attributes, Attributes>,
  options?: Omit<NetworkMetricsOptions, "metrics">,
): CompleteNetworkMetrics;
export function networkMetrics(
  graph: UndirectedGraph<Attributes, Attributes>,
  options: NetworkMetricsOptions,
): NetworkMetrics;
export function networkMetrics(
  graph: UndirectedGraph<Attributes, Attributes>,
  options: NetworkMetricsOptions = {},
): NetworkMetrics {
  const keys = graph.nodes();
  return metricsOf(
    {
      keys,
      label: (i) => {
        const label = graph.getNodeAttribute(keys[i] as string, "label");
        return typeof label === "string" ? label : (keys[i] as string);
      },
      papers: (i) => {
        const papers = graph.getNodeAttribute(keys[i] as string, "papers");
        return typeof papers === "number" ? papers : 0;
      },
      hasWeight: (weight) =>
        graph.size === 0 || graph.someEdge((_edge, attributes) => attributes[weight] !== undefined),
      adjacency: (weight) => adjacency(graph, weight),
      graph: () => graph,
    },
    options,
  );
}

/** What the metrics read of a network, whether it comes as a graphology graph or as a `Network`. */
export interface MetricSource {
  /** Node keys in node order. */
  readonly keys: readonly string[];
  /** Node i's label. */
  readonly label: (i: number) => string;
  /** Node i's papers. */
  readonly papers: (i: number) => number;
  /** Whether the edges carry this weight attribute (always, for a network without edges). */
  readonly hasWeight: (weight: "weight" | "normalized") => boolean;
  /** The CSR adjacency with this weight, or with 1 on every edge (`null`). */
  readonly adjacency: (weight: "weight" | "normalized" | null) => Adjacency;
  /** The graphology graph, for the metrics graphology computes (eigenvector, PageRank, Louvain). */
  readonly graph: () => UndirectedGraph<Attributes, Attributes>;
}

/**
 * The metrics of a network given as a `MetricSource`: the one computation behind `networkMetrics`
 * and `measureNetwork`. Each adjacency and the graph are asked for once, and only when a chosen
 * metric needs them.
 * @param source - the network's nodes, adjacency and graph
 * @param options - as for `networkMetrics`
 * @throws CopubError `invalid-option` when an edge lacks the chosen weight or it is not positive
 * @example
 * metricsOf(source, { metrics: ["degree"] }).nodes[0] // → { id: "DE", label: "Germany", papers: 1, degree: 1 } (data set K)
 */
export function metricsOf(source: MetricSource, options: NetworkMetricsOptions = {}): NetworkMetrics {
  checkKeys(options, NETWORK_METRICS_KEYS, "networkMetrics options");
  const weight = options.weight ?? "weight";
  const seed = options.seed ?? DEFAULT_SEED;
  const chosen = new Set(options.metrics ?? ALL_METRICS);
  const metrics = ALL_METRICS.filter((metric) => chosen.has(metric));
  if (metrics.some((metric) => WEIGHTED.has(metric)) && !source.hasWeight(weight)) {
    throw new CopubError(
      "invalid-option",
      `the edges carry no "${weight}" attribute (no normalization chosen?)`,
    );
  }
  const { keys } = source;
  const n = keys.length;
  const sources = options.betweennessSources ?? null;
  const sample: BetweennessSample | null = sources === null || sources >= n ? null : { sources, seed };
  const pivots = options.closenessSources ?? null;
  const closenessSample: ClosenessSample | null =
    pivots === null || pivots >= n ? null : { sources: pivots, seed };
  const report = options.onProgress;
  const plain = once(() => source.adjacency(null));
  const weighted = once(() => source.adjacency(weight));
  const graph = once(() => source.graph());
  /** Runs one metric between two progress reports, or skips it when it was not asked for. */
  const measure = <T>(metric: Metric, compute: () => T): T | undefined => {
    if (!chosen.has(metric)) return undefined;
    report?.({ metric, done: 0, total: 1 });
    const value = compute();
    report?.({ metric, done: 1, total: 1 });
    return value;
  };
  /** Progress every few searches of a path metric. */
  const searches = (metric: Metric) =>
    report === undefined
      ? {}
      : {
          onSource: (done: number, total: number) => {
            if (done % PROGRESS_SOURCES === 0 || done === total) report({ metric, done, total });
          },
        };
  const degree = measure("degree", () => {
    const { starts } = plain();
    return Int32Array.from(keys, (_key, i) => (starts[i + 1] as number) - (starts[i] as number));
  });
  const strength = measure("strength", () => strengthsOf(weighted()));
  const betweenness = measure("betweenness", () =>
    betweennessOf(plain(), false, { sample, ...searches("betweenness") }),
  );
  const weightedBetweenness = measure("weighted-betweenness", () =>
    betweennessOf(weighted(), true, { sample, ...searches("weighted-betweenness") }),
  );
  const closeness = measure("closeness", () =>
    closenessOf(plain(), searches("closeness").onSource, closenessSample),
  );
  const eigenvector = measure("eigenvector", () => eigenvectorCentrality(graph(), { weight }));
  const pagerank = measure("pagerank", () => pageRank(graph(), { weight }));
  const clustering = measure("clustering", () => clusteringOf(plain()));
  const cores = measure("core", () => coreNumbersOf(plain()));
  const partition = measure("communities", () => louvainCommunities(graph(), { seed, weight }));
  const nodes = keys.map((id, i): NodeMetrics => {
    // Every chosen metric in canonical order; an absent one leaves no key (the row's key order is the output's).
    return {
      id,
      label: source.label(i),
      papers: source.papers(i),
      ...(degree && { degree: degree[i] as number }),
      ...(strength && { strength: strength[i] as number }),
      ...(betweenness && {
        betweenness: betweenness.raw[i] as number,
        betweennessNormalized: betweenness.normalized[i] as number,
      }),
      ...(weightedBetweenness && { weightedBetweenness: weightedBetweenness.raw[i] as number }),
      ...(closeness && { closeness: closeness[i] as number }),
      ...(eigenvector && { eigenvector: eigenvector[id] as number | null }),
      ...(pagerank && { pagerank: pagerank[id] as number }),
      ...(clustering && { clustering: clustering.local[i] as number }),
      ...(cores && { core: cores[i] as number }),
      ...(partition && { community: partition.membership[id] as number }),
    };
  });
  const k = cores === undefined ? 0 : cores.reduce((max, core) => Math.max(max, core), 0);
  return {
    metrics,
    weight,
    seed,
    betweennessSources:
      sample !== null && (chosen.has("betweenness") || chosen.has("weighted-betweenness"))
        ? sample.sources
        : null,
    closenessSources: closenessSample !== null && chosen.has("closeness") ? closenessSample.sources : null,
    nodes,
    transitivity: clustering?.transitivity ?? null,
    core: cores === undefined ? null : { k, members: keys.filter((_key, i) => cores[i] === k) },
    communities: partition?.communities ?? [],
    modularity: partition?.modularity ?? null,
    eigenvectorUnconverged: eigenvector === undefined ? [] : keys.filter((key) => eigenvector[key] === null),
  };
}

/** The metrics that read the edge weight. */
const WEIGHTED: ReadonlySet<Metric> = new Set([
  "strength",
  "weighted-betweenness",
  "eigenvector",
  "pagerank",
  "communities",
]);

/** A value made on first use and kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

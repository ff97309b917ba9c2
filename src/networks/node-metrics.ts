/**
 * All the metrics of docs/methodology.md §11.4 for one network, in one table: a row per node in
 * canonical order, with its network-level companions (transitivity, the innermost core, the
 * community partition). Weighted metrics — strength, weighted betweenness, eigenvector,
 * PageRank, communities — use one edge attribute, the one the caller names (§11.3): the
 * edge weight `a_ij`, or its normalization.
 */
import { CopubError } from "../diagnostics/errors.ts";
import type { Attributes, UndirectedGraph } from "./_graphology.ts";
import { betweennessCentrality } from "./betweenness.ts";
import { closenessCentrality } from "./closeness.ts";
import { localClustering, transitivity } from "./clustering.ts";
import { type Community, DEFAULT_SEED, louvainCommunities } from "./communities.ts";
import { eigenvectorCentrality } from "./eigenvector.ts";
import { coreNumbers, type InnermostCore } from "./k-core.ts";
import { pageRank } from "./pagerank.ts";
import { nodeDegree, nodeStrength } from "./strength.ts";

/** The metrics of one node; the key order is the order of the `--metrics --format json` output. */
export interface NodeMetrics {
  /** Node key. */
  readonly id: string;
  /** Display label. */
  readonly label: string;
  /** `N(v)`. */
  readonly papers: number;
  /** Number of distinct neighbours. */
  readonly degree: number;
  /** Sum of incident weights. */
  readonly strength: number;
  /** Unweighted betweenness, raw (each unordered pair once). */
  readonly betweenness: number;
  /** Unweighted betweenness over `(n − 1)(n − 2) / 2`. */
  readonly betweennessNormalized: number;
  /** Raw betweenness with distances `1 / weight`. */
  readonly weightedBetweenness: number;
  /** Wasserman–Faust closeness over unweighted paths. */
  readonly closeness: number;
  /** Weighted eigenvector centrality (L2 per component); `null` if its component did not converge. */
  readonly eigenvector: number | null;
  /** Weighted PageRank. */
  readonly pagerank: number;
  /** Local clustering coefficient (unweighted). */
  readonly clustering: number;
  /** Coreness (k-core number). */
  readonly core: number;
  /** Louvain community number (1 = largest). */
  readonly community: number;
}

/** Metrics of a network. */
export interface NetworkMetrics {
  /** The edge attribute the weighted metrics used. */
  readonly weight: "weight" | "normalized";
  /** The Louvain seed. */
  readonly seed: number;
  /** One row per node, in the graph's node order. */
  readonly nodes: readonly NodeMetrics[];
  /** Global transitivity. */
  readonly transitivity: number;
  /** The innermost k-core: the core of the network (§11.4). */
  readonly core: InnermostCore;
  /** The communities, largest first. */
  readonly communities: readonly Community[];
  /** Modularity of the partition (`null` without edges). */
  readonly modularity: number | null;
  /** Nodes whose eigenvector centrality did not converge (their value is `null`). */
  readonly eigenvectorUnconverged: readonly string[];
}

/** Options of `networkMetrics`. */
export interface NetworkMetricsOptions {
  /** Edge attribute for the weighted metrics: `"weight"` (default) or `"normalized"`. */
  readonly weight?: "weight" | "normalized";
  /** Louvain seed (default 42). */
  readonly seed?: number;
}

/**
 * Computes every §11.4 metric of a network graph.
 * @param graph - a network graph (`networkGraph`), or any undirected graph whose nodes carry
 *   `label` and `papers` and whose edges carry the chosen weight
 * @param options - `weight` (default `"weight"`), `seed` (default 42)
 * @throws CopubError `invalid-option` when an edge lacks the chosen weight or it is not positive
 * @example
 * const metrics = networkMetrics(networkGraph(network));
 * metrics.nodes[2] // → { id: "JP", label: "Japan", papers: 5, degree: 3, strength: 5, betweenness: 2, … }
 * metrics.core     // → { k: 2, members: ["GB", "JP", "US"] }
 */
export function networkMetrics(
  graph: UndirectedGraph<Attributes, Attributes>,
  options: NetworkMetricsOptions = {},
): NetworkMetrics {
  const weight = options.weight ?? "weight";
  const seed = options.seed ?? DEFAULT_SEED;
  if (graph.size > 0 && !graph.someEdge((_edge, attributes) => attributes[weight] !== undefined)) {
    throw new CopubError(
      "invalid-option",
      `the edges carry no "${weight}" attribute (no normalization chosen?)`,
    );
  }
  const degree = nodeDegree(graph);
  const strength = nodeStrength(graph, weight);
  const betweenness = betweennessCentrality(graph);
  const weighted = betweennessCentrality(graph, { weight });
  const closeness = closenessCentrality(graph);
  const eigenvector = eigenvectorCentrality(graph, { weight });
  const pagerank = pageRank(graph, { weight });
  const clustering = localClustering(graph);
  const cores = coreNumbers(graph);
  const partition = louvainCommunities(graph, { seed, weight });
  const keys = graph.nodes();
  const k = keys.reduce((max, key) => Math.max(max, cores[key] as number), 0);
  const nodes = keys.map((id): NodeMetrics => {
    const attributes = graph.getNodeAttributes(id);
    return {
      id,
      label: typeof attributes.label === "string" ? attributes.label : id,
      papers: typeof attributes.papers === "number" ? attributes.papers : 0,
      degree: degree[id] as number,
      strength: strength[id] as number,
      betweenness: betweenness.raw[id] as number,
      betweennessNormalized: betweenness.normalized[id] as number,
      weightedBetweenness: weighted.raw[id] as number,
      closeness: closeness[id] as number,
      eigenvector: eigenvector[id] as number | null,
      pagerank: pagerank[id] as number,
      clustering: clustering[id] as number,
      core: cores[id] as number,
      community: partition.membership[id] as number,
    };
  });
  return {
    weight,
    seed,
    nodes,
    transitivity: transitivity(graph),
    core: { k, members: keys.filter((key) => cores[key] === k) },
    communities: partition.communities,
    modularity: partition.modularity,
    eigenvectorUnconverged: keys.filter((key) => eigenvector[key] === null),
  };
}

// Data sets N and K of docs/methodology.md §11.5 as corpora, and hand-drawn graphs.
import type { Corpus } from "../../src/corpus/corpus.ts";
import { loadCorpus } from "../../src/corpus/load-corpus.ts";
import { UndirectedGraph } from "../../src/networks/_graphology.ts";
import type { NetworkPaper } from "../../src/networks/build-network.ts";
import { sample } from "../_samples.ts";

/** Data set N (authors, ORCID-keyed): N1 {a, b, c}, N2 {a, d}, N3 {b, c}, N4 {a}. */
export const DATA_SET_N = sample("networks/data-set-n.txt");
/** Data set K (countries): K1 {JP, US}, K2 {JP, US}, K3 {JP, US, GB}, K4 {JP, DE}, K5 {US, GB}, K6 {JP}, K7 {US}. */
export const DATA_SET_K = sample("networks/data-set-k.txt");

/** The ORCID keys of data set N's authors a, b, c, d (check digits valid, ascending). */
export const N_AUTHORS = {
  a: "orcid:0000-0001-0000-0017",
  b: "orcid:0000-0002-0000-0022",
  c: "orcid:0000-0003-0000-0038",
  d: "orcid:0000-0004-0000-0043",
} as const;

/** Reads a data-samples file into a corpus with default options. */
export async function corpusOf(path: string): Promise<Corpus> {
  const { skipped: _skipped, ...corpus } = await loadCorpus([path], {});
  return corpus;
}

/** A paper for the builder with only what it reads: countries, or author keys. */
export function paper(ut: string, nodes: { countries?: string[]; authors?: string[] }): NetworkPaper {
  return {
    ut,
    countries: nodes.countries ?? [],
    institutions: [],
    authorKeys: nodes.authors ?? [],
  };
}

/**
 * A hand-drawn undirected graph: nodes in the order given, edges `[u, v]` or `[u, v, weight]`
 * (weight 1 when left out), each node carrying `label` and `papers` like a network graph.
 */
export function graphOf(nodes: string[], edges: [string, string, number?][]): UndirectedGraph {
  const graph = new UndirectedGraph({ allowSelfLoops: false });
  for (const node of nodes) graph.addNode(node, { label: node, papers: 1 });
  for (const [u, v, weight] of edges) graph.addEdge(u, v, { weight: weight ?? 1 });
  return graph;
}

/** The path a – b – c – d. */
export const pathGraph = (): UndirectedGraph =>
  graphOf(
    ["a", "b", "c", "d"],
    [
      ["a", "b"],
      ["b", "c"],
      ["c", "d"],
    ],
  );

/** A triangle {a, b, c}, an edge {d, e} and an isolated node f. */
export const disconnectedGraph = (): UndirectedGraph =>
  graphOf(
    ["a", "b", "c", "d", "e", "f"],
    [
      ["a", "b"],
      ["a", "c"],
      ["b", "c"],
      ["d", "e"],
    ],
  );

/** The keys of a node of `copub network --metrics --format json`, in order (issue 10). */
export const METRICS_JSON_KEYS = [
  "id",
  "label",
  "papers",
  "degree",
  "strength",
  "betweenness",
  "betweennessNormalized",
  "weightedBetweenness",
  "closeness",
  "eigenvector",
  "pagerank",
  "clustering",
  "core",
  "community",
];

/**
 * A co-authorship network as plain readonly data: nodes and edges in canonical order (docs/methodology.md
 * §11.6: nodes by ascending key, edges by ascending (source, target) key), with the report of how
 * it was built. `buildNetwork` makes one, `pruneNetwork` narrows it, `networkGraph` turns it into a
 * graphology graph for the metrics and the exports.
 */
import type { NetworkOptions, PruneOptions } from "./network-options.ts";

/** One node: an author, an institution unit or a country. */
export interface NetworkNode {
  /** Node key (§11.1); nodes are sorted by it in code-unit order. */
  readonly key: string;
  /** Display label (`nodeLabel`). */
  readonly label: string;
  /** `N(v)`: papers on which the node appears, under integer counting, single-node papers included. */
  readonly papers: number;
  /** `Σ_p 1/|V(p)|`: the node's papers, each split equally among the paper's distinct nodes. */
  readonly fractionalCount: number;
}

/** One undirected edge between two distinct nodes, `source` < `target` in code-unit order. */
export interface NetworkEdge {
  /** Key of the first node. */
  readonly source: string;
  /** Key of the second node. */
  readonly target: string;
  /** Papers on which both nodes appear (papers over `maxNodesPerPaper` left out). */
  readonly papers: number;
  /** `a_ij` under the network's edge-weight method (§11.2). */
  readonly weight: number;
  /** The normalized value (§11.3), or `null` when the normalization is `none`. */
  readonly normalized: number | null;
}

/** A paper left out of edge construction because it has more nodes than `maxNodesPerPaper`. */
export interface CappedPaper {
  /** The paper's UT. */
  readonly ut: string;
  /** Its number of distinct nodes `|V(p)|` (authors, institutions or countries). */
  readonly nodes: number;
}

/** How a network was built and pruned. */
export interface NetworkReport {
  /** Papers read. */
  readonly papers: number;
  /** Papers with no node at this level (no author, no institution or no country). */
  readonly papersWithoutNodes: number;
  /** Papers with exactly one node: they count for the node but add no edge. */
  readonly papersWithOneNode: number;
  /** Papers left out of edge construction by `maxNodesPerPaper`, in UT order. */
  readonly cappedPapers: readonly CappedPaper[];
  /**
   * Author networks: the share (0–1) of author nodes keyed by name rather than by ORCID or
   * ResearcherID (§3.4 `nameBasedAuthorKeys`; name keys merge homonyms and split variants),
   * counted before pruning. `null` for other levels and for a network without nodes.
   */
  readonly nameBasedAuthorKeys: number | null;
  /** Nodes removed by pruning (0 for an unpruned network). */
  readonly removedNodes: number;
  /** Edges removed by pruning, including those of removed nodes. */
  readonly removedEdges: number;
}

/** A co-authorship network. */
export interface Network {
  /** The options it was built with. */
  readonly options: NetworkOptions;
  /** The pruning applied, or `null`. */
  readonly pruning: PruneOptions | null;
  /** Nodes by ascending key. */
  readonly nodes: readonly NetworkNode[];
  /** Edges by ascending (source, target). */
  readonly edges: readonly NetworkEdge[];
  /** How it was built. */
  readonly report: NetworkReport;
}

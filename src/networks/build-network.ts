/**
 * Builds a co-authorship network from corpus papers (docs/methodology.md §11.1–§11.3). Node keys are
 * collected and sorted first, so that nodes get dense indices in canonical order; then each paper
 * adds to its nodes and to each pair of them, accumulated by index pair in a hash index with
 * compensated sums, papers in UT order ("Numbers" in docs/methodology.md). No list of pairs is ever materialized, and a paper
 * over `maxNodesPerPaper` contributes no pair at all: the work is Σ over kept papers of
 * |V(p)|(|V(p)| − 1)/2 additions.
 */

import { compareCodeUnits } from "../common/compare-code-units.ts";
import { grownArray } from "../common/grown-array.ts";
import type { ListLike } from "../common/list-like.ts";
import { checkOptions } from "../diagnostics/checked-options.ts";
import { CopubError } from "../diagnostics/errors.ts";
import { pairIndex } from "./_pair-index.ts";
import { compensatedSums } from "./compensated-sum.ts";
import { pairContribution } from "./edge-weight.ts";
import type { CappedPaper, Network, NetworkEdge, NetworkNode } from "./network.ts";
import { type NetworkOptionsInput, NetworkOptionsSchema } from "./network-options.ts";
import { nodeLabel } from "./node-label.ts";
import { normalizedWeight } from "./normalization.ts";
import { type PaperNodeSource, paperNodes } from "./paper-nodes.ts";

/**
 * The most edges a network may have (2^25, about 33.5 million). Each edge is an object in the
 * result, and far below the JavaScript array limit the default heap runs out; such a network comes
 * from uncapped hyper-authored papers (one 3,000-author paper alone gives 4.5 million pairs), and
 * no tool draws it. Growth is checked when the edge arrays double, so the limit is a power of two.
 */
const MAX_EDGES = 2 ** 25;

/** What `buildNetwork` reads of a corpus paper. */
export interface NetworkPaper extends PaperNodeSource {
  /** The paper's UT; papers are taken in ascending UT order. */
  readonly ut: string;
}

/**
 * Builds the network of the given papers at one level.
 * @param corpus - a corpus, or anything with its `papers` (they are read, never modified, and
 *   taken in ascending UT order whatever order they come in) and, for author labels, its
 *   `authorNames`
 * @param options - level, edge weight (default `full`), normalization (default `none`) and
 *   `maxNodesPerPaper` (default none)
 * @throws ZodError when an option is outside its domain
 * @throws CopubError `invalid-option` when the network would exceed 2^25 edges (set `maxNodesPerPaper`)
 * @example
 * // Data set K (docs/methodology.md §11.5)
 * const network = buildNetwork(corpus, { level: "country", edgeWeight: "fractional" });
 * network.nodes[2] // → { key: "JP", label: "Japan", papers: 5, fractionalCount: 2.8333333333333335 } (1/2+1/2+1/3+1/2+1)
 * network.edges[3] // → { source: "JP", target: "US", papers: 3, weight: 2.5, normalized: null }
 */
export function buildNetwork(
  corpus: {
    readonly papers: ListLike<NetworkPaper>;
    /** Display names of identifier-keyed authors, for author labels (`corpus.authorNames`). */
    readonly authorNames?: ReadonlyMap<string, string>;
  },
  options: NetworkOptionsInput,
): Network {
  const resolved = checkOptions(NetworkOptionsSchema, options, "buildNetwork options");
  const { level, edgeWeight, normalization, maxNodesPerPaper } = resolved;
  const papers = inUtOrder(corpus.papers);

  // One pass over the papers: each key gets a provisional number at first sight, and each paper's
  // nodes are kept as numbers in one flat array, so each key occurrence is looked up once.
  const provisional = new Map<string, number>();
  const seen: string[] = [];
  const bounds = new Int32Array(papers.length + 1);
  let flat = new Int32Array(1024);
  let used = 0;
  let p = 0;
  for (const paper of papers) {
    for (const key of paperNodes(paper, level)) {
      let id = provisional.get(key);
      if (id === undefined) {
        id = seen.length;
        provisional.set(key, id);
        seen.push(key);
      }
      if (used === flat.length) flat = grownArray(flat);
      flat[used++] = id;
    }
    bounds[++p] = used;
  }

  // Canonical node numbers: keys in code-unit order. A paper's keys are sorted, so its canonical
  // numbers ascend and each pair comes out as (lo, hi) with no sorting per paper.
  const n = seen.length;
  // The default sort compares strings by UTF-16 code units, the order compareCodeUnits defines,
  // natively and several times faster than with a comparator.
  const keys = [...seen].sort();
  const rank = new Map(keys.map((key, c) => [key, c]));
  const canonical = Int32Array.from(seen, (key) => rank.get(key) as number);

  const nodePapers = new Float64Array(n);
  const nodeFractions = compensatedSums(n);
  const pairs = pairIndex();
  const edgeWeights = compensatedSums();
  let edgePapers = new Float64Array(1024);
  const cappedPapers: CappedPaper[] = [];
  let papersWithoutNodes = 0;
  let papersWithOneNode = 0;
  const ids = new Int32Array(Math.max(1, maxRun(bounds)));

  // By position, not by paper: a corpus hands out each paper afresh (`PaperTable`), and only a
  // capped paper's UT is read here.
  for (p = 0; p < papers.length; p++) {
    const from = bounds[p] as number;
    const size = (bounds[p + 1] as number) - from;
    if (size === 0) {
      papersWithoutNodes++;
      continue;
    }
    for (let k = 0; k < size; k++) {
      const i = canonical[flat[from + k] as number] as number;
      ids[k] = i;
      nodePapers[i] = (nodePapers[i] as number) + 1;
      nodeFractions.add(i, 1 / size);
    }
    if (size === 1) {
      papersWithOneNode++;
      continue;
    }
    if (maxNodesPerPaper !== null && size > maxNodesPerPaper) {
      cappedPapers.push({ ut: (papers.at(p) as NetworkPaper).ut, nodes: size });
      continue;
    }
    const share = pairContribution(edgeWeight, size);
    for (let a = 0; a < size - 1; a++) {
      const lo = ids[a] as number;
      for (let b = a + 1; b < size; b++) {
        const e = pairs.add(lo, ids[b] as number);
        if (e === edgePapers.length) {
          if (e >= MAX_EDGES) throw tooManyEdges(maxNodesPerPaper);
          edgePapers = grownArray(edgePapers);
        }
        edgePapers[e] = (edgePapers[e] as number) + 1;
        edgeWeights.add(e, share);
      }
    }
  }

  // Canonical edge order: ascending (lo, hi), i.e. ascending lo·n + hi (exact below 2^53).
  const order = new Float64Array(pairs.size);
  for (let e = 0; e < pairs.size; e++) order[e] = pairs.lo(e) * n + pairs.hi(e);
  order.sort();

  const strengths = compensatedSums(n);
  const total = compensatedSums(1);
  const sorted = new Int32Array(order.length);
  for (let s = 0; s < order.length; s++) {
    const code = order[s] as number;
    const lo = Math.floor(code / n);
    const e = pairs.get(lo, code - lo * n);
    sorted[s] = e;
    const weight = edgeWeights.value(e);
    strengths.add(lo, weight);
    strengths.add(pairs.hi(e), weight);
    total.add(0, weight);
  }

  const nodes: NetworkNode[] = keys.map((key, i) => ({
    key,
    label: nodeLabel(level, key, corpus.authorNames),
    papers: nodePapers[i] as number,
    fractionalCount: nodeFractions.value(i),
  }));
  const totalWeight = total.value(0);
  const edges: NetworkEdge[] = Array.from(sorted, (e) => {
    const lo = pairs.lo(e);
    const hi = pairs.hi(e);
    const weight = edgeWeights.value(e);
    return {
      source: keys[lo] as string,
      target: keys[hi] as string,
      papers: edgePapers[e] as number,
      weight,
      normalized:
        normalization === "none"
          ? null
          : normalizedWeight(normalization, {
              weight,
              papers: [nodePapers[lo] as number, nodePapers[hi] as number],
              strengths: [strengths.value(lo), strengths.value(hi)],
              totalWeight,
            }),
    };
  });

  return {
    options: resolved,
    pruning: null,
    nodes,
    edges,
    report: {
      papers: papers.length,
      papersWithoutNodes,
      papersWithOneNode,
      cappedPapers,
      nameBasedAuthorKeys:
        level === "author" && n > 0 ? keys.filter((key) => key.startsWith("name:")).length / n : null,
      removedNodes: 0,
      removedEdges: 0,
    },
  };
}

/** The papers in UT order: as given when they are (a corpus's are), else sorted into a new array. */
function inUtOrder<T extends { readonly ut: string }>(papers: ListLike<T>): ListLike<T> {
  let last: string | undefined;
  for (const { ut } of papers) {
    if (last !== undefined && last > ut) return [...papers].sort((a, b) => compareCodeUnits(a.ut, b.ut));
    last = ut;
  }
  return papers;
}

function tooManyEdges(maxNodesPerPaper: number | null): CopubError {
  const cap =
    maxNodesPerPaper === null ? "no maxNodesPerPaper is set" : `maxNodesPerPaper is ${maxNodesPerPaper}`;
  return new CopubError(
    "invalid-option",
    `the network would have more than ${MAX_EDGES} edges and ${cap}: hyper-authored papers add n(n-1)/2 edges each; set a lower maxNodesPerPaper (methodology §11.2)`,
  );
}

function maxRun(bounds: Int32Array): number {
  let max = 0;
  for (let p = 1; p < bounds.length; p++)
    max = Math.max(max, (bounds[p] as number) - (bounds[p - 1] as number));
  return max;
}

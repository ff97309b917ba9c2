/**
 * Betweenness centrality (docs/methodology.md §11.4): Brandes' algorithm over shortest paths, either
 * counting edges (unweighted) or with distances `d_ij = 1 / a_ij` (a strong tie is a short
 * distance; Newman 2001, Opsahl et al. 2010). Reported raw — each unordered pair counted once —
 * and normalized by `(n − 1)(n − 2) / 2`.
 *
 * graphology-metrics' `betweenness` computes the same quantity, but copub runs its own Brandes
 * for two reasons, both tested: it counts shortest paths in a `Uint32Array`, so a graph with more
 * than 2^32 shortest paths between two nodes (a chain of 32 "diamonds") wraps to 0 and divides by it;
 * and its weighted variant detects equal path lengths with `===`, so 1/10 + 1/5 and 1/(10/3) —
 * mathematically both 0.3 — are different lengths and a tie is lost. Here path counts are
 * doubles, and two lengths within a relative 1e-10 of each other are equal (igraph's practice).
 *
 * Exact betweenness runs one shortest-path search from every node: n searches of O(m) each
 * (O(m + n log n) weighted), too many for a large author network. Brandes and Pich (2007) estimate
 * it from a sample of k sources: the dependencies accumulated from k sources drawn uniformly
 * without replacement, times n/k, are an unbiased estimate of the exact sum, at k/n of the cost.
 * The sources are drawn with a seeded generator, so an estimate is reproducible from (k, seed).
 */

import { checkKeys, optionKeys } from "../diagnostics/checked-options.ts";
import { type Adjacency, adjacency } from "./_adjacency.ts";
import type { Attributes, UndirectedGraph } from "./_graphology.ts";
import { minHeap } from "./_min-heap.ts";
import { seededRandom } from "./_random.ts";

/** Relative tolerance under which two path lengths are the same length. */
const TIE_TOLERANCE = 1e-10;

/** Betweenness of every node, raw and normalized. */
export interface Betweenness {
  /** Raw betweenness: Σ over unordered pairs {s, t} of the share of s–t shortest paths through the node. */
  readonly raw: Record<string, number>;
  /** Raw divided by `(n − 1)(n − 2) / 2`; 0 when n ≤ 2. */
  readonly normalized: Record<string, number>;
}

/** A sample of sources for estimated betweenness: how many, drawn with which seed. */
export interface BetweennessSample {
  /** Number of sources k (at least 1); k ≥ n is the exact betweenness. */
  readonly sources: number;
  /** Seed of the draw. */
  readonly seed: number;
}

/** Options of `betweennessCentrality`. */
export interface BetweennessOptions {
  /**
   * Edge attribute holding weights `a_ij`, turned into distances `1 / a_ij`; `null` (default)
   * counts edges.
   */
  readonly weight?: string | null;
  /** Estimate from a seeded sample of sources (Brandes & Pich 2007); `null` (default): exact. */
  readonly sample?: BetweennessSample | null;
  /** Called after each source's search with the sources done and their total, for progress. */
  readonly onSource?: (done: number, total: number) => void;
}

/** The keys of `BetweennessOptions`. */
const BETWEENNESS_KEYS = optionKeys<BetweennessOptions>({ weight: true, sample: true, onSource: true });

/**
 * Betweenness centrality of every node, exact or estimated from a sample of sources.
 * @param graph - an undirected graph
 * @param options - `weight`: the weight attribute for weighted paths (default `null`, unweighted);
 *   `sample`: sources and seed of an estimate (default `null`, exact); `onSource`: progress
 * @throws CopubError `invalid-option` when a weight is missing or not positive
 * @example
 * // Data set K (docs/methodology.md §11.5)
 * betweennessCentrality(graph).raw                      // → { DE: 0, GB: 0, JP: 2, US: 0 }
 * betweennessCentrality(graph, { weight: "weight" }).raw // → { DE: 0, GB: 0, JP: 2, US: 2 }
 */
export function betweennessCentrality(
  graph: UndirectedGraph<Attributes, Attributes>,
  options: BetweennessOptions = {},
): Betweenness {
  checkKeys(options, BETWEENNESS_KEYS, "betweennessCentrality options");
  const weight = options.weight ?? null;
  const adj = adjacency(graph, weight);
  const { raw, normalized } = betweennessOf(adj, weight !== null, options);
  return {
    raw: Object.fromEntries(adj.keys.map((key, i) => [key, raw[i] as number])),
    normalized: Object.fromEntries(adj.keys.map((key, i) => [key, normalized[i] as number])),
  };
}

/**
 * Betweenness of every node of a CSR adjacency, by node index, raw and normalized.
 * @param adj - the adjacency, with weights `a_ij` when `weighted`
 * @param weighted - distances `1 / a_ij` (true) or edge counts (false)
 * @param options - `sample`, `onSource` as for `betweennessCentrality`
 * @example
 * betweennessOf(adjacency(graph, null), false).raw // → Float64Array [0, 0, 2, 0] (data set K)
 */
export function betweennessOf(
  adj: Adjacency,
  weighted: boolean,
  options: Pick<BetweennessOptions, "sample" | "onSource"> = {},
): { readonly raw: Float64Array; readonly normalized: Float64Array } {
  const n = adj.keys.length;
  const sources = sampledSources(n, options.sample ?? null);
  const sums = brandes(adj, weighted, sources, options.onSource);
  // n/k scales the sample's sum to an estimate of the sum over all n sources (1 when exact).
  const estimate = sources.length < n ? n / sources.length : 1;
  const scale = n > 2 ? 2 / ((n - 1) * (n - 2)) : 0;
  const raw = sums.map((sum) => sum * estimate);
  return { raw, normalized: raw.map((value) => value * scale) };
}

/**
 * The sources of the searches: every node, or k of them drawn without replacement (a partial
 * Fisher–Yates shuffle driven by the seed), in ascending order so that sums are taken in one order.
 * @example
 * sampledSources(5, null)                    // → Int32Array [0, 1, 2, 3, 4]
 * sampledSources(5, { sources: 2, seed: 1 }) // → two of 0–4, the same two for seed 1 every time
 */
export function sampledSources(n: number, sample: BetweennessSample | null): Int32Array {
  const all = Int32Array.from({ length: n }, (_, i) => i);
  if (sample === null || sample.sources >= n) return all;
  const k = Math.max(1, Math.floor(sample.sources));
  const random = seededRandom(sample.seed);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const picked = all[j] as number;
    all[j] = all[i] as number;
    all[i] = picked;
  }
  return all.slice(0, k).sort();
}

function brandes(
  { keys, starts, neighbors, weights }: Adjacency,
  weighted: boolean,
  sources: Int32Array,
  onSource: ((done: number, total: number) => void) | undefined,
): Float64Array {
  const n = keys.length;
  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  const distance = new Float64Array(n);
  const delta = new Float64Array(n);
  const settled = new Uint8Array(n);
  const order = new Int32Array(n);
  // Predecessor lists as linked lists in a pool: each directed edge adds at most one entry per source.
  const predHead = new Int32Array(n);
  const predNext = new Int32Array(neighbors.length + 1);
  const predNode = new Int32Array(neighbors.length + 1);
  const queue = new Int32Array(n);
  const heap = minHeap(neighbors.length + 1);

  for (let done = 0; done < sources.length; done++) {
    const s = sources[done] as number;
    sigma.fill(0);
    distance.fill(-1);
    predHead.fill(-1);
    settled.fill(0);
    let pool = 0;
    let count = 0;
    const addPred = (w: number, v: number): void => {
      predNode[pool] = v;
      predNext[pool] = predHead[w] as number;
      predHead[w] = pool++;
    };
    sigma[s] = 1;
    distance[s] = 0;

    if (!weighted) {
      let head = 0;
      let tail = 0;
      queue[tail++] = s;
      while (head < tail) {
        const v = queue[head++] as number;
        order[count++] = v;
        const next = (distance[v] as number) + 1;
        for (let j = starts[v] as number; j < (starts[v + 1] as number); j++) {
          const w = neighbors[j] as number;
          if (distance[w] === -1) {
            distance[w] = next;
            queue[tail++] = w;
          }
          if (distance[w] === next) {
            sigma[w] = (sigma[w] as number) + (sigma[v] as number);
            addPred(w, v);
          }
        }
      }
    } else {
      heap.clear();
      heap.push(0, s);
      while (heap.size > 0) {
        const v = heap.pop();
        if (settled[v] === 1) continue;
        settled[v] = 1;
        order[count++] = v;
        const dv = distance[v] as number;
        for (let j = starts[v] as number; j < (starts[v + 1] as number); j++) {
          const w = neighbors[j] as number;
          if (settled[w] === 1) continue;
          const alt = dv + 1 / (weights[j] as number);
          const dw = distance[w] as number;
          if (dw !== -1 && Math.abs(alt - dw) <= TIE_TOLERANCE * Math.max(alt, dw)) {
            sigma[w] = (sigma[w] as number) + (sigma[v] as number);
            addPred(w, v);
          } else if (dw === -1 || alt < dw) {
            distance[w] = alt;
            sigma[w] = sigma[v] as number;
            predHead[w] = -1;
            addPred(w, v);
            heap.push(alt, w);
          }
        }
      }
    }

    delta.fill(0);
    for (let k = count - 1; k >= 0; k--) {
      const w = order[k] as number;
      const coefficient = (1 + (delta[w] as number)) / (sigma[w] as number);
      for (let p = predHead[w] as number; p !== -1; p = predNext[p] as number) {
        const v = predNode[p] as number;
        delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient;
      }
      if (w !== s) centrality[w] = (centrality[w] as number) + (delta[w] as number);
    }
    onSource?.(done + 1, sources.length);
  }
  // Every unordered pair was counted from both of its ends (from a sample: in expectation).
  for (let i = 0; i < n; i++) centrality[i] = (centrality[i] as number) / 2;
  return centrality;
}

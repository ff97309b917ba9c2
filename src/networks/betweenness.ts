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
 */
import { type Adjacency, adjacency } from "./_adjacency.ts";
import type { Attributes, UndirectedGraph } from "./_graphology.ts";
import { minHeap } from "./_min-heap.ts";

/** Relative tolerance under which two path lengths are the same length. */
const TIE_TOLERANCE = 1e-10;

/** Betweenness of every node, raw and normalized. */
export interface Betweenness {
  /** Raw betweenness: Σ over unordered pairs {s, t} of the share of s–t shortest paths through the node. */
  readonly raw: Record<string, number>;
  /** Raw divided by `(n − 1)(n − 2) / 2`; 0 when n ≤ 2. */
  readonly normalized: Record<string, number>;
}

/** Options of `betweennessCentrality`. */
export interface BetweennessOptions {
  /**
   * Edge attribute holding weights `a_ij`, turned into distances `1 / a_ij`; `null` (default)
   * counts edges.
   */
  readonly weight?: string | null;
}

/**
 * Betweenness centrality of every node.
 * @param graph - an undirected graph
 * @param options - `weight`: the weight attribute for weighted paths (default `null`, unweighted)
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
  const weight = options.weight ?? null;
  const adj = adjacency(graph, weight);
  const raw = brandes(adj, weight !== null);
  const n = adj.keys.length;
  const scale = n > 2 ? 2 / ((n - 1) * (n - 2)) : 0;
  return {
    raw: Object.fromEntries(adj.keys.map((key, i) => [key, raw[i] as number])),
    normalized: Object.fromEntries(adj.keys.map((key, i) => [key, (raw[i] as number) * scale])),
  };
}

function brandes({ keys, starts, neighbors, weights }: Adjacency, weighted: boolean): Float64Array {
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

  for (let s = 0; s < n; s++) {
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
  }
  // Every unordered pair was counted from both of its ends.
  for (let i = 0; i < n; i++) centrality[i] = (centrality[i] as number) / 2;
  return centrality;
}

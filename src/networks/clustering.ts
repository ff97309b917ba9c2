/**
 * Clustering (docs/methodology.md §11.4): the unweighted local coefficient `2T_i / (deg(i)(deg(i) − 1))`,
 * T_i being the number of edges among i's neighbours, 0 when deg(i) < 2; and the global
 * transitivity `3 · triangles / connected triples`. graphology-metrics has neither.
 */
import { type Adjacency, adjacency } from "./_adjacency.ts";
import type { Attributes, UndirectedGraph } from "./_graphology.ts";

/**
 * Local clustering coefficient of every node.
 * @param graph - an undirected graph
 * @example
 * // Data set K: JP's neighbours GB, US, DE have one edge among them (GB–US): 2·1/(3·2)
 * localClustering(graph) // → { DE: 0, GB: 1, JP: 0.3333333333333333, US: 1 }
 */
export function localClustering(graph: UndirectedGraph<Attributes, Attributes>): Record<string, number> {
  const adj = adjacency(graph, null);
  const { local } = clusteringOf(adj);
  return Object.fromEntries(adj.keys.map((key, i) => [key, local[i] as number]));
}

/**
 * Global transitivity: three times the number of triangles over the number of connected triples
 * (paths of two edges); 0 when there is no triple.
 * @param graph - an undirected graph
 * @example
 * // Data set K: one triangle (JP, US, GB); triples JP 3, US 1, GB 1, DE 0
 * transitivity(graph) // → 0.6
 */
export function transitivity(graph: UndirectedGraph<Attributes, Attributes>): number {
  return clusteringOf(adjacency(graph, null)).transitivity;
}

/**
 * Local clustering by node index and the global transitivity of a CSR adjacency, from one
 * count of triangles.
 * @example
 * clusteringOf(adjacency(graph, null)) // → { local: Float64Array [0, 1, 1/3, 1], transitivity: 0.6 } (data set K)
 */
export function clusteringOf(adj: Adjacency): {
  readonly local: Float64Array;
  readonly transitivity: number;
} {
  const triangles = trianglesAt(adj);
  const local = new Float64Array(adj.keys.length);
  let closed = 0;
  let triples = 0;
  for (let i = 0; i < adj.keys.length; i++) {
    const degree = (adj.starts[i + 1] as number) - (adj.starts[i] as number);
    local[i] = degree < 2 ? 0 : (2 * (triangles[i] as number)) / (degree * (degree - 1));
    // Each triangle is counted once at each of its three corners: Σ T_i = 3 · triangles.
    closed += triangles[i] as number;
    triples += (degree * (degree - 1)) / 2;
  }
  return { local, transitivity: triples === 0 ? 0 : closed / triples };
}

/** T_i: the number of edges among the neighbours of each node. */
function trianglesAt({ keys, starts, neighbors }: Adjacency): Float64Array {
  const n = keys.length;
  const counts = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const from = starts[i] as number;
    const to = starts[i + 1] as number;
    for (let j = from; j < to; j++) mark[neighbors[j] as number] = i;
    let t = 0;
    for (let j = from; j < to; j++) {
      const u = neighbors[j] as number;
      for (let k = starts[u] as number; k < (starts[u + 1] as number); k++) {
        const w = neighbors[k] as number;
        if (w > u && mark[w] === i) t++;
      }
    }
    counts[i] = t;
  }
  return counts;
}

/**
 * Closeness centrality with the Wasserman–Faust correction (docs/methodology.md §11.4): with r the
 * number of nodes reachable from i, itself included, closeness is
 * `((r − 1) / Σ distances) · ((r − 1) / (n − 1))`, and 0 for an isolated node. Distances count
 * edges. graphology-metrics computes exactly this with `wassermanFaust: true` (its default,
 * `false`, drops the second factor, which on a disconnected graph rates a node in a small
 * component as central as one in the giant component); copub runs the same breadth-first searches
 * on its CSR adjacency, with the same arithmetic, so that a large network is measured without a
 * graphology graph and each search can be reported for progress.
 */
import { type Adjacency, adjacency } from "./_adjacency.ts";
import type { Attributes, UndirectedGraph } from "./_graphology.ts";

/**
 * Wasserman–Faust closeness of every node, over unweighted shortest paths.
 * @param graph - an undirected graph
 * @example
 * // Data set K: JP reaches 3 nodes at distance 1 each
 * closenessCentrality(graph) // → { DE: 0.6, GB: 0.75, JP: 1, US: 0.75 }
 */
export function closenessCentrality(graph: UndirectedGraph<Attributes, Attributes>): Record<string, number> {
  const adj = adjacency(graph, null);
  const closeness = closenessOf(adj);
  return Object.fromEntries(adj.keys.map((key, i) => [key, closeness[i] as number]));
}

/**
 * Wasserman–Faust closeness of every node of a CSR adjacency, by node index: one breadth-first
 * search per node.
 * @param adj - the adjacency (weights are not read)
 * @param onSource - called after each search with the searches done and their total
 * @example
 * closenessOf(adjacency(graph, null)) // → Float64Array [0.6, 0.75, 1, 0.75] (data set K)
 */
export function closenessOf(
  { keys, starts, neighbors }: Adjacency,
  onSource?: (done: number, total: number) => void,
): Float64Array {
  const n = keys.length;
  const closeness = new Float64Array(n);
  const distance = new Int32Array(n);
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    distance.fill(-1);
    distance[s] = 0;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    let count = 0;
    let total = 0;
    while (head < tail) {
      const v = queue[head++] as number;
      const d = distance[v] as number;
      if (d !== 0) {
        total += d;
        count += 1;
      }
      for (let j = starts[v] as number; j < (starts[v + 1] as number); j++) {
        const w = neighbors[j] as number;
        if (distance[w] !== -1) continue;
        distance[w] = d + 1;
        queue[tail++] = w;
      }
    }
    // graphology-metrics' order of operations: (count / total) · (count / (n − 1)).
    closeness[s] = total > 0 && n > 1 ? (count / total) * (count / (n - 1)) : 0;
    onSource?.(s + 1, n);
  }
  return closeness;
}

/**
 * Closeness centrality with the Wasserman–Faust correction (docs/methodology.md §11.4): with r the
 * number of nodes reachable from i, itself included, closeness is
 * `((r − 1) / Σ distances) · ((r − 1) / (n − 1))`, and 0 for an isolated node. Distances count
 * edges. graphology-metrics computes exactly this with `wassermanFaust: true` (its default,
 * `false`, drops the second factor, which on a disconnected graph rates a node in a small
 * component as central as one in the giant component); copub runs the same breadth-first searches
 * on its CSR adjacency, with the same arithmetic, so that a large network is measured without a
 * graphology graph and each search can be reported for progress.
 *
 * Exact closeness runs one breadth-first search from every node, n searches of O(m) each: too many
 * for a large author network. Eppstein and Wang (2004) estimate each node's sum of distances from
 * a sample of k pivots: a search from each pivot gives every node its distance to the pivots, and
 * (r − 1)/k times the sum of those distances estimates its sum over all r − 1 other nodes of its
 * component, without bias when the pivots are drawn uniformly. copub draws the pivots per connected
 * component, k from each component larger than k (with a seeded generator, so an estimate is
 * reproducible from (k, seed)), and computes every node of a smaller component exactly, as it does a
 * pivot; r, the count of reachable nodes, is always exact. So k searches per component at most,
 * k · (2m + n) steps in all. Closeness is the inverse of the sum: the estimate of the sum is
 * unbiased, that of closeness is not quite (it errs upwards, by about the relative variance of the
 * sum, small once k is in the hundreds).
 */
import { type Adjacency, adjacency } from "./_adjacency.ts";
import type { Attributes, UndirectedGraph } from "./_graphology.ts";
import { seededRandom } from "./_random.ts";

/** A sample of pivots for estimated closeness: how many per component, drawn with which seed. */
export interface ClosenessSample {
  /** Pivots k per connected component (at least 1); a component of at most k nodes is exact. */
  readonly sources: number;
  /** Seed of the draw. */
  readonly seed: number;
}

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
 * search per node, or, with a sample, per pivot (see the module's opening paragraph).
 * @param adj - the adjacency (weights are not read)
 * @param onSource - called after each search with the searches done and their total
 * @param sample - pivots per component and seed of an estimate; `null` (default): exact
 * @example
 * closenessOf(adjacency(graph, null)) // → Float64Array [0.6, 0.75, 1, 0.75] (data set K)
 */
export function closenessOf(
  adj: Adjacency,
  onSource?: (done: number, total: number) => void,
  sample: ClosenessSample | null = null,
): Float64Array {
  const n = adj.keys.length;
  const closeness = new Float64Array(n);
  const search = breadthFirst(adj);
  const components = componentsOf(adj);
  const k = sample === null ? n : Math.max(1, Math.floor(sample.sources));
  const random = sample === null ? null : seededRandom(sample.seed);
  const total = components.reduce((sum, members) => sum + Math.min(members.length, k), 0);
  // Shared by the sampled components; each touches only its members' entries.
  const sums = new Float64Array(n);
  const pivot = new Uint8Array(n);
  let done = 0;
  const searched = () => onSource?.(++done, total);
  /** (count / total) · (count / (n − 1)), in graphology-metrics' order of operations. */
  const wassermanFaust = (count: number, distances: number) =>
    distances > 0 && n > 1 ? (count / distances) * (count / (n - 1)) : 0;
  for (const members of components) {
    if (members.length <= k || random === null) {
      for (const s of members) {
        const { count, distances } = search(s, null);
        closeness[s] = wassermanFaust(count, distances);
        searched();
      }
      continue;
    }
    // k pivots drawn without replacement (a partial Fisher–Yates shuffle of the members).
    const pool = Int32Array.from(members);
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(random() * (pool.length - i));
      const p = pool[j] as number;
      pool[j] = pool[i] as number;
      pool[i] = p;
      pivot[p] = 1;
      // A pivot's own sum is exact; every node of the component adds its distance to the pivot.
      const { count, distances } = search(p, sums);
      closeness[p] = wassermanFaust(count, distances);
      searched();
    }
    const others = members.length - 1;
    for (const v of members) {
      if (pivot[v] === 1) continue;
      closeness[v] = wassermanFaust(others, (others / k) * (sums[v] as number));
    }
  }
  return closeness;
}

/**
 * A breadth-first search from one node: the nodes it reaches (itself apart) and the sum of their
 * distances; with `sums`, each reached node's distance is added to its entry.
 */
function breadthFirst({ keys, starts, neighbors }: Adjacency) {
  const n = keys.length;
  const distance = new Int32Array(n);
  const queue = new Int32Array(n);
  return (s: number, sums: Float64Array | null): { count: number; distances: number } => {
    distance.fill(-1);
    distance[s] = 0;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    let count = 0;
    let distances = 0;
    while (head < tail) {
      const v = queue[head++] as number;
      const d = distance[v] as number;
      if (d !== 0) {
        distances += d;
        count += 1;
        if (sums !== null) sums[v] = (sums[v] as number) + d;
      }
      for (let j = starts[v] as number; j < (starts[v + 1] as number); j++) {
        const w = neighbors[j] as number;
        if (distance[w] !== -1) continue;
        distance[w] = d + 1;
        queue[tail++] = w;
      }
    }
    return { count, distances };
  };
}

/** The connected components, each its members in node order, ordered by their first node. */
function componentsOf({ keys, starts, neighbors }: Adjacency): Int32Array[] {
  const n = keys.length;
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  const components: Int32Array[] = [];
  for (let s = 0; s < n; s++) {
    if (seen[s] === 1) continue;
    seen[s] = 1;
    queue[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = queue[head++] as number;
      for (let j = starts[v] as number; j < (starts[v + 1] as number); j++) {
        const w = neighbors[j] as number;
        if (seen[w] === 1) continue;
        seen[w] = 1;
        queue[tail++] = w;
      }
    }
    components.push(queue.slice(0, tail).sort());
  }
  return components;
}

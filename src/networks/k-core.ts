/**
 * k-cores (docs/methodology.md §11.4): the coreness of a node is the largest k such that it belongs to
 * a subgraph where every node has degree ≥ k (Batagelj & Zaversnik's O(m) algorithm on degrees).
 * The *core* of a network is its innermost non-empty k-core; a country in it is called core
 * (§11.4). graphology-metrics has no k-core.
 */
import { type Adjacency, adjacency } from "./_adjacency.ts";
import type { Attributes, UndirectedGraph } from "./_graphology.ts";

/** The innermost k-core. */
export interface InnermostCore {
  /** Its k: the largest coreness in the graph (0 for a graph without edges or nodes). */
  readonly k: number;
  /** Its nodes, in the graph's node order. */
  readonly members: readonly string[];
}

/**
 * Coreness of every node.
 * @param graph - an undirected graph without self-loops
 * @example
 * // Data set K: DE hangs on JP by one edge; JP, US, GB form a triangle
 * coreNumbers(graph) // → { DE: 1, GB: 2, JP: 2, US: 2 }
 */
export function coreNumbers(graph: UndirectedGraph<Attributes, Attributes>): Record<string, number> {
  const adj = adjacency(graph, null);
  const cores = coreNumbersOf(adj);
  return Object.fromEntries(adj.keys.map((key, v) => [key, cores[v] as number]));
}

/**
 * Coreness of every node of a CSR adjacency, by node index.
 * @example
 * coreNumbersOf(adjacency(graph, null)) // → Int32Array [1, 2, 2, 2] (data set K: DE, GB, JP, US)
 */
export function coreNumbersOf({ keys, starts, neighbors }: Adjacency): Int32Array {
  const n = keys.length;
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    degree[v] = (starts[v + 1] as number) - (starts[v] as number);
    if ((degree[v] as number) > maxDegree) maxDegree = degree[v] as number;
  }
  // Nodes bucket-sorted by current degree: vert holds them, pos[v] is v's place, bin[d] the start of bucket d.
  const bin = new Int32Array(maxDegree + 1);
  for (let v = 0; v < n; v++) bin[degree[v] as number] = (bin[degree[v] as number] as number) + 1;
  let start = 0;
  for (let d = 0; d <= maxDegree; d++) {
    const size = bin[d] as number;
    bin[d] = start;
    start += size;
  }
  const pos = new Int32Array(n);
  const vert = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const d = degree[v] as number;
    pos[v] = bin[d] as number;
    vert[pos[v] as number] = v;
    bin[d] = (bin[d] as number) + 1;
  }
  for (let d = maxDegree; d > 0; d--) bin[d] = bin[d - 1] as number;
  bin[0] = 0;
  for (let i = 0; i < n; i++) {
    const v = vert[i] as number;
    for (let j = starts[v] as number; j < (starts[v + 1] as number); j++) {
      const u = neighbors[j] as number;
      const du = degree[u] as number;
      if (du > (degree[v] as number)) {
        const pu = pos[u] as number;
        const pw = bin[du] as number;
        const w = vert[pw] as number;
        if (u !== w) {
          pos[u] = pw;
          vert[pu] = w;
          pos[w] = pu;
          vert[pw] = u;
        }
        bin[du] = pw + 1;
        degree[u] = du - 1;
      }
    }
  }
  return degree;
}

/**
 * The innermost (highest non-empty) k-core.
 * @param graph - an undirected graph without self-loops
 * @example
 * innermostCore(graph) // → { k: 2, members: ["GB", "JP", "US"] } (data set K)
 */
export function innermostCore(graph: UndirectedGraph<Attributes, Attributes>): InnermostCore {
  const cores = coreNumbers(graph);
  const keys = graph.nodes();
  const k = keys.reduce((max, key) => Math.max(max, cores[key] as number), 0);
  return { k, members: keys.filter((key) => cores[key] === k) };
}

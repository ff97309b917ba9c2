/**
 * Connected components. Eigenvector centrality is defined per component (docs/methodology.md §11.4),
 * and a disconnected network is the rule on real data: small groups of authors who never write
 * with the main body of a field.
 */
import { adjacency } from "./_adjacency.ts";
import type { Attributes, UndirectedGraph } from "./_graphology.ts";

/**
 * The connected components of a graph: each a list of node keys in the graph's node order, the
 * components ordered by their first node.
 * @param graph - an undirected graph
 * @example
 * connectedComponents(graph) // → [["a", "b", "c"], ["d"], ["e", "f"]]
 */
export function connectedComponents(graph: UndirectedGraph<Attributes, Attributes>): string[][] {
  const { keys, starts, neighbors } = adjacency(graph, null);
  const n = keys.length;
  const component = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n);
  const members: number[][] = [];
  for (let root = 0; root < n; root++) {
    if (component[root] !== -1) continue;
    const id = members.length;
    const nodes: number[] = [];
    members.push(nodes);
    component[root] = id;
    let top = 0;
    stack[top++] = root;
    while (top > 0) {
      const v = stack[--top] as number;
      nodes.push(v);
      for (let j = starts[v] as number; j < (starts[v + 1] as number); j++) {
        const w = neighbors[j] as number;
        if (component[w] === -1) {
          component[w] = id;
          stack[top++] = w;
        }
      }
    }
  }
  return members.map((nodes) => nodes.sort((a, b) => a - b).map((i) => keys[i] as string));
}

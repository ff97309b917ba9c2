/**
 * Eigenvector centrality (docs/methodology.md §11.4): the principal eigenvector of the (weighted)
 * adjacency matrix, L2-normalized, computed per connected component of two or more nodes; an
 * isolated node has 0. graphology-metrics' `eigenvector` normalizes over the whole graph, so on a
 * disconnected graph the component with the largest eigenvalue takes everything and the others
 * fade towards 0; its default tolerance (1e-6 per node) also leaves the sixth decimal unsettled.
 * Here it runs on each component separately, until the L1 change falls below 1e-12, for at most
 * 1000 iterations. A component that has not converged by then (two nearly equal leading
 * eigenvalues, where the eigenvector is ill-determined anyway) gets `null` rather than a guess.
 */

import { checkKeys, optionKeys } from "../diagnostics/checked-options.ts";
import { type Attributes, eigenvector, UndirectedGraph } from "./_graphology.ts";
import { connectedComponents } from "./components.ts";

/** Options of `eigenvectorCentrality`. */
export interface EigenvectorOptions {
  /** Edge attribute holding weights; `null` (default) uses the unweighted adjacency matrix. */
  readonly weight?: string | null;
}

/** L1 change under which the power iteration has converged (the PageRank tolerance of §11.4). */
const TOLERANCE = 1e-12;
const MAX_ITERATIONS = 1000;

/**
 * Eigenvector centrality of every node, per connected component.
 * @param graph - an undirected graph
 * @param options - `weight`: the weight attribute (default `null`, unweighted)
 * @returns each node's value; `null` for the nodes of a component that did not converge
 * @example
 * // Data set K, unweighted (docs/methodology.md §11.5)
 * eigenvectorCentrality(graph) // → { DE: 0.281845…, GB: 0.522721…, JP: 0.611628…, US: 0.522721… }
 */
export function eigenvectorCentrality(
  graph: UndirectedGraph<Attributes, Attributes>,
  options: EigenvectorOptions = {},
): Record<string, number | null> {
  checkKeys(options, optionKeys<EigenvectorOptions>({ weight: true }), "eigenvectorCentrality options");
  const weight = options.weight ?? null;
  const result: Record<string, number | null> = Object.fromEntries(graph.nodes().map((key) => [key, 0]));
  const components = connectedComponents(graph).filter((nodes) => nodes.length >= 2);
  const whole = components.length === 1 && components[0]?.length === graph.order;
  const subgraphs = whole ? [graph] : componentGraphs(graph, components, weight);
  for (const sub of subgraphs) {
    let values: Record<string, number>;
    try {
      values = eigenvector(sub, {
        getEdgeWeight: weight,
        maxIterations: MAX_ITERATIONS,
        // graphology stops when the L1 change is below order × tolerance.
        tolerance: TOLERANCE / sub.order,
      });
    } catch (error) {
      if (!(error instanceof Error) || !error.message.includes("failed to converge")) throw error;
      for (const key of sub.nodes()) result[key] = null;
      continue;
    }
    Object.assign(result, values);
  }
  return result;
}

function componentGraphs(
  graph: UndirectedGraph<Attributes, Attributes>,
  components: readonly string[][],
  weight: string | null,
): UndirectedGraph[] {
  const subgraphs = components.map(() => new UndirectedGraph());
  const owner = new Map<string, UndirectedGraph>();
  components.forEach((nodes, c) => {
    const sub = subgraphs[c] as UndirectedGraph;
    for (const key of nodes) {
      sub.addNode(key);
      owner.set(key, sub);
    }
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    const sub = owner.get(source) as UndirectedGraph;
    sub.addEdge(source, target, weight === null ? {} : { [weight]: attributes[weight] });
  });
  return subgraphs;
}

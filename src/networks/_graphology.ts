/**
 * The one place where copub imports graphology and its ecosystem. Under `nodenext`, default
 * imports of graphology's own classes and of per-metric files run but do not type-check, so the
 * imports here are named (STYLE.md). Everything else in `src/networks` imports from this module.
 */
import { UndirectedGraph } from "graphology";
import type { Attributes } from "graphology-types";

export { eigenvector, pagerank } from "graphology-metrics/centrality/index.js";
export type { Attributes };
export { UndirectedGraph };

// graphology-communities-louvain exports one function (`module.exports = louvain`, with `.detailed`
// and `.assign` hung on it), so no named import exists. The default import is that function in
// Node, tsx and Deno, but under `nodenext` tsc types a CommonJS `export default` as a `default`
// property instead; the cast below states the runtime shape with the package's own types.
import type { DetailedLouvainOutput, LouvainOptions } from "graphology-communities-louvain";
import louvainExports from "graphology-communities-louvain";

/** The parts of graphology-communities-louvain copub calls. */
export interface Louvain {
  /** Runs Louvain and returns the partition with its modularity. */
  readonly detailed: (
    graph: UndirectedGraph<Attributes, Attributes>,
    options?: LouvainOptions,
  ) => DetailedLouvainOutput;
}

/** graphology-communities-louvain's function. */
export const louvain = louvainExports as unknown as Louvain;

// Shared inputs of the writer tests: data set K's country network with and without metrics.
import type { Corpus } from "../../../src/corpus/corpus.ts";
import { paperTable } from "../../../src/corpus/paper-table.ts";
import { buildNetwork } from "../../../src/networks/build-network.ts";
import type { Network } from "../../../src/networks/network.ts";
import { networkGraph } from "../../../src/networks/network-graph.ts";
import type { NetworkOptionsInput } from "../../../src/networks/network-options.ts";
import { type NetworkMetrics, networkMetrics } from "../../../src/networks/node-metrics.ts";

/** A network of the corpus with its metrics. */
export function measured(
  corpus: Corpus,
  options: NetworkOptionsInput,
): { network: Network; metrics: NetworkMetrics } {
  const network = buildNetwork(corpus, options);
  return { network, metrics: networkMetrics(networkGraph(network)) };
}

/** The same corpus with its papers in reverse order (the builder must not care). */
export function reversed(corpus: Corpus): Corpus {
  return { ...corpus, papers: paperTable([...corpus.papers].reverse()) };
}

/** Metrics in which every eigenvector value is missing (a component that did not converge). */
export function withoutEigenvector(metrics: NetworkMetrics): NetworkMetrics {
  return { ...metrics, nodes: metrics.nodes.map((row) => ({ ...row, eigenvector: null })) };
}

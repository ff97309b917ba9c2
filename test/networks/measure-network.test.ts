// Metrics measured from the network (a compact adjacency, a graphology graph only for eigenvector,
// PageRank and Louvain) are those measured from its graphology graph, bit for bit.
import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../src/corpus/corpus.ts";
import { adjacency, networkAdjacency } from "../../src/networks/_adjacency.ts";
import { buildNetwork } from "../../src/networks/build-network.ts";
import { measureNetwork } from "../../src/networks/measure-network.ts";
import { networkGraph } from "../../src/networks/network-graph.ts";
import { networkMetrics } from "../../src/networks/node-metrics.ts";
import { corpusOf, DATA_SET_K, DATA_SET_N } from "./fixtures.ts";

let k: Corpus;
let n: Corpus;
beforeAll(async () => {
  [k, n] = await Promise.all([corpusOf(DATA_SET_K), corpusOf(DATA_SET_N)]);
});

describe("measureNetwork(network, options)", () => {
  it.each([
    ["country", "full", "none", "weight"],
    ["country", "fractional", "cosine", "normalized"],
    ["author", "fractional-refined", "association-strength", "normalized"],
  ] as const)(
    "equals networkMetrics(networkGraph(network)): %s, %s, %s",
    (level, edgeWeight, normalization, weight) => {
      const network = buildNetwork(level === "country" ? k : n, { level, edgeWeight, normalization });
      expect(measureNetwork(network, { weight, seed: 3 })).toEqual(
        networkMetrics(networkGraph(network), { weight, seed: 3 }),
      );
    },
  );

  it("equals it for a subset of metrics and a betweenness sample", () => {
    const network = buildNetwork(k, { level: "country" });
    const options = {
      metrics: ["betweenness", "closeness", "core"] as const,
      betweennessSources: 2,
      seed: 5,
    };
    expect(measureNetwork(network, { ...options, metrics: [...options.metrics] })).toEqual(
      networkMetrics(networkGraph(network), { ...options, metrics: [...options.metrics] }),
    );
  });

  it("refuses the normalized weight on a network without a normalization, as networkMetrics does", () => {
    const network = buildNetwork(k, { level: "country" });
    expect(() => measureNetwork(network, { weight: "normalized" })).toThrow(
      'the edges carry no "normalized" attribute',
    );
  });
});

describe("networkAdjacency(network, weight)", () => {
  it("is adjacency(networkGraph(network), weight)", () => {
    const network = buildNetwork(k, { level: "country", edgeWeight: "fractional", normalization: "jaccard" });
    const graph = networkGraph(network);
    for (const weight of ["weight", "normalized", null] as const)
      expect(networkAdjacency(network, weight)).toEqual(adjacency(graph, weight));
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { buildNetwork } from "../../src/networks/build-network.ts";
import type { Network } from "../../src/networks/network.ts";
import { networkGraph } from "../../src/networks/network-graph.ts";
import { networkMetrics } from "../../src/networks/node-metrics.ts";
import { pruneNetwork } from "../../src/networks/prune-network.ts";
import { corpusOf, DATA_SET_K } from "./fixtures.ts";

let k: Network;
beforeAll(async () => {
  k = buildNetwork(await corpusOf(DATA_SET_K), {
    level: "country",
    normalization: "jaccard",
    maxNodesPerPaper: 3,
  });
});

describe("networkGraph(network, metrics?)", () => {
  it("adds nodes in key order and edges in (source, target) order with keys e0, e1, …", () => {
    const graph = networkGraph(k);
    expect(graph.nodes()).toEqual(["DE", "GB", "JP", "US"]);
    expect(graph.mapEdges((edge, _a, source, target) => [edge, source, target])).toEqual([
      ["e0", "DE", "JP"],
      ["e1", "GB", "JP"],
      ["e2", "GB", "US"],
      ["e3", "JP", "US"],
    ]);
    expect(graph.type).toBe("undirected");
    expect(graph.allowSelfLoops).toBe(false);
  });

  it("carries counts, weights, the normalized value and how the network was built", () => {
    const graph = networkGraph(k);
    expect(graph.getNodeAttributes("GB")).toEqual({
      label: "United Kingdom",
      papers: 2,
      fractionalCount: 1 / 3 + 1 / 2,
    });
    expect(graph.getEdgeAttributes("e3")).toEqual({ papers: 3, weight: 3, normalized: 3 / 7 });
    expect(graph.getAttributes()).toEqual({
      level: "country",
      edgeWeight: "full",
      normalization: "jaccard",
      maxNodesPerPaper: 3,
    });
  });

  it("attaches metrics as node attributes, with the weight and seed they used", () => {
    const metrics = networkMetrics(networkGraph(k), { weight: "normalized", seed: 3 });
    const graph = networkGraph(k, metrics);
    expect(graph.getNodeAttributes("JP")).toMatchObject({
      label: "Japan",
      papers: 5,
      degree: 3,
      core: 2,
      community: 1,
    });
    expect(graph.getAttributes()).toMatchObject({ metricWeight: "normalized", seed: 3 });
  });

  it("refuses metrics computed on another network", () => {
    const metrics = networkMetrics(networkGraph(k));
    expect(() => networkGraph(pruneNetwork(k, { minPapers: 2 }), metrics)).toThrow(
      expect.objectContaining({ name: "CopubError", code: "invalid-option" }),
    );
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../../src/corpus/corpus.ts";
import { networkGraph } from "../../../src/networks/network-graph.ts";
import { networkMetrics } from "../../../src/networks/node-metrics.ts";
import { pruneNetwork } from "../../../src/networks/prune-network.ts";
import { toMetricsJson } from "../../../src/output/network/to-metrics-json.ts";
import { corpusOf, DATA_SET_K } from "../../networks/fixtures.ts";
import { measured } from "./_writers.ts";

let k: Corpus;
beforeAll(async () => {
  k = await corpusOf(DATA_SET_K);
});

describe("toMetricsJson(network, metrics)", () => {
  it("writes exactly { nodes: [metric rows], edges: [{ source, target, papers, weight }] }", () => {
    const { network, metrics } = measured(k, { level: "country" });
    const parsed = JSON.parse(toMetricsJson(network, metrics));
    expect(Object.keys(parsed)).toEqual(["nodes", "edges"]);
    expect(parsed.nodes).toEqual(metrics.nodes);
    expect(parsed.edges).toEqual([
      { source: "DE", target: "JP", papers: 1, weight: 1 },
      { source: "GB", target: "JP", papers: 1, weight: 1 },
      { source: "GB", target: "US", papers: 2, weight: 2 },
      { source: "JP", target: "US", papers: 3, weight: 3 },
    ]);
  });

  it("writes as weight the normalized value when the metrics used it", () => {
    const { network } = measured(k, { level: "country", normalization: "cosine" });
    const metrics = networkMetrics(networkGraph(network), { weight: "normalized" });
    const edges = JSON.parse(toMetricsJson(network, metrics)).edges;
    expect(edges[3]).toEqual({ source: "JP", target: "US", papers: 3, weight: 0.6 });
  });

  it("refuses metrics of another network", () => {
    const { network, metrics } = measured(k, { level: "country" });
    expect(() => toMetricsJson(pruneNetwork(network, { top: { n: 2 } }), metrics)).toThrow(
      expect.objectContaining({ code: "invalid-option" }),
    );
  });
});

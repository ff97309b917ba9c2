import { UndirectedGraph } from "graphology";
import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../../src/corpus/corpus.ts";
import { buildNetwork } from "../../../src/networks/build-network.ts";
import { networkGraph } from "../../../src/networks/network-graph.ts";
import { toJson } from "../../../src/output/json.ts";
import { toGraphJson } from "../../../src/output/network/to-graph-json.ts";
import { corpusOf, DATA_SET_K } from "../../networks/fixtures.ts";
import { measured, reversed, withoutEigenvector } from "./_writers.ts";

let k: Corpus;
beforeAll(async () => {
  k = await corpusOf(DATA_SET_K);
});

describe("toGraphJson(network, metrics?)", () => {
  it("writes exactly graphology's own export of the network graph", () => {
    const { network, metrics } = measured(k, { level: "country", normalization: "association-strength" });
    expect(toGraphJson(network)).toBe(toJson(networkGraph(network).export()));
    expect(toGraphJson(network, metrics)).toBe(toJson(networkGraph(network, metrics).export()));
  });

  it("reads back with UndirectedGraph.from into the same graph", () => {
    const { network, metrics } = measured(k, { level: "institution", edgeWeight: "fractional" });
    const read = UndirectedGraph.from(JSON.parse(toGraphJson(network, metrics)));
    expect(read.export()).toEqual(networkGraph(network, metrics).export());
  });

  it("starts with the options, the build attributes and data set K's first node", () => {
    const parsed = JSON.parse(toGraphJson(buildNetwork(k, { level: "country" })));
    expect(parsed.options).toEqual({ type: "undirected", multi: false, allowSelfLoops: false });
    expect(parsed.attributes).toEqual({ level: "country", edgeWeight: "full", normalization: "none" });
    expect(parsed.nodes[0]).toEqual({
      key: "DE",
      attributes: { label: "Germany", papers: 1, fractionalCount: 0.5 },
    });
    expect(parsed.edges[3]).toEqual({
      key: "e3",
      source: "JP",
      target: "US",
      attributes: { papers: 3, weight: 3 },
    });
  });

  it("writes a missing eigenvector as null and gives the same bytes whatever the paper order", () => {
    const { network, metrics } = measured(k, { level: "country" });
    expect(
      JSON.parse(toGraphJson(network, withoutEigenvector(metrics))).nodes[0].attributes.eigenvector,
    ).toBeNull();
    const again = measured(reversed(k), { level: "country" });
    expect(toGraphJson(again.network, again.metrics)).toBe(toGraphJson(network, metrics));
  });
});

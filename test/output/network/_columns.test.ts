import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../../src/networks/build-network.ts";
import { graphAttributes, nodeAttributes } from "../../../src/networks/network-attributes.ts";
import { networkGraph } from "../../../src/networks/network-graph.ts";
import { networkMetrics } from "../../../src/networks/node-metrics.ts";
import { edgeColumns, graphColumns, nodeColumns } from "../../../src/output/network/_columns.ts";
import { METRICS_JSON_KEYS, paper } from "../../networks/fixtures.ts";

const network = buildNetwork(
  { papers: [paper("WOS:1", { authors: ["name:A|X", "orcid:0000-0002-1825-0097"] })] },
  { level: "author", normalization: "cosine", maxNodesPerPaper: 50 },
);

describe("network attribute columns", () => {
  it("type the graph attributes in the order graphAttributes sets them", () => {
    expect(graphColumns(graphAttributes(network)).map((c) => `${c.name}:${c.type}`)).toEqual([
      "level:string",
      "edgeWeight:string",
      "normalization:string",
      "maxNodesPerPaper:int",
      "nameBasedAuthorKeys:double",
    ]);
  });

  it("declare the normalized edge value only when there is one, and node counts alone without metrics", () => {
    expect(edgeColumns(network).map((c) => c.name)).toEqual(["papers", "weight", "normalized"]);
    expect(nodeColumns(undefined).map((c) => c.name)).toEqual(["label", "papers", "fractionalCount"]);
  });

  it("declare node metrics after the counts, in the key order of nodeAttributes", () => {
    const metrics = networkMetrics(networkGraph(network));
    // the 3 count columns, then the 11 metrics of a metrics row after its id, label and papers: 3 + 11 = 14
    const names = ["label", "papers", "fractionalCount", ...METRICS_JSON_KEYS.slice(3)];
    expect(names).toHaveLength(14);
    expect(nodeColumns(metrics).map((c) => c.name)).toEqual(names);
    expect(Object.keys(nodeAttributes(network.nodes[0] as never, metrics.nodes[0]))).toEqual(names);
  });
});

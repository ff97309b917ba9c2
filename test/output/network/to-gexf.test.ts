import { UndirectedGraph } from "graphology";
import { parse } from "graphology-gexf";
import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../../src/corpus/corpus.ts";
import { buildNetwork } from "../../../src/networks/build-network.ts";
import { networkGraph } from "../../../src/networks/network-graph.ts";
import { toGexf } from "../../../src/output/network/to-gexf.ts";
import { corpusOf, DATA_SET_K, DATA_SET_N } from "../../networks/fixtures.ts";
import { measured, reversed, withoutEigenvector } from "./_writers.ts";

let k: Corpus;
beforeAll(async () => {
  k = await corpusOf(DATA_SET_K);
});

describe("toGexf(network, metrics?)", () => {
  it("reads back with graphology-gexf into the same nodes and edges", () => {
    const { network, metrics } = measured(k, {
      level: "country",
      edgeWeight: "fractional",
      normalization: "association-strength",
    });
    const read = parse(UndirectedGraph, toGexf(network, metrics)).export();
    const expected = networkGraph(network, metrics).export();
    expect(read.nodes).toEqual(expected.nodes);
    expect(read.edges).toEqual(expected.edges);
  });

  it("reads back data set N's author network, without metrics", async () => {
    const network = buildNetwork(await corpusOf(DATA_SET_N), { level: "author", edgeWeight: "fractional" });
    const read = parse(UndirectedGraph, toGexf(network)).export();
    const expected = networkGraph(network).export();
    expect(read.nodes).toEqual(expected.nodes);
    expect(read.edges).toEqual(expected.edges);
  });

  it("uses GEXF's own label and weight, declares the rest, and describes the build in <meta>", () => {
    const text = toGexf(buildNetwork(k, { level: "country", maxNodesPerPaper: 5 }));
    expect(text.split("\n").slice(0, 11)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
      "  <meta>",
      "    <creator>copub</creator>",
      "    <description>co-authorship network: level=country; edgeWeight=full; normalization=none; maxNodesPerPaper=5</description>",
      "  </meta>",
      '  <graph defaultedgetype="undirected" mode="static">',
      '    <attributes class="node">',
      '      <attribute id="papers" title="papers" type="integer"/>',
      '      <attribute id="fractionalCount" title="fractionalCount" type="double"/>',
      "    </attributes>",
    ]);
    expect(text).toContain('      <edge id="e3" source="JP" target="US" weight="3">');
    expect(text).toContain('      <node id="JP" label="Japan">');
  });

  it("leaves out a missing eigenvector and gives the same bytes whatever the paper order", () => {
    const { network, metrics } = measured(k, { level: "institution" });
    expect(toGexf(network, withoutEigenvector(metrics))).not.toContain('for="eigenvector"');
    const again = measured(reversed(k), { level: "institution" });
    expect(toGexf(again.network, again.metrics)).toBe(toGexf(network, metrics));
  });
});

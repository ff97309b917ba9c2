import { fc, test } from "@fast-check/vitest";
import { UndirectedGraph } from "graphology";
import { parse } from "graphology-graphml";
import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../../src/corpus/corpus.ts";
import type { NetworkPaper } from "../../../src/networks/build-network.ts";
import { buildNetwork } from "../../../src/networks/build-network.ts";
import { networkGraph } from "../../../src/networks/network-graph.ts";
import { networkMetrics } from "../../../src/networks/node-metrics.ts";
import { toGraphml } from "../../../src/output/network/to-graphml.ts";
import { corpusOf, DATA_SET_K, paper } from "../../networks/fixtures.ts";
import { measured, reversed, withoutEigenvector } from "./_writers.ts";

let k: Corpus;
beforeAll(async () => {
  k = await corpusOf(DATA_SET_K);
});

describe("toGraphml(network, metrics?)", () => {
  it("reads back with graphology-graphml into the same nodes, edges and attributes", () => {
    const { network, metrics } = measured(k, {
      level: "country",
      edgeWeight: "fractional",
      normalization: "cosine",
    });
    const read = parse(UndirectedGraph, toGraphml(network, metrics)).export();
    const expected = networkGraph(network, metrics).export();
    expect(read.nodes).toEqual(expected.nodes);
    expect(read.edges).toEqual(expected.edges);
    expect(read.attributes).toEqual({ id: "G", ...expected.attributes });
  });

  it("declares each attribute once with its type, and opens as a GraphML document", () => {
    const text = toGraphml(buildNetwork(k, { level: "country" }));
    expect(text.split("\n").slice(0, 2)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ]);
    expect(text).toContain('  <key id="n_papers" for="node" attr.name="papers" attr.type="int"/>');
    expect(text).toContain('  <key id="e_papers" for="edge" attr.name="papers" attr.type="int"/>');
    expect(text).toContain('  <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>');
    expect(text).toContain(
      '    <edge id="e3" source="JP" target="US">\n      <data key="e_papers">3</data>\n      <data key="e_weight">3</data>\n    </edge>',
    );
    expect(text.endsWith("</graphml>\n")).toBe(true);
  });

  it("escapes XML in keys and labels", () => {
    const papers: NetworkPaper[] = [
      {
        ut: "WOS:1",
        countries: ["JP", "US"],
        authorKeys: [],
        institutions: [
          { country: "US", orgKey: "AT&T BELL LABS" },
          { country: "JP", orgKey: "NTT" },
        ],
      },
    ];
    const network = buildNetwork({ papers }, { level: "institution" });
    const text = toGraphml(network);
    expect(text).toContain('<node id="US|AT&amp;T BELL LABS">');
    expect(text).toContain('<data key="n_label">AT&amp;T BELL LABS (US)</data>');
    expect(parse(UndirectedGraph, text).nodes()).toEqual(["JP|NTT", "US|AT&T BELL LABS"]);
  });

  it("leaves out a missing eigenvector and gives the same bytes whatever the paper order", () => {
    const { network, metrics } = measured(k, { level: "author", edgeWeight: "fractional" });
    expect(toGraphml(network, withoutEigenvector(metrics))).not.toContain('key="n_eigenvector">');
    const again = measured(reversed(k), { level: "author", edgeWeight: "fractional" });
    expect(toGraphml(again.network, again.metrics)).toBe(toGraphml(network, metrics));
  });
});

describe("toGraphml(network, metrics) for any paper order", () => {
  const authors = ["name:A|X", "name:B|X", "name:C|X", "name:D|X", "name:E|X", "name:F|X", "name:G|X"];
  test.prop([fc.array(fc.subarray(authors, { minLength: 1 }), { minLength: 1, maxLength: 25 }), fc.nat()])(
    "gives the same bytes, metrics and Louvain communities included",
    (sets, rotation) => {
      const papers = sets.map((keys, i) => paper(`WOS:${String(i).padStart(3, "0")}`, { authors: keys }));
      const shift = rotation % papers.length;
      const rotated = [...papers.slice(shift), ...papers.slice(0, shift)].reverse();
      const text = (list: typeof papers) => {
        const network = buildNetwork({ papers: list }, { level: "author", edgeWeight: "fractional" });
        return toGraphml(network, networkMetrics(networkGraph(network)));
      };
      expect(text(rotated)).toBe(text(papers));
    },
  );
});

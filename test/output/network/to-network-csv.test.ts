import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../../src/corpus/corpus.ts";
import { buildNetwork } from "../../../src/networks/build-network.ts";
import { toNetworkCsv } from "../../../src/output/network/to-network-csv.ts";
import { corpusOf, DATA_SET_K } from "../../networks/fixtures.ts";
import { measured, reversed, withoutEigenvector } from "./_writers.ts";

let k: Corpus;
beforeAll(async () => {
  k = await corpusOf(DATA_SET_K);
});

describe("toNetworkCsv(network, metrics?)", () => {
  it("writes data set K's node and edge tables", () => {
    const { nodes, edges } = toNetworkCsv(buildNetwork(k, { level: "country" }));
    // Fractional counts: DE K4 1/2; GB K3 1/3 + K5 1/2; JP and US 1/2 + 1/2 + 1/3 + 1/2 + 1 = 17/6.
    expect(nodes).toBe(
      [
        "id,label,papers,fractionalCount",
        "DE,Germany,1,0.5",
        `GB,United Kingdom,2,${1 / 3 + 1 / 2}`,
        `JP,Japan,5,${17 / 6}`,
        `US,United States,5,${17 / 6}`,
        "",
      ].join("\n"),
    );
    expect(edges).toBe(
      ["source,target,papers,weight", "DE,JP,1,1", "GB,JP,1,1", "GB,US,2,2", "JP,US,3,3", ""].join("\n"),
    );
  });

  it("adds the normalized column and the metric columns, a missing eigenvector as an empty cell", () => {
    const { network, metrics } = measured(k, {
      level: "country",
      edgeWeight: "fractional",
      normalization: "jaccard",
    });
    const { nodes, edges } = toNetworkCsv(network, withoutEigenvector(metrics));
    expect(nodes.split("\n")[0]).toBe(
      "id,label,papers,fractionalCount,degree,strength,betweenness,betweennessNormalized,weightedBetweenness,closeness,eigenvector,pagerank,clustering,core,community",
    );
    expect(nodes.split("\n")[1]?.split(",").slice(0, 9)).toEqual([
      "DE",
      "Germany",
      "1",
      "0.5",
      "1",
      "1",
      "0",
      "0",
      "0",
    ]);
    expect(nodes.split("\n")[1]?.split(",")[10]).toBe("");
    // JP–US: fractional 5/2, Jaccard 5/2 / (5 + 5 − 5/2) = 1/3.
    expect(edges.split("\n")[4]).toBe(`JP,US,3,2.5,${2.5 / 7.5}`);
  });

  it("gives the same bytes whatever the order of the papers", () => {
    const a = toNetworkCsv(buildNetwork(k, { level: "institution", edgeWeight: "fractional" }));
    const b = toNetworkCsv(buildNetwork(reversed(k), { level: "institution", edgeWeight: "fractional" }));
    expect(b).toEqual(a);
  });
});

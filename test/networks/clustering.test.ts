import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../src/networks/build-network.ts";
import { localClustering, transitivity } from "../../src/networks/clustering.ts";
import { networkGraph } from "../../src/networks/network-graph.ts";
import { corpusOf, DATA_SET_K, disconnectedGraph, graphOf, pathGraph } from "./fixtures.ts";

/** Triangles a–b–c and b–c–d sharing b–c, and a tail d–e. */
const kite = () =>
  graphOf(
    ["a", "b", "c", "d", "e"],
    [
      ["a", "b"],
      ["a", "c"],
      ["b", "c"],
      ["b", "d"],
      ["c", "d"],
      ["d", "e"],
    ],
  );

describe("localClustering(graph) and transitivity(graph)", () => {
  it("give data set K: JP 1/3, US 1, GB 1, DE 0; transitivity 3·1/5 = 0.6", async () => {
    const graph = networkGraph(buildNetwork(await corpusOf(DATA_SET_K), { level: "country" }));
    expect(localClustering(graph)).toEqual({ DE: 0, GB: 1, JP: 1 / 3, US: 1 });
    expect(transitivity(graph)).toBe(0.6);
  });

  it("give the kite: a 1, b and c 2/3, d 1/3, e 0; transitivity 6/10", () => {
    // b's neighbours a, c, d have edges a–c and c–d: 2·2/(3·2). d's neighbours b, c, e have b–c: 2/6.
    // Σ T_i = 1 + 2 + 2 + 1 = 6 (3 × 2 triangles); triples 1 + 3 + 3 + 3 = 10.
    expect(localClustering(kite())).toEqual({ a: 1, b: 2 / 3, c: 2 / 3, d: 1 / 3, e: 0 });
    expect(transitivity(kite())).toBe(0.6);
  });

  it("give 0 to nodes of degree below 2 and 0 transitivity without triples", () => {
    expect(localClustering(pathGraph())).toEqual({ a: 0, b: 0, c: 0, d: 0 });
    expect(transitivity(pathGraph())).toBe(0);
    expect(transitivity(graphOf(["a", "b"], [["a", "b"]]))).toBe(0);
  });

  it("treat components separately: the triangle of the disconnected graph is fully clustered", () => {
    expect(localClustering(disconnectedGraph())).toEqual({ a: 1, b: 1, c: 1, d: 0, e: 0, f: 0 });
    expect(transitivity(disconnectedGraph())).toBe(1);
  });
});

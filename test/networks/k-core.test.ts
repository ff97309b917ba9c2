import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../src/networks/build-network.ts";
import { coreNumbers, innermostCore } from "../../src/networks/k-core.ts";
import { networkGraph } from "../../src/networks/network-graph.ts";
import { corpusOf, DATA_SET_K, disconnectedGraph, graphOf } from "./fixtures.ts";

describe("coreNumbers(graph) and innermostCore(graph)", () => {
  it("give data set K: DE 1, JP, US, GB 2; the core is {GB, JP, US} (docs/methodology.md §11.5)", async () => {
    const graph = networkGraph(buildNetwork(await corpusOf(DATA_SET_K), { level: "country" }));
    expect(coreNumbers(graph)).toEqual({ DE: 1, GB: 2, JP: 2, US: 2 });
    expect(innermostCore(graph)).toEqual({ k: 2, members: ["GB", "JP", "US"] });
  });

  it("give a 4-clique with a tail coreness 3 and the tail 1", () => {
    // Removing the tail t (degree 1) leaves w, x, y, z with degree 3 each.
    const graph = graphOf(
      ["t", "w", "x", "y", "z"],
      [
        ["w", "x"],
        ["w", "y"],
        ["w", "z"],
        ["x", "y"],
        ["x", "z"],
        ["y", "z"],
        ["t", "w"],
      ],
    );
    expect(coreNumbers(graph)).toEqual({ t: 1, w: 3, x: 3, y: 3, z: 3 });
    expect(innermostCore(graph)).toEqual({ k: 3, members: ["w", "x", "y", "z"] });
  });

  it("peel a node whose degree drops: in the kite without its tail, a (degree 2) takes b and c down to 2", () => {
    // a–b, a–c, b–c, b–d, c–d: no 3-core (a has 2; without a, b and c have 2), all in the 2-core.
    const graph = graphOf(
      ["a", "b", "c", "d"],
      [
        ["a", "b"],
        ["a", "c"],
        ["b", "c"],
        ["b", "d"],
        ["c", "d"],
      ],
    );
    expect(coreNumbers(graph)).toEqual({ a: 2, b: 2, c: 2, d: 2 });
  });

  it("give isolated nodes 0 and the empty graph the 0-core with no members", () => {
    expect(coreNumbers(disconnectedGraph())).toEqual({ a: 2, b: 2, c: 2, d: 1, e: 1, f: 0 });
    expect(innermostCore(graphOf(["a", "b"], []))).toEqual({ k: 0, members: ["a", "b"] });
    expect(innermostCore(graphOf([], []))).toEqual({ k: 0, members: [] });
  });
});

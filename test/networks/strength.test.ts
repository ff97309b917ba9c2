import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../src/networks/build-network.ts";
import { networkGraph } from "../../src/networks/network-graph.ts";
import { nodeDegree, nodeStrength } from "../../src/networks/strength.ts";
import { corpusOf, DATA_SET_K, graphOf } from "./fixtures.ts";

describe("nodeDegree(graph) and nodeStrength(graph, weight)", () => {
  it("give data set K: degree JP 3, US 2, GB 2, DE 1; strengths full 5, 5, 3, 1 and fractional 4, 4, 2, 1", async () => {
    const k = await corpusOf(DATA_SET_K);
    const full = networkGraph(buildNetwork(k, { level: "country" }));
    expect(nodeDegree(full)).toEqual({ DE: 1, GB: 2, JP: 3, US: 2 });
    expect(nodeStrength(full)).toEqual({ DE: 1, GB: 3, JP: 5, US: 5 });
    const fractional = networkGraph(buildNetwork(k, { level: "country", edgeWeight: "fractional" }));
    expect(nodeStrength(fractional)).toEqual({ DE: 1, GB: 2, JP: 4, US: 4 });
  });

  it("sums with compensation: 0.1 + 0.2 + 0.3 is 0.6", () => {
    const graph = graphOf(
      ["a", "b", "c", "d"],
      [
        ["a", "b", 0.1],
        ["a", "c", 0.2],
        ["a", "d", 0.3],
      ],
    );
    expect(nodeStrength(graph).a).toBe(0.6);
  });

  it("reads the attribute it is given and rejects edges without it", () => {
    const graph = graphOf(["a", "b"], [["a", "b", 2]]);
    graph.setEdgeAttribute(graph.edges()[0] as string, "normalized", 0.25);
    expect(nodeStrength(graph, "normalized")).toEqual({ a: 0.25, b: 0.25 });
    expect(() => nodeStrength(graph, "missing")).toThrow(expect.objectContaining({ code: "invalid-option" }));
  });
});

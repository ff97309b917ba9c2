import { describe, expect, it } from "vitest";
import { adjacency } from "../../src/networks/_adjacency.ts";
import { graphOf } from "./fixtures.ts";

describe("adjacency(graph, weight)", () => {
  it("lists each node's neighbours by node index with their weights, whatever the edge order", () => {
    const graph = graphOf(
      ["a", "b", "c"],
      [
        ["c", "a", 2],
        ["b", "a", 3],
      ],
    );
    const adj = adjacency(graph, "weight");
    expect(adj.keys).toEqual(["a", "b", "c"]);
    expect([...adj.starts]).toEqual([0, 2, 3, 4]);
    expect([...adj.neighbors]).toEqual([1, 2, 0, 0]);
    expect([...adj.weights]).toEqual([3, 2, 3, 2]);
    expect([...adjacency(graph, null).weights]).toEqual([1, 1, 1, 1]);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, "2"])("refuses the weight %s", (weight) => {
    const graph = graphOf(["a", "b"], []);
    graph.addEdge("a", "b", { weight });
    expect(() => adjacency(graph, "weight")).toThrow(expect.objectContaining({ code: "invalid-option" }));
  });
});

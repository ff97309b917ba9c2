import { describe, expect, it } from "vitest";
import { connectedComponents } from "../../src/networks/components.ts";
import { disconnectedGraph, graphOf, pathGraph } from "./fixtures.ts";

describe("connectedComponents(graph)", () => {
  it("lists components in node order, each in node order", () => {
    expect(connectedComponents(disconnectedGraph())).toEqual([["a", "b", "c"], ["d", "e"], ["f"]]);
  });

  it("finds one component in a connected graph, in node order even when edges come unsorted", () => {
    expect(connectedComponents(pathGraph())).toEqual([["a", "b", "c", "d"]]);
    const graph = graphOf(
      ["a", "b", "c"],
      [
        ["c", "b"],
        ["a", "c"],
      ],
    );
    expect(connectedComponents(graph)).toEqual([["a", "b", "c"]]);
  });

  it("returns no component for a graph without nodes", () => {
    expect(connectedComponents(graphOf([], []))).toEqual([]);
  });
});

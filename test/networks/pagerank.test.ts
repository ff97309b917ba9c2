import { pagerank as graphologyPagerank } from "graphology-metrics/centrality/index.js";
import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../src/networks/build-network.ts";
import { networkGraph } from "../../src/networks/network-graph.ts";
import { pageRank } from "../../src/networks/pagerank.ts";
import { corpusOf, DATA_SET_K, disconnectedGraph, graphOf, pathGraph } from "./fixtures.ts";

describe("pageRank(graph) on data set K (docs/methodology.md §11.5)", () => {
  it.each([
    ["unweighted", "full", null, { JP: 0.366736, US: 0.245928, GB: 0.245928, DE: 0.141408 }],
    ["full weights", "full", "weight", { JP: 0.352665, US: 0.337633, GB: 0.212248, DE: 0.097453 }],
    ["fractional weights", "fractional", "weight", { JP: 0.35642, US: 0.345002, GB: 0.185339, DE: 0.113239 }],
  ] as const)("gives the %s figures", async (_name, edgeWeight, weight, expected) => {
    const graph = networkGraph(buildNetwork(await corpusOf(DATA_SET_K), { level: "country", edgeWeight }));
    const values = pageRank(graph, { weight });
    for (const [key, value] of Object.entries(expected)) expect(values[key]).toBeCloseTo(value, 6);
  });
});

describe("pageRank(graph) on hand-drawn graphs", () => {
  it("solves the path a–b–c–d: ends 10/57, inner nodes 37/114", () => {
    // x_a = 0.15/4 + 0.85·x_b/2 and 2x_a + 2x_b = 1 → 1.425·x_a = 0.25 → x_a = 10/57, x_b = 1/2 − 10/57.
    const values = pageRank(pathGraph());
    expect(values.a).toBeCloseTo(10 / 57, 12);
    expect(values.b).toBeCloseTo(37 / 114, 12);
  });

  it("walks edges in proportion to their weights: a –3– b –4– c gives b 18/37", () => {
    // x_b = 0.05 + 0.85(x_a + x_c), x_a + x_c = 0.1 + 0.85·x_b → x_b = 0.135/0.2775 = 18/37;
    // x_a = 0.05 + 0.85·(3/7)·x_b, x_c = 0.05 + 0.85·(4/7)·x_b.
    const graph = graphOf(
      ["a", "b", "c"],
      [
        ["a", "b", 3],
        ["b", "c", 4],
      ],
    );
    const values = pageRank(graph, { weight: "weight" });
    expect(values.b).toBeCloseTo(18 / 37, 12);
    expect(values.a).toBeCloseTo(0.05 + (0.85 * 3 * 18) / (7 * 37), 12);
    expect(values.c).toBeCloseTo(0.05 + (0.85 * 4 * 18) / (7 * 37), 12);
  });

  it("spreads the rank of a node without edges uniformly: isolated 3/103, others 20/103", () => {
    // x_f = 0.025 + 0.85·x_f/6 → x_f = 0.15/5.15 = 3/103; x_T = 0.025 + 0.85·x_T + 0.85·x_f/6 → x_T = x_f/0.15.
    const values = pageRank(disconnectedGraph());
    expect(values.f).toBeCloseTo(3 / 103, 12);
    for (const key of ["a", "b", "c", "d", "e"]) expect(values[key]).toBeCloseTo(20 / 103, 12);
  });

  it("returns nothing for a graph without nodes", () => {
    expect(pageRank(graphOf([], []))).toEqual({});
  });

  it("differs from graphology-metrics' defaults, which stop at an L1 change of 1e-6 per node", () => {
    const theirs = graphologyPagerank(pathGraph(), { getEdgeWeight: null });
    expect(Math.abs((theirs.a as number) - 10 / 57)).toBeGreaterThan(1e-9);
    expect(Math.abs((pageRank(pathGraph()).a as number) - 10 / 57)).toBeLessThan(1e-12);
  });
});

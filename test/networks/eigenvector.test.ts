import { eigenvector as graphologyEigenvector } from "graphology-metrics/centrality/index.js";
import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../src/networks/build-network.ts";
import { eigenvectorCentrality } from "../../src/networks/eigenvector.ts";
import { networkGraph } from "../../src/networks/network-graph.ts";
import { corpusOf, DATA_SET_K, disconnectedGraph, graphOf, pathGraph } from "./fixtures.ts";

describe("eigenvectorCentrality(graph)", () => {
  it("gives data set K, unweighted: JP 0.611628, US 0.522721, GB 0.522721, DE 0.281845 (docs/methodology.md §11.5)", async () => {
    const graph = networkGraph(buildNetwork(await corpusOf(DATA_SET_K), { level: "country" }));
    const values = eigenvectorCentrality(graph);
    expect(values.JP).toBeCloseTo(0.611628, 6);
    expect(values.US).toBeCloseTo(0.522721, 6);
    expect(values.GB).toBeCloseTo(0.522721, 6);
    expect(values.DE).toBeCloseTo(0.281845, 6);
  });

  it("gives the path a–b–c–d the components sin(kπ/5)/√2.5 (λ = 2cos(π/5))", () => {
    // Σ sin²(kπ/5) over k = 1..4 = 2·(5 − √5)/8 + 2·(5 + √5)/8 = 2.5.
    const values = eigenvectorCentrality(pathGraph());
    const end = Math.sin(Math.PI / 5) / Math.sqrt(2.5);
    const inner = Math.sin((2 * Math.PI) / 5) / Math.sqrt(2.5);
    expect(values.a).toBeCloseTo(end, 9);
    expect(values.b).toBeCloseTo(inner, 9);
    expect(values.c).toBeCloseTo(inner, 9);
    expect(values.d).toBeCloseTo(end, 9);
  });

  it("uses the weighted adjacency matrix when asked: a –3– b –4– c gives (3, 5, 4)/√50", () => {
    // [[0,3,0],[3,0,4],[0,4,0]]: λ = √(3² + 4²) = 5, eigenvector (3, 5, 4).
    const graph = graphOf(
      ["a", "b", "c"],
      [
        ["a", "b", 3],
        ["b", "c", 4],
      ],
    );
    const values = eigenvectorCentrality(graph, { weight: "weight" });
    expect(values.a).toBeCloseTo(3 / Math.sqrt(50), 9);
    expect(values.b).toBeCloseTo(5 / Math.sqrt(50), 9);
    expect(values.c).toBeCloseTo(4 / Math.sqrt(50), 9);
  });

  it("normalizes each component on its own and gives an isolated node 0", () => {
    const values = eigenvectorCentrality(disconnectedGraph());
    // Triangle: (1, 1, 1)/√3; edge: (1, 1)/√2.
    for (const key of ["a", "b", "c"]) expect(values[key]).toBeCloseTo(1 / Math.sqrt(3), 9);
    for (const key of ["d", "e"]) expect(values[key]).toBeCloseTo(1 / Math.sqrt(2), 9);
    expect(values.f).toBe(0);
  });

  it("differs from graphology-metrics, whose whole-graph normalization lets the triangle take everything", () => {
    // Power iteration on I + A: the triangle grows by 3 per step, the edge by 2, so (2/3)^k → 0.
    const theirs = graphologyEigenvector(disconnectedGraph(), { maxIterations: 1000, tolerance: 1e-12 });
    expect(theirs.d as number).toBeLessThan(1e-3);
    expect(theirs.a as number).toBeCloseTo(1 / Math.sqrt(3), 3);
  });

  it("gives null to a component that has not converged in 1000 iterations, and still computes the others", () => {
    // K10 and K10 with a pendant node, joined by a path: two leading eigenvalues near 9 and 9.01,
    // so the power iteration gains about 0.1% per step. A separate edge x–y converges at once.
    const nodes: string[] = [];
    const edges: [string, string][] = [];
    for (const side of ["l", "r"]) {
      for (let i = 0; i < 10; i++) nodes.push(`${side}${i}`);
      for (let i = 0; i < 10; i++)
        for (let j = i + 1; j < 10; j++) edges.push([`${side}${i}`, `${side}${j}`]);
    }
    nodes.push("p0", "p1", "p2", "pendant", "x", "y");
    edges.push(["l0", "p0"], ["p0", "p1"], ["p1", "p2"], ["p2", "r0"], ["r1", "pendant"], ["x", "y"]);
    const values = eigenvectorCentrality(graphOf(nodes, edges));
    expect(values.l3).toBeNull();
    expect(values.pendant).toBeNull();
    expect(values.x).toBeCloseTo(1 / Math.sqrt(2), 9);
  });
});

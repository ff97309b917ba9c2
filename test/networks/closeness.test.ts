import { closeness as graphologyCloseness } from "graphology-metrics/centrality/index.js";
import { describe, expect, it } from "vitest";
import { adjacency } from "../../src/networks/_adjacency.ts";
import { seededRandom } from "../../src/networks/_random.ts";
import { buildNetwork } from "../../src/networks/build-network.ts";
import { closenessCentrality, closenessOf } from "../../src/networks/closeness.ts";
import { networkGraph } from "../../src/networks/network-graph.ts";
import { corpusOf, DATA_SET_K, disconnectedGraph, graphOf, pathGraph } from "./fixtures.ts";

describe("closenessCentrality(graph)", () => {
  it("gives an empty graph no closeness instead of failing (graphology-metrics throws on it)", () => {
    const empty = networkGraph(buildNetwork({ papers: [] }, { level: "country" }));
    expect(closenessCentrality(empty)).toEqual({});
    expect(() => graphologyCloseness(empty)).toThrow();
  });

  it("gives data set K: JP 3/3, US and GB 3/4, DE 3/5", async () => {
    // JP: distances 1, 1, 1; US: JP 1, GB 1, DE 2; GB likewise; DE: JP 1, US 2, GB 2. Connected: factor 1.
    const graph = networkGraph(buildNetwork(await corpusOf(DATA_SET_K), { level: "country" }));
    expect(closenessCentrality(graph)).toEqual({ DE: 0.6, GB: 0.75, JP: 1, US: 0.75 });
  });

  it("gives the path a–b–c–d: ends 3/6, inner nodes 3/4", () => {
    expect(closenessCentrality(pathGraph())).toEqual({ a: 0.5, b: 0.75, c: 0.75, d: 0.5 });
  });

  it("applies the Wasserman–Faust factor (r − 1)/(n − 1) on a disconnected graph, and gives 0 to an isolated node", () => {
    // n = 6. Triangle node: r − 1 = 2, Σd = 2 → (2/2)·(2/5) = 0.4; edge node: (1/1)·(1/5) = 0.2.
    expect(closenessCentrality(disconnectedGraph())).toEqual({
      a: 0.4,
      b: 0.4,
      c: 0.4,
      d: 0.2,
      e: 0.2,
      f: 0,
    });
  });

  it("differs from graphology-metrics' default, which omits the factor and rates every component's nodes 1", () => {
    expect(graphologyCloseness(disconnectedGraph())).toEqual({ a: 1, b: 1, c: 1, d: 1, e: 1, f: 0 });
  });
});

describe("closenessCentrality(graph) and graphology-metrics' Wasserman–Faust closeness", () => {
  it("agree to the bit on a seeded random graph with several components", () => {
    const random = seededRandom(11);
    const nodes = Array.from({ length: 60 }, (_, i) => `n${String(i).padStart(2, "0")}`);
    const edges: [string, string][] = [];
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++)
        if (random() < 0.04) edges.push([nodes[i] as string, nodes[j] as string]);
    const graph = graphOf(nodes, edges);
    expect(closenessCentrality(graph)).toEqual(graphologyCloseness(graph, { wassermanFaust: true }));
  });
});

describe("closenessOf(adjacency, onSource, sample): estimated from pivots (Eppstein & Wang 2004)", () => {
  const estimate = (graph: ReturnType<typeof pathGraph>, sources: number, seed: number) => {
    const adj = adjacency(graph, null);
    const searches: number[] = [];
    const values = closenessOf(adj, (done) => searches.push(done), { sources, seed });
    return {
      closeness: Object.fromEntries(adj.keys.map((key, i) => [key, values[i] as number])),
      searches: searches.length,
    };
  };

  it("on the path a–b–c–d with one pivot p: p exact, every other node v from (r − 1)/k · d(p, v)", () => {
    // r − 1 = 3, k = 1, n − 1 = 3, so closeness = 3 / (3 · d(p, v)) = 1 / d(p, v) for v ≠ p, and
    // the pivot's exact 3 / Σd (a, d: 3/6; b, c: 3/4). Worked for each pivot:
    const byPivot = {
      a: { a: 0.5, b: 1, c: 0.5, d: 1 / 3 },
      b: { a: 1, b: 0.75, c: 1, d: 0.5 },
      c: { a: 0.5, b: 1, c: 0.75, d: 1 },
      d: { a: 1 / 3, b: 0.5, c: 1, d: 0.5 },
    };
    const drawn = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const { closeness, searches } = estimate(pathGraph(), 1, seed);
      expect(searches).toBe(1);
      const pivot = Object.entries(byPivot).find(([, expected]) => {
        try {
          expect(closeness).toEqual(expected);
          return true;
        } catch {
          return false;
        }
      });
      expect(pivot).toBeDefined();
      drawn.add((pivot as [string, unknown])[0]);
      // Seeded: the same seed draws the same pivot.
      expect(estimate(pathGraph(), 1, seed).closeness).toEqual(closeness);
    }
    // Over 40 seeds each of the four nodes is drawn (the draw is uniform, so all four appear).
    expect([...drawn].sort()).toEqual(["a", "b", "c", "d"]);
  });

  it("computes components no larger than k exactly, and draws k pivots in each larger one", () => {
    // Triangle a–b–c, edge d–e, isolated f (n = 6), k = 2. The edge and f: exact. The triangle: two
    // pivots exact (2/2 · 2/5 = 0.4); the third at distance 1 from both: (2/2) · (1 + 1) = 2 → 0.4.
    // Searches: 2 (triangle) + 2 (edge) + 1 (f) = 5.
    const { closeness, searches } = estimate(disconnectedGraph(), 2, 42);
    expect(closeness).toEqual({ a: 0.4, b: 0.4, c: 0.4, d: 0.2, e: 0.2, f: 0 });
    expect(searches).toBe(5);
  });

  it("is the exact closeness when k is at least every component's size", () => {
    const graph = disconnectedGraph();
    expect(estimate(graph, 3, 1).closeness).toEqual(closenessCentrality(graph));
  });
});

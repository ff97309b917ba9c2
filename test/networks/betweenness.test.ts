import { betweenness as graphologyBetweenness } from "graphology-metrics/centrality/index.js";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../../src/networks/_random.ts";
import { betweennessCentrality, sampledSources } from "../../src/networks/betweenness.ts";
import { buildNetwork } from "../../src/networks/build-network.ts";
import { networkGraph } from "../../src/networks/network-graph.ts";
import { corpusOf, DATA_SET_K, disconnectedGraph, graphOf, pathGraph } from "./fixtures.ts";

/** c0 – (a_i | b_i) – c1 – … – c32: 2^32 shortest paths from c0 to c32. */
function diamondChain(diamonds: number) {
  const nodes = ["c0"];
  const edges: [string, string][] = [];
  for (let i = 0; i < diamonds; i++) {
    nodes.push(`a${i}`, `b${i}`, `c${i + 1}`);
    edges.push([`c${i}`, `a${i}`], [`c${i}`, `b${i}`], [`a${i}`, `c${i + 1}`], [`b${i}`, `c${i + 1}`]);
  }
  return graphOf(nodes, edges);
}

describe("betweennessCentrality(graph) on data set K (docs/methodology.md §11.5)", () => {
  it("gives JP 2 (on DE–US and DE–GB) and the others 0, unweighted; normalized by (n−1)(n−2)/2 = 3", async () => {
    const graph = networkGraph(buildNetwork(await corpusOf(DATA_SET_K), { level: "country" }));
    const { raw, normalized } = betweennessCentrality(graph);
    expect(raw).toEqual({ DE: 0, GB: 0, JP: 2, US: 0 });
    expect(normalized).toEqual({ DE: 0, GB: 0, JP: 2 / 3, US: 0 });
  });

  it.each(["full", "fractional"] as const)(
    "gives JP 2 and US 2 with distances 1/a under %s weights: JP–US–GB is shorter than JP–GB",
    async (edgeWeight) => {
      // Full: 1/3 + 1/2 < 1; fractional: 2/5 + 2/3 < 2. US brokers JP–GB and DE–GB.
      const graph = networkGraph(buildNetwork(await corpusOf(DATA_SET_K), { level: "country", edgeWeight }));
      expect(betweennessCentrality(graph, { weight: "weight" }).raw).toEqual({ DE: 0, GB: 0, JP: 2, US: 2 });
    },
  );
});

describe("betweennessCentrality(graph) on hand-drawn graphs", () => {
  it("gives the inner nodes of the path a–b–c–d 2 each (b on a–c, a–d; c on a–d, b–d)", () => {
    const { raw, normalized } = betweennessCentrality(pathGraph());
    expect(raw).toEqual({ a: 0, b: 2, c: 2, d: 0 });
    // (n − 1)(n − 2)/2 = 3.
    expect(normalized).toEqual({ a: 0, b: 2 / 3, c: 2 / 3, d: 0 });
  });

  it("gives 0 everywhere on a triangle, an edge and an isolated node (no path has an inner node)", () => {
    const { raw, normalized } = betweennessCentrality(disconnectedGraph());
    expect(Object.values(raw)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(Object.values(normalized)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("splits a pair's share between two shortest paths", () => {
    // Square a–b–d, a–c–d: b and c each carry half of a–d, a and d half of b–c.
    const graph = graphOf(
      ["a", "b", "c", "d"],
      [
        ["a", "b"],
        ["a", "c"],
        ["b", "d"],
        ["c", "d"],
      ],
    );
    expect(betweennessCentrality(graph).raw).toEqual({ a: 0.5, b: 0.5, c: 0.5, d: 0.5 });
  });

  it("differs weighted and unweighted when strong ties make a longer path shorter", () => {
    // s–t weight 1 (distance 1), s–m and m–t weight 4 (distance 1/4 each), t–u weight 1.
    const graph = graphOf(
      ["m", "s", "t", "u"],
      [
        ["s", "t", 1],
        ["s", "m", 4],
        ["m", "t", 4],
        ["t", "u", 1],
      ],
    );
    // Unweighted: s–u and m–u go through t; s–t is direct. t = 2.
    expect(betweennessCentrality(graph).raw).toEqual({ m: 0, s: 0, t: 2, u: 0 });
    // Weighted: s–t via m (1/2 < 1), s–u via m and t (3/2 < 2), m–u via t (5/4). m = 2, t = 2.
    expect(betweennessCentrality(graph, { weight: "weight" }).raw).toEqual({ m: 2, s: 0, t: 2, u: 0 });
  });

  it("gives 0 on graphs of one and two nodes, normalized included", () => {
    expect(betweennessCentrality(graphOf(["a"], []))).toEqual({ raw: { a: 0 }, normalized: { a: 0 } });
    expect(betweennessCentrality(graphOf(["a", "b"], [["a", "b"]])).normalized).toEqual({ a: 0, b: 0 });
  });

  it("throws invalid-option for a weight that is not a positive number", () => {
    const graph = graphOf(["a", "b"], [["a", "b", 0]]);
    expect(() => betweennessCentrality(graph, { weight: "weight" })).toThrow(
      expect.objectContaining({ name: "CopubError", code: "invalid-option" }),
    );
  });
});

describe("betweennessCentrality(graph) where graphology-metrics' betweenness differs", () => {
  it("treats 1/10 + 1/5 and 1/(10/3) — both 0.3 — as equal path lengths; graphology's === does not", () => {
    // s–m 10, m–t 5, s–t 10/3: s–m–t and s–t are both 0.3 long, so m carries half of s–t.
    const graph = graphOf(
      ["m", "s", "t"],
      [
        ["s", "m", 10],
        ["m", "t", 5],
        ["s", "t", 10 / 3],
      ],
    );
    expect(betweennessCentrality(graph, { weight: "weight" }).raw.m).toBe(0.5);
    const theirs = graphologyBetweenness(graph, {
      normalized: false,
      getEdgeWeight: (_edge, attributes) => 1 / (attributes.weight as number),
    });
    expect(theirs.m).toBe(0); // 0.1 + 0.2 = 0.30000000000000004 > 0.3 in binary
  });

  it("counts 2^32 shortest paths through 32 diamonds; graphology's Uint32 path counts wrap to 0", () => {
    const graph = diamondChain(32);
    // c16 cuts the chain: 48 nodes on each side (16 c's and 32 a/b's) give 48 · 48 pairs through it,
    // plus half of a15–b15 (via c15 or c16) and half of a16–b16 (via c16 or c17).
    expect(betweennessCentrality(graph).raw.c16).toBe(48 * 48 + 1);
    // n = 97: (n − 1)(n − 2)/2 = 4560.
    expect(betweennessCentrality(graph).normalized.c16).toBe(2305 / 4560);
    // 2^32 wraps to 0 and graphology divides by it.
    const theirs = graphologyBetweenness(graph, { normalized: false, getEdgeWeight: null });
    expect(Number.isFinite(theirs.c16)).toBe(false);
  });

  it("agrees with graphology-metrics on a seeded random graph, unweighted and with integer weights", () => {
    const random = seededRandom(7);
    const nodes = Array.from({ length: 40 }, (_, i) => `n${String(i).padStart(2, "0")}`);
    const edges: [string, string, number][] = [];
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++)
        if (random() < 0.1)
          edges.push([nodes[i] as string, nodes[j] as string, 1 + Math.floor(random() * 3)]);
    const graph = graphOf(nodes, edges);
    const ours = betweennessCentrality(graph);
    const theirs = graphologyBetweenness(graph, { normalized: false, getEdgeWeight: null });
    const theirsNormalized = graphologyBetweenness(graph, { normalized: true, getEdgeWeight: null });
    // Integer weights 1–3: distances 1, 1/2, 1/3 — sums may still differ in the last bit, so compare
    // against graphology only where it is exact: unweighted, and weighted with distance = weight.
    for (const node of nodes) {
      expect(ours.raw[node]).toBeCloseTo(theirs[node] as number, 9);
      expect(ours.normalized[node]).toBeCloseTo(theirsNormalized[node] as number, 12);
    }
    const inverse = graphOf(
      nodes,
      edges.map(([u, v, w]) => [u, v, 1 / w]),
    );
    const weighted = betweennessCentrality(inverse, { weight: "weight" });
    const theirsWeighted = graphologyBetweenness(graph, { normalized: false, getEdgeWeight: "weight" });
    for (const node of nodes) expect(weighted.raw[node]).toBeCloseTo(theirsWeighted[node] as number, 9);
  });
});

describe("betweennessCentrality(graph, { sample }) estimated from sampled sources (Brandes & Pich 2007)", () => {
  // A star: centre c, leaves l1–l4 (n = 5). Exact: c lies on all C(4, 2) = 6 leaf pairs.
  const star = () =>
    graphOf(
      ["c", "l1", "l2", "l3", "l4"],
      [
        ["c", "l1"],
        ["c", "l2"],
        ["c", "l3"],
        ["c", "l4"],
      ],
    );

  it("scales the sampled sources' dependencies by n/k: from a leaf, c carries 3 paths; from c, none", () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const sources = [...sampledSources(5, { sources: 2, seed })];
      // Node 0 is c: each leaf among the sources gives dependency 3 on c (its paths to the other 3 leaves).
      const leaves = sources.filter((s) => s !== 0).length;
      // Estimate = (n/k) · Σ δ / 2 = (5/2) · 3 · leaves / 2.
      const estimate = betweennessCentrality(star(), { sample: { sources: 2, seed } });
      expect(estimate.raw.c).toBe((5 / 2) * ((3 * leaves) / 2));
      // (n − 1)(n − 2)/2 = 6 pairs.
      expect(estimate.normalized.c).toBe(((5 / 2) * ((3 * leaves) / 2)) / 6);
      expect(estimate.raw.l1).toBe(0);
    }
  });

  it("is the exact betweenness with k ≥ n sources", () => {
    expect(betweennessCentrality(star(), { sample: { sources: 5, seed: 9 } })).toEqual(
      betweennessCentrality(star()),
    );
    expect(betweennessCentrality(star()).raw.c).toBe(6);
  });

  it("draws k distinct sources in ascending order, the same for the same seed", () => {
    const drawn = sampledSources(100, { sources: 10, seed: 42 });
    expect(drawn).toHaveLength(10);
    expect(new Set(drawn).size).toBe(10);
    expect([...drawn]).toEqual([...drawn].sort((a, b) => a - b));
    expect(sampledSources(100, { sources: 10, seed: 42 })).toEqual(drawn);
    expect(sampledSources(100, { sources: 10, seed: 43 })).not.toEqual(drawn);
    expect([...sampledSources(3, null)]).toEqual([0, 1, 2]);
  });

  it("reports each search for progress", () => {
    const done: string[] = [];
    betweennessCentrality(star(), {
      sample: { sources: 2, seed: 1 },
      onSource: (d, total) => done.push(`${d}/${total}`),
    });
    expect(done).toEqual(["1/2", "2/2"]);
  });
});

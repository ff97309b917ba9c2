import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../src/corpus/corpus.ts";
import { buildNetwork } from "../../src/networks/build-network.ts";
import { networkGraph } from "../../src/networks/network-graph.ts";
import { networkMetrics } from "../../src/networks/node-metrics.ts";
import {
  corpusOf,
  DATA_SET_K,
  DATA_SET_N,
  disconnectedGraph,
  METRICS_JSON_KEYS,
  N_AUTHORS,
} from "./fixtures.ts";

let k: Corpus;
beforeAll(async () => {
  k = await corpusOf(DATA_SET_K);
});

describe("networkMetrics(graph) on data set K, full weights (docs/methodology.md §11.5)", () => {
  it("gives every figure of §11.5 in one row per country, keys in the --metrics json order", () => {
    const metrics = networkMetrics(networkGraph(buildNetwork(k, { level: "country" })));
    const row = Object.fromEntries(metrics.nodes.map((r) => [r.id, r]));
    expect(Object.keys(row.JP ?? {})).toEqual(METRICS_JSON_KEYS);
    expect(
      metrics.nodes.map((r) => [r.id, r.papers, r.degree, r.strength, r.betweenness, r.weightedBetweenness]),
    ).toEqual([
      ["DE", 1, 1, 1, 0, 0],
      ["GB", 2, 2, 3, 0, 0],
      ["JP", 5, 3, 5, 2, 2],
      ["US", 5, 2, 5, 0, 2],
    ]);
    expect(metrics.nodes.map((r) => [r.id, r.clustering, r.core, r.community])).toEqual([
      ["DE", 0, 1, 1],
      ["GB", 1, 2, 1],
      ["JP", 1 / 3, 2, 1],
      ["US", 1, 2, 1],
    ]);
    // PageRank with full weights.
    expect(row.JP?.pagerank).toBeCloseTo(0.352665, 6);
    expect(row.US?.pagerank).toBeCloseTo(0.337633, 6);
    expect(row.GB?.pagerank).toBeCloseTo(0.212248, 6);
    expect(row.DE?.pagerank).toBeCloseTo(0.097453, 6);
    expect(metrics.transitivity).toBe(0.6);
    expect(metrics.core).toEqual({ k: 2, members: ["GB", "JP", "US"] });
    expect(metrics).toMatchObject({ weight: "weight", seed: 42, eigenvectorUnconverged: [] });
  });

  it("weights eigenvector centrality by the chosen weight: JP–US 3 lifts the US above JP", () => {
    // Weighted adjacency (DE, GB, JP, US) = [[0,0,1,0],[0,0,1,2],[1,1,0,3],[0,2,3,0]].
    // Check Av = λv for the row values instead of copying them: the ratio (Av)_i / v_i is one λ.
    const metrics = networkMetrics(networkGraph(buildNetwork(k, { level: "country" })));
    const v = Object.fromEntries(metrics.nodes.map((r) => [r.id, r.eigenvector as number]));
    const av = {
      DE: v.JP as number,
      GB: (v.JP as number) + 2 * (v.US as number),
      JP: (v.DE as number) + (v.GB as number) + 3 * (v.US as number),
      US: 2 * (v.GB as number) + 3 * (v.JP as number),
    };
    const lambda = av.JP / (v.JP as number);
    for (const key of ["DE", "GB", "US"] as const)
      expect(av[key] / (v[key] as number)).toBeCloseTo(lambda, 9);
    expect(Object.values(v).reduce((s, x) => s + x * x, 0)).toBeCloseTo(1, 12);
    expect(v.US as number).toBeGreaterThan(v.JP as number);
  });

  it("uses the normalized value for the weighted metrics when asked, and refuses it when absent", () => {
    const normalized = networkGraph(buildNetwork(k, { level: "country", normalization: "cosine" }));
    // Cosine strengths: JP 0.6 + 1/√10 + 1/√5; DE 1/√5.
    const row = Object.fromEntries(
      networkMetrics(normalized, { weight: "normalized" }).nodes.map((r) => [r.id, r]),
    );
    expect(row.JP?.strength).toBeCloseTo(0.6 + 1 / Math.sqrt(10) + 1 / Math.sqrt(5), 12);
    expect(row.DE?.strength).toBeCloseTo(1 / Math.sqrt(5), 12);
    const plain = networkGraph(buildNetwork(k, { level: "country" }));
    expect(() => networkMetrics(plain, { weight: "normalized" })).toThrow(
      expect.objectContaining({ code: "invalid-option" }),
    );
  });
});

describe("networkMetrics(graph) elsewhere", () => {
  it("measures data set N's fractional author network: strengths 2, 2, 2, 1", async () => {
    const network = buildNetwork(await corpusOf(DATA_SET_N), { level: "author", edgeWeight: "fractional" });
    const metrics = networkMetrics(networkGraph(network));
    expect(metrics.nodes.map((r) => [r.id, r.strength, r.degree])).toEqual([
      [N_AUTHORS.a, 2, 3],
      [N_AUTHORS.b, 2, 2],
      [N_AUTHORS.c, 2, 2],
      [N_AUTHORS.d, 1, 1],
    ]);
    // a is on every path from d: d–b, d–c.
    expect(metrics.nodes[0]?.betweenness).toBe(2);
  });

  it("handles a disconnected graph with an isolated node", () => {
    const metrics = networkMetrics(disconnectedGraph());
    const f = metrics.nodes.find((r) => r.id === "f");
    expect(f).toMatchObject({ degree: 0, strength: 0, closeness: 0, eigenvector: 0, core: 0, community: 3 });
    expect(f?.pagerank).toBeCloseTo(3 / 103, 12);
    expect(metrics.communities.map((c) => c.size)).toEqual([3, 2, 1]);
  });
});

describe("networkMetrics(graph, { metrics }) computes only the metrics asked for", () => {
  it("gives rows with the chosen metrics alone, in canonical order, whatever order they are asked in", () => {
    const metrics = networkMetrics(networkGraph(buildNetwork(k, { level: "country" })), {
      metrics: ["core", "degree", "betweenness"],
    });
    expect(metrics.metrics).toEqual(["degree", "betweenness", "core"]);
    // JP: degree 3 (DE, GB, US); on the only shortest DE–GB and DE–US paths: betweenness 2, 2 / ((4−1)(4−2)/2) = 2/3.
    expect(metrics.nodes[2]).toEqual({
      id: "JP",
      label: "Japan",
      papers: 5,
      degree: 3,
      betweenness: 2,
      betweennessNormalized: 2 / 3,
      core: 2,
    });
    expect(metrics).toMatchObject({
      transitivity: null,
      core: { k: 2, members: ["GB", "JP", "US"] },
      communities: [],
      modularity: null,
      betweennessSources: null,
    });
  });

  it("reports each metric as it starts and ends", () => {
    const seen: string[] = [];
    networkMetrics(networkGraph(buildNetwork(k, { level: "country" })), {
      metrics: ["degree", "betweenness"],
      onProgress: ({ metric, done, total }) => seen.push(`${metric} ${done}/${total}`),
    });
    // Betweenness: 4 searches, reported at the last one (every 16 searches, and at the end).
    expect(seen).toEqual([
      "degree 0/1",
      "degree 1/1",
      "betweenness 0/1",
      "betweenness 4/4",
      "betweenness 1/1",
    ]);
  });
});

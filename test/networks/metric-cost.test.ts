// The cost of each metric, counted from the network before anything is computed.
import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../src/corpus/corpus.ts";
import { buildNetwork } from "../../src/networks/build-network.ts";
import { metricCosts } from "../../src/networks/metric-cost.ts";
import { ALL_METRICS } from "../../src/networks/node-metrics.ts";
import { corpusOf, DATA_SET_K } from "./fixtures.ts";

let k: Corpus;
beforeAll(async () => {
  k = await corpusOf(DATA_SET_K);
});

describe("metricCosts(network, metrics, betweennessSources)", () => {
  it("counts steps from n, m and the degrees of data set K's country network", () => {
    // n = 4 (DE, GB, JP, US), m = 4 (DE–JP, GB–JP, GB–US, JP–US): one pass 2m + n = 12.
    // Degrees DE 1, GB 2, JP 3, US 2: Σ d² = 1 + 4 + 9 + 4 = 18.
    const network = buildNetwork(k, { level: "country" });
    expect(metricCosts(network, ALL_METRICS, null)).toEqual([
      { metric: "degree", steps: 12 },
      { metric: "strength", steps: 12 },
      { metric: "betweenness", steps: 4 * 12 },
      { metric: "weighted-betweenness", steps: 4 * 12 },
      { metric: "closeness", steps: 4 * 12 },
      // The graphology graph these three need: 1000 steps per edge, 4000.
      { metric: "eigenvector", steps: 1000 * 12 + 4000 },
      { metric: "pagerank", steps: 1000 * 12 + 4000 },
      { metric: "clustering", steps: 18 },
      { metric: "core", steps: 12 },
      { metric: "communities", steps: 10 * 12 + 4000 },
    ]);
  });

  it("counts a betweenness sample's searches only, never more than n", () => {
    const network = buildNetwork(k, { level: "country" });
    expect(metricCosts(network, ["betweenness"], 2)).toEqual([{ metric: "betweenness", steps: 2 * 12 }]);
    expect(metricCosts(network, ["betweenness"], 100)).toEqual([{ metric: "betweenness", steps: 4 * 12 }]);
  });

  it("counts closeness pivots' searches and the pass that finds the components, never more than exact", () => {
    // Data set K: one pass 2m + n = 12; 2 pivots: 2 · 12 + 12 = 36; 100 pivots (≥ n): exact 4 · 12.
    const network = buildNetwork(k, { level: "country" });
    expect(metricCosts(network, ["closeness"], null, 2)).toEqual([{ metric: "closeness", steps: 36 }]);
    expect(metricCosts(network, ["closeness"], null, 100)).toEqual([{ metric: "closeness", steps: 48 }]);
  });
});

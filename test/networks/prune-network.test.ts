import { beforeAll, describe, expect, it } from "vitest";
import { buildNetwork } from "../../src/networks/build-network.ts";
import type { Network } from "../../src/networks/network.ts";
import { pruneNetwork } from "../../src/networks/prune-network.ts";
import { corpusOf, DATA_SET_K } from "./fixtures.ts";

// Data set K, full counting: N = DE 1, GB 2, JP 5, US 5; DE–JP 1, GB–JP 1, GB–US 2, JP–US 3.
let k: Network;
beforeAll(async () => {
  k = buildNetwork(await corpusOf(DATA_SET_K), { level: "country", normalization: "cosine" });
});
const keys = (network: Network) => network.nodes.map((v) => v.key);
const pairs = (network: Network) => network.edges.map((e) => `${e.source}–${e.target}`);

describe("pruneNetwork(network, options)", () => {
  it("drops nodes under minPapers with their edges, and reports what it removed", () => {
    const pruned = pruneNetwork(k, { minPapers: 2 });
    expect(keys(pruned)).toEqual(["GB", "JP", "US"]);
    expect(pairs(pruned)).toEqual(["GB–JP", "GB–US", "JP–US"]);
    expect(pruned.report).toMatchObject({ removedNodes: 1, removedEdges: 1 });
    expect(pruned.pruning).toEqual({ minPapers: 2, minWeight: 0, top: null });
  });

  it("drops edges under minWeight and keeps the nodes left without edges", () => {
    const pruned = pruneNetwork(k, { minWeight: 2 });
    expect(keys(pruned)).toEqual(["DE", "GB", "JP", "US"]);
    expect(pairs(pruned)).toEqual(["GB–US", "JP–US"]);
  });

  it("keeps an edge whose sum of fractions lands a few ulps under the threshold", () => {
    const edge = { source: "DE", target: "GB", papers: 3, weight: 0.9999999999999999, normalized: null };
    const network: Network = { ...k, edges: [edge] };
    expect(pruneNetwork(network, { minWeight: 1 }).edges).toEqual([edge]);
    expect(pruneNetwork(network, { minWeight: 1.000001 }).edges).toEqual([]);
  });

  it("keeps the top N by papers, ties broken by key", () => {
    expect(keys(pruneNetwork(k, { top: { n: 2 } }))).toEqual(["JP", "US"]);
    // JP and US both have 5 papers: JP comes first in code-unit order.
    expect(keys(pruneNetwork(k, { top: { n: 1, by: "papers" } }))).toEqual(["JP"]);
    expect(pairs(pruneNetwork(k, { top: { n: 2 } }))).toEqual(["JP–US"]);
  });

  it("ranks by strength over the edges left after minWeight", () => {
    // After minWeight 2: JP 3 (JP–US), US 5 (JP–US 3 + GB–US 2), GB 2, DE 0.
    expect(keys(pruneNetwork(k, { minWeight: 2, top: { n: 1, by: "strength" } }))).toEqual(["US"]);
    expect(keys(pruneNetwork(k, { minWeight: 2, top: { n: 2, by: "strength" } }))).toEqual(["JP", "US"]);
  });

  it("keeps weights and normalized values of the whole network", () => {
    const pruned = pruneNetwork(k, { minPapers: 2 });
    expect(pruned.edges.find((e) => e.source === "JP")?.normalized).toBeCloseTo(0.6, 12);
  });

  it("changes nothing with the defaults or a top N at least the node count, and leaves its input alone", () => {
    const before = structuredClone(k);
    expect(pruneNetwork(k, {}).nodes).toEqual(k.nodes);
    expect(pruneNetwork(k, { top: { n: 10 } }).edges).toEqual(k.edges);
    expect(k).toEqual(before);
  });

  it.each([{ minPapers: 0 }, { minWeight: -1 }, { top: { n: 0 } }])("rejects %o", (options) => {
    expect(() => pruneNetwork(k, options)).toThrow();
  });
});

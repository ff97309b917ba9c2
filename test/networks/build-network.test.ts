import { fc, test } from "@fast-check/vitest";
import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../src/corpus/corpus.ts";
import { buildNetwork } from "../../src/networks/build-network.ts";
import type { Network } from "../../src/networks/network.ts";
import { corpusOf, DATA_SET_K, DATA_SET_N, N_AUTHORS, paper } from "./fixtures.ts";

const { a, b, c, d } = N_AUTHORS;
const weights = (network: Network) => network.edges.map((e) => [e.source, e.target, e.papers, e.weight]);
const strengths = (network: Network) => {
  const sums = new Map<string, number>();
  for (const e of network.edges) {
    sums.set(e.source, (sums.get(e.source) ?? 0) + e.weight);
    sums.set(e.target, (sums.get(e.target) ?? 0) + e.weight);
  }
  return Object.fromEntries(network.nodes.map((v) => [v.key, sums.get(v.key) ?? 0]));
};

let n: Corpus;
let k: Corpus;
beforeAll(async () => {
  n = await corpusOf(DATA_SET_N);
  k = await corpusOf(DATA_SET_K);
});

describe("buildNetwork(corpus, { level: 'author' }) on data set N (docs/methodology.md §11.5)", () => {
  it("keys authors by ORCID and counts their papers, single-authored N4 included", () => {
    const network = buildNetwork(n, { level: "author" });
    expect(network.nodes.map((v) => [v.key, v.papers])).toEqual([
      [a, 3],
      [b, 2],
      [c, 2],
      [d, 1],
    ]);
    expect(network.report).toMatchObject({ papers: 4, papersWithoutNodes: 0, papersWithOneNode: 1 });
    // Every author has an ORCID: no name-based keys.
    expect(network.report.nameBasedAuthorKeys).toBe(0);
  });

  it("weights edges by co-authored papers under full counting", () => {
    // a–b N1; a–c N1; a–d N2; b–c N1, N3.
    expect(weights(buildNetwork(n, { level: "author", edgeWeight: "full" }))).toEqual([
      [a, b, 1, 1],
      [a, c, 1, 1],
      [a, d, 1, 1],
      [b, c, 2, 2],
    ]);
  });

  it("weights edges by 1/(n − 1) per paper under fractional counting, so strength = co-authored papers", () => {
    const network = buildNetwork(n, { level: "author", edgeWeight: "fractional" });
    // N1 has 3 authors: 1/2 per pair; N2 and N3 have 2: 1. b–c = 1/2 + 1 = 3/2.
    expect(weights(network)).toEqual([
      [a, b, 1, 0.5],
      [a, c, 1, 0.5],
      [a, d, 1, 1],
      [b, c, 2, 1.5],
    ]);
    // a: N1, N2 → 2; b: N1, N3 → 2; c: N1, N3 → 2; d: N2 → 1 (N4 is single-authored and adds nothing).
    expect(strengths(network)).toEqual({ [a]: 2, [b]: 2, [c]: 2, [d]: 1 });
  });
});

describe("buildNetwork(corpus, { level: 'country' }) on data set K (docs/methodology.md §11.5)", () => {
  it("counts each country once per paper: N = JP 5, US 5, GB 2, DE 1", () => {
    const network = buildNetwork(k, { level: "country" });
    // K1 has two Japanese addresses: JP is one node on it.
    expect(network.nodes.map((v) => [v.key, v.label, v.papers])).toEqual([
      ["DE", "Germany", 1],
      ["GB", "United Kingdom", 2],
      ["JP", "Japan", 5],
      ["US", "United States", 5],
    ]);
    expect(network.report).toMatchObject({ papers: 7, papersWithOneNode: 2, cappedPapers: [] });
    expect(network.report.nameBasedAuthorKeys).toBeNull();
  });

  it("gives the full weights JP–US 3, US–GB 2, JP–GB 1, JP–DE 1, strengths JP 5, US 5, GB 3, DE 1 and m = 7", () => {
    const network = buildNetwork(k, { level: "country" });
    expect(weights(network)).toEqual([
      ["DE", "JP", 1, 1],
      ["GB", "JP", 1, 1],
      ["GB", "US", 2, 2],
      ["JP", "US", 3, 3],
    ]);
    expect(strengths(network)).toEqual({ DE: 1, GB: 3, JP: 5, US: 5 });
    expect(network.edges.reduce((sum, e) => sum + e.weight, 0)).toBe(7);
  });

  it("gives the fractional weights 5/2, 3/2, 1/2, 1, strengths = international papers, total 11/2", () => {
    const network = buildNetwork(k, { level: "country", edgeWeight: "fractional" });
    // JP–US: K1 1 + K2 1 + K3 1/2; GB–US: K3 1/2 + K5 1; GB–JP: K3 1/2; DE–JP: K4 1.
    expect(weights(network)).toEqual([
      ["DE", "JP", 1, 1],
      ["GB", "JP", 1, 0.5],
      ["GB", "US", 2, 1.5],
      ["JP", "US", 3, 2.5],
    ]);
    // International papers: JP K1–K4 = 4, US K1, K2, K3, K5 = 4, GB K3, K5 = 2, DE K4 = 1.
    expect(strengths(network)).toEqual({ DE: 1, GB: 2, JP: 4, US: 4 });
    // Σ|V(p)|/2 over K1..K5 = (2 + 2 + 3 + 2 + 2)/2 = 11/2.
    expect(network.edges.reduce((sum, e) => sum + e.weight, 0)).toBe(5.5);
  });

  it("adds exactly 1 per multi-country paper under fractional-refined counting", () => {
    const network = buildNetwork(k, { level: "country", edgeWeight: "fractional-refined" });
    // 2/(n(n−1)): two-country papers 1 per pair, K3 1/3 per pair. JP–US 1 + 1 + 1/3; GB–US 1/3 + 1.
    const [deJp, gbJp, gbUs, jpUs] = network.edges.map((e) => e.weight);
    expect(deJp).toBe(1);
    expect(gbJp).toBeCloseTo(1 / 3, 12);
    expect(gbUs).toBeCloseTo(4 / 3, 12);
    expect(jpUs).toBeCloseTo(7 / 3, 12);
    // Five multi-country papers (K1–K5).
    expect(network.edges.reduce((sum, e) => sum + e.weight, 0)).toBeCloseTo(5, 12);
  });

  it("gives each node its papers split equally among each paper's countries", () => {
    const network = buildNetwork(k, { level: "country" });
    // JP: K1 1/2, K2 1/2, K3 1/3, K4 1/2, K6 1 = 17/6; DE: K4 1/2; GB: K3 1/3 + K5 1/2 = 5/6.
    const fractional = Object.fromEntries(network.nodes.map((v) => [v.key, v.fractionalCount]));
    expect(fractional.JP).toBeCloseTo(17 / 6, 12);
    expect(fractional.US).toBeCloseTo(17 / 6, 12);
    expect(fractional.GB).toBeCloseTo(5 / 6, 12);
    expect(fractional.DE).toBe(0.5);
  });
});

describe("buildNetwork(corpus, { level: 'institution' })", () => {
  it("keys institution units COUNTRY|ORGKEY, merging departments, with labels for people", () => {
    const network = buildNetwork(k, { level: "institution" });
    expect(network.nodes.map((v) => [v.key, v.label, v.papers])).toEqual([
      ["DE|MAX PLANCK INST QUANTUM OPT", "MAX PLANCK INST QUANTUM OPT (DE)", 1],
      ["GB|UNIV OXFORD", "UNIV OXFORD (GB)", 2],
      ["JP|KYOTO UNIV", "KYOTO UNIV (JP)", 1],
      ["JP|UNIV TOKYO", "UNIV TOKYO (JP)", 5],
      ["US|HARVARD UNIV", "HARVARD UNIV (US)", 5],
    ]);
    // Univ Tokyo–Harvard: K1, K2, K3; Kyoto Univ meets both on K1.
    expect(weights(network)).toEqual([
      ["DE|MAX PLANCK INST QUANTUM OPT", "JP|UNIV TOKYO", 1, 1],
      ["GB|UNIV OXFORD", "JP|UNIV TOKYO", 1, 1],
      ["GB|UNIV OXFORD", "US|HARVARD UNIV", 2, 2],
      ["JP|KYOTO UNIV", "JP|UNIV TOKYO", 1, 1],
      ["JP|KYOTO UNIV", "US|HARVARD UNIV", 1, 1],
      ["JP|UNIV TOKYO", "US|HARVARD UNIV", 3, 3],
    ]);
  });
});

describe("buildNetwork(corpus, { maxNodesPerPaper })", () => {
  it("leaves papers over the limit out of the edges, keeps them as papers of their nodes, and reports them", async () => {
    const network = buildNetwork(k, { level: "country", maxNodesPerPaper: 2 });
    expect(network.report.cappedPapers).toEqual([{ ut: "WOS:000000000000303", nodes: 3 }]);
    // K3 {JP, US, GB} adds no edge: JP–GB disappears, JP–US 3 → 2, GB–US 2 → 1.
    expect(weights(network)).toEqual([
      ["DE", "JP", 1, 1],
      ["GB", "US", 1, 1],
      ["JP", "US", 2, 2],
    ]);
    expect(network.nodes.find((v) => v.key === "GB")?.papers).toBe(2);
  });

  it("builds a hyper-authored paper of 3,000 authors over the limit without a single pair", () => {
    const authors = Array.from({ length: 3000 }, (_, i) => `name:A${String(i).padStart(4, "0")}|X`);
    const network = buildNetwork(
      { papers: [paper("WOS:1", { authors }), paper("WOS:2", { authors: authors.slice(0, 2) })] },
      { level: "author", maxNodesPerPaper: 100 },
    );
    expect(network.nodes).toHaveLength(3000);
    expect(network.report.cappedPapers).toEqual([{ ut: "WOS:1", nodes: 3000 }]);
    expect(weights(network)).toEqual([["name:A0000|X", "name:A0001|X", 1, 1]]);
    expect(network.report.nameBasedAuthorKeys).toBe(1);
  });

  it("rejects a limit below 2", () => {
    expect(() => buildNetwork(k, { level: "country", maxNodesPerPaper: 1 })).toThrow();
  });
});

describe("buildNetwork(papers, options) edge cases", () => {
  it("counts an author listed twice on a paper once", () => {
    const network = buildNetwork(
      { papers: [paper("WOS:1", { authors: ["name:B|X", "name:A|X", "name:B|X"] })] },
      {
        level: "author",
      },
    );
    expect(network.nodes.map((v) => [v.key, v.papers])).toEqual([
      ["name:A|X", 1],
      ["name:B|X", 1],
    ]);
    expect(weights(network)).toEqual([["name:A|X", "name:B|X", 1, 1]]);
  });

  it("counts papers without a node apart and gives an empty network for no papers", () => {
    const network = buildNetwork(
      { papers: [paper("WOS:1", {}), paper("WOS:2", { countries: ["JP"] })] },
      {
        level: "country",
      },
    );
    expect(network.report).toMatchObject({ papers: 2, papersWithoutNodes: 1, papersWithOneNode: 1 });
    expect(buildNetwork({ papers: [] }, { level: "author" })).toMatchObject({
      nodes: [],
      edges: [],
      report: { nameBasedAuthorKeys: null },
    });
  });

  it("does not modify the papers it reads", () => {
    const papers = Object.freeze([
      Object.freeze(paper("WOS:2", { authors: ["name:B|X", "name:A|X"] })),
      Object.freeze(paper("WOS:1", { authors: ["name:C|X", "name:A|X"] })),
    ]);
    expect(() => buildNetwork({ papers }, { level: "author" })).not.toThrow();
    expect(papers[0]?.authorKeys).toEqual(["name:B|X", "name:A|X"]);
  });

  test.prop([
    fc.array(fc.subarray(["AU", "BR", "CN", "DE", "JP", "US"]), { maxLength: 30 }),
    fc.constantFrom("full", "fractional", "fractional-refined"),
  ])("gives the same network whatever the order of the papers", (sets, edgeWeight) => {
    const papers = sets.map((countries, i) => paper(`WOS:${String(i).padStart(3, "0")}`, { countries }));
    const forward = buildNetwork({ papers }, { level: "country", edgeWeight });
    const backward = buildNetwork({ papers: [...papers].reverse() }, { level: "country", edgeWeight });
    expect(backward).toEqual(forward);
  });

  test.prop([fc.array(fc.subarray(["AU", "BR", "CN", "DE", "JP", "US"]), { maxLength: 30 })])(
    "under fractional counting each strength is the node's co-authored papers; under refined, the total is the multi-node papers",
    (sets) => {
      const papers = sets.map((countries, i) => paper(`WOS:${String(i).padStart(3, "0")}`, { countries }));
      const fractional = strengths(buildNetwork({ papers }, { level: "country", edgeWeight: "fractional" }));
      for (const [key, strength] of Object.entries(fractional)) {
        const coauthored = sets.filter((s) => s.length >= 2 && s.includes(key)).length;
        expect(strength).toBeCloseTo(coauthored, 9);
      }
      const refined = buildNetwork({ papers }, { level: "country", edgeWeight: "fractional-refined" });
      const total = refined.edges.reduce((sum, e) => sum + e.weight, 0);
      expect(total).toBeCloseTo(sets.filter((s) => s.length >= 2).length, 9);
    },
  );
});

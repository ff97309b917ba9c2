import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../src/networks/build-network.ts";
import { louvainCommunities } from "../../src/networks/communities.ts";
import { networkGraph } from "../../src/networks/network-graph.ts";
import { corpusOf, DATA_SET_K, disconnectedGraph, graphOf } from "./fixtures.ts";

/** Triangles {p, q, r} and {a, b, c} joined by the bridge r–a. */
const barbell = () =>
  graphOf(
    ["a", "b", "c", "p", "q", "r"],
    [
      ["a", "b"],
      ["a", "c"],
      ["b", "c"],
      ["p", "q"],
      ["p", "r"],
      ["q", "r"],
      ["r", "a"],
    ],
  );

describe("louvainCommunities(graph, { seed })", () => {
  it("splits two triangles joined by a bridge and numbers equal sizes by smallest member key", () => {
    // Q(two triangles) = 2·(3/7 − (7/14)²) = 5/14 > 0 = Q(one community).
    expect(louvainCommunities(barbell()).communities).toEqual([
      { community: 1, size: 3, members: ["a", "b", "c"] },
      { community: 2, size: 3, members: ["p", "q", "r"] },
    ]);
    expect(louvainCommunities(barbell()).modularity).toBeCloseTo(5 / 14, 12);
  });

  it("numbers by descending size before keys: a 4-clique on w–z is community 1, the triangle a–c 2", () => {
    const edges: [string, string][] = [
      ["a", "b"],
      ["a", "c"],
      ["b", "c"],
      ["a", "w"],
    ];
    for (const [u, v] of ["wx", "wy", "wz", "xy", "xz", "yz"]) edges.push([u as string, v as string]);
    const { communities, membership } = louvainCommunities(
      graphOf(["a", "b", "c", "w", "x", "y", "z"], edges),
    );
    expect(communities.map((c) => c.members)).toEqual([
      ["w", "x", "y", "z"],
      ["a", "b", "c"],
    ]);
    expect(membership).toEqual({ a: 2, b: 2, c: 2, w: 1, x: 1, y: 1, z: 1 });
  });

  it("puts each component apart and an isolated node alone", () => {
    expect(louvainCommunities(disconnectedGraph()).communities.map((c) => c.members)).toEqual([
      ["a", "b", "c"],
      ["d", "e"],
      ["f"],
    ]);
  });

  it("keeps data set K in one community: every split has negative modularity", async () => {
    // {JP, US, GB} + {DE}: (6/7 − (13/14)²) + (0 − (1/14)²) < 0; {JP, DE} + {US, GB}: ≈ −0.08.
    const graph = networkGraph(buildNetwork(await corpusOf(DATA_SET_K), { level: "country" }));
    const { communities, modularity } = louvainCommunities(graph);
    expect(communities).toEqual([{ community: 1, size: 4, members: ["DE", "GB", "JP", "US"] }]);
    expect(modularity).toBeCloseTo(0, 12);
  });

  it("gives the same partition for the same seed, and null modularity without edges", () => {
    const first = louvainCommunities(barbell(), { seed: 7 });
    expect(louvainCommunities(barbell(), { seed: 7 })).toEqual(first);
    expect(louvainCommunities(graphOf(["b", "a"], []))).toEqual({
      membership: { b: 2, a: 1 },
      communities: [
        { community: 1, size: 1, members: ["a"] },
        { community: 2, size: 1, members: ["b"] },
      ],
      modularity: null,
    });
  });
});

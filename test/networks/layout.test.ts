import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type LayoutEdge, type NodePosition, networkLayout } from "../../src/networks/layout.ts";

// Two 4-cliques, a1…a4 and b1…b4, joined by the one edge a1–b1.
const NODES = ["a1", "a2", "a3", "a4", "b1", "b2", "b3", "b4"].map((id) => ({ id }));
const EDGES: LayoutEdge[] = [
  ...["a", "b"].flatMap((c) =>
    [1, 2, 3, 4].flatMap((i) =>
      [1, 2, 3, 4].filter((j) => j > i).map((j) => ({ source: `${c}${i}`, target: `${c}${j}`, weight: 1 })),
    ),
  ),
  { source: "a1", target: "b1", weight: 1 },
];

const distance = (p: NodePosition | undefined, q: NodePosition | undefined) =>
  Math.hypot((p?.x ?? 0) - (q?.x ?? 0), (p?.y ?? 0) - (q?.y ?? 0));

describe("networkLayout(network, options)", () => {
  const layout = networkLayout({ nodes: NODES, edges: EDGES });
  const at = new Map(layout.map((p) => [p.id, p]));

  it("returns one finite position per node, sorted by id, within [-1, 1] and touching its edge", () => {
    expect(layout.map((p) => p.id)).toEqual(["a1", "a2", "a3", "a4", "b1", "b2", "b3", "b4"]);
    const coordinates = layout.flatMap((p) => [p.x, p.y]);
    expect(coordinates.every((v) => Number.isFinite(v) && Math.abs(v) <= 1)).toBe(true);
    expect(Math.max(...coordinates.map(Math.abs))).toBe(1);
  });

  it("gives the same positions twice", () => {
    expect(networkLayout({ nodes: NODES, edges: EDGES })).toEqual(layout);
  });

  it("depends on the seed", () => {
    expect(networkLayout({ nodes: NODES, edges: EDGES }, { seed: 7 })).not.toEqual(layout);
  });

  test.prop(
    [
      fc.shuffledSubarray(NODES, { minLength: NODES.length }),
      fc.shuffledSubarray(EDGES, { minLength: EDGES.length }),
      fc.boolean(),
    ],
    { numRuns: 10 },
  )("does not depend on the order of nodes and edges, nor on edge direction", (nodes, edges, flip) => {
    const flipped = flip ? edges.map((e) => ({ ...e, source: e.target, target: e.source })) : edges;
    expect(networkLayout({ nodes, edges: flipped })).toEqual(layout);
  });

  it("draws two cliques joined by one edge as two clusters", () => {
    const ids = (c: string) => NODES.map((n) => n.id).filter((id) => id.startsWith(c));
    const pairs = (xs: string[], ys: string[]) =>
      xs.flatMap((x) => ys.filter((y) => y !== x).map((y) => distance(at.get(x), at.get(y))));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const within = mean([...pairs(ids("a"), ids("a")), ...pairs(ids("b"), ids("b"))]);
    const across = mean(pairs(ids("a"), ids("b")));
    expect(within).toBeLessThan(across / 2);
    // Every node is nearer the centre of its own clique than to the other's.
    const centre = (c: string) => ({
      id: c,
      x: mean(ids(c).map((id) => at.get(id)?.x ?? 0)),
      y: mean(ids(c).map((id) => at.get(id)?.y ?? 0)),
    });
    for (const p of layout) {
      const [own, other] = p.id.startsWith("a") ? [centre("a"), centre("b")] : [centre("b"), centre("a")];
      expect(distance(p, own)).toBeLessThan(distance(p, other));
    }
  });

  it("places linked nodes nearer on average than unlinked ones", () => {
    const linked = new Set(EDGES.map((e) => `${e.source} ${e.target}`));
    const near: number[] = [];
    const far: number[] = [];
    for (const p of layout) {
      for (const q of layout) {
        if (p.id < q.id) (linked.has(`${p.id} ${q.id}`) ? near : far).push(distance(p, q));
      }
    }
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(near)).toBeLessThan(mean(far));
  });

  it("lays out nothing, one node, and nodes without edges", () => {
    expect(networkLayout({ nodes: [], edges: [] })).toEqual([]);
    expect(networkLayout({ nodes: [{ id: "JP" }], edges: [] })).toEqual([{ id: "JP", x: 0, y: 0 }]);
    const loose = networkLayout({ nodes: [{ id: "A" }, { id: "B" }, { id: "C" }], edges: [] });
    expect(loose.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  });

  it("throws invalid-option for a repeated node or edge, an unknown node, a self-loop, a negative weight or bad iterations", () => {
    const cases: [Parameters<typeof networkLayout>[0], Parameters<typeof networkLayout>[1]][] = [
      [{ nodes: [{ id: "A" }, { id: "A" }], edges: [] }, {}],
      [{ nodes: NODES, edges: [...EDGES, { source: "b1", target: "a1", weight: 2 }] }, {}],
      [{ nodes: NODES, edges: [{ source: "a1", target: "zz", weight: 1 }] }, {}],
      [{ nodes: NODES, edges: [{ source: "a1", target: "a1", weight: 1 }] }, {}],
      [{ nodes: NODES, edges: [{ source: "a1", target: "a2", weight: -1 }] }, {}],
      [{ nodes: NODES, edges: EDGES }, { iterations: 0 }],
    ];
    for (const [network, options] of cases) {
      expect(() => networkLayout(network, options)).toThrow(
        expect.objectContaining({ code: "invalid-option" }),
      );
    }
  });
});

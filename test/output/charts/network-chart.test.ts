import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type NetworkChartInput, networkChart } from "../../../src/output/charts/network-chart.ts";
import { expectChartBasics, findAll, marks } from "./_svg-tree.ts";

const INPUT: NetworkChartInput = {
  title: "Collaboration network",
  maxLabels: 3,
  nodes: [
    { id: "US", label: "United States", size: 400, x: 0, y: 0, group: 1 },
    { id: "CN", label: "China", size: 100, x: 1, y: 0.5, group: 1 },
    { id: "JP", label: "Japan", size: 25, x: -1, y: 0.5, group: 2 },
    { id: "DE", label: "Germany", size: 16, x: 0.5, y: -1, group: 2 },
    { id: "FR", label: "France", size: 9, x: -0.5, y: -1 },
  ],
  edges: [
    { source: "US", target: "CN", weight: 40 },
    { source: "JP", target: "US", weight: 10 },
    { source: "DE", target: "FR", weight: 5 },
    { source: "CN", target: "JP", weight: 1 },
  ],
};

describe("networkChart(input)", () => {
  const svg = networkChart(INPUT);
  const root = expectChartBasics(svg, INPUT.title);
  const nodes = marks(root, "node");
  const edges = marks(root, "edge");
  const node = (id: string) => nodes.find((n) => n.attributes["data-key"] === id);

  it("draws a circle per node, largest first so small ones stay visible", () => {
    expect(nodes.map((n) => n.attributes["data-key"])).toEqual(["US", "CN", "JP", "DE", "FR"]);
  });

  it("makes circle area proportional to size", () => {
    // r ∝ √size: US 400 → 22 px, CN 100 → 11 px, JP 25 → 5.5 px.
    expect(nodes.slice(0, 3).map((n) => Number(n.attributes.r))).toEqual([22, 11, 5.5]);
  });

  it("draws a line per edge, lightest first, width and opacity growing with weight", () => {
    expect(edges.map((e) => e.attributes["data-key"])).toEqual(["CN JP", "DE FR", "JP US", "CN US"]);
    const widths = edges.map((e) => Number(e.attributes["stroke-width"]));
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    expect(Number(edges[3]?.attributes["stroke-opacity"])).toBeGreaterThan(
      Number(edges[0]?.attributes["stroke-opacity"]),
    );
  });

  it("joins the centres of the nodes an edge links", () => {
    const cnUs = edges[3];
    expect([cnUs?.attributes.x1, cnUs?.attributes.y1]).toEqual([
      node("CN")?.attributes.cx,
      node("CN")?.attributes.cy,
    ]);
    expect([cnUs?.attributes.x2, cnUs?.attributes.y2]).toEqual([
      node("US")?.attributes.cx,
      node("US")?.attributes.cy,
    ]);
  });

  it("keeps the layout's aspect ratio: US–CN and US–JP are mirror images", () => {
    const [us, cn, jp] = ["US", "CN", "JP"].map((id) => node(id));
    const dx = (a = us, b = cn) => Number(b?.attributes.cx) - Number(a?.attributes.cx);
    expect(dx(us, cn)).toBeCloseTo(-dx(us, jp), 0);
    expect(cn?.attributes.cy).toBe(jp?.attributes.cy);
  });

  it("labels only the largest nodes", () => {
    const labels = findAll(root, (n) => n.attributes["data-label"] !== undefined);
    expect(labels.map((l) => l.text)).toEqual(["United States", "China", "Japan"]);
  });

  it("moves a label that would cross the chart's edge to the side of its node", () => {
    const edge = networkChart({
      title: "Edge",
      nodes: [
        { id: "A", label: "A rather long country name", size: 10, x: 0, y: 0 },
        { id: "B", label: "B", size: 10, x: 1, y: 0 },
      ],
      edges: [],
    });
    const label = findAll(expectChartBasics(edge, "Edge"), (n) => n.attributes["data-label"] === "A")[0];
    expect(label?.attributes["text-anchor"]).toBe("start");
  });

  it("colours nodes by group, groups with most papers first, and nodes without a group apart", () => {
    expect(node("US")?.attributes.fill).toBe(node("CN")?.attributes.fill);
    expect(node("JP")?.attributes.fill).toBe(node("DE")?.attributes.fill);
    expect(node("JP")?.attributes.fill).not.toBe(node("US")?.attributes.fill);
  });

  test.prop(
    [
      fc.shuffledSubarray([...INPUT.nodes], { minLength: 5 }),
      fc.shuffledSubarray([...INPUT.edges], { minLength: 4 }),
      fc.boolean(),
    ],
    { numRuns: 10 },
  )("gives the same bytes for nodes and edges in any order and either direction", (nodes, edges, flip) => {
    const flipped = flip ? edges.map((e) => ({ ...e, source: e.target, target: e.source })) : edges;
    expect(networkChart({ ...INPUT, nodes, edges: flipped })).toBe(svg);
  });

  it("draws a single node", () => {
    const one = networkChart({
      title: "One",
      nodes: [{ id: "JP", label: "Japan", size: 3, x: 5, y: 5 }],
      edges: [],
    });
    expect(marks(expectChartBasics(one, "One"), "node")).toHaveLength(1);
  });

  it("throws invalid-option for no node, an unknown or repeated edge, or a self-loop", () => {
    const nodes = INPUT.nodes;
    const cases: NetworkChartInput[] = [
      { title: "t", nodes: [], edges: [] },
      { title: "t", nodes, edges: [{ source: "US", target: "XX", weight: 1 }] },
      { title: "t", nodes, edges: [{ source: "US", target: "US", weight: 1 }] },
      {
        title: "t",
        nodes,
        edges: [
          { source: "US", target: "CN", weight: 1 },
          { source: "CN", target: "US", weight: 2 },
        ],
      },
    ];
    for (const input of cases)
      expect(() => networkChart(input)).toThrow(expect.objectContaining({ code: "invalid-option" }));
  });
});

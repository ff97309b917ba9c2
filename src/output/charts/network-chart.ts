/**
 * The country collaboration network as a node-link drawing, at positions computed elsewhere
 * (`networkLayout`): circles with area by papers, lines with width and opacity by weight, heavy
 * lines over light ones and small circles over large ones, and labels on the largest nodes only,
 * each placed where it overlaps no label already placed.
 */
import { compareCodeUnits } from "../../common/compare-code-units.ts";
import { canonicalEdges } from "../../networks/layout.ts";
import { fixed } from "../round.ts";
import {
  type ChartFrame,
  count,
  DEFAULT_WIDTH,
  el,
  esc,
  footnote,
  header,
  INK,
  linear,
  PAD,
  PALETTE,
  requireItems,
  requireNumber,
  svg,
  textWidth,
} from "./_svg.ts";

const CHART = "networkChart";
const MAX_RADIUS = 22;
const MIN_RADIUS = 2.5;
const OTHER_GROUP = "#8c959f";
const EDGE = "#6e7781";

/** One node. */
export interface NetworkChartNode {
  /** Identity (country code). */
  readonly id: string;
  /** The name shown on the node. */
  readonly label: string;
  /** Papers; the circle's area is proportional to it. */
  readonly size: number;
  /** Horizontal position from the layout, in any unit. */
  readonly x: number;
  /** Vertical position from the layout, same unit as `x`. */
  readonly y: number;
  /** A community or other group; the six largest groups get palette colours, the rest grey. */
  readonly group?: string | number;
}

/** One edge. */
export interface NetworkChartEdge {
  /** A node id. */
  readonly source: string;
  /** Another node id. */
  readonly target: string;
  /** Weight, e.g. co-authored papers; width and opacity grow with it. */
  readonly weight: number;
}

/** What `networkChart` draws. */
export interface NetworkChartInput extends ChartFrame {
  /** The nodes, in any order. */
  readonly nodes: readonly NetworkChartNode[];
  /** The edges, in any order, each pair at most once. */
  readonly edges: readonly NetworkChartEdge[];
  /** How many of the largest nodes get a label; default 20. */
  readonly maxLabels?: number;
  /** The line under the drawing; default says what area and width encode. */
  readonly note?: string;
}

/**
 * A node-link drawing of a weighted network as an SVG string, fitted to the chart with the
 * layout's aspect ratio kept.
 * @param input - nodes with positions and sizes, edges between them
 * @throws CopubError `invalid-option` when there is no node, an id or a pair repeats, an edge
 *   names an unknown node or joins a node to itself, or a number is negative or not finite
 * @example
 * networkChart({ title: "Collaboration network", nodes: [
 *   { id: "JP", label: "Japan", size: 120, x: 0, y: 0 }, { id: "US", label: "United States", size: 300, x: 1, y: 0.5 } ],
 *   edges: [{ source: "JP", target: "US", weight: 40 }] })
 * // → '<svg …<line data-mark="edge" data-key="JP US" …<circle data-mark="node" data-key="US" …'
 */
export function networkChart(input: NetworkChartInput): string {
  const width = input.width ?? DEFAULT_WIDTH;
  const nodes = checkedNodes(input.nodes);
  const edges = canonicalEdges(
    CHART,
    input.edges,
    nodes.map((n) => n.id),
  );
  const colours = groupColours(nodes);

  const head = header(input.title, input.subtitle, width);
  const maxSize = Math.max(...nodes.map((n) => n.size));
  const radius = (size: number) =>
    maxSize === 0 ? MIN_RADIUS : Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(size / maxSize));
  // Fit the layout's bounding box, aspect ratio kept, inside a box no taller than it is wide.
  const [x0, x1] = [Math.min(...nodes.map((n) => n.x)), Math.max(...nodes.map((n) => n.x))];
  const [y0, y1] = [Math.min(...nodes.map((n) => n.y)), Math.max(...nodes.map((n) => n.y))];
  const inset = MAX_RADIUS + 6;
  const boxWidth = width - 2 * PAD - 2 * inset;
  const spanX = x1 - x0;
  const spanY = y1 - y0;
  const scale = Math.min(
    spanX === 0 ? Number.POSITIVE_INFINITY : boxWidth / spanX,
    spanY === 0 ? Number.POSITIVE_INFINITY : (boxWidth * 0.8) / spanY,
  );
  const k = Number.isFinite(scale) ? scale : 0;
  const plotHeight = Math.max(spanY * k, 0) + 2 * inset;
  const top = head.height + 8;
  const cx = linear(x0, x1, width / 2 - (spanX * k) / 2, width / 2 + (spanX * k) / 2);
  const cy = linear(y0, y1, top + inset, top + inset + spanY * k);
  const at = new Map(nodes.map((n) => [n.id, { x: cx(n.x), y: cy(n.y), r: radius(n.size), node: n }]));

  const maxWeight = Math.max(...edges.map((e) => e.weight), 0);
  const lines = [...edges]
    .sort(
      (a, b) =>
        a.weight - b.weight || compareCodeUnits(a.source, b.source) || compareCodeUnits(a.target, b.target),
    )
    .map((e) => {
      const s = at.get(e.source);
      const t = at.get(e.target);
      const w = maxWeight === 0 ? 0 : e.weight / maxWeight;
      return el("line", {
        "data-mark": "edge",
        "data-key": `${e.source} ${e.target}`,
        x1: s?.x ?? 0,
        y1: s?.y ?? 0,
        x2: t?.x ?? 0,
        y2: t?.y ?? 0,
        stroke: EDGE,
        "stroke-width": 0.6 + 5.4 * w,
        "stroke-opacity": fixed(0.15 + 0.5 * w, 2),
        "stroke-linecap": "round",
      });
    });
  const circles = [...nodes]
    .sort((a, b) => b.size - a.size || compareCodeUnits(a.id, b.id))
    .map((n) => {
      const p = at.get(n.id);
      return el(
        "circle",
        {
          "data-mark": "node",
          "data-key": n.id,
          cx: p?.x ?? 0,
          cy: p?.y ?? 0,
          r: p?.r ?? MIN_RADIUS,
          fill: colours.get(n.id) ?? INK,
          "fill-opacity": "0.9",
          stroke: "#ffffff",
          "stroke-width": 1,
        },
        el("title", {}, esc(`${n.label}: ${count(n.size, Number.isInteger(n.size) ? 0 : 1)}`)),
      );
    });
  const labels = placeLabels([...at.values()], input.maxLabels ?? 20, {
    x0: 2,
    y0: top,
    x1: width - 2,
    y1: top + plotHeight,
  });
  const note = footnote(
    input.note ?? "Circle area shows papers; line width and darkness show co-authored papers.",
    top + plotHeight,
    width,
  );

  return svg({
    width,
    height: top + plotHeight + note.height + 4,
    title: input.title,
    description: `Network of ${nodes.length} ${nodes.length === 1 ? "node" : "nodes"} and ${edges.length} ${
      edges.length === 1 ? "link" : "links"
    }. Largest: ${[...nodes]
      .sort((a, b) => b.size - a.size || compareCodeUnits(a.id, b.id))
      .slice(0, 5)
      .map((n) => n.label)
      .join(", ")}.`,
    body: [...head.markup, ...lines, ...circles, ...labels, ...note.markup],
  });
}

function checkedNodes(nodes: readonly NetworkChartNode[]): NetworkChartNode[] {
  requireItems(CHART, "nodes", nodes, (n) => n.id);
  for (const n of nodes) {
    requireNumber(CHART, `${n.id} size`, n.size);
    requireNumber(CHART, `${n.id} x`, n.x, -Infinity);
    requireNumber(CHART, `${n.id} y`, n.y, -Infinity);
  }
  return [...nodes].sort((a, b) => compareCodeUnits(a.id, b.id));
}

/** Palette colours for the six groups with most papers (ties by group name), grey for the rest. */
function groupColours(nodes: readonly NetworkChartNode[]): Map<string, string> {
  const totals = new Map<string, number>();
  for (const n of nodes) {
    if (n.group !== undefined) totals.set(String(n.group), (totals.get(String(n.group)) ?? 0) + n.size);
  }
  const ranked = [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]))
    .map(([g]) => g);
  return new Map(
    nodes.map((n) => {
      if (n.group === undefined) return [n.id, PALETTE[0] ?? INK];
      const rank = ranked.indexOf(String(n.group));
      return [n.id, rank < PALETTE.length ? (PALETTE[rank] ?? INK) : OTHER_GROUP];
    }),
  );
}

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

interface Placed {
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly node: NetworkChartNode;
}

/**
 * Labels for the largest nodes, biggest first: below the circle, else above, right or left,
 * whichever stays inside `frame` and overlaps no label placed before; a node with no free spot
 * goes unlabelled.
 */
function placeLabels(points: readonly Placed[], maxLabels: number, frame: Box): string[] {
  const boxes: Box[] = [];
  const markup: string[] = [];
  const largest = [...points]
    .sort((a, b) => b.node.size - a.node.size || compareCodeUnits(a.node.id, b.node.id))
    .slice(0, maxLabels);
  for (const p of largest) {
    const w = textWidth(p.node.label, 11, true);
    const candidates = [
      { x: p.x, y: p.y + p.r + 11, anchor: "middle" },
      { x: p.x, y: p.y - p.r - 4, anchor: "middle" },
      { x: p.x + p.r + 3, y: p.y + 4, anchor: "start" },
      { x: p.x - p.r - 3, y: p.y + 4, anchor: "end" },
    ];
    for (const c of candidates) {
      const left = c.anchor === "middle" ? c.x - w / 2 : c.anchor === "end" ? c.x - w : c.x;
      const box = { x0: left - 1, y0: c.y - 10, x1: left + w + 1, y1: c.y + 3 };
      const inside = box.x0 >= frame.x0 && box.x1 <= frame.x1 && box.y0 >= frame.y0 && box.y1 <= frame.y1;
      if (!inside || boxes.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1))
        continue;
      boxes.push(box);
      markup.push(
        el(
          "text",
          {
            "data-label": p.node.id,
            x: c.x,
            y: c.y,
            "text-anchor": c.anchor,
            "font-size": 11,
            "font-weight": 700,
            fill: INK,
            stroke: "#ffffff",
            "stroke-width": 3,
            "stroke-linejoin": "round",
            "paint-order": "stroke",
          },
          esc(p.node.label),
        ),
      );
      break;
    }
  }
  return markup;
}

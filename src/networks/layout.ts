/**
 * A 2-D layout of a weighted network for drawing: ForceAtlas2 (Jacomy et al. 2014, the layout of
 * Gephi and graphology) run for a fixed number of iterations from seeded initial positions.
 * ForceAtlas2 has no randomness of its own, takes edge weights as attraction, and repels
 * nodes in proportion to their degree, so hubs such as the United States sit at the centre with
 * room around them and communities gather on their sides. Nodes and edges are added in code-unit order of their ids, so the positions depend on
 * the network and the seed alone, not on the order the caller listed them in. The result is
 * data (coordinates turned so the widest spread is horizontal, centred on the origin, the largest
 * one 1 in absolute value), not bytes.
 */
import forceAtlas2Exports, { type ForceAtlas2Settings } from "graphology-layout-forceatlas2";
import { compareCodeUnits } from "../common/compare-code-units.ts";
import { checkKeys, optionKeys } from "../diagnostics/checked-options.ts";
import { CopubError } from "../diagnostics/errors.ts";
import { type Attributes, UndirectedGraph } from "./_graphology.ts";
import { seededRandom } from "./_random.ts";

// graphology-layout-forceatlas2 exports one function (`module.exports = forceAtlas2`); as with
// Louvain in _graphology.ts, the default import is that function in Node, tsx and Deno, but
// `nodenext` types it as a namespace, so the cast states the runtime shape.
const forceAtlas2 = forceAtlas2Exports as unknown as (
  graph: UndirectedGraph<Attributes, Attributes>,
  parameters: {
    readonly iterations: number;
    readonly getEdgeWeight: string;
    readonly settings: ForceAtlas2Settings;
  },
) => Record<string, { x: number; y: number }>;

/** A node to place. */
export interface LayoutNode {
  /** Identity. */
  readonly id: string;
}

/** An undirected, weighted edge. */
export interface LayoutEdge {
  /** A node id. */
  readonly source: string;
  /** Another node id. */
  readonly target: string;
  /** Attraction weight, ≥ 0 (co-authored papers, or a normalized strength). */
  readonly weight: number;
}

/** The network to lay out. */
export interface LayoutInput {
  /** Nodes, in any order, ids unique. */
  readonly nodes: readonly LayoutNode[];
  /** Edges, in any order, each pair at most once. */
  readonly edges: readonly LayoutEdge[];
}

/** Layout settings. */
export interface LayoutOptions {
  /** Seed of the initial positions; default 42 (the Louvain default). */
  readonly seed?: number;
  /** ForceAtlas2 iterations; default 600, enough for a few hundred countries to settle. */
  readonly iterations?: number;
}

/** A node's position. */
export interface NodePosition {
  /** The node's id. */
  readonly id: string;
  /** Horizontal coordinate, in [-1, 1]. */
  readonly x: number;
  /** Vertical coordinate, in [-1, 1]. */
  readonly y: number;
}

/**
 * Places the nodes of a weighted network in the plane, linked nodes near each other.
 * Deterministic: the same network and seed give the same positions, whatever the input order.
 * @param network - nodes and weighted edges
 * @param options - seed (default 42) and iterations (default 600)
 * @returns one position per node, sorted by id, widest spread horizontal, centred on the origin,
 *   max |coordinate| = 1
 * @throws CopubError `invalid-option` when an id or a pair repeats, an edge names an unknown
 *   node or joins a node to itself, a weight is negative or not finite, or iterations is not a
 *   positive integer
 * @example
 * networkLayout({ nodes: [{ id: "JP" }, { id: "US" }], edges: [{ source: "JP", target: "US", weight: 3 }] })
 * // → [{ id: "JP", x: …, y: … }, { id: "US", x: …, y: … }]
 */
export function networkLayout(network: LayoutInput, options: LayoutOptions = {}): NodePosition[] {
  checkKeys(options, optionKeys<LayoutOptions>({ seed: true, iterations: true }), "networkLayout options");
  const iterations = options.iterations ?? 600;
  if (!Number.isInteger(iterations) || iterations < 1) {
    throw new CopubError(
      "invalid-option",
      `networkLayout: iterations is ${iterations}, expected a positive integer`,
    );
  }
  const ids = network.nodes.map((n) => n.id).sort(compareCodeUnits);
  const edges = canonicalEdges("networkLayout", network.edges, ids);
  const random = seededRandom(options.seed ?? 42);

  const graph = new UndirectedGraph<Attributes, Attributes>({ allowSelfLoops: false });
  // Initial positions in a square whose side grows with √n, so the density does not depend on size.
  const side = Math.sqrt(ids.length);
  for (const id of ids) graph.addNode(id, { x: (random() - 0.5) * side, y: (random() - 0.5) * side });
  for (const e of edges) graph.addEdge(e.source, e.target, { weight: e.weight });

  const positions =
    ids.length < 2
      ? Object.fromEntries(ids.map((id) => [id, { x: 0, y: 0 }]))
      : forceAtlas2(graph, {
          iterations,
          getEdgeWeight: "weight",
          settings: {
            linLogMode: false,
            outboundAttractionDistribution: false,
            adjustSizes: false,
            edgeWeightInfluence: 1,
            scalingRatio: 2,
            strongGravityMode: false,
            gravity: 1,
            slowDown: 1 + Math.log(ids.length),
            barnesHutOptimize: false,
          },
        });
  return normalized(ids.map((id) => ({ id, x: positions[id]?.x ?? 0, y: positions[id]?.y ?? 0 })));
}

/**
 * The edges of an undirected network with each source before its target (code units), sorted,
 * after the checks every consumer of such a network makes; the network chart uses it too.
 * @param context - the function name to start error messages with
 * @param edges - the edges, in any order and direction
 * @param ids - the node ids, sorted
 * @throws CopubError `invalid-option` when an id or a pair repeats, an edge names an unknown node
 *   or joins a node to itself, or a weight is negative or not finite
 */
export function canonicalEdges<E extends LayoutEdge>(
  context: string,
  edges: readonly E[],
  ids: readonly string[],
): E[] {
  const known = new Set(ids);
  if (known.size !== ids.length) {
    const repeated = ids.find((id, i) => ids[i + 1] === id);
    throw new CopubError("invalid-option", `${context}: node "${repeated}" appears twice`);
  }
  const canonical = edges
    .map((e) => {
      if (!known.has(e.source) || !known.has(e.target) || e.source === e.target) {
        throw new CopubError(
          "invalid-option",
          `${context}: edge ${e.source}–${e.target} needs two distinct known nodes`,
        );
      }
      if (!Number.isFinite(e.weight) || e.weight < 0) {
        throw new CopubError(
          "invalid-option",
          `${context}: edge ${e.source}–${e.target} has weight ${e.weight}`,
        );
      }
      return compareCodeUnits(e.source, e.target) < 0 ? e : { ...e, source: e.target, target: e.source };
    })
    .sort((a, b) => compareCodeUnits(a.source, b.source) || compareCodeUnits(a.target, b.target));
  canonical.forEach((e, i) => {
    const next = canonical[i + 1];
    if (next !== undefined && next.source === e.source && next.target === e.target) {
      throw new CopubError("invalid-option", `${context}: edge ${e.source}–${e.target} appears twice`);
    }
  });
  return canonical;
}

/**
 * Turned so that the direction of greatest spread is horizontal (reports are wider than tall),
 * then centred on the bounding box's midpoint and scaled so the largest |coordinate| is 1.
 */
function normalized(positions: readonly NodePosition[]): NodePosition[] {
  const n = Math.max(positions.length, 1);
  const cx = positions.reduce((sum, p) => sum + p.x, 0) / n;
  const cy = positions.reduce((sum, p) => sum + p.y, 0) / n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (const p of positions) {
    sxx += (p.x - cx) ** 2;
    syy += (p.y - cy) ** 2;
    sxy += (p.x - cx) * (p.y - cy);
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const turned = positions.map((p) => ({
    id: p.id,
    x: (p.x - cx) * cos + (p.y - cy) * sin,
    y: (p.y - cy) * cos - (p.x - cx) * sin,
  }));
  const xs = turned.map((p) => p.x);
  const ys = turned.map((p) => p.y);
  const mx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const my = (Math.min(...ys) + Math.max(...ys)) / 2;
  const extent = Math.max(...turned.map((p) => Math.max(Math.abs(p.x - mx), Math.abs(p.y - my))));
  const k = extent === 0 ? 0 : 1 / extent;
  return turned.map((p) => ({ id: p.id, x: (p.x - mx) * k + 0, y: (p.y - my) * k + 0 }));
}

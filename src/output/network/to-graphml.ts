/**
 * GraphML output (graphml.graphdrawing.org), read by Gephi, Cytoscape, igraph, NetworkX and yEd.
 * Every attribute is declared once with a fixed type (`int`, `double`, `string`); key ids carry a
 * prefix per domain (`g_`, `n_`, `e_`) because nodes and edges both have `papers`. Nodes, edges and
 * attributes come in canonical order, numbers in shortest round-trip form, so the same network
 * gives the same bytes. Metrics, when given, are node attributes.
 */
import type { Network } from "../../networks/network.ts";
import {
  edgeAttributes,
  graphAttributes,
  metricRows,
  nodeAttributes,
} from "../../networks/network-attributes.ts";
import type { NetworkMetrics } from "../../networks/node-metrics.ts";
import { joinChunks, lineChunks } from "../text-chunks.ts";
import { type Column, edgeColumns, graphColumns, nodeColumns } from "./_columns.ts";
import { valueText } from "./_value-text.ts";
import { xmlText } from "./_xml.ts";

/**
 * Serializes a network as GraphML (UTF-8, `\n` line ends, final newline): the text of
 * `graphmlChunks`, for networks small enough to be one string.
 * @param network - the network (`buildNetwork`, `pruneNetwork`)
 * @param metrics - its metrics (`networkMetrics`), written as node attributes
 * @throws CopubError `invalid-option` when the metrics belong to another network
 * @example
 * toGraphml(network)
 * // → '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns=…>\n  <key id="g_level" for="graph" …/>\n …'
 */
export function toGraphml(network: Network, metrics?: NetworkMetrics): string {
  return joinChunks(graphmlChunks(network, metrics));
}

/**
 * The GraphML text of a network in chunks (`output/text-chunks.ts`), a node or an edge at a time:
 * a network of any size is written without its text ever being one string.
 * @param network - the network (`buildNetwork`, `pruneNetwork`)
 * @param metrics - its metrics (`networkMetrics`), written as node attributes
 * @throws CopubError `invalid-option`, when the chunks are read, if the metrics belong to another network
 * @example
 * for (const chunk of graphmlChunks(network)) stream.write(chunk);
 */
export function graphmlChunks(
  network: Network,
  metrics?: NetworkMetrics,
): Generator<string, void, undefined> {
  return lineChunks(graphmlLines(network, metrics));
}

function* graphmlLines(network: Network, metrics: NetworkMetrics | undefined): Generator<string> {
  const rows = metricRows(network, metrics);
  const attributes = graphAttributes(network, metrics);
  const graphCols = graphColumns(attributes);
  const nodeCols = nodeColumns(metrics);
  const edgeCols = edgeColumns(network);
  yield '<?xml version="1.0" encoding="UTF-8"?>';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">';
  yield* keys("g", "graph", graphCols);
  yield* keys("n", "node", nodeCols);
  yield* keys("e", "edge", edgeCols);
  yield '  <graph id="G" edgedefault="undirected">';
  yield* data("g", graphCols, attributes, "    ");
  for (let i = 0; i < network.nodes.length; i++) {
    const node = network.nodes[i] as Network["nodes"][number];
    yield `    <node id="${xmlText(node.key)}">`;
    yield* data("n", nodeCols, nodeAttributes(node, rows[i]), "      ");
    yield "    </node>";
  }
  for (let i = 0; i < network.edges.length; i++) {
    const edge = network.edges[i] as Network["edges"][number];
    yield `    <edge id="e${i}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}">`;
    yield* data("e", edgeCols, edgeAttributes(edge), "      ");
    yield "    </edge>";
  }
  yield "  </graph>";
  yield "</graphml>";
}

function keys(prefix: string, domain: string, columns: readonly Column[]): string[] {
  return columns.map(
    ({ name, type }) =>
      `  <key id="${prefix}_${name}" for="${domain}" attr.name="${name}" attr.type="${type}"/>`,
  );
}

function data(prefix: string, columns: readonly Column[], attributes: object, indent: string): string[] {
  const lines: string[] = [];
  for (const { name } of columns) {
    const text = valueText((attributes as Record<string, unknown>)[name]);
    if (text !== null) lines.push(`${indent}<data key="${prefix}_${name}">${xmlText(text)}</data>`);
  }
  return lines;
}

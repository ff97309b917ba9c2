/**
 * GraphML output (graphml.graphdrawing.org), read by Gephi, Cytoscape, igraph, NetworkX and yEd.
 * Every attribute is declared once with a fixed type (`int`, `double`, `string`); key ids carry a
 * prefix per domain (`g_`, `n_`, `e_`) because nodes and edges both have `papers`. Nodes, edges and
 * attributes come in canonical order, numbers in shortest round-trip form, so the same network
 * gives the same bytes.
 */
import { type Column, edgeColumns, graphColumns, nodeColumns, valueText } from "./_columns.ts";
import { xmlText } from "./_xml.ts";
import type { NetworkGraph } from "./network-graph.ts";

const GRAPHML_TYPE = { string: "string", int: "int", double: "double" } as const;

/**
 * Serializes a network graph as GraphML (UTF-8, `\n` line ends, final newline).
 * @param graph - a network graph (`networkGraph`)
 * @example
 * toGraphml(networkGraph(network))
 * // → '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns=…>\n  <key id="g_level" for="graph" …/>\n …'
 */
export function toGraphml(graph: NetworkGraph): string {
  const graphCols = graphColumns(graph);
  const nodeCols = nodeColumns(graph);
  const edgeCols = edgeColumns(graph);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys("g", "graph", graphCols),
    ...keys("n", "node", nodeCols),
    ...keys("e", "edge", edgeCols),
    '  <graph id="G" edgedefault="undirected">',
    ...data("g", graphCols, graph.getAttributes(), "    "),
  ];
  graph.forEachNode((node, attributes) => {
    lines.push(
      `    <node id="${xmlText(node)}">`,
      ...data("n", nodeCols, attributes, "      "),
      "    </node>",
    );
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    lines.push(
      `    <edge id="${xmlText(edge)}" source="${xmlText(source)}" target="${xmlText(target)}">`,
      ...data("e", edgeCols, attributes, "      "),
      "    </edge>",
    );
  });
  lines.push("  </graph>", "</graphml>");
  return `${lines.join("\n")}\n`;
}

function keys(prefix: string, domain: string, columns: readonly Column[]): string[] {
  return columns.map(
    ({ name, type }) =>
      `  <key id="${prefix}_${name}" for="${domain}" attr.name="${name}" attr.type="${GRAPHML_TYPE[type]}"/>`,
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

/**
 * GEXF 1.3 output (gexf.net), Gephi's own format. Node labels and edge weights use GEXF's own
 * `label` and `weight` attributes; everything else is a declared attribute with a fixed type
 * (`integer`, `double`, `string`). How the network was built goes into `<meta><description>`.
 * Nodes, edges and attributes come in canonical order, numbers in shortest round-trip form, and
 * no date is written, so the same network gives the same bytes. Metrics, when given, are node
 * attributes.
 */
import type { Network } from "../../networks/network.ts";
import {
  edgeAttributes,
  graphAttributes,
  metricRows,
  nodeAttributes,
} from "../../networks/network-attributes.ts";
import type { NetworkMetrics } from "../../networks/node-metrics.ts";
import { type Column, edgeColumns, nodeColumns } from "./_columns.ts";
import { valueText } from "./_value-text.ts";
import { xmlText } from "./_xml.ts";

const GEXF_TYPE = { string: "string", int: "integer", double: "double" } as const;

/**
 * Serializes a network as GEXF 1.3 (UTF-8, `\n` line ends, final newline).
 * @param network - the network (`buildNetwork`, `pruneNetwork`)
 * @param metrics - its metrics (`networkMetrics`), written as node attributes
 * @throws CopubError `invalid-option` when the metrics belong to another network
 * @example
 * toGexf(network)
 * // → '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n …'
 */
export function toGexf(network: Network, metrics?: NetworkMetrics): string {
  const rows = metricRows(network, metrics);
  const nodeCols = nodeColumns(metrics).filter(({ name }) => name !== "label");
  const edgeCols = edgeColumns(network).filter(({ name }) => name !== "weight");
  const description = Object.entries(graphAttributes(network, metrics))
    .map(([name, value]) => `${name}=${valueText(value)}`)
    .join("; ");
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    "  <meta>",
    "    <creator>copub</creator>",
    `    <description>${xmlText(`co-authorship network: ${description}`)}</description>`,
    "  </meta>",
    '  <graph defaultedgetype="undirected" mode="static">',
    ...declarations("node", nodeCols),
    ...declarations("edge", edgeCols),
    "    <nodes>",
  ];
  network.nodes.forEach((node, i) => {
    lines.push(
      `      <node id="${xmlText(node.key)}" label="${xmlText(node.label)}">`,
      ...values(nodeCols, nodeAttributes(node, rows[i])),
      "      </node>",
    );
  });
  lines.push("    </nodes>", "    <edges>");
  network.edges.forEach((edge, i) => {
    lines.push(
      `      <edge id="e${i}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}" weight="${valueText(edge.weight)}">`,
      ...values(edgeCols, edgeAttributes(edge)),
      "      </edge>",
    );
  });
  lines.push("    </edges>", "  </graph>", "</gexf>");
  return `${lines.join("\n")}\n`;
}

function declarations(domain: string, columns: readonly Column[]): string[] {
  if (columns.length === 0) return [];
  return [
    `    <attributes class="${domain}">`,
    ...columns.map(
      ({ name, type }) => `      <attribute id="${name}" title="${name}" type="${GEXF_TYPE[type]}"/>`,
    ),
    "    </attributes>",
  ];
}

function values(columns: readonly Column[], attributes: object): string[] {
  const lines: string[] = [];
  for (const { name } of columns) {
    const text = valueText((attributes as Record<string, unknown>)[name]);
    if (text !== null) lines.push(`          <attvalue for="${name}" value="${xmlText(text)}"/>`);
  }
  return lines.length === 0 ? [] : ["        <attvalues>", ...lines, "        </attvalues>"];
}

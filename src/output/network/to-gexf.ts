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
import { joinChunks, lineChunks } from "../text-chunks.ts";
import { type Column, edgeColumns, nodeColumns } from "./_columns.ts";
import { valueText } from "./_value-text.ts";
import { xmlText } from "./_xml.ts";

const GEXF_TYPE = { string: "string", int: "integer", double: "double" } as const;

/**
 * Serializes a network as GEXF 1.3 (UTF-8, `\n` line ends, final newline): the text of
 * `gexfChunks`, for networks small enough to be one string.
 * @param network - the network (`buildNetwork`, `pruneNetwork`)
 * @param metrics - its metrics (`networkMetrics`), written as node attributes
 * @throws CopubError `invalid-option` when the metrics belong to another network
 * @example
 * toGexf(network)
 * // → '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n …'
 */
export function toGexf(network: Network, metrics?: NetworkMetrics): string {
  return joinChunks(gexfChunks(network, metrics));
}

/**
 * The GEXF text of a network in chunks (`output/text-chunks.ts`), a node or an edge at a time:
 * a network of any size is written without its text ever being one string.
 * @param network - the network (`buildNetwork`, `pruneNetwork`)
 * @param metrics - its metrics (`networkMetrics`), written as node attributes
 * @throws CopubError `invalid-option`, when the chunks are read, if the metrics belong to another network
 * @example
 * for (const chunk of gexfChunks(network)) stream.write(chunk);
 */
export function gexfChunks(network: Network, metrics?: NetworkMetrics): Generator<string, void, undefined> {
  return lineChunks(gexfLines(network, metrics));
}

function* gexfLines(network: Network, metrics: NetworkMetrics | undefined): Generator<string> {
  const rows = metricRows(network, metrics);
  const nodeCols = nodeColumns(metrics).filter(({ name }) => name !== "label");
  const edgeCols = edgeColumns(network).filter(({ name }) => name !== "weight");
  const description = Object.entries(graphAttributes(network, metrics))
    .map(([name, value]) => `${name}=${valueText(value)}`)
    .join("; ");
  yield '<?xml version="1.0" encoding="UTF-8"?>';
  yield '<gexf xmlns="http://gexf.net/1.3" version="1.3">';
  yield "  <meta>";
  yield "    <creator>copub</creator>";
  yield `    <description>${xmlText(`co-authorship network: ${description}`)}</description>`;
  yield "  </meta>";
  yield '  <graph defaultedgetype="undirected" mode="static">';
  yield* declarations("node", nodeCols);
  yield* declarations("edge", edgeCols);
  yield "    <nodes>";
  for (let i = 0; i < network.nodes.length; i++) {
    const node = network.nodes[i] as Network["nodes"][number];
    yield `      <node id="${xmlText(node.key)}" label="${xmlText(node.label)}">`;
    yield* values(nodeCols, nodeAttributes(node, rows[i]));
    yield "      </node>";
  }
  yield "    </nodes>";
  yield "    <edges>";
  for (let i = 0; i < network.edges.length; i++) {
    const edge = network.edges[i] as Network["edges"][number];
    yield `      <edge id="e${i}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}" weight="${valueText(edge.weight)}">`;
    yield* values(edgeCols, edgeAttributes(edge));
    yield "      </edge>";
  }
  yield "    </edges>";
  yield "  </graph>";
  yield "</gexf>";
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

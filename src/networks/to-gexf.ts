/**
 * GEXF 1.3 output (gexf.net), Gephi's own format. Node labels and edge weights use GEXF's own
 * `label` and `weight` attributes; everything else is a declared attribute with a fixed type
 * (`integer`, `double`, `string`). How the network was built goes into `<meta><description>`.
 * Nodes, edges and attributes come in canonical order, numbers in shortest round-trip form, and
 * no date is written, so the same network gives the same bytes.
 */
import { type Column, edgeColumns, graphColumns, nodeColumns, valueText } from "./_columns.ts";
import { xmlText } from "./_xml.ts";
import type { NetworkGraph } from "./network-graph.ts";

const GEXF_TYPE = { string: "string", int: "integer", double: "double" } as const;

/**
 * Serializes a network graph as GEXF 1.3 (UTF-8, `\n` line ends, final newline).
 * @param graph - a network graph (`networkGraph`)
 * @example
 * toGexf(networkGraph(network))
 * // → '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n …'
 */
export function toGexf(graph: NetworkGraph): string {
  const nodeCols = nodeColumns(graph).filter(({ name }) => name !== "label");
  const edgeCols = edgeColumns(graph).filter(({ name }) => name !== "weight");
  const attributes = graph.getAttributes() as Record<string, unknown>;
  const description = graphColumns(graph)
    .map(({ name }) => `${name}=${valueText(attributes[name])}`)
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
  graph.forEachNode((node, attrs) => {
    lines.push(
      `      <node id="${xmlText(node)}" label="${xmlText(attrs.label)}">`,
      ...values(nodeCols, attrs),
      "      </node>",
    );
  });
  lines.push("    </nodes>", "    <edges>");
  graph.forEachEdge((edge, attrs, source, target) => {
    const weight = valueText(attrs.weight) as string;
    lines.push(
      `      <edge id="${xmlText(edge)}" source="${xmlText(source)}" target="${xmlText(target)}" weight="${weight}">`,
      ...values(edgeCols, attrs),
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

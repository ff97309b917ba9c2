/**
 * VOSviewer map and network files (app.vosviewer.com/docs/file-types/map-and-network-file-type):
 * tab-separated text, read together by VOSviewer's "Create a map based on network data". The map
 * file has a header and one line per item: `id` (1, 2, … in canonical node order), `label`, then
 * `cluster` when the network carries communities numbered 1–1000 (VOSviewer's range), and the
 * weights VOSviewer itself writes: `weight<Links>` (degree), `weight<Total link strength>` and
 * `weight<Documents>` (papers). The network file has no header and one line per link, each
 * undirected link once: `id1`, `id2`, strength = the edge weight `a_ij` (VOSviewer applies its own
 * normalization, association strength by default, when it lays out the map).
 */
import { valueText } from "./_columns.ts";
import { compensatedSum } from "./_compensated-sum.ts";
import type { NetworkGraph } from "./network-graph.ts";

/** VOSviewer's largest cluster number. */
const MAX_CLUSTER = 1000;

/** The two VOSviewer files of a network. */
export interface VosviewerFiles {
  /** The map file (items). */
  readonly map: string;
  /** The network file (links). */
  readonly network: string;
}

/**
 * Serializes a network graph as a VOSviewer map file and network file (UTF-8, `\n`, final newline).
 * @param graph - a network graph (`networkGraph`), with communities when metrics are attached
 * @example
 * toVosviewer(networkGraph(network)).network // → "1\t3\t1\n2\t3\t1\n2\t4\t2\n3\t4\t3\n" (data set K, full)
 */
export function toVosviewer(graph: NetworkGraph): VosviewerFiles {
  const ids = new Map(graph.nodes().map((key, i) => [key, i + 1]));
  const clusters = graph.everyNode(
    (_node, attributes) =>
      Number.isInteger(attributes.community) &&
      (attributes.community as number) >= 1 &&
      (attributes.community as number) <= MAX_CLUSTER,
  );
  const withCluster = graph.order > 0 && clusters;
  const header = [
    "id",
    "label",
    ...(withCluster ? ["cluster"] : []),
    "weight<Links>",
    "weight<Total link strength>",
    "weight<Documents>",
  ];
  const map = [header.join("\t")];
  graph.forEachNode((node, attributes) => {
    const weights: number[] = [];
    graph.forEachEdge(node, (_edge, edge) => {
      weights.push(edge.weight);
    });
    map.push(
      [
        String(ids.get(node)),
        vosLabel(attributes.label),
        ...(withCluster ? [String(attributes.community)] : []),
        String(graph.degree(node)),
        valueText(compensatedSum(weights)) as string,
        valueText(attributes.papers) as string,
      ].join("\t"),
    );
  });
  const network: string[] = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    network.push(`${ids.get(source)}\t${ids.get(target)}\t${valueText(attributes.weight)}`);
  });
  return { map: `${map.join("\n")}\n`, network: network.length === 0 ? "" : `${network.join("\n")}\n` };
}

/** VOSviewer wants a label holding a comma or semicolon in double quotes; tabs and line breaks cannot be kept. */
function vosLabel(label: string): string {
  const flat = label.replace(/[\t\r\n]+/g, " ");
  return /[,;"]/.test(flat) ? `"${flat.replace(/"/g, '""')}"` : flat;
}

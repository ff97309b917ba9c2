/**
 * VOSviewer map and network files (app.vosviewer.com/docs/file-types/map-and-network-file-type):
 * tab-separated text, read together by VOSviewer's "Create a map based on network data". The map
 * file has a header and one line per item: `id` (1, 2, … in canonical node order), `label`, then
 * `cluster` when metrics give communities numbered within VOSviewer's 1–1000, and the weights
 * VOSviewer itself writes: `weight<Links>` (degree), `weight<Total link strength>` (Σ a_ij) and
 * `weight<Documents>` (papers). The network file has no header and one line per link, each
 * undirected link once: `id1`, `id2`, and the edge weight `a_ij` as strength (VOSviewer applies
 * its own normalization, association strength by default, when it lays out a map).
 */

import { compensatedSums } from "../../networks/compensated-sum.ts";
import type { Network } from "../../networks/network.ts";
import { metricRows } from "../../networks/network-attributes.ts";
import type { NetworkMetrics } from "../../networks/node-metrics.ts";
import { valueText } from "./_value-text.ts";

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
 * Serializes a network as a VOSviewer map file and network file (UTF-8, `\n`, final newline).
 * @param network - the network (`buildNetwork`, `pruneNetwork`)
 * @param metrics - its metrics, whose communities become VOSviewer clusters
 * @throws CopubError `invalid-option` when the metrics belong to another network
 * @example
 * toVosviewer(network).network // → "1\t3\t1\n2\t3\t1\n2\t4\t2\n3\t4\t3\n" (data set K, full)
 */
export function toVosviewer(network: Network, metrics?: NetworkMetrics): VosviewerFiles {
  const rows = metricRows(network, metrics);
  const ids = new Map(network.nodes.map((node, i) => [node.key, i]));
  const degrees = new Float64Array(network.nodes.length);
  const strengths = compensatedSums(network.nodes.length);
  const links: string[] = [];
  for (const edge of network.edges) {
    const s = ids.get(edge.source) as number;
    const t = ids.get(edge.target) as number;
    degrees[s] = (degrees[s] as number) + 1;
    degrees[t] = (degrees[t] as number) + 1;
    strengths.add(s, edge.weight);
    strengths.add(t, edge.weight);
    links.push(`${s + 1}\t${t + 1}\t${valueText(edge.weight)}`);
  }
  const withCluster =
    metrics !== undefined &&
    metrics.nodes.length > 0 &&
    metrics.nodes.every((row) => row.community >= 1 && row.community <= MAX_CLUSTER);
  const header = ["id", "label"];
  if (withCluster) header.push("cluster");
  header.push("weight<Links>", "weight<Total link strength>", "weight<Documents>");
  const map = [header.join("\t")];
  network.nodes.forEach((node, i) => {
    const cells = [String(i + 1), vosLabel(node.label)];
    if (withCluster) cells.push(String(rows[i]?.community));
    cells.push(String(degrees[i]), valueText(strengths.value(i)) as string, String(node.papers));
    map.push(cells.join("\t"));
  });
  return { map: `${map.join("\n")}\n`, network: links.length === 0 ? "" : `${links.join("\n")}\n` };
}

/** VOSviewer wants a label holding a comma or semicolon in double quotes; tabs and line breaks cannot be kept. */
function vosLabel(label: string): string {
  const flat = label.replace(/[\t\r\n]+/g, " ");
  return /[,;"]/.test(flat) ? `"${flat.replace(/"/g, '""')}"` : flat;
}

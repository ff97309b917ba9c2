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
import { joinChunks, lineChunks, mapped } from "../text-chunks.ts";
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

/** The two VOSviewer files of a network as chunks (`output/text-chunks.ts`), each read once. */
export interface VosviewerChunks {
  /** The map file (items). */
  readonly map: Iterable<string>;
  /** The network file (links). */
  readonly network: Iterable<string>;
}

/**
 * Serializes a network as a VOSviewer map file and network file (UTF-8, `\n`, final newline):
 * the text of `vosviewerChunks`, for networks small enough to be two strings.
 * @param network - the network (`buildNetwork`, `pruneNetwork`)
 * @param metrics - its metrics, whose communities become VOSviewer clusters
 * @throws CopubError `invalid-option` when the metrics belong to another network
 * @example
 * toVosviewer(network).network // → "1\t3\t1\n2\t3\t1\n2\t4\t2\n3\t4\t3\n" (data set K, full)
 */
export function toVosviewer(network: Network, metrics?: NetworkMetrics): VosviewerFiles {
  const files = vosviewerChunks(network, metrics);
  return { map: joinChunks(files.map), network: joinChunks(files.network) };
}

/**
 * The VOSviewer map and network files in chunks, a line at a time. The items' link counts and
 * strengths are summed over the edges first (two numbers per node); no line is kept.
 * @param network - the network (`buildNetwork`, `pruneNetwork`)
 * @param metrics - its metrics, whose communities become VOSviewer clusters
 * @throws CopubError `invalid-option` when the metrics belong to another network
 * @example
 * const { map, network: links } = vosviewerChunks(network);
 * for (const chunk of links) stream.write(chunk);
 */
export function vosviewerChunks(network: Network, metrics?: NetworkMetrics): VosviewerChunks {
  const rows = metricRows(network, metrics);
  const ids = new Map(network.nodes.map((node, i) => [node.key, i]));
  const degrees = new Float64Array(network.nodes.length);
  const strengths = compensatedSums(network.nodes.length);
  const ends = new Int32Array(2 * network.edges.length);
  network.edges.forEach((edge, e) => {
    const s = ids.get(edge.source) as number;
    const t = ids.get(edge.target) as number;
    degrees[s] = (degrees[s] as number) + 1;
    degrees[t] = (degrees[t] as number) + 1;
    strengths.add(s, edge.weight);
    strengths.add(t, edge.weight);
    ends[2 * e] = s;
    ends[2 * e + 1] = t;
  });
  const withCluster =
    metrics !== undefined &&
    metrics.nodes.length > 0 &&
    metrics.nodes.every(
      ({ community }) => community !== undefined && community >= 1 && community <= MAX_CLUSTER,
    );
  const header = ["id", "label"];
  if (withCluster) header.push("cluster");
  header.push("weight<Links>", "weight<Total link strength>", "weight<Documents>");
  const items = mapped(network.nodes, (node, i) => {
    const cells = [String(i + 1), vosLabel(node.label)];
    if (withCluster) cells.push(String(rows[i]?.community));
    cells.push(String(degrees[i]), valueText(strengths.value(i)) as string, String(node.papers));
    return cells.join("\t");
  });
  const links = mapped(
    network.edges,
    (edge, e) =>
      `${(ends[2 * e] as number) + 1}\t${(ends[2 * e + 1] as number) + 1}\t${valueText(edge.weight)}`,
  );
  return { map: lineChunks(prepend(header.join("\t"), items)), network: lineChunks(links) };
}

function* prepend<T>(first: T, rest: Iterable<T>): Generator<T, void, undefined> {
  yield first;
  yield* rest;
}

/** VOSviewer wants a label holding a comma or semicolon in double quotes; tabs and line breaks cannot be kept. */
function vosLabel(label: string): string {
  const flat = label.replace(/[\t\r\n]+/g, " ");
  return /[,;"]/.test(flat) ? `"${flat.replace(/"/g, '""')}"` : flat;
}

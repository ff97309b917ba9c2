// Every network writer streams: on a network of 300 authors who all wrote one paper together
// (300 · 299 / 2 = 44,850 edges, several megabytes of text in each format), the text comes in
// chunks of about CHUNK_CHARS, none longer than CHUNK_CHARS plus one node or edge, so no writer
// ever builds its whole text; joined, the chunks are the writer's text.
import { describe, expect, it } from "vitest";
import { buildNetwork } from "../../../src/networks/build-network.ts";
import { ALL_METRICS } from "../../../src/networks/node-metrics.ts";
import { ROWS_PER_CALL } from "../../../src/output/csv.ts";
import { gexfChunks, toGexf } from "../../../src/output/network/to-gexf.ts";
import { graphJsonChunks, toGraphJson } from "../../../src/output/network/to-graph-json.ts";
import { graphmlChunks, toGraphml } from "../../../src/output/network/to-graphml.ts";
import { metricsJsonChunks } from "../../../src/output/network/to-metrics-json.ts";
import { networkCsvChunks } from "../../../src/output/network/to-network-csv.ts";
import { vosviewerChunks } from "../../../src/output/network/to-vosviewer.ts";
import { CHUNK_CHARS } from "../../../src/output/text-chunks.ts";
import { paper } from "../../networks/fixtures.ts";

const AUTHORS = Array.from({ length: 300 }, (_, i) => `name:AUTHOR${String(i).padStart(3, "0")}|A`);
const network = buildNetwork({ papers: [paper("WOS:1", { authors: AUTHORS })] }, { level: "author" });
/** The longest single piece any writer emits: an edge's or a node's lines, well under 1,000 characters. */
const PIECE = 1000;

/** Chunk lengths of a writer's output, read one at a time as a file writer would. */
function lengths(chunks: Iterable<string>): number[] {
  const seen: number[] = [];
  for (const chunk of chunks) seen.push(chunk.length);
  return seen;
}

describe("network writers in chunks", () => {
  it("builds the network the test relies on: 300 nodes, 44,850 edges", () => {
    expect(network.nodes).toHaveLength(300);
    expect(network.edges).toHaveLength(44_850);
  });

  it.each([
    ["graphml", () => graphmlChunks(network), () => toGraphml(network)],
    ["gexf", () => gexfChunks(network), () => toGexf(network)],
    ["graph json", () => graphJsonChunks(network), () => toGraphJson(network)],
  ])(
    "%s: chunks bounded by CHUNK_CHARS plus one piece, the text of the string writer",
    (_, chunks, whole) => {
      const seen = lengths(chunks());
      const total = seen.reduce((sum, n) => sum + n, 0);
      // Over 2 MB in every format: at least 2,000,000 / (CHUNK_CHARS + PIECE) chunks.
      expect(total).toBeGreaterThan(2_000_000);
      expect(Math.max(...seen)).toBeLessThan(CHUNK_CHARS + PIECE);
      expect(seen.length).toBeGreaterThan(total / (CHUNK_CHARS + PIECE));
      expect(total).toBe(whole().length);
    },
  );

  it("metrics JSON, CSV and VOSviewer files come in bounded chunks too", () => {
    const metrics = {
      metrics: ALL_METRICS,
      betweennessSources: null,
      closenessSources: null,
      weight: "weight" as const,
      seed: 42,
      nodes: network.nodes.map((node) => ({
        id: node.key,
        label: node.label,
        papers: node.papers,
        degree: 299,
        strength: 299,
        betweenness: 0,
        betweennessNormalized: 0,
        weightedBetweenness: 0,
        closeness: 1,
        eigenvector: 1 / Math.sqrt(300),
        pagerank: 1 / 300,
        clustering: 1,
        core: 299,
        community: 1,
      })),
      transitivity: 1,
      core: { k: 299, members: network.nodes.map((node) => node.key) },
      communities: [],
      modularity: 0,
      eigenvectorUnconverged: [],
    };
    const csv = networkCsvChunks(network, metrics);
    const vos = vosviewerChunks(network, metrics);
    for (const chunks of [metricsJsonChunks(network, metrics), vos.map, vos.network]) {
      expect(Math.max(...lengths(chunks))).toBeLessThan(CHUNK_CHARS + PIECE);
    }
    // CSV rows are stringified ROWS_PER_CALL at a time (a node row here is under 300 characters).
    for (const chunks of [csv.nodes, csv.edges]) {
      expect(Math.max(...lengths(chunks))).toBeLessThan(CHUNK_CHARS + ROWS_PER_CALL * 300);
    }
  });
});

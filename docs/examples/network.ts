// Build data set K's country network (docs/methodology.md §11.5), measure it, find its core, and write
// it in every format copub knows.
// Run: npx tsx docs/examples/network.ts [exports...]   (default: data-samples/networks/data-set-k.txt)
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  buildNetwork,
  loadCorpus,
  networkGraph,
  networkMetrics,
  pruneNetwork,
  toGexf,
  toGraphJson,
  toGraphml,
  toMetricsJson,
  toNetworkCsv,
  toVosviewer,
} from "../../src/index.ts";

const inputs = process.argv.length > 2 ? process.argv.slice(2) : ["data-samples/networks/data-set-k.txt"];
const { skipped: _skipped, ...corpus } = await loadCorpus(inputs, {});

const network = buildNetwork(corpus, { level: "country", edgeWeight: "fractional", normalization: "cosine" });
console.log(
  `${network.nodes.length} countries, ${network.edges.length} links, from ${network.report.papers} papers`,
);
for (const edge of network.edges)
  console.log(
    `  ${edge.source}–${edge.target}: ${edge.papers} papers, weight ${edge.weight}, cosine ${edge.normalized}`,
  );

// The core of the collaboration network (§11.4): the innermost k-core, strength and betweenness, communities.
const metrics = networkMetrics(networkGraph(network), { weight: "weight" });
console.log(`core (k = ${metrics.core.k}): ${metrics.core.members.join(", ")}`);
const ranked = [...metrics.nodes].sort((a, b) => b.strength - a.strength || (a.id < b.id ? -1 : 1));
for (const row of ranked)
  console.log(
    `  ${row.label}: strength ${row.strength}, weighted betweenness ${row.weightedBetweenness}, community ${row.community}`,
  );

// Keep the two countries with most papers, then write every format.
const top = pruneNetwork(network, { top: { n: 2, by: "papers" } });
const dir = mkdtempSync(join(tmpdir(), "copub-network-"));
const topMetrics = networkMetrics(networkGraph(top));
writeFileSync(join(dir, "network.graphml"), toGraphml(top, topMetrics));
writeFileSync(join(dir, "network.gexf"), toGexf(top, topMetrics));
writeFileSync(join(dir, "network.json"), toGraphJson(top, topMetrics));
writeFileSync(join(dir, "metrics.json"), toMetricsJson(top, topMetrics));
const vos = toVosviewer(top, topMetrics);
writeFileSync(join(dir, "network.map.txt"), vos.map);
writeFileSync(join(dir, "network.network.txt"), vos.network);
const csv = toNetworkCsv(top, topMetrics);
writeFileSync(join(dir, "network.nodes.csv"), csv.nodes);
writeFileSync(join(dir, "network.edges.csv"), csv.edges);
console.log(`top 2 by papers: ${top.nodes.map((node) => node.key).join(", ")}; files in ${dir}`);

// Question 5 (docs/questions/network-core.md): which countries form the core of the collaboration
// network? The country network of the demo data under fractional counting (methodology §11.2),
// without papers of more than 25 countries, measured (§11.4): the innermost k-core of every link
// and of the links worth at least one whole paper (as the report does), strength, betweenness and
// Louvain communities.
// Run: npx tsx docs/examples/questions/network-core.ts
import { buildNetwork, countryName, loadCorpus, measureNetwork, pruneNetwork } from "../../../src/index.ts";

const corpus = await loadCorpus(["data-samples/demo"]);
const network = buildNetwork(corpus, { level: "country", edgeWeight: "fractional", maxNodesPerPaper: 25 });
const { report } = network;
console.log(
  `${network.nodes.length} countries, ${network.edges.length} links, from ${report.papers} papers ` +
    `(${report.papersWithOneNode} with one country, ${report.papersWithoutNodes} without an address); ` +
    `left out of the links: ${report.cappedPapers.map((p) => `${p.ut} (${p.nodes} countries)`).join(", ")}`,
);

const metrics = measureNetwork(network);
const names = (keys: readonly string[]): string =>
  keys
    .map(countryName)
    .sort((a, b) => (a < b ? -1 : 1))
    .join(", ");
console.log(
  `\nInnermost k-core of all links: k = ${metrics.core.k}, ${metrics.core.members.length} countries`,
);

const strong = pruneNetwork(network, { minWeight: 1 });
const { core } = measureNetwork(strong); // every metric, so the innermost core is always there
console.log(`Innermost k-core of links of at least one paper: k = ${core.k}: ${names(core.members)}`);

console.log("\nBy strength       papers  partners  strength  core  betweenness  community");
const ranked = [...metrics.nodes].sort((a, b) => b.strength - a.strength || (a.id < b.id ? -1 : 1));
for (const node of ranked.slice(0, 12))
  console.log(
    `${node.label.padEnd(17)} ${String(node.papers).padStart(6)} ${String(node.degree).padStart(9)}` +
      `${node.strength.toFixed(2).padStart(10)}${String(node.core).padStart(6)}` +
      `${node.betweennessNormalized.toFixed(3).padStart(13)}${String(node.community).padStart(11)}`,
  );

const communities = new Map<number, string[]>();
for (const node of metrics.nodes)
  communities.set(node.community, [...(communities.get(node.community) ?? []), node.id]);
console.log(`\n${communities.size} communities (Louvain, seed 42, numbered by size); the three largest:`);
for (const id of [1, 2, 3]) console.log(`  ${id}: ${names(communities.get(id) ?? [])}`);

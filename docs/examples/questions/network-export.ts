// Question 6 (docs/questions/network-export.md): how do I look at the country network in Gephi or
// VOSviewer? The demo data's country network (fractional counting, papers of more than 25 countries
// left out, the 20 countries with most papers), with its metrics, written as GEXF for Gephi and as
// a VOSviewer map file and network file (methodology §11).
// Run: npx tsx docs/examples/questions/network-export.ts [folder]   (default: a new temporary folder)
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  buildNetwork,
  loadCorpus,
  measureNetwork,
  pruneNetwork,
  toGexf,
  toVosviewer,
} from "../../../src/index.ts";

const folder = process.argv[2] ?? mkdtempSync(join(tmpdir(), "copub-network-"));
const corpus = await loadCorpus(["data-samples/demo"]);
const network = buildNetwork(corpus, { level: "country", edgeWeight: "fractional", maxNodesPerPaper: 25 });
const top = pruneNetwork(network, { top: { n: 20, by: "papers" } });
const metrics = measureNetwork(top);

const gexf = toGexf(top, metrics);
const { map, network: links } = toVosviewer(top, metrics);
const files: [string, string][] = [
  ["countries.gexf", gexf],
  ["countries.map.txt", map],
  ["countries.network.txt", links],
];
for (const [name, text] of files) writeFileSync(join(folder, name), text);

console.log(`${top.nodes.length} countries, ${top.edges.length} links written:`);
for (const [name, text] of files)
  console.log(
    `  ${name.padEnd(22)} ${String(Buffer.byteLength(text)).padStart(6)} bytes, ${text.split("\n").length - 1} lines`,
  );

const head = (text: string, lines: number): string => text.split("\n").slice(0, lines).join("\n");
// The lines from the first one containing `start` to the first one after it containing `end`.
const excerpt = (text: string, start: string, end: string): string => {
  const lines = text.split("\n");
  const from = lines.findIndex((line) => line.includes(start));
  const to = lines.findIndex((line, i) => i > from && line.includes(end));
  return lines.slice(from, to + 1).join("\n");
};
console.log(`\ncountries.gexf begins:\n${head(gexf, 6)}`);
console.log(
  `its first node and first edge:\n${excerpt(gexf, "<node ", "</node>")}\n${excerpt(gexf, "<edge ", "</edge>")}`,
);
console.log(`\ncountries.map.txt begins:\n${head(map, 4)}`);
console.log(`\ncountries.network.txt begins:\n${head(links, 4)}`);

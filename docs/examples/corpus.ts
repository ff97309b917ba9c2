// Build a corpus from a folder of exports, print its accounting, save it, and reload it with a
// narrower scope without reading the exports again.
// Run: npx tsx docs/examples/corpus.ts [folder]   (default: data-samples)
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus, readCorpus, streamCorpus, writeCorpus } from "../../src/index.ts";

const folder = process.argv[2] ?? "data-samples";
const { skipped, ...corpus } = await loadCorpus([folder], { docTypes: { include: ["Article", "Review"] } });
const a = corpus.accounting;
console.log(`${a.records} records = ${a.parsed} parsed + ${a.rejected} rejected`);
console.log(`${a.parsed} parsed = ${a.unique} unique + ${a.duplicates} duplicates`);
console.log(`${a.unique} unique = ${a.inScope} in scope + ${a.excluded} excluded`, a.excludedByReason);
console.log(`${skipped.length} files skipped as not WoS`);

const saved = join(mkdtempSync(join(tmpdir(), "copub-")), "corpus.jsonl.gz");
await writeCorpus(saved, corpus);
const japan = await readCorpus(saved, { countries: ["JP"] });
console.log(`papers with a Japanese address: ${japan.accounting.inScope}`);

let international = 0;
for await (const paper of streamCorpus(saved, { countries: ["JP"] }))
  if (paper.countries.length >= 2) international++;
console.log(`of which internationally co-authored: ${international}`);

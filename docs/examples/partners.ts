// Partner countries (docs/methodology.md §9) on data set Q: the USA's partners in 2021 ranked by
// shared papers, the rank change since 2011, where Japan stands, the reverse view, the same table
// from a saved corpus streamed paper by paper, and the NISTEP-style Markdown for a report.
// Run: npx tsx docs/examples/partners.ts
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  loadCorpus,
  type PartnerOptionsInput,
  partners,
  partnersFromStream,
  streamCorpus,
  writeCorpus,
} from "../../src/index.ts";
import { partnersMarkdown } from "../../src/writers.ts";

const { skipped: _, ...corpus } = await loadCorpus(["data-samples/partners/data-set-q.txt"]);
const options: PartnerOptionsInput = {
  focal: "US",
  periods: { kind: "windows", windows: [{ from: 2021, to: 2021 }] },
  compare: { from: 2011, to: 2011 },
  top: 4,
  highlight: ["JP"],
};
const table = partners(corpus.papers, options);

for (const row of table.rows.filter((r) => r.period === "2021"))
  console.log(
    `${row.rank}. ${row.partnerAlpha3}: ${row.papers} of ${row.focalInternational} papers (share ${row.share.toFixed(3)}), ` +
      `${row.movement === "new" ? "new since 2011" : `rank ${row.previousRank} in 2011 (${row.movement})`}` +
      `${row.inTop ? "" : ", outside the top 4"}`,
  );
// → 1. CHN: 3 of 7 papers (share 0.429), rank 2 in 2011 (up) … 3. JPN: 1 of 7 papers (share 0.143), rank 1 in 2011 (down), outside the top 4

const all2021 = table.groups.find((g) => g.period === "2021");
console.log(
  `sum of all shares ${all2021?.shareSum} (10/7: Q5 has three partners, Q2 two); cutoff tie:`,
  all2021?.tiedAtCutoff,
);
// → sum of all shares 1.4285714285714286 …; cutoff tie: [ "CA", "DE", "FR", "JP" ]

const china = table.rows.find((r) => r.period === "2021" && r.partner === "CN");
console.log(
  `the US is on ${china?.papers} of China's ${china?.partnerInternational} international papers (${china?.reverseShare})`,
);
// → the US is on 3 of China's 4 international papers (0.75): Q9 is China–UK without the US

const saved = join(mkdtempSync(join(tmpdir(), "copub-partners-")), "q.jsonl.gz");
await writeCorpus(saved, corpus);
const streamed = await partnersFromStream(streamCorpus(saved), options);
console.log(`same table from the saved corpus: ${JSON.stringify(streamed) === JSON.stringify(table)}`);
// → true

console.log(partnersMarkdown(table));

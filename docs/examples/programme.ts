// Programme evaluation (docs/methodology.md §12) on data set G: the papers two projects produced,
// selected by grant id, DOI and UT lists with every match explained, counted per fiscal year
// (April–March) against the programme's targets, the same result from a saved corpus streamed
// paper by paper, and the Markdown for a report.
// Run: npx tsx docs/examples/programme.ts
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  loadCorpus,
  loadProjectTable,
  loadTargetTable,
  programme,
  programmeFromStream,
  streamCorpus,
  writeCorpus,
} from "../../src/index.ts";
import { programmeMarkdown } from "../../src/writers.ts";

const { skipped: _, ...corpus } = await loadCorpus(["data-samples/programme/data-set-g.txt"], {
  fundingText: true,
});
const projects = await loadProjectTable("data-samples/programme/data-set-g-projects.csv");
const targets = await loadTargetTable("data-samples/programme/data-set-g-targets.csv");
const result = programme(corpus, projects, { focal: "JP", targets });

for (const paper of result.papers)
  console.log(
    `${paper.ut}: ${paper.matches.map((m) => `${m.project} by ${m.matchedBy} ${m.identifier}`).join(", ")}; ` +
      `FY${paper.fiscalYear ?? "?"}, ${paper.countries.join("+")}, ` +
      `${paper.international ? "international" : "domestic"}${paper.withPartner ? ", with a partner" : ""}`,
  );
// → WOS:000000000000701: ASPIRE-GB by grant:FU JPMJAP9999; FY2022, GB+JP, international, with a partner
// → … WOS:000000000000703: ASPIRE-GB by grant:FU JPMJAP9999, ASPIRE-US by ut-list WOS:000000000000703; …

const sum = (count: "papers" | "international" | "withPartner") =>
  result.total.reduce((s, t) => s + t[count], 0);
console.log(
  `programme papers ${sum("papers")}, international ${sum("international")}, with a partner ${sum("withPartner")}`,
);
// → programme papers 4, international 3, with a partner 2 (methodology §12.4)

for (const t of result.targets)
  console.log(
    `FY${t.fiscalYear}: ${t.actual} of ${t.target}; cumulative ${t.cumulativeActual} of ${t.cumulativeTarget}`,
  );
// → FY2022: 2 of 1; cumulative 2 of 1 … FY2024: 0 of 2; cumulative 2 of 5

console.log(
  "not in the exports:",
  result.unmatchedIdentifiers.map((u) => u.identifier),
);
// → not in the exports: [ "10.9999/missing.r7" ]

const saved = join(mkdtempSync(join(tmpdir(), "copub-programme-")), "g.jsonl.gz");
await writeCorpus(saved, corpus);
const streamed = await programmeFromStream(streamCorpus(saved), projects, { focal: "JP", targets });
console.log(`same result from the saved corpus: ${JSON.stringify(streamed) === JSON.stringify(result)}`);
// → true

console.log(programmeMarkdown(result));

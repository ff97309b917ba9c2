// The analyst's report from code (docs/methodology.md §5, §8, §9, §11) on data set C (§4.5): the report
// as data, the countries it shows and why, Top10% with thresholds from the corpus, the focal
// country's partners, the network core, and the files `copub report --out DIR` writes.
// Run: npx tsx docs/examples/report.ts
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildReport, loadCorpus, reportFiles, reportMarkdown, topThresholds } from "../../src/index.ts";

const { skipped: _, ...corpus } = await loadCorpus(["data-samples/methodology/data-set-c.txt"]);

const plain = buildReport(corpus, { show: 3 });
console.log("shown:", plain.countries.map(({ country, papers }) => `${country} ${papers}`).join(", "));
// → shown: JP 6, US 2, CN 1   (CN, DE, FR and GB tie at one paper: by key)
console.log("Top10%:", plain.top);
// → Top10%: { kind: "absent", reason: "no-reference" }

const report = buildReport(corpus, { reference: topThresholds(corpus.papers), show: 3 });
if (report.top.kind === "computed") {
  const japan = report.top.table.rows.find((row) => row.country === "JP");
  console.log(
    `JP Top10%: ${japan?.top} of ${japan?.papers} papers, ${japan?.topInternational} international`,
  );
}
// → JP Top10%: 0.8 of 6 papers, 0.8 international   (P1, cited 10 times, alone at the threshold: ω = 0.8)

const [partnersOfJapan] = report.partners;
console.log(
  `partners of ${partnersOfJapan?.focal}:`,
  partnersOfJapan?.rows.map((row) => row.partner),
);
// → partners of JP: [ "DE", "FR", "GB", "US" ]   (the default focal: the country with the most papers)
console.log("network core:", report.network.core);
// → network core: { minWeight: 1, k: 1, members: [ "CN", "DE", "JP", "US" ] }   (links of ≥ 1 fractional paper)

const files = reportFiles(report);
const dir = mkdtempSync(join(tmpdir(), "copub-report-"));
for (const file of files) writeFileSync(join(dir, file.name), file.text);
console.log(files.map((file) => file.name));
// → [ "index.html", "report.md", "collaboration.csv", "collaboration.json", "collaboration-years.csv", … ]

console.log(reportMarkdown(report));

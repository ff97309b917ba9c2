// Getting started (docs/getting-started.md): a first library script. It reads the demo exports
// into a corpus, says what became of every record (methodology §13.4), and computes the
// international co-authorship share of the world and of the three countries with most papers in
// 2021–2023 (§5).
// Run: npx tsx docs/examples/questions/getting-started.ts
import { collaborationIndicators, countryName, loadCorpus } from "../../../src/index.ts";

const corpus = await loadCorpus(["data-samples/demo"]);
const { accounting } = corpus;
console.log(
  `${accounting.records} records read from ${corpus.files.length} files, ${accounting.rejected} rejected, ` +
    `${accounting.duplicates} duplicates; ${accounting.inScope} papers in scope, ${accounting.excluded} excluded ` +
    `(${Object.entries(accounting.excludedByReason)
      .map(([reason, n]) => `${n} ${reason}`)
      .join(", ")}); skipped: ${corpus.skipped.map((s) => s.path).join(", ")}`,
);

const table = collaborationIndicators(corpus.papers, { periods: "2021-2023" });
const rows = table.rows.filter((row) => row.country !== "WORLD").sort((a, b) => b.papers - a.papers);
for (const row of [table.rows.find((r) => r.country === "WORLD"), ...rows.slice(0, 3)])
  if (row !== undefined)
    console.log(
      `${row.country === "WORLD" ? "World" : countryName(row.country)}: ${row.papers.toFixed(1)} papers a year in ` +
        `${row.period}, ${((row.internationalShare ?? 0) * 100).toFixed(1)}% internationally co-authored`,
    );

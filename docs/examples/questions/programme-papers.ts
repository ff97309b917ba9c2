// Question 4 (docs/questions/programme-papers.md): how many international co-authored papers did a
// funded programme's projects produce, with their partner countries, per fiscal year and against
// the targets? Methodology §12 on data set G (data-samples/programme), focal country Japan.
// Run: npx tsx docs/examples/questions/programme-papers.ts
import { countryName, loadCorpus, loadProjectTable, loadTargetTable, programme } from "../../../src/index.ts";

const corpus = await loadCorpus(["data-samples/programme/data-set-g.txt"], { fundingText: true });
const projects = await loadProjectTable("data-samples/programme/data-set-g-projects.csv");
const targets = await loadTargetTable("data-samples/programme/data-set-g-targets.csv");
const result = programme(corpus, projects, { focal: "JP", targets });

console.log("The programme's papers, and why each was selected:");
for (const paper of result.papers)
  console.log(
    `  ${paper.ut}  FY${String(paper.fiscalYear ?? "?").padEnd(4)}  ${paper.countries.map(countryName).join(" + ").padEnd(40)}` +
      `${paper.international ? (paper.withPartner ? "international, with a partner" : "international") : "domestic"}` +
      `  ← ${paper.matches.map((m) => `${m.project} ${m.matchedBy} ${m.identifier}`).join("; ")}`,
  );

console.log("\nProject      FY    papers  international  with partner");
const line = (
  name: string,
  row: { fiscalYear: number | null; papers: number; international: number; withPartner: number },
) =>
  console.log(
    `${name.padEnd(12)} ${String(row.fiscalYear ?? "?").padEnd(5)} ${String(row.papers).padStart(6)}` +
      `${String(row.international).padStart(15)}${String(row.withPartner).padStart(14)}`,
  );
for (const row of result.rows) line(row.project, row);
for (const row of result.total) line("Programme", row);

console.log("\nTarget (international papers with a partner, programme):");
for (const t of result.targets)
  console.log(
    `  FY${t.fiscalYear}: ${t.actual} of ${t.target}, cumulative ${t.cumulativeActual} of ${t.cumulativeTarget}` +
      `${t.met ? " (met)" : " (not met)"}`,
  );
for (const missing of result.unmatchedIdentifiers)
  console.log(
    `Listed but not in the exports: ${missing.project} ${missing.kind.toUpperCase()} ${missing.identifier}`,
  );
for (const warning of result.warnings) console.log(`Warning ${warning.code}: ${warning.detail}`);

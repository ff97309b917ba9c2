// Citation impact (docs/methodology.md §10) on data set I (§10.4): baselines per reference set, Japan's
// MCS, MNCS, CNCI and relative citation index under full and fractional counting, the zero-baseline
// rule of each source, baselines saved and applied to a one-country selection, and each profile's
// reference sets.
// Run: npx tsx docs/examples/impact.ts
import {
  CopubError,
  citationBaselines,
  citationImpact,
  loadCorpus,
  parseBaselinesCsv,
} from "../../src/index.ts";
import { baselinesCsv, impactMarkdown } from "../../src/writers.ts";

const { papers } = await loadCorpus(["data-samples/impact/data-set-i.txt"]);

const baselines = citationBaselines(papers);
for (const row of baselines.rows)
  console.log(`${row.field} ${row.year}: μ = ${row.citations}/${row.papers} = ${row.mean}`);
// → CHE 2021: μ = 16/4 = 4; MATH 2021: μ = 0/2 = 0; PHY 2021: μ = 12/1 = 12

const table = citationImpact(papers, { reference: "corpus" });
console.log(
  "Japan, full counting:",
  table.rows.find((row) => row.country === "JP"),
);
// → papers 2, citations 14, mcs 7, mncs 1.75, cnci 1.75, relativeCitationImpact 1.75
console.log(
  "South Korea (uncited Mathematics):",
  table.rows.find((row) => row.country === "KR"),
);
// → mncs 1 (CWTS: ratio 1 where the mean is 0), cnci null (InCites: no value)
console.log(table.notices.map((notice) => notice.code)); // → ["zero-baseline"]

const fractional = citationImpact(papers, { reference: "corpus", counting: "fractional" });
console.log(
  "Japan, NISTEP fractional:",
  fractional.rows.find((row) => row.country === "JP"),
);
// → papers 5/3, citations 38/3, mcs 7.6, mncs 1.9

// InCites' category sets give §10.4's figures: I2 in two categories with baselines 4 and 8 → 0.75.
const incites = citationImpact(papers, { reference: "corpus", referenceSets: "category-year-type" });
console.log(`Japan, InCites sets: CNCI ${incites.rows.find((row) => row.country === "JP")?.cnci}`); // → 1.625

try {
  citationImpact(papers, {} as Parameters<typeof citationImpact>[1]);
} catch (error) {
  if (!(error instanceof CopubError)) throw error;
  console.log(`Without a reference: ${error.message.slice(0, 80)}…`);
}

// Baselines from the full set, written and read back, normalize Japan's papers alone exactly as before.
const saved = parseBaselinesCsv(baselinesCsv(baselines), "world-2021.csv");
const japanese = [...papers].filter((paper) => paper.countries.includes("JP"));
console.log(citationImpact(japanese, { reference: saved }).rows.find((row) => row.country === "JP")?.mncs); // → 1.75

console.log(impactMarkdown(table));

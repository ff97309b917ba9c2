// Highly cited papers (docs/methodology.md §8) on data set T (§8.6): thresholds and tie weights, Japan's
// adjusted Top10% and Top1% counts split by collaboration type under integer and fractional
// counting, the §8.4 variants, thresholds saved and applied to a one-country selection, and the
// CWTS and InCites tables.
// Run: npx tsx docs/examples/top-cited.ts
import {
  CopubError,
  cwtsTopCited,
  incitesTopCited,
  loadCorpus,
  parseThresholdsCsv,
  topCited,
  topThresholds,
} from "../../src/index.ts";
import { thresholdsCsv, topCitedMarkdown } from "../../src/writers.ts";

const { papers } = await loadCorpus(["data-samples/top/data-set-t.txt"]);

const thresholds = topThresholds(papers);
for (const row of thresholds.rows)
  console.log(
    `Top${row.percentile}% ${row.field} ${row.year}: t = ${row.threshold}, ${row.atThreshold} tied, ω = ${row.tieWeight}`,
  );
// → Top10% PHY 2021: t = 12, 4 tied, ω = 1/4; Top1% PHY 2021: t = 31, 1 tied, ω = 1/5

const japan = topCited(papers, { reference: "corpus" }).rows.find((row) => row.country === "JP");
console.log("Japan, integer counting:", japan);
// → top 1.75 (domestic 0.25, international 1.5), topShareOfPapers (Q) 0.25

const fractional = topCited(papers, { reference: "corpus", counting: "fractional" }).rows.find(
  (r) => r.country === "JP",
);
console.log(`Japan, NISTEP fractional: ${fractional?.top} of ${fractional?.papers} papers`); // → 1 of 5

for (const method of ["tie-fraction", "scale-all", "inclusive", "exclusive", "incites"] as const) {
  const row = topCited(papers, { reference: "corpus", method }).rows.find((r) => r.country === "JP");
  console.log(`Japan under ${method}: ${row?.top}`); // → 1.75, 1.6, 4, 1, 1
}

try {
  topCited(papers, {} as Parameters<typeof topCited>[1]);
} catch (error) {
  if (!(error instanceof CopubError)) throw error;
  console.log(`Without a reference: ${error.message.slice(0, 80)}…`);
}

// Thresholds from the full set, written and read back, score Japan's papers alone exactly as before.
const saved = parseThresholdsCsv(thresholdsCsv(thresholds), "world-2021.csv");
const japaneseOnly = [...papers].filter((paper) => paper.countries.includes("JP"));
console.log(
  "Japan scored on world thresholds:",
  topCited(japaneseOnly, { reference: saved }).rows.find((r) => r.country === "JP"),
);

console.log(
  "CWTS:",
  cwtsTopCited(papers, { reference: "corpus" }).filter((r) => r.country === "JP"),
);
console.log(
  "InCites:",
  incitesTopCited(papers, { reference: "corpus" }).find((r) => r.country === "JP"),
);
console.log(topCitedMarkdown(topCited(papers, { reference: "corpus", byField: true })));

// The collaboration indicators of docs/methodology.md §4–§6 on the project's samples: Japan's row of
// data set C under integer and fractional counting, each counting method on one paper, the CWTS and
// InCites equivalents, moving windows, and the Markdown table for a report.
// Run: npx tsx docs/examples/collaboration.ts
import {
  collaborationIndicators,
  countingWeights,
  cwtsCollaboration,
  incitesCollaboration,
  loadCorpus,
  MissingYearsError,
} from "../../src/index.ts";
import { collaborationMarkdown } from "../../src/writers.ts";

const { papers } = await loadCorpus(["data-samples/methodology/data-set-c.txt"]);

const integer = collaborationIndicators(papers);
const japan = integer.rows.find((row) => row.country === "JP");
console.log("Japan, integer counting:", japan);
// → papers 6, domestic 3 (single 2, multi 1), international 3 (bilateral 2, multilateral 1), internationalShare 0.5

const fractional = collaborationIndicators(papers, { counting: "fractional" });
const japanFractional = fractional.rows.find((row) => row.country === "JP");
console.log(
  `Japan, NISTEP fractional: ${japanFractional?.papers} papers, ${japanFractional?.international} from international papers`,
);
// → 4.5 papers, 1.5 from international papers (the rate stays 0.5, on integer counts)
console.log("World and unattributed:", integer.rows.at(-1), integer.unattributed);

const p1 = papers.at(0);
if (p1 !== undefined) {
  for (const method of ["integer", "nistep", "cwts", "country", "address", "author"] as const) {
    const { weights } = countingWeights(p1, { method });
    console.log(
      `P1 ${method.padEnd(8)} ${weights.map((w) => `${w.country} ${w.numerator}/${w.denominator}`).join(", ")}`,
    );
  }
}

const cwts = cwtsCollaboration(papers).rows.filter((row) => row.country === "JP");
console.log("Japan, Leiden Ranking indicators:", cwts);
const incites = incitesCollaboration(papers).rows.find((row) => row.country === "JP");
console.log("Japan, InCites:", incites);

const { papers: series } = await loadCorpus(["data-samples/indicators/windows-2019-2022.txt"]);
const moving = collaborationIndicators(series, { periods: { kind: "moving", size: 3 } });
for (const row of moving.rows.filter((r) => r.country === "JP"))
  console.log(`Japan ${row.period}: ${row.papers.toFixed(2)} papers a year, rate ${row.internationalShare}`);

const { papers: gap } = await loadCorpus(["data-samples/indicators/gap-2020.txt"]);
try {
  collaborationIndicators(gap, { periods: { kind: "windows", windows: [{ from: 2019, to: 2021 }] } });
} catch (error) {
  if (!(error instanceof MissingYearsError)) throw error;
  console.log(`2019-2021 cannot be computed: missing ${error.missingYears.join(", ")}`);
}

console.log(collaborationMarkdown(integer));

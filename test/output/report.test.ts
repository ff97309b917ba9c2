// The report as Markdown on data set C (methodology §4.5, §5.3): the settings under the title, the
// rows of the countries shown with names, totals and yearly averages, the Top10% split, the
// partners and the network core, figures worked by hand.
import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../src/corpus/corpus.ts";
import { topThresholds } from "../../src/indicators/top-cited/top-thresholds.ts";
import { reportMarkdown } from "../../src/output/report.ts";
import { buildReport } from "../../src/report/build-report.ts";
import { dataSetC } from "../indicators/_papers.ts";

let C: Corpus;
beforeAll(async () => {
  C = (await dataSetC()).corpus;
});

const title = (markdown: string) => markdown.slice(0, markdown.indexOf("\n## "));

describe("reportMarkdown(report, options)", () => {
  it("says under the title what was read, the periods, the focal country, the counting and Top10%", () => {
    // One file of 8 records, all in scope; every paper is of 2021, so no 3-year window exists;
    // JP has the most papers (6) and is the focal country; six countries have papers.
    expect(title(reportMarkdown(buildReport(C)))).toBe(`# International research collaboration

- Inputs: 1 file, 8 records; 8 papers in scope.
- Periods: single years (the data hold no complete 3-year window).
- Focal country: Japan. Tables show the 6 countries with the most papers, and the world.
- Counting: integer (whole) counting: a paper counts once for each of its countries.
- Top10%: not computed (no reference; see that section).
`);
  });

  it("names where the Top10% thresholds come from", () => {
    const corpus = topThresholds(C.papers);
    const table = {
      ...corpus,
      source: { kind: "table" as const, file: "world-2021.csv", sha256: "0".repeat(64) },
    };
    expect(reportMarkdown(buildReport(C, { reference: corpus }))).toContain(
      "\n- Top10%: thresholds from the inputs, declared the complete world population of their fields and years.\n",
    );
    expect(reportMarkdown(buildReport(C, { reference: table }))).toContain(
      "\n- Top10%: thresholds from world-2021.csv.\n",
    );
  });

  it("shows country names, totals and yearly averages, for the countries shown and the world only", () => {
    const markdown = reportMarkdown(buildReport(C, { show: 1, reference: topThresholds(C.papers) }));
    // JP (§5.3): 6 papers, 3 international, 50%; one year, so the yearly average is the total.
    expect(markdown).toContain("\n| Japan | 2021 | 6 | 6.0 | 3 | 3.0 | 50.0% |\n");
    // World: 7 papers with a country (P8 has none), 4 international → 4/7 = 57.1%.
    expect(markdown).toContain("\n| World | 2021 | 7 | 7.0 | 4 | 4.0 | 57.1% |\n");
    // Top10%: ω = 0.8 on P1 (JP–US): 0.80 of JP's 6 papers, all international; Q = 0.8/6 = 13.3%.
    expect(markdown).toContain("\n| Japan | 2021 | 0.80 | 0.80 | 0.00 | 0.80 | 100.0% | 13.3% |\n");
    expect(markdown).not.toMatch(
      /\n\| (United States|China|Germany|France|United Kingdom) \| 2021 \| \d+ \|/,
    );
  });

  it("lists the focal country's partners by name with shares", () => {
    // I_JP = P1 (US), P4 (FR, GB), P6 (DE): three papers; each partner on one → 1/3 = 33.3%, all rank 1.
    const markdown = reportMarkdown(buildReport(C));
    expect(markdown).toContain(
      "## Partner countries of Japan\n\nJapan's 3 internationally co-authored papers of 2021",
    );
    for (const name of ["Germany", "France", "United Kingdom", "United States"])
      expect(markdown).toContain(`\n| 1 | ${name} | 1 | 33.3% |\n`);
  });

  it("sums up the network: 6 countries, 6 links, no hyper-authored paper, and its core by name", () => {
    // Links of at least one fractional paper: CN–US, DE–JP, JP–US (a path): the 1-core of four countries.
    const markdown = reportMarkdown(buildReport(C));
    expect(markdown).toContain("\n6 countries, 6 links. No paper has more than 25 countries");
    expect(markdown).toContain("of at least 1 fractional paper): China, Germany, Japan, United States.\n");
  });

  it("points at the full tables only when they are written", () => {
    const report = buildReport(C);
    expect(reportMarkdown(report)).not.toContain("collaboration.csv");
    expect(reportMarkdown(report, { withTables: true })).toContain(
      "Every country is in collaboration.csv and collaboration.json.",
    );
  });

  it("cites the methodology section of every part", () => {
    const markdown = reportMarkdown(buildReport(C));
    for (const id of ["13.4", "5", "6", "8.1", "9", "11.4"])
      expect(markdown).toContain(`[§${id}](docs/methodology.md#s${id})`);
    expect(markdown).not.toContain("METHODOLOGY.md");
  });

  it("says at the top when the inputs call themselves synthetic", () => {
    const files = C.files.map((file) => ({
      ...file,
      producer: "copub synthetic demo data - not Web of Science records",
    }));
    const markdown = reportMarkdown(buildReport({ ...C, files }));
    expect(markdown).toContain("\n> **Synthetic data: 1 of the 1 input files say they are synthetic");
  });
});

// The report as Markdown on data set C (METHODOLOGY.md §4.5, §5.3): the settings lines under the
// title, the rows of the countries shown only, and the network summary, figures worked by hand.
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
  it("says under the title what was read, which countries are shown and that Top10% was not computed", () => {
    // One file, 8 papers in scope; six countries have papers, fewer than the default 10.
    expect(title(reportMarkdown(buildReport(C)))).toBe(`# International research collaboration

- Inputs: 1 files; 8 papers in scope.
- Countries shown: the 6 with the most papers (integer counting).
- Top10%: not computed (no --reference).
`);
  });

  it("says every country is in the CSV tables with withTables", () => {
    expect(reportMarkdown(buildReport(C, { show: 2 }), { withTables: true })).toContain(
      "\n- Countries shown: the 2 with the most papers (integer counting); every country is in the CSV tables.\n",
    );
  });

  it("names where the Top10% thresholds come from", () => {
    const corpus = topThresholds(C.papers);
    const table = {
      ...corpus,
      source: { kind: "table" as const, file: "world-2021.csv", sha256: "0".repeat(64) },
    };
    expect(reportMarkdown(buildReport(C, { reference: corpus }))).toContain(
      "\n- Top10%: thresholds from the inputs, declared the complete world population of their field-years (--reference corpus).\n",
    );
    expect(reportMarkdown(buildReport(C, { reference: table }))).toContain(
      "\n- Top10%: thresholds from world-2021.csv.\n",
    );
  });

  it("shows the rows of the countries shown and the world only", () => {
    const markdown = reportMarkdown(buildReport(C, { show: 1, reference: topThresholds(C.papers) }));
    // JP (§5.3): 6 papers, 3 domestic (2 single, 1 multi-institution), 3 international (2 bilateral, 1 multilateral), 50%.
    expect(markdown).toContain("\n| Japan | 2021 | All fields | 6 | 3 | 2 | 1 | 3 | 2 | 1 | 50.0 |\n");
    expect(markdown).toContain("\n| World | 2021 | All fields | 7 | 3 | 2 | 1 | 4 | 3 | 1 | 57.1 |\n");
    // Top10%: ω = 0.8 on P1 (JP–US): 0.80 of JP's 6 papers, all international (bilateral); 100% of the world's; Q = 13.3%.
    expect(markdown).toContain(
      "\n| Japan | 2021 | All fields | 6.00 | 0.80 | 0.00 | 0.80 | 0.80 | 0.00 | 100.0 | 13.3 |\n",
    );
    expect(markdown).not.toMatch(/\n\| (United States|China|Germany|France|United Kingdom) \| 2021 \|/);
  });

  it("sums up the country network: 6 countries, 6 links, the FR–GB–JP triangle as its core", () => {
    expect(reportMarkdown(buildReport(C))).toContain(
      "\n6 countries, 6 links; innermost core (k = 2): FR, GB, JP. Fractional edge weights;",
    );
  });
});

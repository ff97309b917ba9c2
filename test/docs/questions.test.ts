// The analyst-question pages (docs/questions/*.md) and docs/getting-started.md stay true: each shows
// its example script exactly as the repository has it, the script prints today, byte for byte, what
// the page says it prints, and the CLI command the page gives runs. The key figures of each page
// are then checked against an independent count from the raw export lines (test/docs/_raw-export.ts)
// or against the hand-worked example of the methodology guide, so a page cannot carry a wrong
// number that the code also gets wrong.
import { describe, expect, it } from "vitest";
import { run } from "../cli/_run.ts";
import { figure, questionPage, ROOT, runScript, scriptFile } from "./_question-page.ts";
import { articleOrReview, type RawPaper, rawPapers, TOKEN } from "./_raw-export.ts";

/** Each page, and what its CLI command's output must contain. */
const PAGES: readonly { readonly page: string; readonly cliShows: readonly string[] }[] = [
  {
    page: "docs/questions/international-share.md",
    cliShows: ["| World | 2006-2008 |", "| 19.9 |", "| World | 2021-2023 |", "| 32.4 |"],
  },
];

const withRoot = (arg: string): string => (arg.startsWith("data-samples/") ? `${ROOT}${arg}` : arg);

describe.each(PAGES)("$page", ({ page, cliShows }) => {
  const shown = questionPage(page);

  it("shows its script as the repository has it", () => {
    expect(shown.shownScript).toBe(scriptFile(shown));
  });

  it("shows, byte for byte, what the script prints", () => {
    expect(runScript(shown)).toBe(shown.shownOutput);
  }, 120_000);

  it("gives a CLI command that runs and shows the same figures", async () => {
    expect(shown.commands.length).toBeGreaterThan(0);
    for (const command of shown.commands) {
      const { code, stdout } = await run(...command.split(" ").map(withRoot));
      expect(code).toBe(0);
      for (const text of cliShows) expect(stdout).toContain(text);
    }
  }, 120_000);
});

/** The demo's papers in copub's default scope that have a country. */
const demo = (): RawPaper[] =>
  rawPapers(`${ROOT}data-samples/demo`).filter((p) => articleOrReview(p) && p.countries.size > 0);

/** Papers, international papers and the share in % (one decimal) of a set of papers. */
function shareOf(papers: readonly RawPaper[]): { papers: number; international: number; share: number } {
  const international = papers.filter((p) => p.countries.size >= 2).length;
  return {
    papers: papers.length,
    international,
    share: Number(((100 * international) / papers.length).toFixed(1)),
  };
}

describe("international-share.md, counted from the raw export lines", () => {
  const output = questionPage("docs/questions/international-share.md").shownOutput;
  const papers = demo();
  const inYears = (from: number, to: number, token?: string) =>
    papers.filter((p) => p.year >= from && p.year <= to && (token === undefined || p.countries.has(token)));

  it("every year's papers, international papers and share", () => {
    for (let year = 2006; year <= 2023; year++) {
      const { papers: n, international, share } = shareOf(inYears(year, year));
      expect([
        figure(output, `${year} `, 0),
        figure(output, `${year} `, 1),
        figure(output, `${year} `, 2),
      ]).toEqual([n, international, share]);
    }
  });

  it("each window's share: the ratio of the window's sums, for the world and each country", () => {
    const windows = [
      [2006, 2008],
      [2011, 2013],
      [2021, 2023],
    ] as const;
    const rows: [string, string | undefined][] = [
      ["World", undefined],
      ["United States", TOKEN.US],
      ["China", TOKEN.CN],
      ["Japan", TOKEN.JP],
      ["Germany", TOKEN.DE],
      ["United Kingdom", TOKEN.GB],
    ];
    for (const [label, token] of rows)
      windows.forEach(([from, to], i) => {
        expect(figure(output, `${label} `, i), `${label} ${from}-${to}`).toBe(
          shareOf(inYears(from, to, token)).share,
        );
      });
    // The page's headline: 2021–2023 world share 32.4%, 12.5 points above 2006–2008's 19.9%.
    expect(output).toContain("rose from 19.9% to 32.4% (+12.5 points)");
  });

  it("the papers without any address", () => {
    const none = rawPapers(`${ROOT}data-samples/demo`).filter(
      (p) => articleOrReview(p) && p.countries.size === 0,
    );
    expect(output).toContain(`; ${none.length} papers without an address`);
  });
});

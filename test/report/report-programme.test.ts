// The report's programme section (methodology §12) on data set G (data-samples/programme, worked by
// hand in test/output/_programme-g.ts): buildReport computes it only when given projects, the
// Markdown and HTML show its tables and chart, --out writes programme.csv and programme.json, and
// `copub report --projects` reads the same options as `copub programme`.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../src/corpus/corpus.ts";
import { programmeCsv, programmeJson } from "../../src/output/programme-table.ts";
import { reportMarkdown } from "../../src/output/report.ts";
import { reportHtml } from "../../src/output/report-html.ts";
import { loadProjectTable, type Project } from "../../src/programme/project-table.ts";
import { loadTargetTable, type Target } from "../../src/programme/target-table.ts";
import { buildReport } from "../../src/report/build-report.ts";
import { reportFiles } from "../../src/report/report-files.ts";
import { sample } from "../_samples.ts";
import { run } from "../cli/_run.ts";
import { corpusOf } from "../indicators/_papers.ts";
import { G } from "../output/_programme-g.ts";

const G_FILE = sample("programme/data-set-g.txt");
const PROJECTS = sample("programme/data-set-g-projects.csv");
const TARGETS = sample("programme/data-set-g-targets.csv");

let corpus: Corpus;
let projects: Project[];
let targets: Target[];
beforeAll(async () => {
  // Programme evaluation reads the funding texts (R2 is selected by its FX), which are kept when asked.
  corpus = await corpusOf("programme/data-set-g.txt", { fundingText: true });
  projects = await loadProjectTable(PROJECTS);
  targets = await loadTargetTable(TARGETS);
});

describe("buildReport(corpus, { programme })", () => {
  it("has no programme section without projects", () => {
    const report = buildReport(corpus);
    expect(report.programme).toBeUndefined();
    expect(reportFiles(report).map((file) => file.name)).not.toContain("programme.csv");
  });

  it("evaluates the programme as programme() does: data set G's figures", () => {
    const report = buildReport(corpus, { programme: { projects, options: { targets } } });
    expect(report.programme).toEqual(G);
  });
});

describe("the programme section of the report", () => {
  it("tables the programme total, the projects, the targets and the missing DOI in Markdown", () => {
    const md = reportMarkdown(buildReport(corpus, { programme: { projects, options: { targets } } }));
    const section = md.slice(md.indexOf("## Programme evaluation"));
    expect(section).toContain("6 papers in scope: 4 selected, 2 not selected");
    expect(section).toContain(
      "**Programme total per fiscal year (each paper once)**\n\n| Fiscal year | Papers | International | With partner |",
    );
    expect(section).toContain("| All years | 4 | 3 | 2 |");
    expect(section).toContain("| Programme | FY2024 (Apr 2024–Mar 2025) | 2 | 0 | 5 | 2 | no |");
    expect(section).toContain("| ASPIRE-US | DOI | 10.9999/missing.r7 | 10.9999/missing.r7 |");
    expect(section).toContain("[§12](docs/methodology.md#s12)");
  });

  it("says when no targets were given", () => {
    const md = reportMarkdown(buildReport(corpus, { programme: { projects } }));
    expect(md.slice(md.indexOf("## Programme evaluation"))).toContain("\nNo targets were given.\n");
  });

  it("draws the chart of actual against target in the HTML, after the network", () => {
    const html = reportHtml(buildReport(corpus, { programme: { projects, options: { targets } } }));
    const section = html.slice(html.indexOf('<section id="programme">'));
    expect(html.indexOf('<section id="network">')).toBeLessThan(html.indexOf('<section id="programme">'));
    expect(section).toContain(
      "<title>Programme: international co-authored papers with a partner country, actual against target</title>",
    );
    expect(section.match(/data-mark="bar"/g)).toHaveLength(3);
    expect(section).toContain("<caption>Programme total per fiscal year (each paper once)</caption>");
    expect(html).toContain('<dt id="m12">§12 Evaluating a funded programme</dt>');
  });
});

describe("copub report --projects", () => {
  it("writes programme.csv and programme.json beside the report, as copub programme prints them", async () => {
    const out = join(await mkdtemp(join(tmpdir(), "copub-report-programme-")), "report");
    const { code } = await run("report", G_FILE, "--projects", PROJECTS, "--targets", TARGETS, "--out", out);
    expect(code).toBe(0);
    expect(await readFile(join(out, "programme.csv"), "utf8")).toBe(programmeCsv(G));
    expect(await readFile(join(out, "programme.json"), "utf8")).toBe(programmeJson(G, corpus.accounting));
    const printed = await run(
      "programme",
      G_FILE,
      "--projects",
      PROJECTS,
      "--targets",
      TARGETS,
      "--format",
      "json",
    );
    expect(await readFile(join(out, "programme.json"), "utf8")).toBe(printed.stdout);
  });

  it("passes the fiscal options on: --programme-period calendar, --date-policy final", async () => {
    const calendar = await run("report", G_FILE, "--projects", PROJECTS, "--programme-period", "calendar");
    // 2023: R1, R2; 2024: R3, R5 (publication years).
    expect(calendar.stdout).toContain(
      "| Year | Papers | International | With partner |\n| --- | ---: | ---: | ---: |\n| 2023 | 2 | 1 | 1 |\n| 2024 | 2 | 2 | 1 |",
    );
    const final = await run("report", G_FILE, "--projects", PROJECTS, "--date-policy", "final");
    // R3 by its PD, June 2024: FY2024.
    expect(final.stdout).toContain("| FY2024 (Apr 2024–Mar 2025) | 1 | 1 | 1 |");
  });

  it("takes the first --focal country as the programme's", async () => {
    const { stdout } = await run("report", G_FILE, "--projects", PROJECTS, "--focal", "GB,JP");
    // Focal GB: international papers need GB and another country, R1 and R3 (both FY2022); R5
    // (DE, JP) is no longer international. Both have GB, a partner of ASPIRE-GB: with partner too.
    expect(stdout).toContain("Focal country: United Kingdom (GB).");
    expect(stdout).toContain("| undetermined | 1 | 0 | 0 |\n| All years | 4 | 2 | 2 |");
  });

  it("refuses programme options without --projects (exit 2)", async () => {
    for (const option of [
      ["--targets", TARGETS],
      ["--programme-period", "calendar"],
      ["--fiscal-year-start", "1"],
    ]) {
      const { code, stderr } = await run("report", G_FILE, ...option);
      expect(code).toBe(2);
      expect(stderr).toMatch(new RegExp(`^copub report: ${option[0]} needs --projects FILE`));
    }
  });
});

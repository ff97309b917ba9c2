// copub programme on data set G (methodology §12.4, Appendix C.5) as a WoS export,
// data-samples/programme/: every count worked by hand, every format, the JSON contract, the
// options that move papers between years, a saved corpus, and the usage and table errors.
//
// The records (data-set-g.txt) and the projects (data-set-g-projects.csv):
//   ASPIRE-GB: grant JPMJAP9999, partner United Kingdom, DOI list https://doi.org/10.9999/EXAMPLE.R5
//   ASPIRE-US: partner USA, UT list WOS:000000000000703, DOI list 10.9999/missing.r7 (in no record)
// | Record | Selected by                          | Countries | PY   | PD     | EA       | FY earliest | FY final | calendar |
// | R1 701 | grant:FU (ASPIRE-GB)                 | GB JP     | 2023 | MAR 31 | —        | 2022        | 2022     | 2023     |
// | R2 702 | grant:FX (ASPIRE-GB)                 | JP        | 2023 | APR 1  | —        | 2023        | 2023     | 2023     |
// | R3 703 | grant:FU (ASPIRE-GB), ut-list (-US)  | GB JP US  | 2024 | JUN    | MAR 2023 | 2022        | 2024     | 2024     |
// | R4 704 | nothing: no funding text             | FR JP     | 2023 | MAY    | —        | —           | —        | —        |
// | R5 705 | doi-list (ASPIRE-GB)                 | DE JP     | 2024 | —      | —        | null        | null     | 2024     |
// | R6 706 | nothing: JPMJAP99990 is another id   | GB JP     | 2023 | SUM    | —        | —           | —        | —        |
// International (JP and two or more countries): R1, R3, R5. With a partner of a project that
// selected it: R1 (GB), R3 (GB for ASPIRE-GB, US for ASPIRE-US); R5 has DE, not GB.
// Programme papers 4 (R1 R2 R3 R5), international 3 (R1 R3 R5), with partner 2 (R1 R3): §12.4.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ProgrammeResultSchema } from "../../src/programme/programme-result.ts";
import { sample } from "../_samples.ts";
import { G_RECORDS, G as G_RESULT, JSON_KEYS } from "../output/_programme-g.ts";
import { run } from "./_run.ts";

const G = sample("programme/data-set-g.txt");
const PROJECTS = sample("programme/data-set-g-projects.csv");
const TARGETS = sample("programme/data-set-g-targets.csv");

async function ok(...args: string[]): Promise<string> {
  const { code, stdout, stderr } = await run("programme", ...args);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  return stdout;
}

interface Counts {
  fiscalYear: number | null;
  papers: number;
  international: number;
  withPartner: number;
}

async function json(...args: string[]): Promise<Record<string, unknown>> {
  return JSON.parse(await ok(G, "--projects", PROJECTS, "--format", "json", ...args)) as Record<
    string,
    unknown
  >;
}

const totals = (output: Record<string, unknown>): string[] =>
  (output.total as Counts[]).map((t) => `${t.fiscalYear} ${t.papers}/${t.international}/${t.withPartner}`);

describe("copub programme --format json (the contract)", () => {
  it("has the contract's keys, in order, with the focal country's name after its code", async () => {
    const output = await json("--targets", TARGETS);
    expect(Object.keys(output)).toEqual(JSON_KEYS);
    expect(output.focal).toBe("JP");
    expect(Object.keys((output.rows as object[])[0] ?? {})).toEqual([
      "project",
      "fiscalYear",
      "papers",
      "international",
      "withPartner",
    ]);
    expect(Object.keys((output.total as object[])[0] ?? {})).toEqual([
      "fiscalYear",
      "papers",
      "international",
      "withPartner",
    ]);
    expect(Object.keys((output.papers as object[])[0] ?? {})).toEqual([
      "ut",
      "doi",
      "projects",
      "matchedBy",
      "matches",
      "fiscalYear",
      "countries",
      "international",
      "withPartner",
    ]);
  });

  it("counts data set G by hand: 4 programme papers, 3 international, 2 with a partner; R4 and R6 not selected", async () => {
    const output = await json();
    // FY2022: R1, R3 (both international, both with GB); FY2023: R2 (JP only); R5 has no month.
    expect(totals(output)).toEqual(["2022 2/2/2", "2023 1/0/0", "null 1/1/0"]);
    const papers = output.papers as { ut: string; matchedBy: string[]; projects: string[] }[];
    expect(papers.map((p) => `${p.ut.slice(-3)} ${p.projects.join("+")} ${p.matchedBy.join("+")}`)).toEqual([
      "701 ASPIRE-GB grant:FU",
      "702 ASPIRE-GB grant:FX",
      "703 ASPIRE-GB+ASPIRE-US grant:FU+ut-list",
      "705 ASPIRE-GB doi-list",
    ]);
    // R3 counts for both projects: ASPIRE-US has it alone, with its partner US.
    expect(output.rows).toEqual([
      { project: "ASPIRE-GB", fiscalYear: 2022, papers: 2, international: 2, withPartner: 2 },
      { project: "ASPIRE-GB", fiscalYear: 2023, papers: 1, international: 0, withPartner: 0 },
      { project: "ASPIRE-GB", fiscalYear: null, papers: 1, international: 1, withPartner: 0 },
      { project: "ASPIRE-US", fiscalYear: 2022, papers: 1, international: 1, withPartner: 1 },
    ]);
  });

  it("reports the listed DOI no record has, R5's missing month, and one flat accounting", async () => {
    const output = await json();
    expect(output.unmatchedIdentifiers).toEqual([
      {
        project: "ASPIRE-US",
        kind: "doi",
        identifier: "10.9999/missing.r7",
        normalized: "10.9999/missing.r7",
      },
    ]);
    expect((output.warnings as { code: string; ut: string }[]).map((w) => `${w.code} ${w.ut}`)).toEqual([
      "fy-undetermined WOS:000000000000705",
    ]);
    // Six records, all in scope; 4 selected + 2 not (R4, R6) = 6; R5 without a fiscal year.
    expect(output.accounting).toEqual({
      ...G_RECORDS,
      selected: 4,
      notSelected: 2,
      funderTextOnly: 0,
      fiscalYearUndetermined: 1,
    });
  });

  it("sets the targets against the papers with a partner, per year and cumulative", async () => {
    const output = await json("--targets", TARGETS);
    // Targets 1, 2, 2 for FY2022–FY2024; actual with partner 2, 0, 0: cumulative 1/2, 3/2, 5/2.
    expect(output.targetIndicator).toBe("withPartner");
    expect(
      (output.targets as { actual: number; cumulativeActual: number; met: boolean }[]).map((t) => [
        t.actual,
        t.cumulativeActual,
        t.met,
      ]),
    ).toEqual([
      [2, 2, true],
      [0, 2, false],
      [0, 2, false],
    ]);
    // Every figure is the hand-made evaluation of the renderers' tests (test/output/_programme-g.ts).
    expect(ProgrammeResultSchema.parse(output)).toEqual(G_RESULT);
    // Against all programme papers instead: 2, 1, 0 → cumulative 2, 3, 3.
    const papers = await json("--targets", TARGETS, "--target-indicator", "papers");
    expect(
      (papers.targets as { actual: number; cumulativeActual: number }[]).map((t) => [
        t.actual,
        t.cumulativeActual,
      ]),
    ).toEqual([
      [2, 2],
      [1, 3],
      [0, 3],
    ]);
  });

  it("moves R3 to FY2024 under --date-policy final (PD JUN 2024 instead of EA MAR 2023)", async () => {
    expect(totals(await json("--date-policy", "final"))).toEqual([
      "2022 1/1/1",
      "2023 1/0/0",
      "2024 1/1/1",
      "null 1/1/0",
    ]);
  });

  it("counts publication years under --period calendar: no paper is undetermined", async () => {
    // 2023: R1, R2 → 2 papers, R1 international with GB; 2024: R3, R5 → both international, R3 with GB.
    const output = await json("--period", "calendar");
    expect(totals(output)).toEqual(["2023 2/1/1", "2024 2/2/1"]);
    expect((output.accounting as { fiscalYearUndetermined: number }).fiscalYearUndetermined).toBe(0);
  });

  it("starts fiscal years in January with --fiscal-year-start 1: R1, R2 and R3 all in FY2023", async () => {
    expect(totals(await json("--fiscal-year-start", "1"))).toEqual(["2023 3/2/2", "null 1/1/0"]);
  });

  it("reads the focal country by name, and gives the same bytes for the records in another order", async () => {
    const output = await ok(G, "--projects", PROJECTS, "--format", "json", "--focal", "Japan");
    // The same six records, R6 first and R1 last.
    const text = readFileSync(G, "utf8");
    const start = text.indexOf("PT J\n");
    const records = text
      .slice(start, text.lastIndexOf("EF\n"))
      .trimEnd()
      .split(/\n\n(?=PT J\n)/);
    expect(records).toHaveLength(6);
    const reversed = join(mkdtempSync(join(tmpdir(), "copub-programme-")), "g-reversed.txt");
    writeFileSync(reversed, `${text.slice(0, start)}${records.reverse().join("\n\n")}\n\nEF\n`);
    expect(await ok(reversed, "--projects", PROJECTS, "--format", "json", "--focal", "JPN")).toBe(output);
  });

  it("reads a saved corpus as it reads the exports", async () => {
    const saved = join(mkdtempSync(join(tmpdir(), "copub-programme-")), "g.jsonl.gz");
    expect((await run("corpus", G, "--out", saved)).code).toBe(0);
    const fromSaved = JSON.parse(await ok(saved, "--projects", PROJECTS, "--format", "json")) as Record<
      string,
      unknown
    >;
    const fromExports = await json();
    expect(fromSaved.total).toEqual(fromExports.total);
    expect(fromSaved.papers).toEqual(fromExports.papers);
  });
});

describe("copub programme in the other formats", () => {
  it("--format csv: the programme total, then each project, per fiscal year", async () => {
    expect(await ok(G, "--projects", PROJECTS, "--format", "csv")).toBe(
      [
        "level,project,fiscalYear,papers,international,withPartner",
        "programme,,2022,2,2,2",
        "programme,,2023,1,0,0",
        "programme,,,1,1,0",
        "project,ASPIRE-GB,2022,2,2,2",
        "project,ASPIRE-GB,2023,1,0,0",
        "project,ASPIRE-GB,,1,1,0",
        "project,ASPIRE-US,2022,1,1,1",
        "",
      ].join("\n"),
    );
  });

  it("--format md (default): fiscal years with their months, countries by name", async () => {
    const md = await ok(G, "--projects", PROJECTS, "--targets", TARGETS);
    expect(md).toContain(
      "| FY2022 (Apr 2022–Mar 2023) | 2 | 2 | 2 |\n| FY2023 (Apr 2023–Mar 2024) | 1 | 0 | 0 |\n| undetermined | 1 | 1 | 0 |\n| All years | 4 | 3 | 2 |",
    );
    expect(md).toContain("| Programme | FY2024 (Apr 2024–Mar 2025) | 2 | 0 | 5 | 2 | no |");
    expect(md).toContain("| Japan, United Kingdom, United States |");
  });

  it("--format html: one page with the chart of actual against target", async () => {
    const html = await ok(G, "--projects", PROJECTS, "--targets", TARGETS, "--format", "html");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html.match(/data-mark="bar"/g)).toHaveLength(3);
    expect(html.match(/data-mark="target"/g)).toHaveLength(3);
  });
});

describe("copub programme: usage and table errors", () => {
  it("needs --projects (exit 2)", async () => {
    const { code, stderr } = await run("programme", G);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^copub programme: --projects is required: the project table/);
  });

  it("refuses a fiscal-year start outside 1–12 (exit 2)", async () => {
    const { code, stderr } = await run("programme", G, "--projects", PROJECTS, "--fiscal-year-start", "13");
    expect(code).toBe(2);
    expect(stderr).toMatch(/^copub programme: --fiscal-year-start must be a month from 1 to 12, not "13"/);
  });

  it("names the file, line and column of a bad cell before reading the exports (exit 1)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "copub-programme-"));
    const bad = join(dir, "projects.csv");
    writeFileSync(bad, "project,grants,partners\nASPIRE-GB,JPMJAP9999,Atlantis\n");
    // The export does not exist: the table fails first.
    const { code, stderr } = await run("programme", join(dir, "missing.txt"), "--projects", bad);
    expect(code).toBe(1);
    expect(stderr).toContain(`${bad}:2:3 (partners)`);
    expect(stderr).toContain("Atlantis");
  });

  it("refuses a target for a project the table does not have (exit 1)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "copub-programme-"));
    const targets = join(dir, "targets.csv");
    writeFileSync(targets, "project,fiscalYear,target\nASPIRE-FR,2023,3\n");
    const { code, stderr } = await run("programme", G, "--projects", PROJECTS, "--targets", targets);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `copub programme: ${targets}: targets for "ASPIRE-FR", not a project of ${PROJECTS}\n`,
    );
  });
});

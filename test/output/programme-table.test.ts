// A programme evaluation as JSON, CSV and Markdown, on data set G (methodology §12.4) evaluated by
// hand in _programme-g.ts: programme papers 4 (R1, R2, R3, R5), international 3 (R1, R3, R5), with
// GB 2 (R1, R3); FY2022 holds R1 and R3, FY2023 R2, and R5 has no month, so no fiscal year.
import { describe, expect, it } from "vitest";
import { programmeCsv, programmeJson, programmeMarkdown } from "../../src/output/programme-table.ts";
import { ProgrammeResultSchema } from "../../src/programme/programme-result.ts";
import { G, G_RECORDS, G_WITHOUT_TARGETS, JSON_KEYS } from "./_programme-g.ts";

describe("programmeJson(result, corpusAccounting)", () => {
  const json = JSON.parse(programmeJson(G, G_RECORDS)) as Record<string, unknown>;

  it("has the contract's keys in the schema's order, the focal country named after its code", () => {
    expect(Object.keys(json)).toEqual(JSON_KEYS);
    expect(json.focalName).toBe("Japan");
  });

  it("keeps rows, totals and papers as the result has them (codes, null for an undetermined year)", () => {
    expect(json.total).toEqual(G.total);
    expect(json.rows).toEqual(G.rows);
    expect((json.papers as { countries: string[] }[])[2]?.countries).toEqual(["GB", "JP", "US"]);
    expect((json.total as { fiscalYear: number | null }[])[2]?.fiscalYear).toBeNull();
  });

  it("merges the record accounting and the programme's into one flat object; inScope is both", () => {
    expect(json.accounting).toEqual({
      ...G_RECORDS,
      selected: 4,
      notSelected: 2,
      funderTextOnly: 0,
      fiscalYearUndetermined: 1,
    });
    expect(Object.keys(json.accounting as object).slice(-4)).toEqual([
      "selected",
      "notSelected",
      "funderTextOnly",
      "fiscalYearUndetermined",
    ]);
  });

  it("without the record accounting writes the programme's alone, and reads back through the schema", () => {
    const alone = JSON.parse(programmeJson(G, null)) as Record<string, unknown>;
    expect(alone.accounting).toEqual(G.accounting);
    expect(ProgrammeResultSchema.parse(alone)).toEqual(G);
  });
});

describe("programmeCsv(result)", () => {
  it("writes the programme total per year, then each project per year; an undetermined year is empty", () => {
    expect(programmeCsv(G)).toBe(
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
});

describe("programmeMarkdown(result)", () => {
  const md = programmeMarkdown(G);

  it("states the settings: focal country by name, fiscal years with their months, the date rule", () => {
    expect(md).toContain(
      [
        "# Programme evaluation",
        "",
        "- Focal country: Japan (JP).",
        "- Reporting years: fiscal years, FY2023 = Apr 2023–Mar 2024 (the fiscal year is named by the year it starts in).",
        "- Dates: the Early Access date when there is one, else the publication date (PD and PY).",
        "- With partner: a partner country of the project on the paper.",
      ].join("\n"),
    );
  });

  it("tables the programme total per fiscal year, undetermined last, with the sums of §12.4", () => {
    expect(md).toContain(
      [
        "## Programme total per fiscal year (each paper once)",
        "",
        "| Fiscal year | Papers | International | With partner |",
        "| --- | ---: | ---: | ---: |",
        "| FY2022 (Apr 2022–Mar 2023) | 2 | 2 | 2 |",
        "| FY2023 (Apr 2023–Mar 2024) | 1 | 0 | 0 |",
        "| undetermined | 1 | 1 | 0 |",
        "| All years | 4 | 3 | 2 |",
      ].join("\n"),
    );
  });

  it("tables each project with its own sums: R3 counts for both projects", () => {
    expect(md).toContain(
      "| ASPIRE-GB | All years | 4 | 3 | 2 |\n| ASPIRE-US | FY2022 (Apr 2022–Mar 2023) | 1 | 1 | 1 |",
    );
  });

  it("tables the targets with cumulative sums", () => {
    expect(md).toContain(
      [
        "## Targets: international co-authored papers with a partner country, actual against target",
        "",
        "| Target for | Fiscal year | Target | Actual | Cumulative target | Cumulative actual | Met |",
        "| --- | --- | ---: | ---: | ---: | ---: | --- |",
        "| Programme | FY2022 (Apr 2022–Mar 2023) | 1 | 2 | 1 | 2 | yes |",
        "| Programme | FY2023 (Apr 2023–Mar 2024) | 2 | 0 | 3 | 2 | no |",
        "| Programme | FY2024 (Apr 2024–Mar 2025) | 2 | 0 | 5 | 2 | no |",
      ].join("\n"),
    );
    expect(programmeMarkdown(G_WITHOUT_TARGETS)).toContain("## Targets\n\nNo targets were given.\n");
  });

  it("lists the missing DOI, the warning with its meaning, and each paper with what selected it", () => {
    expect(md).toContain("| ASPIRE-US | DOI | 10.9999/missing.r7 | 10.9999/missing.r7 |");
    expect(md).toContain(
      "## Warnings (1)\n\n1 `fy-undetermined`: a year but no month, so no fiscal year (counted as undetermined).\n",
    );
    expect(md).toContain(
      "| WOS:000000000000703 | 10.9999/example.r3 | ASPIRE-GB: grant:FU JPMJAP9999; ASPIRE-US: ut-list WOS:000000000000703 | FY2022 (Apr 2022–Mar 2023) | Japan, United Kingdom, United States | yes | yes |",
    );
  });

  it("ends with the accounting and a link to the methodology", () => {
    expect(
      md.endsWith(
        "*Accounting: 6 papers in scope: 4 selected, 2 not selected (0 matched by funder text alone); 1 selected paper without a fiscal year. Selection and counts as [methodology §12](docs/methodology.md#s12).*\n",
      ),
    ).toBe(true);
  });

  it("labels calendar years as plain years and other fiscal-year starts by their months", () => {
    const calendar = programmeMarkdown({ ...G, period: "calendar" });
    expect(calendar).toContain(
      "| Year | Papers | International | With partner |\n| --- | ---: | ---: | ---: |\n| 2022 | 2 | 2 | 2 |",
    );
    expect(programmeMarkdown({ ...G, fiscalYearStart: 1 })).toContain(
      "| FY2022 (Jan 2022–Dec 2022) | 2 | 2 | 2 |",
    );
    expect(programmeMarkdown({ ...G, fiscalYearStart: 10 })).toContain(
      "| FY2022 (Oct 2022–Sep 2023) | 2 | 2 | 2 |",
    );
  });
});

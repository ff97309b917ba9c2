import { describe, expect, it } from "vitest";
import { parseProjectTable } from "../../src/programme/project-table.ts";
import { parseTargetTable } from "../../src/programme/target-table.ts";

describe("parseProjectTable(text, file): CSV", () => {
  it("reads each column, items separated by ';', ids and countries normalized", () => {
    const csv =
      "project,grants,partners,dois,uts,funders,orcids\n" +
      'ASPIRE-1,"JPMJ AP-9999; jp20h00001",United Kingdom;USA;gbr,https://doi.org/10.9999/X,000000000000003,JST|Japan Science,https://orcid.org/0000-0002-1825-0097\n';
    expect(parseProjectTable(csv, "p.csv")).toEqual([
      {
        project: "ASPIRE-1",
        grants: ["JPMJAP9999", "JP20H00001"],
        // United Kingdom and gbr are one country: GB once; sorted by key.
        partners: ["GB", "US"],
        dois: ["https://doi.org/10.9999/X"],
        uts: ["000000000000003"],
        funders: ["JST|Japan Science"],
        orcids: ["0000-0002-1825-0097"],
      },
    ]);
  });

  it("accepts leaving optional columns out and a BOM and CRLF", () => {
    expect(parseProjectTable("\uFEFFproject,uts\r\nP,WOS:000000000000001\r\n", "p.csv")).toEqual([
      {
        project: "P",
        grants: [],
        partners: [],
        dois: [],
        uts: ["WOS:000000000000001"],
        funders: [],
        orcids: [],
      },
    ]);
  });

  it("reads partners under the corpus's country switches", () => {
    const [project] = parseProjectTable("project,grants,partners\nP,G1,Scotland\n", "p.csv", {
      ukNations: "separate",
    });
    expect(project?.partners).toEqual(["GB-SCT"]);
  });

  it.each([
    ["an unknown column", "project,grant\nP,G1\n", 'p.csv:1:2: unknown column "grant"'],
    ["no project column", "grants\nG1\n", 'p.csv:1: the header has no "project" column'],
    ["an empty project id", "project,grants\n,G1\n", "p.csv:2:1 (project): the project id is empty"],
    [
      "a repeated project id",
      "project,grants\nP,G1\nP,G2\n",
      'p.csv:3:1 (project): project "P" is also at p.csv:2:1 (project)',
    ],
    [
      "an unknown country, with a suggestion",
      "project,grants,partners\nP,G1,GB;Jpaan\n",
      'p.csv:2:3 (partners): "Jpaan" is not a country; did you mean Japan (JP)?',
    ],
    [
      "a bad ORCID iD (check digit)",
      "project,grants,orcids\nP,G1,0000-0002-1825-0098\n",
      'p.csv:2:3 (orcids): "0000-0002-1825-0098" is not a valid ORCID iD',
    ],
    [
      "a pattern that is no regular expression",
      "project,funders\nP,JST (\n",
      "p.csv:2:2 (funders): funder pattern /JST (/ is not a regular expression",
    ],
    [
      "a project with no selector",
      "project,partners\nP,GB\n",
      'p.csv:2:1 (project): project "P" has no grant id, DOI, UT or funder pattern',
    ],
    [
      "a row with too many cells",
      "project,grants\nP,G1,extra\n",
      "p.csv:2: not a valid CSV: Invalid Record Length: expect 2, got 3",
    ],
    ["a CSV syntax error", 'project,grants\n"P,G1\n', "p.csv:"],
    ["no project at all", "project,grants\n", "p.csv: the project table has no project"],
  ])("names the line and column of %s", (_, csv, message) => {
    expect(() => parseProjectTable(csv, "p.csv")).toThrow(message);
  });

  it("lists every problem at once", () => {
    expect(() => parseProjectTable("project,grants,partners\nA,G1,Narnia\nB,G2,Atlantis\n", "p.csv")).toThrow(
      /2 problems:\n {2}p\.csv:2:3 \(partners\): "Narnia".*\n {2}p\.csv:3:3 \(partners\): "Atlantis"/,
    );
  });
});

describe("parseProjectTable(text, file): JSON", () => {
  it("reads an array of projects whose values are strings or arrays", () => {
    const json = JSON.stringify([{ project: "P", grants: ["JPMJ-AP9999"], partners: "GB; Germany" }]);
    expect(parseProjectTable(json, "p.json")).toEqual([
      {
        project: "P",
        grants: ["JPMJAP9999"],
        partners: ["DE", "GB"],
        dois: [],
        uts: [],
        funders: [],
        orcids: [],
      },
    ]);
  });

  it("names the project and key of a bad value, and the line and column of a syntax error", () => {
    expect(() => parseProjectTable('[{"project":"P","grants":"G","partners":["Narnia"]}]', "p.json")).toThrow(
      'p.json: projects[0].partners[0]: "Narnia" is not a country',
    );
    expect(() => parseProjectTable('[{"project":"P","grant":"G"}]', "p.json")).toThrow(
      'p.json: projects[0]: unknown key "grant"',
    );
    expect(() => parseProjectTable('[\n  {"project": "P",,}\n]', "p.json")).toThrow(
      /^p\.json:2:\d+: not valid JSON/,
    );
  });
});

describe("parseTargetTable(text, file)", () => {
  it("reads programme and project targets, programme first, years ascending", () => {
    expect(
      parseTargetTable("project,fiscalYear,target\nB,2024,3\n,2027,120\n,2023,75\nA,2024,2.5\n", "t.csv"),
    ).toEqual([
      { project: null, fiscalYear: 2023, target: 75 },
      { project: null, fiscalYear: 2027, target: 120 },
      { project: "A", fiscalYear: 2024, target: 2.5 },
      { project: "B", fiscalYear: 2024, target: 3 },
    ]);
  });

  it.each([
    ["a year that is not one", "fiscalYear,target\nFY23,75\n", 't.csv:2:1: fiscalYear "FY23" is not a year'],
    [
      "a negative target",
      "fiscalYear,target\n2023,-1\n",
      't.csv:2:2: target "-1" is not a non-negative number',
    ],
    [
      "a year given twice",
      "fiscalYear,target\n2023,1\n2023,2\n",
      "t.csv:3:1: the programme has a target for 2023 on line 2 already",
    ],
    ["a missing column", "fiscalYear\n2023\n", 't.csv:1: the header has no "target" column'],
    ["an unknown column", "year,target\n2023,1\n", 't.csv:1:1: unknown column "year"'],
  ])("names the line and column of %s", (_, csv, message) => {
    expect(() => parseTargetTable(csv, "t.csv")).toThrow(message);
  });
});

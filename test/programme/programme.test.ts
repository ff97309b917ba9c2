import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../../src/corpus/corpus-file.ts";
import type { CorpusPaper } from "../../src/corpus/corpus-paper.ts";
import { loadCorpus } from "../../src/corpus/load-corpus.ts";
import { writeCorpus } from "../../src/output/corpus-file.ts";
import { programme, programmeFromStream } from "../../src/programme/programme.ts";
import { type Project, parseProjectTable } from "../../src/programme/project-table.ts";
import { parseTargetTable } from "../../src/programme/target-table.ts";
import { paper } from "../indicators/_papers.ts";
import { dataSetG, ut } from "./_data-set-g.ts";

// Data set G's selectors (methodology §12.4): grant JPMJAP9999, partner GB, and the DOI list
// ["https://doi.org/10.9999/EXAMPLE.R5"], which normalizes to 10.9999/example.r5.
const aspire = parseProjectTable(
  "project,grants,partners,dois\nASPIRE,JPMJAP9999,United Kingdom,https://doi.org/10.9999/EXAMPLE.R5\n",
  "projects.csv",
);

describe("programme(papers, projects, options) on data set G (methodology §12.4)", () => {
  const result = programme(dataSetG(), aspire, { focal: "JP" });

  it("selects R1 (grant:FU), R2 (grant:FX), R3 (grant:FU) and R5 (doi-list); not R4 (no funding) or R6 (JPMJAP99990)", () => {
    expect(result.papers.map((p) => [p.ut, p.matchedBy])).toEqual([
      [ut(1), ["grant:FU"]],
      [ut(2), ["grant:FX"]],
      [ut(3), ["grant:FU"]],
      [ut(5), ["doi-list"]],
    ]);
    // The DOI match names the DOI as the project listed it.
    expect(result.papers[3]?.matches).toEqual([
      { project: "ASPIRE", matchedBy: "doi-list", identifier: "https://doi.org/10.9999/EXAMPLE.R5" },
    ]);
  });

  it("counts programme papers 4, international 3 (R1, R3, R5), with GB 2 (R1, R3)", () => {
    const sum = (key: "papers" | "international" | "withPartner") =>
      result.total.reduce((s, row) => s + row[key], 0);
    expect([sum("papers"), sum("international"), sum("withPartner")]).toEqual([4, 3, 2]);
    expect(result.papers.filter((p) => p.international).map((p) => p.ut)).toEqual([ut(1), ut(3), ut(5)]);
    expect(result.papers.filter((p) => p.withPartner).map((p) => p.ut)).toEqual([ut(1), ut(3)]);
  });

  it("places papers in fiscal years April–March, Early Access first, and R5 (no month) in none", () => {
    // R1 MAR 2024 → FY2023; R3 EA MAR 2024 → FY2023: 2 papers, both international with GB.
    // R2 APR 2024 → FY2024: 1 paper, domestic. R5 PY 2024 without PD → undetermined (null), last.
    expect(result.total).toEqual([
      { fiscalYear: 2023, papers: 2, international: 2, withPartner: 2 },
      { fiscalYear: 2024, papers: 1, international: 0, withPartner: 0 },
      { fiscalYear: null, papers: 1, international: 1, withPartner: 0 },
    ]);
    expect(result.rows).toEqual(result.total.map((row) => ({ project: "ASPIRE", ...row })));
    expect(result.warnings).toEqual([
      {
        code: "fy-undetermined",
        ut: ut(5),
        project: null,
        detail: "no month to place it in a fiscal year (PY 2024, PD none, EA none)",
      },
    ]);
  });

  it("moves R3 to FY2024 under datePolicy final (PD MAY 2024, its Early Access date ignored)", () => {
    // FY2023: R1 (1, 1, 1); FY2024: R2 + R3 (2 papers, 1 international with GB).
    expect(programme(dataSetG(), aspire, { datePolicy: "final" }).total).toEqual([
      { fiscalYear: 2023, papers: 1, international: 1, withPartner: 1 },
      { fiscalYear: 2024, papers: 2, international: 1, withPartner: 1 },
      { fiscalYear: null, papers: 1, international: 1, withPartner: 0 },
    ]);
  });

  it("reports calendar years under period calendar: all four in 2024, none undetermined", () => {
    const calendar = programme(dataSetG(), aspire, { period: "calendar" });
    expect(calendar.total).toEqual([{ fiscalYear: 2024, papers: 4, international: 3, withPartner: 2 }]);
    expect(calendar.warnings).toEqual([]);
  });

  it("starts fiscal years in the month given (January: R1 MAR 2024 and R3 EA MAR 2024 fall in 2024)", () => {
    expect(programme(dataSetG(), aspire, { fiscalYearStart: 1 }).total[0]).toEqual({
      fiscalYear: 2024,
      papers: 3,
      international: 2,
      withPartner: 2,
    });
  });

  it("accounts for every paper: 6 in scope = 4 selected + 2 not, 1 without a fiscal year", () => {
    expect(result.accounting).toEqual({
      inScope: 6,
      selected: 4,
      notSelected: 2,
      funderTextOnly: 0,
      fiscalYearUndetermined: 1,
    });
  });

  it("gives the same result streamed and in any order of papers", async () => {
    const reversed = [...dataSetG()].reverse();
    expect(await programmeFromStream(reversed, aspire, { focal: "Japan" })).toEqual(result);
  });
});

describe("programme: a paper supported by two projects", () => {
  // LEAD lists R3 by UT (and a UT the exports lack) with partner US; ASPIRE selects R3 by grant.
  const projects = parseProjectTable(
    "project,grants,partners,dois,uts\n" +
      "ASPIRE,JPMJAP9999,GB,https://doi.org/10.9999/EXAMPLE.R5,\n" +
      "LEAD,,USA,10.9999/missing,WOS:000000000000003;WOS:000000000000099\n",
    "projects.csv",
  );
  const result = programme(dataSetG(), projects);

  it("counts R3 in both projects' rows and once in the programme total", () => {
    // ASPIRE as before (FY2023 2/2/2, FY2024 1/0/0, null 1/1/0); LEAD: R3 alone, FY2023, with US.
    expect(result.rows.filter((r) => r.project === "LEAD")).toEqual([
      { project: "LEAD", fiscalYear: 2023, papers: 1, international: 1, withPartner: 1 },
    ]);
    // Projects add up to 5 papers; the programme has 4.
    expect(result.rows.reduce((s, r) => s + r.papers, 0)).toBe(5);
    expect(result.total.reduce((s, r) => s + r.papers, 0)).toBe(4);
    expect(result.papers.find((p) => p.ut === ut(3))).toMatchObject({
      projects: ["ASPIRE", "LEAD"],
      matchedBy: ["grant:FU", "ut-list"],
      matches: [
        { project: "ASPIRE", matchedBy: "grant:FU", identifier: "JPMJAP9999" },
        { project: "LEAD", matchedBy: "ut-list", identifier: "WOS:000000000000003" },
      ],
    });
  });

  it("reports the listed DOI and UT that no paper carries", () => {
    expect(result.unmatchedIdentifiers).toEqual([
      { project: "LEAD", kind: "doi", identifier: "10.9999/missing", normalized: "10.9999/missing" },
      { project: "LEAD", kind: "ut", identifier: "WOS:000000000000099", normalized: "WOS:000000000000099" },
    ]);
  });

  it("counts a paper with partner at programme level when one selecting project's partners are on it", () => {
    // R3 {JP, US, GB}: with GB for ASPIRE and with US for LEAD; one programme paper with partner.
    // A variant where LEAD's partner is FR: R3 is with partner for ASPIRE only, still 1 in the total.
    const [a, b] = projects as [Project, Project];
    const other = programme(dataSetG(), [a, { ...b, partners: ["FR"] }]);
    expect(other.rows.find((r) => r.project === "LEAD")?.withPartner).toBe(0);
    expect(other.total.find((r) => r.fiscalYear === 2023)?.withPartner).toBe(2);
  });
});

describe("programme: grant ids as whole tokens in FU, XML grants and FX (methodology §12.1)", () => {
  const project = parseProjectTable("project,grants,partners\nP,JPMJAP2301,GB\n", "p.csv");
  const funded = (
    spec: Partial<Pick<CorpusPaper, "grants" | "fundingText">>,
    format?: "xml",
  ): CorpusPaper => {
    const p = paper({ addresses: [["JP", "UNIV TOKYO"]], publicationDate: "JUN", ...spec });
    return format === undefined ? p : { ...p, source: { ...p.source, format } };
  };
  const matchedBy = (p: CorpusPaper) => programme([p], project).papers[0]?.matchedBy ?? [];

  it.each([
    ["FU, as listed", { grants: [{ agency: "JST", grantIds: ["JPMJAP2301"] }] }, ["grant:FU"]],
    [
      "FU, lower case with a space and a hyphen",
      { grants: [{ agency: "JST", grantIds: ["jpmj ap-2301"] }] },
      ["grant:FU"],
    ],
    [
      "FU, two ids written in one entry",
      { grants: [{ agency: "JST", grantIds: ["JPMJAP2301 and JPMJAP2302"] }] },
      ["grant:FU"],
    ],
    ["FU, a longer id", { grants: [{ agency: "JST", grantIds: ["JPMJAP23010"] }] }, []],
    ["FU, an id inside another token", { grants: [{ agency: "JST", grantIds: ["XJPMJAP2301"] }] }, []],
    ["FU, a prefix of the id", { grants: [{ agency: "JST", grantIds: ["JPMJAP230"] }] }, []],
    [
      "FX, inside a sentence",
      { fundingText: "Supported by JST ASPIRE (Grant Number JPMJAP2301)." },
      ["grant:FX"],
    ],
    [
      "FX, typed with spaces and hyphens",
      { fundingText: "grant no. jpmj-ap 2301, and others" },
      ["grant:FX"],
    ],
    ["FX, a longer id", { fundingText: "Grant JPMJAP23010." }, []],
    [
      "FU and FX both",
      { grants: [{ agency: "JST", grantIds: ["JPMJAP2301"] }], fundingText: "JPMJAP2301" },
      ["grant:FU", "grant:FX"],
    ],
  ] as const)("%s", (_, spec, expected) => {
    expect(matchedBy(funded(spec as Partial<CorpusPaper>))).toEqual(expected);
  });

  it("says grant:XML for grants from an XML record", () => {
    expect(matchedBy(funded({ grants: [{ agency: "JST", grantIds: ["JPMJAP2301"] }] }, "xml"))).toEqual([
      "grant:XML",
    ]);
  });
});

describe("programme: funder patterns report, and select only when allowed", () => {
  const projects = parseProjectTable(
    "project,grants,partners,funders\nASPIRE,JPMJAP9999,GB,Japan Science and Technology\n",
    "p.csv",
  );
  const r4 = paper({
    ut: ut(4),
    publicationDate: "JUN",
    year: 2024,
    addresses: [
      ["JP", "UNIV TOKYO"],
      ["FR", "CNRS"],
    ],
    grants: [{ agency: "Japan Science and Technology Agency", grantIds: [] }],
  });

  it("reports R4, matched by its funder name alone, without selecting it", () => {
    const result = programme([...dataSetG().filter((p) => p.ut !== ut(4)), r4], projects);
    expect(result.papers.map((p) => p.ut)).not.toContain(ut(4));
    expect(result.warnings.filter((w) => w.code === "funder-text-only")).toEqual([
      {
        code: "funder-text-only",
        ut: ut(4),
        project: "ASPIRE",
        detail: "funder pattern /Japan Science and Technology/ matched; no grant id, DOI or UT did",
      },
    ]);
    // 6 in scope: R1, R2, R3 selected (no DOI list here); R4, R5, R6 not; R4 by funder text only.
    expect(result.accounting).toMatchObject({ selected: 3, notSelected: 3, funderTextOnly: 1 });
    // R1's FU names the agency too: the funder match is reported beside the grant match.
    expect(result.papers[0]?.matchedBy).toEqual(["funder-text", "grant:FU"]);
  });

  it("selects R4 with allowFunderTextOnly (matchedBy funder-text)", () => {
    const result = programme([r4], projects, { allowFunderTextOnly: true });
    expect(result.papers.map((p) => [p.ut, p.matchedBy, p.international, p.withPartner])).toEqual([
      [ut(4), ["funder-text"], true, false],
    ]);
  });
});

describe("programme: the ORCID rule (partnerAuthorRule orcid, methodology §12.2)", () => {
  const partner = "0000-0002-1825-0097";
  const projects = parseProjectTable(`project,grants,partners,orcids\nP,JPMJAP9999,GB,${partner}\n`, "p.csv");
  const grants = [{ agency: "JST", grantIds: ["JPMJAP9999"] }];
  const addresses = [
    ["JP", "UNIV TOKYO"],
    ["GB", "UCL"],
  ] as const;
  const papers = [
    // A: the listed researcher at UCL (GB) → with partner.
    paper({
      ut: ut(1),
      publicationDate: "JUN",
      grants,
      addresses: [...addresses],
      authors: [[0], [1]],
      authorKeys: ["name:SATO|A", `orcid:${partner}`],
    }),
    // B: GB on the paper, but the listed researcher is not an author → not with partner.
    paper({
      ut: ut(2),
      publicationDate: "JUN",
      grants,
      addresses: [...addresses],
      authors: [[0], [1]],
      authorKeys: ["name:SATO|A", "name:SMITH|J"],
    }),
    // C: the listed researcher is an author without an address link → cannot be checked: flagged, not counted.
    paper({
      ut: ut(3),
      publicationDate: "JUN",
      grants,
      addresses: [...addresses],
      authors: [[0], []],
      authorKeys: ["name:SATO|A", `orcid:${partner}`],
    }),
  ];

  it("counts only papers with a listed researcher linked to a partner-country address", () => {
    const result = programme(papers, projects, { partnerAuthorRule: "orcid" });
    expect(result.papers.map((p) => [p.ut, p.international, p.withPartner])).toEqual([
      [ut(1), true, true],
      [ut(2), true, false],
      [ut(3), true, false],
    ]);
    expect(result.warnings.map((w) => [w.code, w.ut, w.project])).toEqual([
      ["partner-author-unlinked", ut(3), "P"],
    ]);
    // Under the country rule all three are with GB.
    expect(programme(papers, projects).papers.every((p) => p.withPartner)).toBe(true);
  });

  it("refuses the ORCID rule for a project with partners and no ORCID iDs", () => {
    const bare = parseProjectTable("project,grants,partners\nP,JPMJAP9999,GB\n", "p.csv");
    expect(() => programme(papers, bare, { partnerAuthorRule: "orcid" })).toThrow(/project "P" lists none/);
  });
});

describe("programme: targets against actual counts, per year and cumulative", () => {
  it("compares data set G's with-partner counts with a programme's targets", () => {
    const targets = parseTargetTable("fiscalYear,target\n2023,1\n2024,2\n", "t.csv");
    // FY2023: actual 2 (R1, R3) ≥ 1, met; cumulative 2 vs 1.
    // FY2024: actual 0 < 2, not met; cumulative target 1 + 2 = 3, actual 2 + 0 = 2.
    expect(programme(dataSetG(), aspire, { targets }).targets).toEqual([
      {
        project: null,
        fiscalYear: 2023,
        target: 1,
        actual: 2,
        cumulativeTarget: 1,
        cumulativeActual: 2,
        met: true,
      },
      {
        project: null,
        fiscalYear: 2024,
        target: 2,
        actual: 0,
        cumulativeTarget: 3,
        cumulativeActual: 2,
        met: false,
      },
    ]);
  });

  it("compares a project's target with the project's row, in the count asked for", () => {
    const targets = parseTargetTable("project,fiscalYear,target\nASPIRE,2024,1\n", "t.csv");
    // ASPIRE FY2024: R2 only, 1 paper → met for papers; cumulative papers FY2023 2 + FY2024 1 = 3.
    expect(programme(dataSetG(), aspire, { targets, targetIndicator: "papers" }).targets).toEqual([
      {
        project: "ASPIRE",
        fiscalYear: 2024,
        target: 1,
        actual: 1,
        cumulativeTarget: 1,
        cumulativeActual: 3,
        met: true,
      },
    ]);
  });

  it("refuses a target for a project not in the table", () => {
    const targets = parseTargetTable("project,fiscalYear,target\nNOPE,2024,1\n", "t.csv");
    expect(() => programme(dataSetG(), aspire, { targets })).toThrow(
      /project "NOPE", which is not in the project table/,
    );
  });
});

describe("programme options", () => {
  it("reads the focal name under a corpus's country switches: England is a nation of its own under ukNations separate", async () => {
    const sample = new URL("../../data-samples/programme/data-set-g.txt", import.meta.url).pathname;
    // With the funding texts: ASPIRE selects by grant id, which FX holds for R2.
    const merged = await loadCorpus([sample], { fundingText: true });
    const separate = await loadCorpus([sample], { ukNations: "separate", fundingText: true });
    // Selected: R1 (JP, England), R2 (JP), R3 (JP, US, England), R5 (JP, DE). England's
    // international papers among them: R1 and R3 (2). Under the default "merge" England is GB.
    const international = (corpus: typeof merged) =>
      programme(corpus, aspire, { focal: "England" })
        .papers.filter((p) => p.international)
        .map((p) => p.ut);
    expect(programme(separate, aspire, { focal: "England" }).focal).toBe("GB-ENG");
    expect(programme(merged, aspire, { focal: "England" }).focal).toBe("GB");
    // The export's R1 and R3 are WOS:000000000000701 and …703.
    expect(international(separate)).toEqual(["WOS:000000000000701", "WOS:000000000000703"]);
    expect(international(merged)).toEqual(["WOS:000000000000701", "WOS:000000000000703"]);
  });

  it("refuses an unknown option key and an unknown focal country", () => {
    expect(() => programme([], aspire, { focus: "JP" } as never)).toThrow(/focus/);
    expect(() => programme([], aspire, { focal: "Atlantis" })).toThrow(
      'programme options: focal: "Atlantis" is not a country',
    );
  });
});

describe("programmeFromStream(papers, projects, { onProgress })", () => {
  it("reports the papers read, the last report with every paper of data set G, and the same result", async () => {
    const reports: { papers: number; total: number | null; done: boolean }[] = [];
    const papers = dataSetG();
    const result = await programmeFromStream(papers, aspire, {
      focal: "JP",
      onProgress: (p) => reports.push(p),
    });
    expect(result).toEqual(programme(papers, aspire, { focal: "JP" }));
    // Data set G has 6 papers (R1–R6), fewer than one step: one report, at the end.
    expect(reports).toEqual([{ papers: 6, total: 6, done: true }]);
  });
});

describe("programme(corpus, …) and the corpus's funding texts (FX)", () => {
  const G = fileURLToPath(new URL("../../data-samples/programme/data-set-g.txt", import.meta.url));
  const projects = parseProjectTable(
    "project,grants,partners,dois\nASPIRE,JPMJAP9999,United Kingdom,https://doi.org/10.9999/EXAMPLE.R5\n",
    "projects.csv",
  );

  it("refuses a corpus loaded without them when a project selects by grant id, naming the option", async () => {
    const corpus = await loadCorpus([G]);
    expect(corpus.options.fundingText).toBe(false);
    expect(() => programme(corpus, projects, { focal: "JP" })).toThrow(
      /funding texts \(FX\).*project ASPIRE selects by grant id: load it with loadCorpus\(paths, \{ fundingText: true \}\)/,
    );
    // A project without grant ids or funders needs no FX.
    const byDoi = parseProjectTable("project,dois\nLIST,10.9999/example.r5\n", "projects.csv");
    expect(programme(corpus, byDoi, { focal: "JP" }).papers.map((p) => p.matchedBy)).toEqual([["doi-list"]]);
  });

  it("finds R2 by its FX (grant:FX) with them, also from a saved corpus and one saved before the option", async () => {
    const corpus = await loadCorpus([G], { fundingText: true });
    // §12.4: R1, R2 (FX only), R3 and R5 are the programme's papers.
    const selected = programme(corpus, projects, { focal: "JP" }).papers.map((p) => p.matchedBy);
    expect(selected).toEqual([["grant:FU"], ["grant:FX"], ["grant:FU"], ["doi-list"]]);
    const folder = await mkdtemp(join(tmpdir(), "copub-fx-"));
    const saved = join(folder, "g.jsonl");
    await writeCorpus(saved, corpus);
    expect((await readCorpus(saved)).options.fundingText).toBe(true);
    // A format-4 header written before the option existed has no fundingText key; those corpora
    // always kept FX, so it reads as kept.
    const [header = "", ...rest] = (await readFile(saved, "utf8")).split("\n");
    const old = JSON.parse(header) as { options: Record<string, unknown> };
    delete old.options.fundingText;
    await writeFile(saved, [JSON.stringify(old), ...rest].join("\n"));
    const reread = await readCorpus(saved);
    expect(reread.options.fundingText).toBe(true);
    expect(programme(reread, projects, { focal: "JP" }).papers.map((p) => p.matchedBy)).toEqual(selected);
    await rm(folder, { recursive: true });
  });
});

// The report as data on data set C (METHODOLOGY.md §4.5, §5.3), figures worked by hand:
// P1 JP–US, P2 JP, P3 JP, P4 JP–GB–FR, P5 US–CN, P6 JP–DE, P7 JP (from RP), P8 no country;
// all Chemistry, 2021, articles; citations P1 10, P2 3, P3 1, P4 7, P5 4, P6 2, P7 0, P8 0.
import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../src/corpus/corpus.ts";
import { paperTable } from "../../src/corpus/paper-table.ts";
import { MissingYearsError } from "../../src/indicators/core/periods.ts";
import { citationBaselines } from "../../src/indicators/impact/citation-baselines.ts";
import { topThresholds } from "../../src/indicators/top-cited/top-thresholds.ts";
import { reportMarkdown } from "../../src/output/report.ts";
import { reportHtml } from "../../src/output/report-html.ts";
import { buildReport, type ReportProgress } from "../../src/report/build-report.ts";
import { sample } from "../_samples.ts";
import { run } from "../cli/_run.ts";
import { dataSetC } from "../indicators/_papers.ts";

let C: Corpus;
beforeAll(async () => {
  C = (await dataSetC()).corpus;
});

describe("buildReport(corpus, options)", () => {
  it("accounts for every record: 8 read and in scope, P8 without a country", () => {
    expect(buildReport(C).accounting).toMatchObject({
      records: 8,
      parsed: 8,
      rejected: 0,
      unique: 8,
      duplicates: 0,
      inScope: 8,
      excluded: 0,
      unattributed: 1,
    });
  });

  it("shows the countries by papers under integer counting, ties by key", () => {
    // JP: P1, P2, P3, P4, P6, P7 = 6; US: P1, P5 = 2; CN (P5), DE (P6), FR and GB (P4) 1 each.
    expect(buildReport(C).countries).toEqual([
      { country: "JP", papers: 6 },
      { country: "US", papers: 2 },
      { country: "CN", papers: 1 },
      { country: "DE", papers: 1 },
      { country: "FR", papers: 1 },
      { country: "GB", papers: 1 },
    ]);
  });

  it("cuts at show, the four-way tie at one paper going to CN first", () => {
    expect(buildReport(C, { show: 3 }).countries.map(({ country }) => country)).toEqual(["JP", "US", "CN"]);
  });

  it("keeps every country in the collaboration table, whatever it shows (§5.3)", () => {
    const { collaboration } = buildReport(C, { show: 1 });
    // [country, papers, domestic, international]: JP domestic P2, P3, P7 and international P1, P4, P6;
    // US P1, P5; CN P5, DE P6, FR and GB P4, all international. The world counts P1–P7 once each:
    // domestic P2, P3, P7, international P1, P4, P5, P6.
    expect(
      collaboration.rows.map((row) => [row.country, row.papers, row.domestic, row.international]),
    ).toEqual([
      ["CN", 1, 0, 1],
      ["DE", 1, 0, 1],
      ["FR", 1, 0, 1],
      ["GB", 1, 0, 1],
      ["JP", 6, 3, 3],
      ["US", 2, 0, 2],
      ["WORLD", 7, 3, 4],
    ]);
  });

  it("says Top10% is absent without a reference, and why", () => {
    expect(buildReport(C).top).toEqual({ kind: "absent", reason: "no-reference" });
  });

  it("computes Top10% from the thresholds given (§8.3)", () => {
    // One reference set (Chemistry 2021), N = 8, π·N = 0.8: n_>(10) = 0 ≤ 0.8 but n_>(7) = 1 > 0.8,
    // so t = 10, n_at = 1 (P1) and ω = 0.8. P1 is JP–US bilateral: JP and US each 0.8, all international.
    const thresholds = topThresholds(C.papers);
    const { top } = buildReport(C, { reference: thresholds });
    if (top.kind !== "computed") throw new Error("Top10% not computed");
    expect(top.thresholds).toEqual(thresholds);
    const jp = top.table.rows.find((row) => row.country === "JP");
    expect(jp).toMatchObject({
      papers: 6,
      top: 0.8,
      topDomestic: 0,
      topInternational: 0.8,
      topBilateral: 0.8,
    });
    expect(jp?.topShareOfWorld).toBeCloseTo(1, 12); // 0.8 of the world's 0.8
    expect(jp?.topShareOfPapers).toBeCloseTo(0.8 / 6, 12);
    expect(top.table.rows.find((row) => row.country === "US")).toMatchObject({ papers: 2, top: 0.8 });
  });

  it("leaves citation impact out without a reference, and says it is absent with thresholds alone (§10.3)", () => {
    expect(buildReport(C).impact).toBeNull();
    expect(buildReport(C, { reference: topThresholds(C.papers) }).impact).toEqual({
      kind: "absent",
      reason: "no-baselines",
    });
  });

  it("computes citation impact from the baselines given (§10)", () => {
    // One reference set (Chemistry 2021), P1–P8 cited 10, 3, 1, 7, 4, 2, 0, 0: μ = 27/8.
    // JP (P1, P2, P3, P4, P6, P7): citations 23 over 6 papers, MNCS = (23/6)/(27/8) = 92/81, the
    // relative index the same (one set); the world's 7 attributable papers: 27/7 per paper, MNCS 8/7.
    const baselines = citationBaselines(C.papers);
    const { impact } = buildReport(C, { baselines });
    if (impact?.kind !== "computed") throw new Error("impact not computed");
    expect(impact.baselines).toEqual(baselines);
    const jp = impact.table.rows.find((row) => row.country === "JP");
    expect(jp).toMatchObject({ papers: 6, citations: 23 });
    expect(jp?.mncs).toBeCloseTo(92 / 81, 12);
    expect(jp?.relativeCitationImpact).toBeCloseTo(92 / 81, 12);
    const world = impact.table.rows.find((row) => row.country === "WORLD");
    expect(world).toMatchObject({ papers: 7, citations: 27 });
    expect(world?.mncs).toBeCloseTo(8 / 7, 12);
    expect(impact.table.unattributed).toEqual([{ period: "2021", field: "all", papers: 1, citations: 0 }]);
    const markdown = reportMarkdown(buildReport(C, { baselines }));
    expect(markdown).toContain("## Citation impact");
    expect(markdown).toContain("| Japan | 2021 | 6 | 23 | 3.83 | 1.14 | 1.14 | 1.14 |");
    expect(reportHtml(buildReport(C, { baselines }))).toContain('<circle data-mark="mncs" data-key="JP"');
  });

  it("makes the country with the most papers the focal country by default (§9)", () => {
    const [table, ...others] = buildReport(C).partners;
    expect(others).toEqual([]);
    expect(table?.focal).toBe("JP");
    // I_JP = P1, P4, P6: US, GB, FR, DE one paper each, share 1/3, all at rank 1, shown by alpha-3.
    // US's international papers are P1 and P5, so JP is on 1/2 of them.
    expect(
      table?.rows.map((row) => [row.rank, row.partner, row.papers, row.share, row.reverseShare]),
    ).toEqual([
      [1, "DE", 1, 1 / 3, 1],
      [1, "FR", 1, 1 / 3, 1],
      [1, "GB", 1, 1 / 3, 1],
      [1, "US", 1, 1 / 3, 1 / 2],
    ]);
  });

  it("makes one partner table per focal country given, in the order given", () => {
    const tables = buildReport(C, { focal: ["US", "GB"] }).partners;
    // I_US = P1 (JP), P5 (CN); I_GB = P4 (FR, JP).
    expect(
      tables.map((table) => [table.focal, table.rows.map((row) => `${row.partner} ${row.papers}`)]),
    ).toEqual([
      ["US", ["CN 1", "JP 1"]],
      ["GB", ["FR 1", "JP 1"]],
    ]);
  });

  it("builds the country network with fractional weights (§11.2) and its innermost core", () => {
    const { network, metrics: networkMetrics, core, papersLeftOut } = buildReport(C).network;
    // Edges: P1 JP–US, P4 FR–GB, FR–JP, GB–JP (1/(3 − 1) each), P5 CN–US, P6 DE–JP.
    expect(network.edges.map((edge) => `${edge.source}-${edge.target} ${edge.weight}`)).toEqual([
      "CN-US 1",
      "DE-JP 1",
      "FR-GB 0.5",
      "FR-JP 0.5",
      "GB-JP 0.5",
      "JP-US 1",
    ]);
    // FR–GB–JP is the only triangle, so the innermost core is k = 2; JP's strength is its 3 papers with a partner.
    expect(networkMetrics.core).toEqual({ k: 2, members: ["FR", "GB", "JP"] });
    expect(networkMetrics.nodes.find((node) => node.id === "JP")?.strength).toBe(3);
    // The report's core keeps links of at least one fractional paper: CN–US, DE–JP, JP–US (1 each),
    // a path with no cycle, so every one of its four countries has coreness 1 and none 2.
    expect(core).toEqual({ minWeight: 1, k: 1, members: ["CN", "DE", "JP", "US"] });
    // No paper of data set C has more than 25 countries (P4 has three, the most).
    expect(papersLeftOut).toBe(0);
  });

  it("applies the periods to every table: a window with a missing year is refused (§6)", () => {
    expect(() =>
      buildReport(C, { periods: { kind: "windows", windows: [{ from: 2020, to: 2021 }] } }),
    ).toThrow(MissingYearsError);
  });

  it("rejects show 0 and a focal that is not a country; takes a focal country by code or name", () => {
    expect(() => buildReport(C, { show: 0 })).toThrow(/^buildReport options: show: /);
    expect(() => buildReport(C, { focal: ["Atlantis"] })).toThrow(
      'buildReport options: focal[0]: "Atlantis" is not a country',
    );
    // JPN (ISO alpha-3) and "Japan" (the English name) are Japan, as --focal reads them.
    expect(buildReport(C, { focal: ["JPN"], show: 1 }).focal).toEqual(["JP"]);
    expect(buildReport(C, { focal: ["Japan"], show: 1 }).focal).toEqual(["JP"]);
  });
});

describe("copub report", () => {
  it("prints reportMarkdown(buildReport(corpus, options))", async () => {
    const { code, stdout } = await run(
      "report",
      sample("methodology/data-set-c.txt"),
      "--show",
      "3",
      "--focal",
      "US",
    );
    expect(code).toBe(0);
    expect(stdout).toBe(reportMarkdown(buildReport(C, { show: 3, focal: ["US"] })));
  });
});

describe("buildReport(corpus) without any country", () => {
  it("has no focal country and renders every section without a chart to draw", async () => {
    // Data set C's P8 is the one paper without a country (§4.6).
    const { corpus } = await dataSetC();
    const report = buildReport({
      ...corpus,
      papers: paperTable([...corpus.papers].filter((p) => p.countries.length === 0)),
    });
    expect(report.focal).toEqual([]);
    expect(report.partners).toEqual([]);
    const html = reportHtml(report);
    expect(html).toContain("No paper with a publication year and a country: nothing to chart.");
    expect(html).toContain("Focal country: none (no paper has a country)");
    expect(html).not.toContain("<figure>");
  });
});

describe("buildReport(corpus, { onProgress })", () => {
  it("reports each section as it starts and the end, sections done growing to the total", () => {
    const reports: ReportProgress[] = [];
    const report = buildReport(C, { show: 3, onProgress: (p) => reports.push(p) });
    // No reference, baselines or programme: collaboration, partners and network, then the end.
    const base = { sections: 3, papers: C.papers.length };
    expect(reports).toEqual([
      { ...base, section: "collaboration", sectionsDone: 0 },
      { ...base, section: "partners", sectionsDone: 1 },
      { ...base, section: "network", sectionsDone: 2 },
      { ...base, section: null, sectionsDone: 3 },
    ]);
    expect(report).toEqual(buildReport(C, { show: 3 }));
  });

  it("counts Top10% and citation impact as sections when they are asked for", () => {
    const sections: (string | null)[] = [];
    buildReport(C, {
      reference: topThresholds(C.papers),
      baselines: citationBaselines(C.papers),
      onProgress: (p) => sections.push(p.section),
    });
    expect(sections).toEqual(["collaboration", "top", "impact", "partners", "network", null]);
  });

  it("takes periods and the compare window as the command line writes them", () => {
    const report = buildReport(C, { periods: "2021", show: 1 });
    expect(report.periods.windows).toEqual([{ from: 2021, to: 2021 }]);
    expect(report.collaboration.rows.every((row) => row.period === "2021")).toBe(true);
  });
});

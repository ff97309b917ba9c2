// docs/methodology.md §9: partner shares, competition ranks, cutoff ties, rank change and the reverse
// view, on data set Q (§9.3, Appendix C.3) and on hand-worked papers; invariants on generated ones.
import { fc, test } from "@fast-check/vitest";
import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../../src/corpus/corpus.ts";
import type { CorpusPaper } from "../../../src/corpus/corpus-paper.ts";
import { MissingYearsError } from "../../../src/indicators/core/periods.ts";
import {
  type PartnerTable,
  partners,
  partnersFromStream,
  settlePartnerOptions,
} from "../../../src/indicators/partners/partners.ts";
import { toJson } from "../../../src/output/json.ts";
import { partnersHtml } from "../../../src/output/partners-html.ts";
import { partnersCsv, partnersMarkdown } from "../../../src/output/partners-table.ts";
import { corpusOf, paper } from "../_papers.ts";
import { TIES } from "../_partner-papers.ts";

const W = { from: 2021, to: 2021 };
const W0 = { from: 2011, to: 2011 };
const windows = (...list: { from: number; to: number }[]) => ({ kind: "windows" as const, windows: list });
const ranks = (table: PartnerTable, period: string, field = "all") =>
  table.rows
    .filter((r) => r.period === period && r.field === field)
    .map((r) => [r.partnerAlpha3, r.papers, r.rank]);
const group = (table: PartnerTable, period: string, field = "all") =>
  table.groups.find((g) => g.period === period && g.field === field);
const row = (table: PartnerTable, period: string, partner: string, field = "all") =>
  table.rows.find((r) => r.period === period && r.partner === partner && r.field === field);

// Data set Q as data-samples/partners/data-set-q.txt writes it: Q1–Q9 are WOS:000000000000901–909
// (PY 2021), the four papers of W0 WOS:000000000000911–914 (PY 2011); one institution per country.
let q: Corpus;
beforeAll(async () => {
  q = await corpusOf("partners/data-set-q.txt");
});

describe("partners(papers, options) on data set Q (§9.3)", () => {
  it("reads the 13 papers of Appendix C.3", () => {
    expect([...q.papers].map((p) => [p.ut.slice(-3), p.year, p.countries.join(" ")])).toEqual([
      ["901", 2021, "CN US"],
      ["902", 2021, "CN GB US"],
      ["903", 2021, "GB US"],
      ["904", 2021, "JP US"],
      ["905", 2021, "DE FR GB US"],
      ["906", 2021, "US"],
      ["907", 2021, "CN US"],
      ["908", 2021, "CA US"],
      ["909", 2021, "CN GB"],
      ["911", 2011, "JP US"],
      ["912", 2011, "JP US"],
      ["913", 2011, "CN US"],
      ["914", 2011, "GB JP US"],
    ]);
  });

  it("ranks CHN and GBR 1 (3 of 7), then CAN, DEU, FRA, JPN 3 (1 of 7), shown by alpha-3", () => {
    const table = partners(q.papers, { focal: "US", periods: windows(W) });
    // I_US = {Q1, Q2, Q3, Q4, Q5, Q7, Q8}: Q6 is domestic, Q9 has no US address.
    expect(group(table, "2021")?.focalInternational).toBe(7);
    expect(ranks(table, "2021")).toEqual([
      ["CHN", 3, 1],
      ["GBR", 3, 1],
      ["CAN", 1, 3],
      ["DEU", 1, 3],
      ["FRA", 1, 3],
      ["JPN", 1, 3],
    ]);
    expect(table.rows.map((r) => r.share)).toEqual([3 / 7, 3 / 7, 1 / 7, 1 / 7, 1 / 7, 1 / 7]);
    expect(table.rows.every((r) => r.focal === "US" && r.focalInternational === 7 && r.inTop)).toBe(true);
  });

  it("sums the shares to 10/7: Σ(|C(p)| − 1) over I_US = 1 + 2 + 1 + 1 + 3 + 1 + 1 = 10", () => {
    const table = partners(q.papers, { focal: "US", periods: windows(W) });
    expect(group(table, "2021")).toEqual({
      period: "2021",
      field: "all",
      comparedWith: null,
      focalInternational: 7,
      partners: 6,
      shareSum: 10 / 7,
      topShareSum: 10 / 7,
      tieAtCutoff: false,
      tiedAtCutoff: [],
    });
  });

  it("ranks W0: JPN 1 (3 of 4), CHN and GBR 2 (1 of 4 each)", () => {
    const table = partners(q.papers, { focal: "US", periods: windows(W0) });
    expect(group(table, "2011")?.focalInternational).toBe(4);
    expect(ranks(table, "2011")).toEqual([
      ["JPN", 3, 1],
      ["CHN", 1, 2],
      ["GBR", 1, 2],
    ]);
  });

  it("gives the rank changes W0 → W: JPN 1 − 3 = −2, CHN and GBR 2 − 1 = +1, CAN, DEU, FRA new", () => {
    const table = partners(q.papers, { focal: "US", periods: windows(W), compare: W0 });
    expect(table.compare).toBe("2011");
    expect(
      table.rows
        .filter((r) => r.period === "2021")
        .map((r) => [r.partnerAlpha3, r.previousRank, r.rankChange, r.movement]),
    ).toEqual([
      ["CHN", 2, 1, "up"],
      ["GBR", 2, 1, "up"],
      ["CAN", null, null, "new"],
      ["DEU", null, null, "new"],
      ["FRA", null, null, "new"],
      ["JPN", 1, -2, "down"],
    ]);
    // The compare window's own rows come first and are not compared with anything.
    expect(table.groups.map((g) => [g.period, g.comparedWith])).toEqual([
      ["2011", null],
      ["2021", "2011"],
    ]);
    expect(table.rows.filter((r) => r.period === "2011").map((r) => r.movement)).toEqual([null, null, null]);
  });

  it("gives the reverse view: the share of each partner's international papers that include the US", () => {
    const table = partners(q.papers, { focal: "US", periods: windows(W) });
    // I_CN = {Q1, Q2, Q7, Q9}, 3 with the US; I_GB = {Q2, Q3, Q5, Q9}, 3 with the US; I_JP = {Q4}.
    expect(row(table, "2021", "CN")).toMatchObject({ partnerInternational: 4, reverseShare: 3 / 4 });
    expect(row(table, "2021", "GB")).toMatchObject({ partnerInternational: 4, reverseShare: 3 / 4 });
    expect(row(table, "2021", "JP")).toMatchObject({ partnerInternational: 1, reverseShare: 1 });
  });

  it("keeps JP's full row ('where is Japan?') when it ranks below the top N", () => {
    const table = partners(q.papers, {
      focal: "US",
      periods: windows(W),
      compare: W0,
      top: 4,
      highlight: ["JP"],
    });
    // Display order CHN, GBR, CAN, DEU | FRA, JPN: the top 4 ends inside the tie at 1 paper.
    expect(ranks(table, "2021")).toEqual([
      ["CHN", 3, 1],
      ["GBR", 3, 1],
      ["CAN", 1, 3],
      ["DEU", 1, 3],
      ["JPN", 1, 3],
    ]);
    expect(row(table, "2021", "JP")).toEqual({
      focal: "US",
      period: "2021",
      field: "all",
      rank: 3,
      partner: "JP",
      papers: 1,
      share: 1 / 7,
      previousRank: 1,
      rankChange: -2,
      movement: "down",
      partnerAlpha3: "JPN",
      inTop: false,
      focalInternational: 7,
      partnerInternational: 1,
      reverseShare: 1,
    });
    expect(group(table, "2021")).toMatchObject({
      tieAtCutoff: true,
      tiedAtCutoff: ["CA", "DE", "FR", "JP"],
      // (3 + 3 + 1 + 1) / 7
      topShareSum: 8 / 7,
      shareSum: 10 / 7,
    });
  });

  it("counts papersRead and papersOutsidePeriods: the four 2011 papers fall in no period without --compare", () => {
    const table = partners(q.papers, { focal: "US", periods: windows(W) });
    expect([table.papersRead, table.papersOutsidePeriods]).toEqual([13, 4]);
  });

  it("throws MissingYearsError when the compare window's years are not all present (§6)", () => {
    const run = () =>
      partners(q.papers, { focal: "US", periods: windows(W), compare: { from: 2009, to: 2011 } });
    expect(run).toThrow(MissingYearsError);
    try {
      run();
    } catch (error) {
      expect((error as MissingYearsError).missingYears).toEqual([2009, 2010]);
    }
  });

  it("rejects a focal that is not a country and a top below 1", () => {
    expect(() => partners(q.papers, { focal: "Untied States" })).toThrow(
      'partners options: focal: "Untied States" is not a country; did you mean United States (US)?',
    );
    expect(() => partners(q.papers, { focal: "US", top: 0 })).toThrow();
  });
});

// TIES: focal JP, |I_JP| = 8; US 3, then CN, DE, KR 2 (rank 2), FR 1 (rank 5); see _partner-papers.ts.

describe("settlePartnerOptions(options)", () => {
  it("fills in every default and drops repeated highlights", () => {
    expect(settlePartnerOptions({ focal: "US", highlight: ["JP", "CN", "JP"] })).toEqual({
      focal: "US",
      periods: { kind: "years", years: null },
      compare: null,
      byField: false,
      top: 10,
      highlight: ["JP", "CN"],
    });
  });

  it("gives options partners takes as they are, with the table the same options give", () => {
    const input = { focal: "US", periods: windows(W, W0), compare: W0, top: 3 };
    const settled = settlePartnerOptions(input);
    expect(settlePartnerOptions(settled)).toBe(settled);
    expect(partners(q.papers, settled)).toEqual(partners(q.papers, input));
  });

  it("reads the focal country and highlights by code or name, as --focal does", () => {
    const settled = settlePartnerOptions({ focal: "USA", highlight: ["Japan", "jpn", "DE"] });
    expect(settled.focal).toBe("US");
    // Japan twice (by name and by alpha-3 code) counts once.
    expect(settled.highlight).toEqual(["JP", "DE"]);
  });
});

describe("partners(papers, { top }) at the cutoff (§9.2)", () => {
  it.each([
    // top, partners listed, tieAtCutoff, tiedAtCutoff
    [1, ["USA"], false, []],
    [2, ["USA", "CHN"], true, ["CN", "DE", "KR"]],
    [3, ["USA", "CHN", "DEU"], true, ["CN", "DE", "KR"]],
    [4, ["USA", "CHN", "DEU", "KOR"], false, []],
    [10, ["USA", "CHN", "DEU", "KOR", "FRA"], false, []],
  ] as const)("top %i lists %j; tie at the cutoff %s (%j)", (top, listed, tie, tied) => {
    const table = partners(TIES, { focal: "JP", top });
    expect(table.rows.map((r) => r.partnerAlpha3)).toEqual(listed);
    expect(group(table, "2021")).toMatchObject({ tieAtCutoff: tie, tiedAtCutoff: tied });
  });

  it("gives competition ranks 1, 2, 2, 2, 5 and the shares over |I_JP| = 8", () => {
    const table = partners(TIES, { focal: "JP", top: null });
    expect(table.rows.map((r) => [r.partner, r.rank, r.share])).toEqual([
      ["US", 1, 3 / 8],
      ["CN", 2, 2 / 8],
      ["DE", 2, 2 / 8],
      ["KR", 2, 2 / 8],
      ["FR", 5, 1 / 8],
    ]);
    // Σ(|C(p)| − 1) = 1 + 1 + 2 + 1 + 1 + 2 + 1 + 1 = 10 over 8 papers; the top 3 hold 3 + 2 + 2 = 7.
    expect(group(table, "2021")?.shareSum).toBe(10 / 8);
    expect(partners(TIES, { focal: "JP", top: 3 }).groups[0]?.topShareSum).toBe(7 / 8);
  });

  it("keeps a highlighted partner below the cutoff, and has no row for one without a shared paper", () => {
    const table = partners(TIES, { focal: "JP", top: 3, highlight: ["FR", "GB"] });
    expect(table.rows.map((r) => [r.partnerAlpha3, r.rank, r.inTop])).toEqual([
      ["USA", 1, true],
      ["CHN", 2, true],
      ["DEU", 2, true],
      ["FRA", 5, false],
    ]);
  });

  it("gives the reverse view over each partner's international papers, T9 included", () => {
    const table = partners(TIES, { focal: "JP", top: null });
    // I_US = {T1, T2, T3, T9}: 3 of 4 with JP; I_CN = {T3, T9, T10}: 2 of 3.
    expect(row(table, "2021", "US")).toMatchObject({ partnerInternational: 4, reverseShare: 3 / 4 });
    expect(row(table, "2021", "CN")).toMatchObject({ partnerInternational: 3, reverseShare: 2 / 3 });
  });
});

// Focal US, 2019–2021, fields (one per paper unless said):
// A 2019 {US, CN} chem; B 2020 {US, CN, DE} chem + phys (fractional, 1/2 each); C 2021 {US, DE} phys;
// D 2021 {US, JP} other; E 2020 {US, GB} life; F 2021 {US} chem (domestic).
const FIELDS: CorpusPaper[] = (
  [
    ["A", 2019, ["US", "CN"], ["chem"]],
    ["B", 2020, ["US", "CN", "DE"], ["chem", "phys"]],
    ["C", 2021, ["US", "DE"], ["phys"]],
    ["D", 2021, ["US", "JP"], ["other"]],
    ["E", 2020, ["US", "GB"], ["life"]],
    ["F", 2021, ["US"], ["chem"]],
  ] as const
).map(([name, year, countries, nistep]) =>
  paper({
    ut: `WOS:00000000000020${name}`,
    year,
    addresses: countries.map((c) => [c, `ORG ${c}`] as const),
    nistep,
  }),
);

async function* streamOf(list: readonly CorpusPaper[]): AsyncIterable<CorpusPaper> {
  for (const p of list) yield p;
}

describe("partnersFromStream(papers, { byField }) over a window", () => {
  it("sums the window's years and counts a paper split over two fields as one paper in each", async () => {
    const table = await partnersFromStream(streamOf(FIELDS), {
      focal: "US",
      periods: windows({ from: 2019, to: 2021 }),
      byField: true,
    });
    // all: I_US = {A, B, C, D, E}; CN 2 (A, B), DE 2 (B, C), GB 1 (E), JP 1 (D): sums, not yearly averages.
    expect(ranks(table, "2019-2021")).toEqual([
      ["CHN", 2, 1],
      ["DEU", 2, 1],
      ["GBR", 1, 3],
      ["JPN", 1, 3],
    ]);
    expect(row(table, "2019-2021", "CN")?.share).toBe(2 / 5);
    // chem: I = {A, B}: CN 2 of 2, DE 1 of 2. phys: I = {B, C}: DE 2 of 2, CN 1 of 2. life: E.
    expect(ranks(table, "2019-2021", "chem")).toEqual([
      ["CHN", 2, 1],
      ["DEU", 1, 2],
    ]);
    expect(row(table, "2019-2021", "DE", "chem")?.share).toBe(1 / 2);
    expect(ranks(table, "2019-2021", "phys")).toEqual([
      ["DEU", 2, 1],
      ["CHN", 1, 2],
    ]);
    expect(ranks(table, "2019-2021", "life")).toEqual([["GBR", 1, 1]]);
  });

  it("has a group for all, each of the 8 NISTEP fields and other, empty ones included", async () => {
    const table = await partnersFromStream(streamOf(FIELDS), {
      focal: "US",
      periods: windows({ from: 2019, to: 2021 }),
      byField: true,
    });
    expect(table.groups.map((g) => [g.field, g.focalInternational, g.partners])).toEqual([
      ["all", 5, 4],
      ["chem", 2, 2],
      ["mat", 0, 0],
      ["phys", 2, 2],
      ["csmath", 0, 0],
      ["eng", 0, 0],
      ["envgeo", 0, 0],
      ["clin", 0, 0],
      ["life", 1, 1],
      // other: I = {D}, one partner (JP).
      ["other", 1, 1],
    ]);
    expect(group(table, "2019-2021", "mat")).toMatchObject({ shareSum: null, topShareSum: null });
    // D is in "other" only: JP appears in "all" and in "other", 1 of 1 there.
    expect(table.rows.filter((r) => r.partner === "JP").map((r) => [r.field, r.papers, r.share])).toEqual([
      ["all", 1, 1 / 5],
      ["other", 1, 1],
    ]);
    expect(ranks(table, "2019-2021", "other")).toEqual([["JPN", 1, 1]]);
  });

  it("compares only the periods that start after the compare window", () => {
    const table = partners(FIELDS, { focal: "US", compare: { from: 2020, to: 2020 } });
    // Years 2019, 2020, 2021: 2019 is earlier and 2020 is the compare window itself.
    expect(table.groups.map((g) => [g.period, g.comparedWith])).toEqual([
      ["2019", null],
      ["2020", null],
      ["2021", "2020"],
    ]);
    // 2020: CN 1, DE 1, GB 1 (ranks 1); 2021: DE 1 (C), JP 1 (D), ranks 1.
    expect(
      table.rows.filter((r) => r.period === "2021").map((r) => [r.partner, r.previousRank, r.movement]),
    ).toEqual([
      ["DE", 1, "same"],
      ["JP", null, "new"],
    ]);
    expect(table.rows.filter((r) => r.period === "2019").map((r) => r.movement)).toEqual([null]);
  });
});

/** A paper of 0–5 addresses over five countries (or none), a year in 2020–2021, and 0–2 fields. */
const paperSpec = fc.record({
  addresses: fc.array(
    fc.tuple(fc.constantFrom("CN", "DE", "JP", "US", "KR", null), fc.constantFrom("A", "B")),
    { maxLength: 5 },
  ),
  year: fc.integer({ min: 2020, max: 2021 }),
  nistep: fc.subarray(["chem", "phys", "other"], { maxLength: 2 }),
});

/** 2–30 papers with distinct UTs, one from each year at least so both periods exist. */
const papers = fc
  .array(paperSpec, { minLength: 2, maxLength: 30 })
  .map((specs) =>
    specs.map((spec, i) =>
      paper({ ...spec, year: i < 2 ? 2020 + i : spec.year, ut: `WOS:${String(i).padStart(15, "0")}` }),
    ),
  );

const OPTIONS = {
  focal: "US",
  periods: windows({ from: 2021, to: 2021 }),
  compare: { from: 2020, to: 2020 },
  byField: true,
  top: 2,
  highlight: ["JP"],
};

describe("partners on any papers", () => {
  test.prop([papers])("partner papers never exceed |I_A| nor |I_B|; shares stay in [0, 1]", (list) => {
    const table = partners(list, { ...OPTIONS, top: null });
    for (const r of table.rows) {
      expect(r.papers).toBeLessThanOrEqual(r.focalInternational);
      expect(r.papers).toBeLessThanOrEqual(r.partnerInternational);
      expect(r.share).toBeGreaterThan(0);
      expect(r.share).toBeLessThanOrEqual(1);
      expect(r.reverseShare).toBeGreaterThan(0);
      expect(r.reverseShare).toBeLessThanOrEqual(1);
      const sameGroup = table.rows.filter((o) => o.period === r.period && o.field === r.field);
      expect(r.rank).toBe(1 + sameGroup.filter((o) => o.papers > r.papers).length);
    }
    for (const g of table.groups) {
      if (g.focalInternational === 0) continue;
      // Every paper of I_A has at least one partner, so the shares add up to 1 or more.
      expect(g.shareSum).toBeGreaterThanOrEqual(1);
      expect(g.shareSum).toBeLessThanOrEqual(4);
    }
  });

  test.prop([
    papers.chain((list) =>
      fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
    ),
  ])("give the same bytes in every format whatever the paper order", ([list, shuffled]) => {
    const a = partners(list, OPTIONS);
    const b = partners(shuffled, OPTIONS);
    expect(toJson(b)).toBe(toJson(a));
    expect(partnersCsv(b)).toBe(partnersCsv(a));
    expect(partnersMarkdown(b)).toBe(partnersMarkdown(a));
    expect(partnersHtml(b)).toBe(partnersHtml(a));
  });
});

// docs/methodology.md §5.2–§5.3 and §6: the collaboration table on data set C and on hand-worked samples.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../../src/corpus/corpus.ts";
import { streamCorpus } from "../../../src/corpus/corpus-file.ts";
import type { CorpusPaper } from "../../../src/corpus/corpus-paper.ts";
import {
  type CollaborationRow,
  type CollaborationTable,
  collaborationIndicators,
  collaborationIndicatorsFromStream,
} from "../../../src/indicators/collaboration/collaboration.ts";
import { MissingYearsError } from "../../../src/indicators/core/periods.ts";
import { writeCorpus } from "../../../src/output/corpus-file.ts";
import { corpusOf, dataSetC } from "../_papers.ts";

let c: Corpus;
let windows: Corpus;
let gap: Corpus;
let unassigned: Corpus;
beforeAll(async () => {
  c = (await dataSetC()).corpus;
  windows = await corpusOf("indicators/windows-2019-2022.txt");
  gap = await corpusOf("indicators/gap-2020.txt");
  unassigned = await corpusOf("indicators/unassigned-shares.txt");
});

const row = (table: CollaborationTable, country: string, period: string, field = "all"): CollaborationRow => {
  const found = table.rows.find((r) => r.country === country && r.period === period && r.field === field);
  if (found === undefined) throw new Error(`no row ${country} ${period} ${field}`);
  return found;
};

describe("collaborationIndicators(papers) on data set C (§5.3)", () => {
  it("gives Japan's integer counts: 6 papers, domestic 3 (single 2, multi 1), international 3 (bilateral 2, multilateral 1), rate 50%", () => {
    expect(row(collaborationIndicators(c.papers), "JP", "2021")).toEqual({
      country: "JP",
      period: "2021",
      field: "all",
      papers: 6,
      domestic: 3,
      domesticSingleInstitution: 2,
      domesticMultiInstitution: 1,
      international: 3,
      bilateral: 2,
      multilateral: 1,
      internationalShare: 0.5,
    });
  });

  it("gives Japan's NISTEP fractional counts: total 4.5, international 2/3 + 1/3 + 1/2 = 1.5, domestic 3", () => {
    const jp = row(collaborationIndicators(c.papers, { counting: "fractional" }), "JP", "2021");
    expect(jp.papers).toBe(4.5);
    expect(jp.international).toBeCloseTo(1.5, 9);
    expect(jp.domestic).toBe(3);
    // Hand-worked split: single P2 + P7 = 2, multi P3 = 1; bilateral P1 2/3 + P6 1/2 = 7/6, multilateral P4 1/3.
    expect(jp.domesticSingleInstitution).toBe(2);
    expect(jp.domesticMultiInstitution).toBe(1);
    expect(jp.bilateral).toBeCloseTo(7 / 6, 9);
    expect(jp.multilateral).toBeCloseTo(1 / 3, 9);
    // The rate stays the integer-count rate 国際共著率 (§5.2), never 1.5 / 4.5.
    expect(jp.internationalShare).toBe(0.5);
  });

  it("gives the world: 7 attributable papers, domestic 3, international 4 (bilateral 3, multilateral 1), share 4/7", () => {
    const expected = {
      country: "WORLD",
      period: "2021",
      field: "all",
      papers: 7,
      domestic: 3,
      domesticSingleInstitution: 2,
      domesticMultiInstitution: 1,
      international: 4,
      bilateral: 3,
      multilateral: 1,
      internationalShare: 4 / 7,
    };
    expect(row(collaborationIndicators(c.papers), "WORLD", "2021")).toEqual(expected);
    expect(row(collaborationIndicators(c.papers, { counting: "fractional" }), "WORLD", "2021")).toEqual(
      expected,
    );
    expect(4 / 7).toBeCloseTo(0.57142857, 8);
  });

  it("reports P8 next to the table: 8 in scope, 7 attributable, 1 unattributed (§4.6)", () => {
    const table = collaborationIndicators(c.papers);
    expect(table.unattributed).toEqual([
      { period: "2021", field: "all", inScope: 8, attributable: 7, unattributed: 1 },
    ]);
    expect([table.papersRead, table.papersOutsidePeriods]).toEqual([8, 0]);
  });

  it("orders rows by country code units with the world last, and keys each row exactly", () => {
    const table = collaborationIndicators(c.papers);
    expect(table.rows.map((r) => r.country)).toEqual(["CN", "DE", "FR", "GB", "JP", "US", "WORLD"]);
    for (const r of table.rows)
      expect(Object.keys(r)).toEqual([
        "country",
        "period",
        "field",
        "papers",
        "domestic",
        "domesticSingleInstitution",
        "domesticMultiInstitution",
        "international",
        "bilateral",
        "multilateral",
        "internationalShare",
      ]);
    expect([table.counting, table.method]).toEqual(["integer", "integer"]);
  });

  it("names the fractional method it used; CWTS weights give Japan 13/3 (§4.5)", () => {
    const table = collaborationIndicators(c.papers, { counting: "fractional", method: "cwts" });
    expect([table.counting, table.method]).toEqual(["fractional", "cwts"]);
    expect(row(table, "JP", "2021").papers).toBeCloseTo(13 / 3, 9);
    expect(row(table, "CN", "2021").papers).toBe(0.5);
  });

  it("splits by NISTEP field with byField: data set C is all chemistry, so chem repeats all", () => {
    const table = collaborationIndicators(c.papers, { byField: true });
    expect(table.rows.filter((r) => r.country === "JP").map((r) => r.field)).toEqual(["all", "chem"]);
    expect(row(table, "JP", "2021", "chem")).toEqual({ ...row(table, "JP", "2021"), field: "chem" });
    expect(table.unattributed.map((u) => [u.field, u.unattributed])).toEqual([
      ["all", 1],
      ["chem", 1],
    ]);
  });
});

describe("collaborationIndicators(papers, { periods }) over windows (§6), on windows-2019-2022.txt", () => {
  // Japan per year (integer): 2019 papers 2 (W1 JP-US, W2 single), international 1;
  // 2020 papers 3 (W3 JP-US-GB, W4 multi, W5 single), international 1; 2021 papers 1 (W6 JP-DE), international 1;
  // 2022 papers 1 (W8 JP-CN), international 1.

  it("gives one row per year present by default", () => {
    const table = collaborationIndicators(windows.papers);
    expect(
      table.rows.filter((r) => r.country === "JP").map((r) => [r.period, r.papers, r.international]),
    ).toEqual([
      ["2019", 2, 1],
      ["2020", 3, 1],
      ["2021", 1, 1],
      ["2022", 1, 1],
    ]);
  });

  it("averages counts over a window and takes the rate as the ratio of window sums, not the mean of yearly rates", () => {
    const table = collaborationIndicators(windows.papers, { periods: { kind: "moving", size: 3 } });
    expect(table.rows.filter((r) => r.country === "JP").map((r) => r.period)).toEqual([
      "2019-2021",
      "2020-2022",
    ]);
    const first = row(table, "JP", "2019-2021");
    // papers (2 + 3 + 1) / 3 = 2; domestic (1 + 2 + 0) / 3 = 1: single (1 + 1 + 0) / 3 = 2/3, multi (0 + 1 + 0) / 3 = 1/3;
    // international (1 + 1 + 1) / 3 = 1: bilateral (1 + 0 + 1) / 3 = 2/3, multilateral (0 + 1 + 0) / 3 = 1/3.
    expect(first.papers).toBe(2);
    expect(first.domestic).toBe(1);
    expect(first.domesticSingleInstitution).toBeCloseTo(2 / 3, 9);
    expect(first.domesticMultiInstitution).toBeCloseTo(1 / 3, 9);
    expect(first.international).toBe(1);
    expect(first.bilateral).toBeCloseTo(2 / 3, 9);
    expect(first.multilateral).toBeCloseTo(1 / 3, 9);
    // Ratio of sums 3 / 6 = 0.5; the mean of yearly rates would be (1/2 + 1/3 + 1/1) / 3 ≈ 0.611.
    expect(first.internationalShare).toBe(0.5);
    const second = row(table, "JP", "2020-2022");
    // papers (3 + 1 + 1) / 3 = 5/3; international (1 + 1 + 1) / 3 = 1; rate 3 / 5 = 0.6 (mean of rates ≈ 0.778).
    expect(second.papers).toBeCloseTo(5 / 3, 9);
    expect(second.international).toBe(1);
    expect(second.internationalShare).toBe(0.6);
  });

  it("averages the world and the unattributed account over the window too", () => {
    const table = collaborationIndicators(windows.papers, { periods: { kind: "moving", size: 3 } });
    // World 2019–2021: 2 + 3 + 1 = 6 papers → 2 a year; international W1, W3, W6 = 3 → 1 a year; rate 3/6.
    expect(row(table, "WORLD", "2019-2021")).toMatchObject({
      papers: 2,
      international: 1,
      internationalShare: 0.5,
    });
    // World 2020–2022: 3 + 1 + 2 = 6 papers → 2 a year; international W3, W6, W8 = 3 → 1; rate 0.5.
    expect(row(table, "WORLD", "2020-2022")).toMatchObject({
      papers: 2,
      international: 1,
      internationalShare: 0.5,
    });
    expect(table.unattributed).toEqual([
      { period: "2019-2021", field: "all", inScope: 2, attributable: 2, unattributed: 0 },
      { period: "2020-2022", field: "all", inScope: 2, attributable: 2, unattributed: 0 },
    ]);
  });

  it("computes fixed windows and counts the papers outside them", () => {
    const table = collaborationIndicators(windows.papers, {
      periods: { kind: "windows", windows: [{ from: 2019, to: 2021 }] },
    });
    expect(row(table, "JP", "2019-2021").papers).toBe(2);
    // W7 and W8 are from 2022.
    expect([table.papersRead, table.papersOutsidePeriods]).toEqual([8, 2]);
    // US: W1 (2019), W3 (2020) → (1 + 1 + 0) / 3 = 2/3, both international.
    expect(row(table, "US", "2019-2021").papers).toBeCloseTo(2 / 3, 9);
    expect(row(table, "US", "2019-2021").internationalShare).toBe(1);
  });

  it("splits a window by field: JP 2019–2021 chem (W1, W2, W4, W6) = 4/3 a year, phys (W3, W5) = 2/3", () => {
    const table = collaborationIndicators(windows.papers, {
      periods: { kind: "windows", windows: [{ from: 2019, to: 2021 }] },
      byField: true,
    });
    expect(table.rows.filter((r) => r.country === "JP").map((r) => r.field)).toEqual(["all", "chem", "phys"]);
    expect(row(table, "JP", "2019-2021", "chem").papers).toBeCloseTo(4 / 3, 9);
    // chem international W1, W6 = 2 of 4; phys international W3 = 1 of 2.
    expect(row(table, "JP", "2019-2021", "chem").internationalShare).toBe(0.5);
    expect(row(table, "JP", "2019-2021", "phys").papers).toBeCloseTo(2 / 3, 9);
    expect(row(table, "JP", "2019-2021", "phys").internationalShare).toBe(0.5);
  });

  it("refuses a window whose years are not all in the corpus, naming them: gap-2020.txt has 2019 and 2021 only", () => {
    const run = () =>
      collaborationIndicators(gap.papers, {
        periods: { kind: "windows", windows: [{ from: 2019, to: 2021 }] },
      });
    expect(run).toThrow(MissingYearsError);
    expect(run).toThrow(/2020/);
    expect(() => collaborationIndicators(gap.papers, { periods: { kind: "moving", size: 2 } })).toThrow(
      MissingYearsError,
    );
    // Single years present need no check.
    expect(collaborationIndicators(gap.papers).rows.map((r) => `${r.country} ${r.period}`)).toEqual([
      "JP 2019",
      "JP 2021",
      "US 2021",
      "WORLD 2019",
      "WORLD 2021",
    ]);
  });
});

describe("collaborationIndicators(papers, { counting: fractional }) with shares that reach no country", () => {
  // unassigned-shares.txt, all 2021:
  // U1 Tokyo JP, Lost City (no country), Harvard US; U2 Osaka JP, MIT US, one author without address;
  // U3 Tokyo JP, Kyoto JP, Harvard US with no author–address link.

  it("NISTEP: U1 JP 1/2 US 1/2 (renormalized), U2 1/2 each, U3 JP 2/3 US 1/3 → JP 5/3, US 4/3", () => {
    const table = collaborationIndicators(unassigned.papers, { counting: "fractional" });
    expect(row(table, "JP", "2021").papers).toBeCloseTo(5 / 3, 9);
    expect(row(table, "US", "2021").papers).toBeCloseTo(4 / 3, 9);
    expect(table.warnings).toEqual({ "fraction-renormalized": 1, "cwts-fallback-address": 0 });
  });

  it("CWTS keeps unassigned shares: JP 1/3 + 1/3 + 2/3 = 4/3, US 1/3 + 1/3 + 1/3 = 1 (U3 by address lines)", () => {
    const table = collaborationIndicators(unassigned.papers, { counting: "fractional", method: "cwts" });
    expect(row(table, "JP", "2021").papers).toBeCloseTo(4 / 3, 9);
    expect(row(table, "US", "2021").papers).toBeCloseTo(1, 9);
    expect(table.warnings).toEqual({ "fraction-renormalized": 0, "cwts-fallback-address": 1 });
    // The world still counts each of the 3 papers once.
    expect(row(table, "WORLD", "2021").papers).toBe(3);
  });

  it("CWTS renormalized: JP 1/2 + 1/2 + 2/3 = 5/3, US 1/2 + 1/2 + 1/3 = 4/3", () => {
    const table = collaborationIndicators(unassigned.papers, {
      counting: "fractional",
      method: "cwts",
      cwtsRenormalize: true,
    });
    expect(row(table, "JP", "2021").papers).toBeCloseTo(5 / 3, 9);
    expect(row(table, "US", "2021").papers).toBeCloseTo(4 / 3, 9);
    expect(table.warnings).toEqual({ "fraction-renormalized": 2, "cwts-fallback-address": 1 });
  });
});

describe("collaborationIndicatorsFromStream(papers)", () => {
  async function* stream(papers: Iterable<CorpusPaper>): AsyncIterable<CorpusPaper> {
    for (const paper of papers) yield paper;
  }

  it("gives the same table as the synchronous front-end", async () => {
    const options = { counting: "fractional", periods: { kind: "moving", size: 2 }, byField: true } as const;
    expect(await collaborationIndicatorsFromStream(stream(windows.papers), options)).toEqual(
      collaborationIndicators(windows.papers, options),
    );
  });

  it("reads a saved corpus with streamCorpus, one paper at a time, to the same table", async () => {
    const saved = join(mkdtempSync(join(tmpdir(), "copub-indicators-")), "windows.jsonl.gz");
    await writeCorpus(saved, windows);
    const options = { periods: { kind: "moving", size: 3 } } as const;
    expect(await collaborationIndicatorsFromStream(streamCorpus(saved), options)).toEqual(
      collaborationIndicators(windows.papers, options),
    );
  });

  it("rejects with the missing years when a window cannot be computed", async () => {
    await expect(
      collaborationIndicatorsFromStream(stream(gap.papers), {
        periods: { kind: "windows", windows: [{ from: 2019, to: 2021 }] },
      }),
    ).rejects.toThrow(MissingYearsError);
  });
});

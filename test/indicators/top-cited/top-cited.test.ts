// The Top-x% country table (docs/methodology.md §8.3, §8.6) on data set T, hand-worked windows,
// thresholds from a full extraction applied to a one-country export, and order independence.
import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { PaperList } from "../../../src/corpus/paper-table.ts";
import { CopubError } from "../../../src/diagnostics/errors.ts";
import {
  type TopCitedOptionsInput,
  topCited,
  topCitedFromStream,
} from "../../../src/indicators/top-cited/top-cited.ts";
import { topThresholds, topThresholdsFromStream } from "../../../src/indicators/top-cited/top-thresholds.ts";
import { toJson } from "../../../src/output/json.ts";
import { JAPAN_TOP10_INTEGER } from "../_data-set-t.ts";
import { corpusOf, paper } from "../_papers.ts";

const dataSetT = await corpusOf("top/data-set-t.txt");

function row(papers: PaperList, country: string, options: Partial<TopCitedOptionsInput> = {}) {
  return topCited(papers, { reference: "corpus", ...options }).rows.find((r) => r.country === country);
}

describe("topCited(papers, options) on data set T (§8.6)", () => {
  it("gives Japan 1.75 Top10% papers under integer counting: 0.25 domestic, 1.5 international, Q = 25%", () => {
    expect(row(dataSetT.papers, "JP")).toEqual(JAPAN_TOP10_INTEGER);
  });

  it("gives Japan 1.0 under NISTEP fractional counting, Q = 20%, and the countries add up to the world's 2 (§8.6)", () => {
    // F1 1·1/2 + F2 1/4·1 + F3 1/4·2/3 + F4 1/4·1/3 = 1/2 + 1/4 + 1/6 + 1/12 = 1;
    // papers 1/2 + 1 + 2/3 + 1/3 + 1 + 1/2 + 1 = 5.
    const table = topCited(dataSetT.papers, { reference: "corpus", counting: "fractional" });
    const top = Object.fromEntries(table.rows.map((r) => [r.country, r.top]));
    expect(table.rows.find((r) => r.country === "JP")).toMatchObject({ papers: 5, topShareOfPapers: 0.2 });
    // US: F1 1/2 + F5 1/4 = 0.75; CN: F3 1/4·1/3; DE and FR: F4 1/4·1/3 each.
    expect(top.JP).toBeCloseTo(1, 12);
    expect(top.US).toBeCloseTo(0.75, 12);
    for (const country of ["CN", "DE", "FR"]) expect(top[country]).toBeCloseTo(1 / 12, 12);
    expect(top.KR).toBe(0);
    expect(table.rows.filter((r) => r.country !== "WORLD").reduce((sum, r) => sum + r.top, 0)).toBeCloseTo(
      2,
      12,
    );
    expect(table.countingMethod).toBe("nistep");
  });

  it("gives Japan 0.2 Top1% papers, 0.1 under fractional counting (§8.6)", () => {
    expect(row(dataSetT.papers, "JP", { percentile: 1 })?.top).toBe(0.2);
    expect(row(dataSetT.papers, "JP", { percentile: 1, counting: "fractional" })?.top).toBeCloseTo(0.1, 12);
  });

  it.each([
    // scale-all: F1–F4 count 2/5 each (§8.6); inclusive: F1–F4; exclusive and InCites: F1 only.
    ["scale-all", 1.6, 0.4],
    ["inclusive", 4, 1],
    ["exclusive", 1, 0],
    ["incites", 1, 0],
  ] as const)("gives Japan the §8.6 figures under %s", (method, top, domestic) => {
    const japan = row(dataSetT.papers, "JP", { method });
    expect(japan?.top).toBeCloseTo(top, 12);
    expect(japan?.topDomestic).toBeCloseTo(domestic, 12);
  });

  it("counts the raw split whole: Japan's four papers with a Top10% weight above 0", () => {
    expect(row(dataSetT.papers, "JP", { split: "raw" })).toMatchObject({
      top: 4,
      topDomestic: 1,
      topInternational: 3,
    });
  });

  it("repeats the all-fields row for the paper's NISTEP field with --by field (all of T is Physics)", () => {
    const rows = topCited(dataSetT.papers, { reference: "corpus", byField: true }).rows.filter(
      (r) => r.country === "JP",
    );
    expect(rows.map((r) => [r.field, r.top])).toEqual([
      ["all", 1.75],
      ["phys", 1.75],
    ]);
  });

  it("reports the thresholds of its percentile and the recent-year notice", () => {
    const table = topCited(dataSetT.papers, { reference: "corpus", percentile: 1 });
    expect(table.thresholds.map((t) => [t.field, t.year, t.percentile, t.threshold, t.tieWeight])).toEqual([
      ["PHY", 2021, 1, 31, "1/5"],
    ]);
    expect(table.notices.map((n) => n.code)).toEqual(["small-reference-set", "recent-citation-window"]);
  });
});

describe("topCited(papers, { reference })", () => {
  it("refuses to run without a reference, saying why (§8.1)", () => {
    const call = () => topCited(dataSetT.papers, {} as TopCitedOptionsInput);
    expect(call).toThrow(CopubError);
    expect(call).toThrow(/whole world output/);
  });

  it("scores a one-country export against world thresholds exactly as inside the world corpus", () => {
    const world = topThresholds(dataSetT.papers);
    const japanese = [...dataSetT.papers].filter((p) => p.countries.includes("JP"));
    expect(topCited(japanese, { reference: world }).rows.find((r) => r.country === "JP")).toEqual(
      row(dataSetT.papers, "JP"),
    );
    // Declaring the one-country export complete is the mistake §8.1 warns of: 7 papers, π·N = 0.7,
    // t = 31 (F1 alone above nothing; n_>(12) = 1 > 0.7), ω = 0.7, so Japan would have 0.7 Top10% papers.
    expect(row(japanese, "JP")?.top).toBeCloseTo(0.7, 12);
  });

  it("rejects category reference sets for a method other than InCites'", () => {
    expect(() =>
      topCited(dataSetT.papers, { reference: "corpus", referenceSets: "category-year-type" }),
    ).toThrow(/incites/);
  });
});

describe("topCited(papers, options) over windows (hand-worked)", () => {
  // Chemistry 2020, ten papers cited 7, 7, 7, 3, 3, 2, 1, 0, 0, 0: π·N = 1, t = 7, ω = 1/3 (three tied at the top).
  // Chemistry 2021, ten papers cited 9, 5, 5, 3, 2, 2, 1, 0, 0, 0: π·N = 1, t = 5, ω = 0 (exact boundary).
  const jp: [string, string] = ["JP", "UNIV TOKYO"];
  const us: [string, string] = ["US", "HARVARD UNIV"];
  const de: [string, string] = ["DE", "TECH UNIV MUNICH"];
  const fr: [string, string] = ["FR", "SORBONNE UNIV"];
  const kr: [string, string] = ["KR", "KAIST"];
  const make = (year: number, citations: readonly number[], countries: readonly [string, string][][]) =>
    citations.map((c, i) =>
      paper({
        ut: `WOS:${year}${String(i).padStart(3, "0")}`,
        year,
        esi: ["CHE"],
        citations: c,
        addresses: countries[i] ?? [kr],
      }),
    );
  const papers = [
    ...make(2020, [7, 7, 7, 3, 3, 2, 1, 0, 0, 0], [[jp], [jp, us], [us], [jp]]),
    ...make(2021, [9, 5, 5, 3, 2, 2, 1, 0, 0, 0], [[jp, de, fr], [jp], [us], [kr], [kr], [kr], [kr], [jp]]),
  ];

  it("sums yearly Top10% weights over the window and reports yearly averages", () => {
    // Japan 2020: 7 (JP) 1/3 + 7 (JP-US) 1/3 = 2/3; 2021: 9 (JP-DE-FR) 1, 5 (JP) 0 → 5/3 in all.
    // Averages over 2 years: top 5/6; domestic 1/6; international (1/3 + 1)/2 = 2/3; bilateral 1/6; multilateral 1/2.
    // Papers 3 + 3 = 6 → average 3; Q = (5/3)/6 = 5/18; share of the world's 1 + 1 = 2 → 5/6.
    const japan = topCited(papers, {
      reference: "corpus",
      periods: { kind: "windows", windows: [{ from: 2020, to: 2021 }] },
    }).rows.find((r) => r.country === "JP");
    expect(japan?.period).toBe("2020-2021");
    expect(japan?.papers).toBe(3);
    for (const [key, value] of Object.entries({
      top: 5 / 6,
      topDomestic: 1 / 6,
      topInternational: 2 / 3,
      topBilateral: 1 / 6,
      topMultilateral: 1 / 2,
      topShareOfWorld: 5 / 6,
      topShareOfPapers: 5 / 18,
    }))
      expect(japan?.[key as keyof typeof japan], key).toBeCloseTo(value, 12);
  });

  it("keeps single years by default, with the world's Top10% exactly 1 paper each year", () => {
    const world = topCited(papers, { reference: "corpus" }).rows.filter((r) => r.country === "WORLD");
    expect(world.map((r) => [r.period, r.papers, r.top])).toEqual([
      ["2020", 10, 1],
      ["2021", 10, 1],
    ]);
  });

  it("reports papers without a country and papers it cannot score, counting neither as non-top", () => {
    const extra = [
      paper({ ut: "WOS:X1", year: 2021, esi: ["CHE"], citations: 50, addresses: [[null, "NOWHERE"]] }),
      paper({ ut: "WOS:X2", year: 2021, esi: ["CHE"], citations: null, addresses: [jp] }),
    ];
    const table = topCited([...papers, ...extra], {
      reference: "corpus",
      periods: { kind: "years", years: { from: 2021, to: 2021 } },
    });
    // 2021 now has 11 scored papers: π·N = 1.1; 50 stands alone above t = 9? n_>(9) = 1 ≤ 1.1, n_>(5) = 2 → t = 9, ω = 0.1.
    expect(table.unattributed).toEqual([{ period: "2021", field: "all", papers: 1, top: 1 }]);
    expect(table.unscored).toEqual({ "no-citation-count": 1 });
    expect(table.rows.find((r) => r.country === "JP" && r.period === "2021")?.top).toBeCloseTo(0.1, 12);
  });
});

describe("topCitedFromStream(papers, { reference })", () => {
  it("gives the same table from a stream, with thresholds from a first streamed pass", async () => {
    async function* stream() {
      yield* dataSetT.papers;
    }
    const thresholds = await topThresholdsFromStream(stream());
    expect(thresholds).toEqual(topThresholds(dataSetT.papers));
    const streamed = await topCitedFromStream(stream(), { reference: thresholds, counting: "fractional" });
    expect(streamed).toEqual(topCited(dataSetT.papers, { reference: thresholds, counting: "fractional" }));
  });
});

describe("topCited(papers, options) notices (§8.2, §8.7)", () => {
  it("lists the export dates when papers come from different citation snapshots", () => {
    const jp: [string, string][] = [["JP", "UNIV TOKYO"]];
    const papers = [
      paper({ ut: "WOS:1", addresses: jp, esi: ["CHE"], citations: 3, exportDate: "2024-03-01" }),
      paper({ ut: "WOS:2", addresses: jp, esi: ["CHE"], citations: 1, exportDate: "2023-12-31" }),
    ];
    const notices = topCited(papers, { reference: "corpus" }).notices;
    expect(notices.find((n) => n.code === "mixed-citation-snapshots")?.detail).toMatch(
      /exported on 2023-12-31, 2024-03-01/,
    );
    // The latest snapshot, 2024-03-01, is three years after 2021: not a recent citation window.
    expect(notices.map((n) => n.code)).toEqual(["mixed-citation-snapshots", "small-reference-set"]);
  });

  it("says when uncited papers share a zero threshold, and counts them 0 on request", () => {
    const jp: [string, string][] = [["JP", "UNIV TOKYO"]];
    // Ten uncited papers: t = 0, ω = 1/10, so the ten share the one Top10% paper (§8.7).
    const papers = Array.from({ length: 10 }, (_, i) =>
      paper({ ut: `WOS:${i}`, addresses: jp, esi: ["CHE"], citations: 0 }),
    );
    const shared = topCited(papers, { reference: "corpus" });
    expect(shared.rows.find((r) => r.country === "JP")?.top).toBe(1);
    expect(shared.notices.find((n) => n.code === "top-threshold-zero")?.detail).toMatch(
      /^10 papers .* share the Top-x% remainder/,
    );
    const none = topCited(papers, { reference: "corpus", zeroCitationsNeverTop: true });
    expect(none.rows.find((r) => r.country === "JP")?.top).toBe(0);
  });
});

describe("topCited(papers, options) is independent of paper order (§13.1)", () => {
  fcTest.prop([fc.shuffledSubarray([...dataSetT.papers], { minLength: dataSetT.papers.length })])(
    "any order of data set T gives the same bytes under integer and fractional counting",
    (shuffled) => {
      for (const counting of ["integer", "fractional"] as const) {
        const expected = toJson(topCited(dataSetT.papers, { reference: "corpus", counting }));
        expect(toJson(topCited(shuffled, { reference: "corpus", counting }))).toBe(expected);
      }
    },
  );
});

// Thresholds and tie weights of docs/methodology.md §8.3: data set T (§8.6), the edge cases of §8.7,
// a hand-worked field-year with several ties, fractional membership, and the exact-total property.
import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { add, multiply, type Rational, rational, ZERO } from "../../../src/indicators/core/rational.ts";
import {
  type ExactThreshold,
  exactThreshold,
  topThresholds,
} from "../../../src/indicators/top-cited/top-thresholds.ts";
import { corpusOf, paper } from "../_papers.ts";

/** A histogram of whole papers per citation count. */
function histogram(citations: readonly number[]): Map<number, Rational> {
  const counts = new Map<number, Rational>();
  for (const c of citations) counts.set(c, add(counts.get(c) ?? ZERO, rational(1n)));
  return counts;
}

/** `ExactThreshold` as plain text, to compare with the methodology's figures. */
function show(threshold: ExactThreshold | null) {
  if (threshold === null) return null;
  const text = (r: Rational) => (r.denominator === 1n ? `${r.numerator}` : `${r.numerator}/${r.denominator}`);
  return {
    t: threshold.threshold,
    N: text(threshold.papers),
    above: text(threshold.above),
    at: text(threshold.atThreshold),
    tie: text(threshold.tieWeight),
    scale: text(threshold.scaleFactor),
    expected: text(threshold.expectedTop),
  };
}

const JP: [string, string][] = [["JP", "UNIV TOKYO"]];

// Data set T (§8.6), citations in descending order, N = 20.
const T = [31, 12, 12, 12, 12, 8, 8, 7, 5, 5, 4, 3, 3, 2, 2, 1, 1, 0, 0, 0];

describe("exactThreshold(histogram, percentile)", () => {
  it("gives data set T's Top10% threshold 12 with tie weight 1/4 (§8.6)", () => {
    // π·N = 2; n_>(8) = 5 > 2, n_>(12) = 1 ≤ 2 → t = 12; n_at = 4; ω = (2 − 1)/4 = 1/4.
    // scale-all: every paper with ≥ 12 citations counts 2/5 (5 papers share π·N = 2).
    expect(show(exactThreshold(histogram(T), 10))).toEqual({
      t: 12,
      N: "20",
      above: "1",
      at: "4",
      tie: "1/4",
      scale: "2/5",
      expected: "2",
    });
  });

  it("gives data set T's Top1% threshold 31 with tie weight 1/5 (§8.6)", () => {
    // π·N = 1/5; n_>(12) = 1 > 1/5, n_>(31) = 0 → t = 31, n_at = 1, ω = (1/5 − 0)/1 = 1/5.
    expect(show(exactThreshold(histogram(T), 1))).toMatchObject({ t: 31, above: "0", at: "1", tie: "1/5" });
  });

  it("gives tie weight 0 at an exact boundary (§8.7)", () => {
    // [9, 5, 5, 3, 2, 2, 1, 0, 0, 0], π·N = 1: n_>(5) = 1 ≤ 1 → t = 5; ω = (1 − 1)/2 = 0.
    expect(show(exactThreshold(histogram([9, 5, 5, 3, 2, 2, 1, 0, 0, 0]), 10))).toMatchObject({
      t: 5,
      above: "1",
      at: "2",
      tie: "0",
    });
  });

  it("shares one paper's worth among three papers tied at the top (§8.7)", () => {
    // [15, 15, 15, 9, 7, 5, 3, 1, 0, 0], π·N = 1: n_>(15) = 0, n_>(9) = 3 > 1 → t = 15, ω = 1/3.
    expect(show(exactThreshold(histogram([15, 15, 15, 9, 7, 5, 3, 1, 0, 0]), 10))).toMatchObject({
      t: 15,
      above: "0",
      at: "3",
      tie: "1/3",
    });
  });

  it("gives every uncited paper the weight π when nothing is cited (§8.7)", () => {
    // Ten papers with 0 citations: t = 0, n_at = 10, ω = (1 − 0)/10 = 1/10 = π.
    expect(show(exactThreshold(histogram(Array(10).fill(0)), 10))).toMatchObject({
      t: 0,
      at: "10",
      tie: "1/10",
    });
  });

  it("works a field-year of 30 papers with five tied at the threshold (hand-worked)", () => {
    // 40, 25 ×5, 10 ×4, 6 ×5, 3 ×5, 1 ×5, 0 ×5: N = 30, π·N = 3.
    // n_>(40) = 0; n_>(25) = 1 ≤ 3; n_>(10) = 6 > 3 → t = 25, n_at = 5, ω = (3 − 1)/5 = 2/5.
    // Top1%: π·N = 3/10; n_>(25) = 1 > 3/10 → t = 40, ω = (3/10)/1 = 3/10.
    const citations = [
      40,
      ...Array(5).fill(25),
      ...Array(4).fill(10),
      ...[6, 3, 1, 0].flatMap((c) => Array(5).fill(c)),
    ];
    expect(citations).toHaveLength(30);
    expect(show(exactThreshold(histogram(citations), 10))).toMatchObject({
      t: 25,
      above: "1",
      at: "5",
      tie: "2/5",
    });
    expect(show(exactThreshold(histogram(citations), 1))).toMatchObject({
      t: 40,
      above: "0",
      at: "1",
      tie: "3/10",
    });
  });

  it("sums fractional memberships exactly", () => {
    // Half-papers (two ESI fields each) at 9, 9, 4 and whole papers at 4, 1, 0:
    // N = 3/2 + 3 = 9/2, π·N = 9/20. n_>(9) = 0 ≤ 9/20 → t = 9, n_at = 1, ω = 9/20.
    const counts = new Map([
      [9, rational(1n)],
      [4, rational(3n, 2n)],
      [1, rational(1n)],
      [0, rational(1n)],
    ]);
    expect(show(exactThreshold(counts, 10))).toMatchObject({ t: 9, N: "9/2", at: "1", tie: "9/20" });
  });

  it("has no threshold for an empty set (§8.7: absent, not zero)", () => {
    expect(exactThreshold(new Map(), 10)).toBeNull();
  });

  fcTest.prop([
    fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 300 }),
    fc.constantFrom(10 as const, 1 as const),
  ])("every set's adjusted total is exactly π·N, and 0 ≤ ω < 1 (§8.3)", (citations, percentile) => {
    const threshold = exactThreshold(histogram(citations), percentile);
    expect(threshold).not.toBeNull();
    if (threshold === null) return;
    // Σ τ = n_> + ω·n_at, compared as exact rationals.
    const total = add(threshold.above, multiply(threshold.tieWeight, threshold.atThreshold));
    expect(total).toEqual(rational(BigInt(citations.length * percentile), 100n));
    expect(threshold.tieWeight.numerator >= 0n).toBe(true);
    expect(threshold.tieWeight.numerator < threshold.tieWeight.denominator).toBe(true);
    // t is the smallest count with at most π·N papers above it.
    const above = (c: number) => citations.filter((x) => x > c).length;
    expect(above(threshold.threshold) * 100 <= citations.length * percentile).toBe(true);
    const lower = citations.filter((c) => c < threshold.threshold);
    if (lower.length > 0) expect(above(Math.max(...lower)) * 100 > citations.length * percentile).toBe(true);
  });
});

describe("topThresholds(papers, options)", () => {
  it("reads data set T as one reference set with both percentiles and flags 2021 as recent for a 2023-12-31 snapshot", async () => {
    const corpus = await corpusOf("top/data-set-t.txt");
    const table = topThresholds(corpus.papers);
    expect(table).toMatchObject({
      referenceSets: "field-year",
      citationCount: "TC",
      source: { kind: "corpus", papers: 20 },
      snapshots: ["2023-12-31"],
      unscored: {},
    });
    expect(table.rows).toEqual([
      {
        field: "PHY",
        year: 2021,
        docType: "all",
        percentile: 10,
        papers: 20,
        above: 1,
        atThreshold: 4,
        threshold: 12,
        tieWeight: "1/4",
        tieWeightValue: 0.25,
        scaleFactor: "2/5",
        expectedTop: 2,
        smallReferenceSet: false,
        recentCitationWindow: true,
      },
      {
        field: "PHY",
        year: 2021,
        docType: "all",
        percentile: 1,
        papers: 20,
        above: 0,
        atThreshold: 1,
        threshold: 31,
        tieWeight: "1/5",
        tieWeightValue: 0.2,
        scaleFactor: "1/5",
        expectedTop: 0.2,
        // 20 papers < 1/π = 100.
        smallReferenceSet: true,
        recentCitationWindow: true,
      },
    ]);
  });

  it("takes Z9 on request (data set T's Z9 is TC + 1, so the threshold moves by one)", async () => {
    const corpus = await corpusOf("top/data-set-t.txt");
    expect(topThresholds(corpus.papers, { citationCount: "Z9" }).rows[0]).toMatchObject({
      threshold: 13,
      tieWeight: "1/4",
    });
  });

  it("keeps years and document types apart as the grouping says, and reports papers it cannot place", () => {
    const papers = [
      paper({ addresses: JP, ut: "WOS:1", esi: ["CHE"], citations: 5, docTypes: ["Article"] }),
      paper({ addresses: JP, ut: "WOS:2", esi: ["CHE"], citations: 3, docTypes: ["Review"] }),
      paper({ addresses: JP, ut: "WOS:3", esi: ["CHE"], citations: 3, year: 2020 }),
      paper({ addresses: JP, ut: "WOS:4", esi: [], citations: 1 }),
      paper({ addresses: JP, ut: "WOS:5", esi: ["CHE"], citations: null }),
      paper({ addresses: JP, ut: "WOS:6", esi: ["CHE"], citations: 2, year: null }),
    ];
    const keys = (kind: "field-year" | "field-year-type") =>
      topThresholds(papers, { referenceSets: kind })
        .rows.filter((r) => r.percentile === 10)
        .map((r) => `${r.field} ${r.year} ${r.docType} N=${r.papers}`);
    expect(keys("field-year")).toEqual(["CHE 2020 all N=1", "CHE 2021 all N=2"]);
    expect(keys("field-year-type")).toEqual([
      "CHE 2020 Article N=1",
      "CHE 2021 Article N=1",
      "CHE 2021 Review N=1",
    ]);
    expect(topThresholds(papers).unscored).toEqual({ "no-citation-count": 1, "no-field": 1, "no-year": 1 });
  });

  it("groups InCites' sets by WoS Category, a paper counting in full in each of its categories", () => {
    const papers = [
      paper({
        addresses: JP,
        ut: "WOS:1",
        categories: ["Physics, Applied", "Optics"],
        citations: 4,
        esi: ["PHY"],
      }),
      paper({ addresses: JP, ut: "WOS:2", categories: ["Optics"], citations: 1, esi: ["PHY"] }),
    ];
    const rows = topThresholds(papers, { referenceSets: "category-year-type" }).rows.filter(
      (r) => r.percentile === 10,
    );
    expect(rows.map((r) => `${r.field} ${r.docType} N=${r.papers}`)).toEqual([
      "Optics Article N=2",
      "Physics, Applied Article N=1",
    ]);
  });
});

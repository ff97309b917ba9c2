// Paper weights of the §8.4 variants on data set T, InCites' percentiles (§8.5), and the
// equivalence of InCites' rule with the exclusive count.
import { fc, test as fcTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { type Rational, rational } from "../../../src/indicators/core/rational.ts";
import { setId } from "../../../src/indicators/top-cited/reference-sets.ts";
import type { ThresholdTable } from "../../../src/indicators/top-cited/threshold-table.ts";
import { exactThreshold, thresholdRow } from "../../../src/indicators/top-cited/top-thresholds.ts";
import {
  incitesPercentiles,
  type TopMethod,
  topScorer,
} from "../../../src/indicators/top-cited/top-weights.ts";

const T = [31, 12, 12, 12, 12, 8, 8, 7, 5, 5, 4, 3, 3, 2, 2, 1, 1, 0, 0, 0];
const KEY = { field: "PHY", year: 2021, docType: "all" };

function tableOf(citations: readonly number[]): ThresholdTable {
  const counts = new Map<number, Rational>();
  for (const c of citations) counts.set(c, rational((counts.get(c)?.numerator ?? 0n) + 1n));
  const rows = ([10, 1] as const).flatMap((percentile) => {
    const exact = exactThreshold(counts, percentile);
    return exact === null ? [] : [thresholdRow(KEY, percentile, exact, null)];
  });
  return {
    referenceSets: "field-year",
    citationCount: "TC",
    source: { kind: "corpus", papers: citations.length },
    snapshots: [],
    rows,
    unscored: {},
  };
}

/** Each paper's τ under a method as text ("1", "1/4", "0"), in the order of `citations`. */
function weights(
  citations: readonly number[],
  method: TopMethod,
  split: "adjusted" | "raw" = "adjusted",
): string[] {
  const scorer = topScorer(tableOf(citations), {
    percentile: 10,
    method,
    split,
    zeroCitationsNeverTop: false,
  });
  const set = { ...KEY, id: setId(KEY), weight: rational(1n), value: 1 };
  return citations.map((c) => {
    const [weight] = scorer.weigh({ citations: c, sets: [set] }) ?? [];
    if (weight === undefined) throw new Error("no weight");
    if (weight.kind !== "partial") return weight.kind === "full" ? "1" : "0";
    const factor = scorer.factors.get(set.id);
    return `${factor?.numerator}/${factor?.denominator}`;
  });
}

describe("topScorer(table, options).weigh(paper)", () => {
  // §8.6: F1 has 31 citations, F2–F5 have 12 (the threshold), the rest fewer.
  it.each([
    ["tie-fraction", ["1", "1/4", "1/4", "1/4", "1/4"]],
    ["scale-all", ["2/5", "2/5", "2/5", "2/5", "2/5"]],
    ["inclusive", ["1", "1", "1", "1", "1"]],
    ["exclusive", ["1", "0", "0", "0", "0"]],
    ["incites", ["1", "0", "0", "0", "0"]],
  ] as const)("weighs data set T's five most cited papers under %s as §8.6 says", (method, expected) => {
    const all = weights(T, method);
    expect(all.slice(0, 5)).toEqual(expected);
    expect(all.slice(5).every((w) => w === "0")).toBe(true);
  });

  it("counts the tied papers whole in the raw split (§8.3)", () => {
    expect(weights(T, "tie-fraction", "raw").slice(0, 6)).toEqual(["1", "1", "1", "1", "1", "0"]);
  });

  it("leaves papers at a threshold with tie weight 0 out, even in the raw split (§8.7)", () => {
    expect(weights([9, 5, 5, 3, 2, 2, 1, 0, 0, 0], "tie-fraction", "raw").slice(0, 3)).toEqual([
      "1",
      "0",
      "0",
    ]);
  });

  it("counts no paper where the threshold is 0 when zeroCitationsNeverTop is on (§8.7)", () => {
    const table = tableOf(Array(10).fill(0));
    const set = { ...KEY, id: setId(KEY), weight: rational(1n), value: 1 };
    const on = topScorer(table, {
      percentile: 10,
      method: "tie-fraction",
      split: "adjusted",
      zeroCitationsNeverTop: true,
    });
    const off = topScorer(table, {
      percentile: 10,
      method: "tie-fraction",
      split: "adjusted",
      zeroCitationsNeverTop: false,
    });
    expect(on.weigh({ citations: 0, sets: [set] })?.[0]?.kind).toBe("none");
    expect(off.weigh({ citations: 0, sets: [set] })?.[0]?.kind).toBe("partial");
    expect(off.zeroThresholdSets.has(set.id)).toBe(true);
  });

  it("returns null for a paper in a set the table does not have", () => {
    const scorer = topScorer(tableOf(T), {
      percentile: 10,
      method: "tie-fraction",
      split: "adjusted",
      zeroCitationsNeverTop: false,
    });
    const other = { field: "CHE", year: 2021, docType: "all" };
    expect(
      scorer.weigh({ citations: 3, sets: [{ ...other, id: setId(other), weight: rational(1n), value: 1 }] }),
    ).toBeNull();
  });

  it("names the set when a table lacks the tie weight tie-fraction needs", () => {
    const table = tableOf(T);
    const bare = { ...table, rows: table.rows.map((r) => ({ ...r, tieWeight: null, scaleFactor: null })) };
    const options = { percentile: 10, split: "adjusted", zeroCitationsNeverTop: false } as const;
    expect(() => topScorer(bare, { ...options, method: "tie-fraction" })).toThrow(/PHY 2021 all \(Top10%\)/);
    expect(() => topScorer(bare, { ...options, method: "scale-all" })).toThrow(/scale-all/);
    expect(() => topScorer(bare, { ...options, method: "inclusive" })).not.toThrow();
  });
});

describe("incitesPercentiles(citations)", () => {
  it("reproduces InCites' own 11-paper example (§8.5)", () => {
    expect(incitesPercentiles([1000, 50, 10, 3, 2, 2, 1, 1, 1, 0, 0]).map((p) => p.toFixed(2))).toEqual([
      "9.09",
      "18.18",
      "27.27",
      "36.36",
      "54.55",
      "54.55",
      "81.82",
      "81.82",
      "81.82",
      "100.00",
      "100.00",
    ]);
  });

  it("gives data set T's 31 and 12 citations 5.00 and 25.00 (§8.6)", () => {
    const percentiles = incitesPercentiles(T);
    expect([percentiles[0], percentiles[1]]).toEqual([5, 25]);
  });

  fcTest.prop([fc.array(fc.nat({ max: 20 }), { minLength: 1, maxLength: 200 })])(
    "a paper's percentile is within 10 exactly when the incites method counts it (cit > t)",
    (citations) => {
      const counted = weights(citations, "incites");
      // 100·k/N ≤ 10 ⇔ 10·k ≤ N, with k = papers cited at least as often (§8.5).
      const atLeast = (c: number) => citations.filter((x) => x >= c).length;
      expect(counted).toEqual(citations.map((c) => (10 * atLeast(c) <= citations.length ? "1" : "0")));
      expect(
        incitesPercentiles(citations).map((p, i) => p <= 10 + 1e-9 === (counted[i] === "1")),
      ).not.toContain(false);
    },
  );
});

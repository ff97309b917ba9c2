// docs/methodology.md §4.5: every weight of the per-paper table and every total of the totals table,
// under each method, on data set C (Appendix C.1); and the options of countingFunction.
import { fsum } from "d3-array";
import { beforeAll, describe, expect, it } from "vitest";
import type { CorpusPaper } from "../../../src/corpus/corpus-paper.ts";
import type { PaperList } from "../../../src/corpus/paper-table.ts";
import {
  type CountingMethod,
  countingFunction,
  countingWeights,
} from "../../../src/indicators/counting/counting-weights.ts";
import { dataSetC, show } from "../_papers.ts";

let p: (name: string) => CorpusPaper;
let papers: PaperList;
beforeAll(async () => {
  const c = await dataSetC();
  p = c.p;
  papers = c.corpus.papers;
});

describe("countingWeights(paper, { method }) reproduces the per-paper table of §4.5", () => {
  // Paper, K(p), Integer, NISTEP fractional, CWTS fractional, Country-equal: the table's cells.
  const TABLE: readonly (readonly [string, number, string, string, string, string])[] = [
    ["P1", 3, "JP 1/1, US 1/1", "JP 2/3, US 1/3", "JP 1/2, US 1/2", "JP 1/2, US 1/2"],
    ["P2", 1, "JP 1/1", "JP 1/1", "JP 1/1", "JP 1/1"],
    ["P3", 2, "JP 1/1", "JP 1/1", "JP 1/1", "JP 1/1"],
    [
      "P4",
      3,
      "FR 1/1, GB 1/1, JP 1/1",
      "FR 1/3, GB 1/3, JP 1/3",
      "FR 1/3, GB 1/3, JP 1/3",
      "FR 1/3, GB 1/3, JP 1/3",
    ],
    ["P5", 3, "CN 1/1, US 1/1", "CN 1/3, US 2/3", "CN 1/2, US 1/2", "CN 1/2, US 1/2"],
    ["P6", 2, "DE 1/1, JP 1/1", "DE 1/2, JP 1/2", "DE 1/2, JP 1/2", "DE 1/2, JP 1/2"],
    ["P7", 1, "JP 1/1", "JP 1/1", "JP 1/1", "JP 1/1"],
    ["P8", 0, "", "", "", ""],
  ];

  it.each(TABLE)("%s: K(p) = %i", (name, k) => {
    expect(p(name).institutions.filter((unit) => unit.country !== null)).toHaveLength(k);
  });

  it.each(TABLE)(
    "%s: integer %s, NISTEP %s, CWTS %s, country-equal %s",
    (name, _k, int, nistep, cwts, country) => {
      expect(show(countingWeights(p(name), { method: "integer" }))).toBe(int);
      expect(show(countingWeights(p(name), { method: "nistep" }))).toBe(nistep);
      expect(show(countingWeights(p(name), { method: "cwts" }))).toBe(cwts);
      expect(show(countingWeights(p(name), { method: "country" }))).toBe(country);
    },
  );

  it("P2 under CWTS: Tanaka 1/2 + Ito 1/4 + 1/4 = JP 1 (one author split over two departments)", () => {
    const ito = p("P2").authorAddresses[1];
    expect(ito).toEqual([0, 1]);
    expect(countingWeights(p("P2"), { method: "cwts" }).total).toEqual({
      numerator: 1,
      denominator: 1,
      weight: 1,
    });
  });

  it("P8 is unattributable under every method: no weights, total 0", () => {
    for (const method of ["integer", "nistep", "cwts", "country", "address", "author"] as const)
      expect(countingWeights(p("P8"), { method })).toEqual({
        weights: [],
        total: { numerator: 0, denominator: 1, weight: 0 },
        warnings: [],
      });
  });

  it("records no warning on data set C (every unit has a country, every author a link)", () => {
    for (const method of ["nistep", "cwts", "address", "author"] as const)
      for (const paper of papers) expect(countingWeights(paper, { method }).warnings).toEqual([]);
  });
});

describe("summed over P1–P7 in UT order, the weights give the totals table of §4.5", () => {
  const total = (method: CountingMethod, country: string) =>
    fsum(
      papers,
      (paper) => countingWeights(paper, { method }).weights.find((w) => w.country === country)?.weight ?? 0,
    );

  // Country, Integer, NISTEP fractional, CWTS fractional, Country-equal.
  const TOTALS: readonly (readonly [string, number, number, number, number])[] = [
    ["JP", 6, 2 / 3 + 1 + 1 + 1 / 3 + 1 / 2 + 1, 1 / 2 + 1 + 1 + 1 / 3 + 1 / 2 + 1, 13 / 3], // 4.5 and 13/3 ≈ 4.333333
    ["US", 2, 1 / 3 + 2 / 3, 1 / 2 + 1 / 2, 1],
    ["GB", 1, 1 / 3, 1 / 3, 1 / 3],
    ["FR", 1, 1 / 3, 1 / 3, 1 / 3],
    ["CN", 1, 1 / 3, 1 / 2, 1 / 2],
    ["DE", 1, 1 / 2, 1 / 2, 1 / 2],
  ];

  it.each(TOTALS)(
    "%s: integer %d, NISTEP %d, CWTS %d, country-equal %d",
    (country, int, nistep, cwts, equal) => {
      expect(total("integer", country)).toBe(int);
      expect(total("nistep", country)).toBeCloseTo(nistep, 9);
      expect(total("cwts", country)).toBeCloseTo(cwts, 9);
      expect(total("country", country)).toBeCloseTo(equal, 9);
    },
  );

  it("JP: NISTEP 4.5 exactly, CWTS 13/3 ≈ 4.333333", () => {
    expect(total("nistep", "JP")).toBe(4.5);
    expect(total("cwts", "JP")).toBeCloseTo(4.333333, 6);
  });

  it("sums to 12 under integer counting and to 7 (the attributable papers) under each fractional method", () => {
    const sum = (method: CountingMethod) =>
      fsum(papers, (paper) => countingWeights(paper, { method }).total.weight);
    expect(sum("integer")).toBe(12);
    for (const method of ["nistep", "cwts", "country", "address", "author"] as const)
      expect(sum(method)).toBe(7);
  });

  it("Japan's foreign contribution through international co-authorship (integer − NISTEP fractional) is 6 − 4.5 = 1.5", () => {
    expect(total("integer", "JP") - total("nistep", "JP")).toBe(1.5);
  });
});

describe("countingFunction(options)", () => {
  it("defaults to NISTEP counting by institution unit", () => {
    expect(show(countingFunction()(p("P1")))).toBe("JP 2/3, US 1/3");
  });

  it("passes nistepUnit and cwtsRenormalize to the methods that read them", () => {
    expect(show(countingFunction({ method: "nistep", nistepUnit: "address" })(p("P2")))).toBe("JP 1/1");
    expect(show(countingFunction({ method: "cwts", cwtsRenormalize: true })(p("P5")))).toBe("CN 1/2, US 1/2");
  });

  it("rejects an unknown method", () => {
    expect(() => countingFunction({ method: "harmonic" as CountingMethod })).toThrow();
  });
});

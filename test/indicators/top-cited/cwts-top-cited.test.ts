// CWTS's P(top 10%) and PP(top 10%) (docs/methodology.md §8.3, §14) on data set T (§8.6).
import { describe, expect, it } from "vitest";
import type { CwtsTopCitedOptionsInput } from "../../../src/indicators/top-cited/cwts-top-cited.ts";
import { cwtsTopCited } from "../../../src/indicators/top-cited/cwts-top-cited.ts";
import { corpusOf } from "../_papers.ts";

const dataSetT = await corpusOf("top/data-set-t.txt");

describe("cwtsTopCited(papers, options)", () => {
  it("gives Japan full and fractional P, P(top 10%) and P(top 1%) as §8.6 works them", () => {
    // Every paper of T has one author per address, so CWTS's author weights equal NISTEP's
    // institution weights here: Japan full 7 papers, 1.75 top; fractional 5 papers, 1.0 top.
    // Top 1%: F1 counts 1/5; Japan's full share of F1 is 1, its fractional share 1/2.
    const japan = cwtsTopCited(dataSetT.papers, { reference: "corpus" }).filter((r) => r.country === "JP");
    expect(japan.map((r) => r.counting)).toEqual(["full", "fractional"]);
    expect(japan[0]).toEqual({
      country: "JP",
      period: "2021",
      field: "all",
      counting: "full",
      P: 7,
      "P(top 10%)": 1.75,
      "PP(top 10%)": 0.25,
      "P(top 1%)": 0.2,
      "PP(top 1%)": 0.2 / 7,
    });
    expect(japan[1]?.P).toBeCloseTo(5, 12);
    expect(japan[1]?.["P(top 10%)"]).toBeCloseTo(1, 12);
    expect(japan[1]?.["PP(top 10%)"]).toBeCloseTo(0.2, 12);
    expect(japan[1]?.["P(top 1%)"]).toBeCloseTo(0.1, 12);
  });

  it("gives the world a PP(top 10%) of exactly 10% (§8.3)", () => {
    const world = cwtsTopCited(dataSetT.papers, { reference: "corpus" }).filter((r) => r.country === "WORLD");
    expect(world.map((r) => [r.counting, r.P, r["P(top 10%)"], r["PP(top 10%)"]])).toEqual([
      ["full", 20, 2, 0.1],
      ["fractional", 20, 2, 0.1],
    ]);
  });

  it("needs a reference like every Top-x% indicator (§8.1)", () => {
    expect(() => cwtsTopCited(dataSetT.papers, {} as CwtsTopCitedOptionsInput)).toThrow(/whole world output/);
  });
});

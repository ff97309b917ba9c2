import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../../src/corpus/corpus.ts";
import { nistepWeights } from "../../../src/indicators/counting/nistep-counting.ts";
import { corpusOf, paper, show } from "../_papers.ts";

let unassigned: Corpus;
beforeAll(async () => {
  unassigned = await corpusOf("indicators/unassigned-shares.txt");
});

describe("nistepWeights(paper, options)", () => {
  it("gives NISTEP's example: university A and B in Japan and C in the USA → Japan 2/3, USA 1/3 (§4.2)", () => {
    const p = paper({
      addresses: [
        ["JP", "UNIV A"],
        ["JP", "UNIV B"],
        ["US", "UNIV C"],
      ],
    });
    expect(show(nistepWeights(p))).toBe("JP 2/3, US 1/3");
  });

  it("counts two departments of one university as one unit, and as two with nistepUnit = address", () => {
    // U(p) = {(JP, UNIV TOKYO), (US, HARVARD UNIV)}: K = 2 → JP 1/2, US 1/2.
    // Address lines: Tokyo Dept A, Tokyo Dept B, Harvard → JP 2/3, US 1/3.
    const p = paper({
      addresses: [
        ["JP", "UNIV TOKYO"],
        ["JP", "UNIV TOKYO"],
        ["US", "HARVARD UNIV"],
      ],
    });
    expect(show(nistepWeights(p))).toBe("JP 1/2, US 1/2");
    expect(show(nistepWeights(p, { nistepUnit: "address" }))).toBe("JP 2/3, US 1/3");
  });

  it("leaves a unit without a country out of K(p) and records fraction-renormalized", () => {
    // U1: (JP, UNIV TOKYO), (null, INST LOST CITY), (US, HARVARD UNIV): K = 2 → JP 1/2, US 1/2.
    const u1 = unassigned.papers.at(0);
    if (u1 === undefined) throw new Error("sample has no U1");
    expect(u1.institutions).toHaveLength(3);
    expect(nistepWeights(u1)).toEqual({
      weights: [
        { country: "JP", numerator: 1, denominator: 2, weight: 0.5 },
        { country: "US", numerator: 1, denominator: 2, weight: 0.5 },
      ],
      total: { numerator: 1, denominator: 1, weight: 1 },
      warnings: ["fraction-renormalized"],
    });
  });

  it("treats a paper none of whose units has a country as unattributable", () => {
    expect(
      nistepWeights(
        paper({
          addresses: [
            [null, "A"],
            [null, "B"],
          ],
        }),
      ).weights,
    ).toEqual([]);
  });

  it("counts RP-derived units like C1 units (P7 of data set C: Nagoya Univ from RP → JP 1)", () => {
    const p7 = paper({ addresses: [["JP", "NAGOYA UNIV"]] });
    expect(show(nistepWeights(p7))).toBe("JP 1/1");
  });
});

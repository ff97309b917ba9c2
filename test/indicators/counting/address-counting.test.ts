import { beforeAll, describe, expect, it } from "vitest";
import type { Corpus } from "../../../src/corpus/corpus.ts";
import { addressWeights } from "../../../src/indicators/counting/address-counting.ts";
import { corpusOf, dataSetC, paper, show } from "../_papers.ts";

let c: Corpus;
beforeAll(async () => {
  c = (await dataSetC()).corpus;
});

describe("addressWeights(paper)", () => {
  it("gives each address line with a country an equal share (§4.4)", () => {
    // Tokyo Dept A, Tokyo Dept B, Harvard: JP 2/3, US 1/3 (departments count separately).
    const p = paper({
      addresses: [
        ["JP", "UNIV TOKYO"],
        ["JP", "UNIV TOKYO"],
        ["US", "HARVARD UNIV"],
      ],
    });
    expect(show(addressWeights(p))).toBe("JP 2/3, US 1/3");
  });

  it("on data set C equals NISTEP counting (hand-worked: only P2 has two lines of one unit, and it is all JP)", () => {
    // P1 JP 2/3 US 1/3; P2 JP 2/2; P3 JP 1; P4 1/3 each; P5 US 2/3 CN 1/3; P6 JP 1/2 DE 1/2; P7 JP 1.
    expect([...c.papers].map((p) => show(addressWeights(p)))).toEqual([
      "JP 2/3, US 1/3",
      "JP 1/1",
      "JP 1/1",
      "FR 1/3, GB 1/3, JP 1/3",
      "CN 1/3, US 2/3",
      "DE 1/2, JP 1/2",
      "JP 1/1",
      "",
    ]);
  });

  it("leaves addresses without a country out of the denominator, with fraction-renormalized", async () => {
    // U1: Tokyo JP, Lost City (no country), Harvard US → JP 1/2, US 1/2.
    const [u1] = (await corpusOf("indicators/unassigned-shares.txt")).papers;
    if (u1 === undefined) throw new Error("sample has no U1");
    const weights = addressWeights(u1);
    expect(show(weights)).toBe("JP 1/2, US 1/2");
    expect(weights.warnings).toEqual(["fraction-renormalized"]);
  });

  it("records the reason it was called for, besides its own", () => {
    const p = paper({
      addresses: [
        ["JP", "A"],
        [null, "B"],
      ],
    });
    expect(addressWeights(p, ["cwts-fallback-address"]).warnings).toEqual([
      "cwts-fallback-address",
      "fraction-renormalized",
    ]);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import type { CorpusPaper } from "../../../src/corpus/corpus-paper.ts";
import { cwtsWeights } from "../../../src/indicators/counting/cwts-counting.ts";
import { corpusOf, paper, show } from "../_papers.ts";

let u1: CorpusPaper;
let u2: CorpusPaper;
let u3: CorpusPaper;
beforeAll(async () => {
  const [a, b, c] = (await corpusOf("indicators/unassigned-shares.txt")).papers;
  if (a === undefined || b === undefined || c === undefined)
    throw new Error("sample has fewer than 3 papers");
  [u1, u2, u3] = [a, b, c];
});

describe("cwtsWeights(paper, options)", () => {
  it("splits an author's 1/n(p) equally over his or her addresses (§4.3)", () => {
    // Author 0 at Tokyo JP and Harvard US, author 1 at Harvard: JP 1/4, US 1/4 + 1/2 = 3/4.
    const p = paper({
      addresses: [
        ["JP", "UNIV TOKYO"],
        ["US", "HARVARD UNIV"],
      ],
      authors: [[0, 1], [1]],
    });
    expect(show(cwtsWeights(p))).toBe("JP 1/4, US 3/4");
  });

  it("keeps the share of an author without a linked address unassigned by default", () => {
    // U2: Kato → Osaka JP, Lee → MIT US, Park → nothing: JP 1/3, US 1/3, total 2/3.
    expect(u2.authorAddresses).toEqual([[0], [1], []]);
    expect(cwtsWeights(u2)).toEqual({
      weights: [
        { country: "JP", numerator: 1, denominator: 3, weight: 1 / 3 },
        { country: "US", numerator: 1, denominator: 3, weight: 1 / 3 },
      ],
      total: { numerator: 2, denominator: 3, weight: 2 / 3 },
      warnings: [],
    });
  });

  it("keeps the share of an author whose address has no country unassigned by default", () => {
    // U1: Sato → Tokyo JP, Moreau → Lost City (no country), Smith → Harvard US: JP 1/3, US 1/3.
    expect(show(cwtsWeights(u1))).toBe("JP 1/3, US 1/3");
    expect(cwtsWeights(u1).total.weight).toBe(2 / 3);
  });

  it("divides by the assigned total with cwtsRenormalize, recording fraction-renormalized", () => {
    // U2: (1/3) / (2/3) = 1/2 each.
    expect(cwtsWeights(u2, { cwtsRenormalize: true })).toEqual({
      weights: [
        { country: "JP", numerator: 1, denominator: 2, weight: 0.5 },
        { country: "US", numerator: 1, denominator: 2, weight: 0.5 },
      ],
      total: { numerator: 1, denominator: 1, weight: 1 },
      warnings: ["fraction-renormalized"],
    });
  });

  it("falls back to address lines when the record has no author–address link (cwts-fallback-address)", () => {
    // U3: no brackets in C1; addresses Tokyo JP, Kyoto JP, Harvard US → JP 2/3, US 1/3.
    expect(u3.authorAddresses.every((linked) => linked.length === 0)).toBe(true);
    const weights = cwtsWeights(u3);
    expect(show(weights)).toBe("JP 2/3, US 1/3");
    expect(weights.warnings).toEqual(["cwts-fallback-address"]);
  });

  it("gives 0 to a country no author is linked to, and falls back to addresses when renormalizing nothing", () => {
    // Author 0 → the address without a country; the US address is linked to nobody.
    // Default: JP is absent, US 0, total 0. Renormalized: 0/0 cannot be scaled → address lines: US 1.
    const p = paper({
      addresses: [
        [null, "LOST"],
        ["US", "HARVARD UNIV"],
      ],
      authors: [[0]],
    });
    expect(cwtsWeights(p)).toEqual({
      weights: [{ country: "US", numerator: 0, denominator: 1, weight: 0 }],
      total: { numerator: 0, denominator: 1, weight: 0 },
      warnings: [],
    });
    expect(show(cwtsWeights(p, { cwtsRenormalize: true }))).toBe("US 1/1");
    expect(cwtsWeights(p, { cwtsRenormalize: true }).warnings).toEqual([
      "cwts-fallback-address",
      "fraction-renormalized",
    ]);
  });

  it("stays exact on a hyper-authored paper (3000 authors)", () => {
    // 2000 authors at Tokyo only: 2000 · 1/3000.
    // 999 authors at Tokyo and Harvard: 999 · 1/6000 each to JP and US.
    // 1 author without an address: 1/3000 unassigned.
    // JP = 4000/6000 + 999/6000 = 4999/6000; US = 999/6000 = 333/2000; total = 5998/6000 = 2999/3000.
    const authors = [
      ...Array.from({ length: 2000 }, () => [0]),
      ...Array.from({ length: 999 }, () => [0, 1]),
      [],
    ];
    const p = paper({
      addresses: [
        ["JP", "UNIV TOKYO"],
        ["US", "HARVARD UNIV"],
      ],
      authors,
    });
    const weights = cwtsWeights(p);
    expect(show(weights)).toBe("JP 4999/6000, US 333/2000");
    expect(weights.total).toEqual({ numerator: 2999, denominator: 3000, weight: 2999 / 3000 });
    // Renormalized: (4999/6000) / (5998/6000) = 4999/5998; US 999/5998.
    expect(show(cwtsWeights(p, { cwtsRenormalize: true }))).toBe("JP 4999/5998, US 999/5998");
  });
});

import { describe, expect, it } from "vitest";
import { authorWeights } from "../../../src/indicators/counting/author-counting.ts";
import { cwtsWeights } from "../../../src/indicators/counting/cwts-counting.ts";
import { paper, show } from "../_papers.ts";

describe("authorWeights(paper, options)", () => {
  it("splits an author over his or her countries, where CWTS splits over addresses (§4.4)", () => {
    // One author at Tokyo JP, Kyoto JP and Harvard US.
    // Author counting: countries {JP, US} → JP 1/2, US 1/2. CWTS: addresses → JP 2/3, US 1/3.
    const p = paper({
      addresses: [
        ["JP", "UNIV TOKYO"],
        ["JP", "KYOTO UNIV"],
        ["US", "HARVARD UNIV"],
      ],
      authors: [[0, 1, 2]],
    });
    expect(show(authorWeights(p))).toBe("JP 1/2, US 1/2");
    expect(show(cwtsWeights(p))).toBe("JP 2/3, US 1/3");
  });

  it("divides by n(p): a second author at Harvard gives JP 1/4, US 1/4 + 1/2 = 3/4", () => {
    const p = paper({
      addresses: [
        ["JP", "UNIV TOKYO"],
        ["JP", "KYOTO UNIV"],
        ["US", "HARVARD UNIV"],
      ],
      authors: [[0, 1, 2], [2]],
    });
    expect(show(authorWeights(p))).toBe("JP 1/4, US 3/4");
  });

  it("leaves an author without a country unassigned, or renormalizes with cwtsRenormalize", () => {
    // Author 0 → JP, author 1 → only the address without a country: JP 1/2, total 1/2; renormalized JP 1.
    const p = paper({
      addresses: [
        ["JP", "UNIV TOKYO"],
        [null, "LOST"],
      ],
      authors: [[0], [1]],
    });
    expect(show(authorWeights(p))).toBe("JP 1/2");
    expect(show(authorWeights(p, { cwtsRenormalize: true }))).toBe("JP 1/1");
    expect(authorWeights(p, { cwtsRenormalize: true }).warnings).toEqual(["fraction-renormalized"]);
  });

  it("falls back to address lines when no author is linked to an address", () => {
    const p = paper({
      addresses: [
        ["JP", "A"],
        ["US", "B"],
        ["US", "C"],
      ],
      authors: [[], []],
    });
    expect(show(authorWeights(p))).toBe("JP 1/3, US 2/3");
    expect(authorWeights(p).warnings).toEqual(["cwts-fallback-address"]);
  });
});

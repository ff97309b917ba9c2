import { describe, expect, it } from "vitest";
import { integerWeights } from "../../../src/indicators/counting/integer-counting.ts";
import { paper, show } from "../_papers.ts";

describe("integerWeights(paper)", () => {
  it("gives every country of C(p) weight 1, however many addresses it has (§4.1)", () => {
    // Two Japanese addresses and one American: JP 1, US 1, total 2.
    const p = paper({
      addresses: [
        ["JP", "UNIV TOKYO"],
        ["JP", "KYOTO UNIV"],
        ["US", "HARVARD UNIV"],
      ],
    });
    expect(show(integerWeights(p))).toBe("JP 1/1, US 1/1");
    expect(integerWeights(p).total).toEqual({ numerator: 2, denominator: 1, weight: 2 });
  });

  it("ignores addresses without a country", () => {
    expect(
      show(
        integerWeights(
          paper({
            addresses: [
              ["JP", "A"],
              [null, "B"],
            ],
          }),
        ),
      ),
    ).toBe("JP 1/1");
  });

  it("gives an unattributable paper no weight", () => {
    expect(integerWeights(paper({ addresses: [[null, "B"]] })).weights).toEqual([]);
    expect(integerWeights(paper({ addresses: [] })).total.weight).toBe(0);
  });
});

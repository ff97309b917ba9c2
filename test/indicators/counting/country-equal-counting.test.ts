import { describe, expect, it } from "vitest";
import { countryEqualWeights } from "../../../src/indicators/counting/country-equal-counting.ts";
import { paper, show } from "../_papers.ts";

describe("countryEqualWeights(paper)", () => {
  it("gives every country 1/|C(p)|, whatever its number of institutions (§4.4)", () => {
    // P5 of data set C: Harvard US, MIT US, Peking CN → US 1/2, CN 1/2 (NISTEP would give US 2/3).
    const p5 = paper({
      addresses: [
        ["US", "HARVARD UNIV"],
        ["US", "MIT"],
        ["CN", "PEKING UNIV"],
      ],
    });
    expect(show(countryEqualWeights(p5))).toBe("CN 1/2, US 1/2");
  });

  it("gives three countries 1/3 each and sums to 1", () => {
    const p4 = paper({
      addresses: [
        ["JP", "UNIV TOKYO"],
        ["GB", "UNIV OXFORD"],
        ["FR", "CNRS"],
      ],
    });
    expect(show(countryEqualWeights(p4))).toBe("FR 1/3, GB 1/3, JP 1/3");
    expect(countryEqualWeights(p4).total).toEqual({ numerator: 1, denominator: 1, weight: 1 });
  });

  it("gives an unattributable paper no weight", () => {
    expect(countryEqualWeights(paper({ addresses: [] })).weights).toEqual([]);
  });
});

// docs/methodology.md §5.1 and the classification of §5.3 on data set C.
import { beforeAll, describe, expect, it } from "vitest";
import type { CorpusPaper } from "../../../src/corpus/corpus-paper.ts";
import {
  collaborationType,
  internationalClass,
} from "../../../src/indicators/collaboration/collaboration-type.ts";
import { corpusOf, dataSetC, paper } from "../_papers.ts";

let p: (name: string) => CorpusPaper;
beforeAll(async () => {
  p = (await dataSetC()).p;
});

describe("collaborationType(paper) classifies data set C as §5.3 does", () => {
  it.each([
    ["P1", "bilateral"],
    ["P2", "domesticSingle"], // one institution, two departments
    ["P3", "domesticMulti"],
    ["P4", "multilateral"],
    ["P5", "bilateral"],
    ["P6", "bilateral"],
    ["P7", "domesticSingle"], // from RP
    ["P8", null], // unattributable
  ] as const)("%s → %s", (name, type) => {
    expect(collaborationType(p(name))).toBe(type);
  });

  it("P6 is international through one author with two affiliations: crossAffiliationOnly = true", () => {
    expect(p("P6").crossAffiliationOnly).toBe(true);
  });
});

describe("collaborationType(paper)", () => {
  it("counts every institution unit, including one without a country", () => {
    // C(p) = {JP}; U(p) = {(JP, A), (null, B)}: |U(p)| = 2 → domestic multi-institution.
    expect(
      collaborationType(
        paper({
          addresses: [
            ["JP", "A"],
            [null, "B"],
          ],
        }),
      ),
    ).toBe("domesticMulti");
  });

  it("follows hongKongMacao: a Hong Kong–mainland paper is bilateral under separate, domestic under china", async () => {
    const separate = await corpusOf("indicators/hong-kong-mainland.txt");
    const china = await corpusOf("indicators/hong-kong-mainland.txt", { hongKongMacao: "china" });
    expect([...separate.papers].map(collaborationType)).toEqual(["bilateral"]);
    // Univ Hong Kong and Peking Univ are two units of CN: domestic, multi-institution.
    expect([...china.papers].map(collaborationType)).toEqual(["domesticMulti"]);
  });
});

describe("internationalClass(paper, internationalClasses)", () => {
  const countries = (n: number) => ({ countries: ["CN", "DE", "FR", "GB", "JP", "US"].slice(0, n) });
  it.each([
    [1, undefined, null],
    [2, undefined, "2"],
    [3, undefined, "3+"],
    [5, undefined, "3+"],
    [2, [2, 3, 4], "2"],
    [3, [2, 3, 4], "3"],
    [4, [2, 3, 4], "4+"],
    [6, [2, 3, 4], "4+"],
    [3, [2, 5], "2-4"],
    [5, [2, 5], "5+"],
    [2, [2], "2+"],
    [0, [2, 3, 4], null],
  ] as const)("%i countries with %j → %s", (n, classes, expected) => {
    expect(internationalClass(countries(n), classes)).toBe(expected);
  });

  it.each([[[3]], [[2, 2]], [[2, 4, 3]], [[]]])("rejects class boundaries %j", (classes) => {
    expect(() => internationalClass(countries(2), classes)).toThrow();
  });
});

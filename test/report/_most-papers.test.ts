// The countries a report shows: integer paper counts over all years, ties by key in code units.
import { describe, expect, it } from "vitest";
import { mostPapers } from "../../src/report/_most-papers.ts";

const papers = (...countries: string[][]) => countries.map((list) => ({ countries: list }));

describe("mostPapers(papers, count)", () => {
  it.each([
    ["no papers", papers(), 10, []],
    ["a paper without a country counts for none", papers([], ["JP"]), 10, ["JP 1"]],
    // JP on all three papers, US on two, DE on one: each country of a paper counts the paper once.
    ["most papers first", papers(["DE", "JP", "US"], ["JP", "US"], ["JP"]), 10, ["JP 3", "US 2", "DE 1"]],
    ["ties by key in code units", papers(["US"], ["GB"], ["DE"]), 10, ["DE 1", "GB 1", "US 1"]],
    ["cut at count inside a tie", papers(["US"], ["GB"], ["DE"]), 2, ["DE 1", "GB 1"]],
    ["fewer countries than count", papers(["FR"]), 3, ["FR 1"]],
  ])("%s", (_, input, count, expected) => {
    expect(mostPapers(input, count).map(({ country, papers: n }) => `${country} ${n}`)).toEqual(expected);
  });

  it("does not depend on the order of the papers", () => {
    const list = papers(["US"], ["GB", "US"], ["GB"], ["DE"]);
    expect(mostPapers([...list].reverse(), 10)).toEqual(mostPapers(list, 10));
  });
});

// The reference population of a run (docs/methodology.md §8.1): the papers in scope, then those
// left out only by the country or field filters, made once however many tables a run computes.
import { describe, expect, it } from "vitest";
import { referencePapers, runBaselines, runThresholds } from "../../src/cli/_reference-args.ts";
import type { Corpus } from "../../src/corpus/corpus.ts";
import { excludedTable, paperTable } from "../../src/corpus/paper-table.ts";
import { paper } from "../indicators/_papers.ts";

describe("referencePapers(corpus)", () => {
  const inScope = paper({ ut: "WOS:1", addresses: [["JP", "UNIV TOKYO"]] });
  const otherCountry = paper({ ut: "WOS:2", addresses: [["US", "HARVARD UNIV"]] });
  const otherYear = paper({ ut: "WOS:3", addresses: [["JP", "UNIV TOKYO"]] });
  const corpus = {
    papers: paperTable([inScope]),
    excluded: excludedTable(paperTable([otherCountry, otherYear]), [
      ["country-out-of-scope"],
      ["country-out-of-scope", "year-out-of-scope"],
    ]),
  } as unknown as Corpus;

  it("is the papers in scope and those left out by the country or field filters alone, made once", () => {
    const population = referencePapers(corpus);
    // WOS:3 is also out of the years, which define the reference sets: it stays out.
    expect([...population()].map((p) => p.ut)).toEqual(["WOS:1", "WOS:2"]);
    expect(population()).toBe(population());
  });

  it("is not made when the run was given its tables", () => {
    let made = 0;
    const counted = () => {
      made++;
      return [];
    };
    const table = { rows: [] } as unknown as Parameters<typeof runThresholds>[0];
    const baselines = { rows: [] } as unknown as Parameters<typeof runBaselines>[0];
    expect(runThresholds(table, counted, {})).toBe(table);
    expect(runBaselines(baselines, counted, {})).toBe(baselines);
    expect(made).toBe(0);
  });
});

// InCites' "% Documents in Top 10%" (docs/methodology.md §8.5) on data set T (§8.6).
import { describe, expect, it } from "vitest";
import { incitesTopCited } from "../../../src/indicators/top-cited/incites-top-cited.ts";
import { corpusOf, paper } from "../_papers.ts";

const dataSetT = await corpusOf("top/data-set-t.txt");

describe("incitesTopCited(papers, options)", () => {
  it("counts only F1 in the top 10% of data set T, so the world has 5%, not 10% (§8.6)", () => {
    // Percentiles: 31 citations → 100·1/20 = 5.00; 12 → 100·5/20 = 25.00. Top 1%: 5.00 > 1, none.
    const rows = incitesTopCited(dataSetT.papers, { reference: "corpus" });
    expect(rows.find((r) => r.country === "JP")).toEqual({
      country: "JP",
      period: "2021",
      field: "all",
      "Web of Science Documents": 7,
      "Documents in Top 10%": 1,
      "% Documents in Top 10%": 100 / 7,
      "Documents in Top 1%": 0,
      "% Documents in Top 1%": 0,
    });
    expect(rows.find((r) => r.country === "WORLD")).toMatchObject({
      "Web of Science Documents": 20,
      "Documents in Top 10%": 1,
      "% Documents in Top 10%": 5,
    });
  });

  it("counts a document in two categories once, top by its best category (§8.5)", () => {
    // Optics: 10 documents cited 9, 1, 1, 1, 1, 1, 1, 1, 1, 1 → the 9 is at percentile 10 (top);
    // Physics, Applied: the same document with 20 others cited 30, 20 (k = 3 of 21 → 14.29, not top).
    const jp: [string, string][] = [["JP", "UNIV TOKYO"]];
    const optics = Array.from({ length: 9 }, (_, i) =>
      paper({ ut: `WOS:O${i}`, addresses: jp, categories: ["Optics"], citations: 1, esi: ["PHY"] }),
    );
    const applied = Array.from({ length: 20 }, (_, i) =>
      paper({
        ut: `WOS:A${i}`,
        addresses: jp,
        categories: ["Physics, Applied"],
        citations: i < 2 ? 30 - 10 * i : 0,
        esi: ["PHY"],
      }),
    );
    const both = paper({
      ut: "WOS:B",
      addresses: [["US", "MIT"]],
      categories: ["Optics", "Physics, Applied"],
      citations: 9,
      esi: ["PHY"],
    });
    const us = incitesTopCited([...optics, ...applied, both], { reference: "corpus" }).find(
      (r) => r.country === "US",
    );
    expect(us).toMatchObject({
      "Web of Science Documents": 1,
      "Documents in Top 10%": 1,
      "% Documents in Top 10%": 100,
    });
  });
});

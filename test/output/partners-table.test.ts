// The partner table as Markdown and CSV on a small corpus worked by hand (docs/methodology.md §9.2):
// a tie at the top-N cutoff, a highlighted country below it, no compare window.
import { describe, expect, it } from "vitest";
import { partners } from "../../src/indicators/partners/partners.ts";
import { partnersCsv, partnersMarkdown } from "../../src/output/partners-table.ts";
import { paper } from "../indicators/_papers.ts";
import { TIES } from "../indicators/_partner-papers.ts";

// TIES: focal JP, |I_JP| = 8; US 3, then CN, DE, KR 2 (rank 2), FR 1 (rank 5); see _partner-papers.ts.

describe("partnersMarkdown(table)", () => {
  it("prints the top 3 with the shared rank, France below the cutoff, partners by name, the reverse view, the codes and the cutoff note", () => {
    const md = partnersMarkdown(partners(TIES, { focal: "JP", top: 3, highlight: ["FR", "JP", "GB"] }));
    // Shares over 8: USA 3/8 = 37.5, CHN and DEU 2/8 = 25.0 (DEU shares rank 2 at position 3), FRA 1/8 = 12.5;
    // top 3: 7/8 = 87.5; all: 10/8 = 125.0. GB has no paper with JP: "—". JP (the focal country) is ignored.
    // Reverse: USA 3/4 = 75.0, CHN 2/3 = 66.666… → 66.7, DEU 2/2, FRA 1/1.
    expect(
      md,
    ).toBe(`Partner countries of Japan (JP): the share of the international co-authored papers of Japan (two or more countries) that include each partner, in %, integer counting ([methodology §9](docs/methodology.md#s9)).

## 2021

| Field | International papers | 1 | 2 | 3 | Top-3 sum (%) | All partners (%) | France rank | France (%) | United Kingdom rank | United Kingdom (%) |
| --- | ---: | --- | --- | --- | ---: | ---: | --- | ---: | --- | ---: |
| All fields | 8 | USA 37.5 | CHN 25.0 | DEU 25.0 (=2) | 87.5 | 125.0 | 5 | 12.5 | — | — |

## Rows

| Period | Field | Rank | Partner | Papers | Share (%) | Partner's international papers | Japan in partner's international papers (%) |
| --- | --- | ---: | --- | ---: | ---: | ---: | ---: |
| 2021 | All fields | 1 | United States | 3 | 37.5 | 4 | 75.0 |
| 2021 | All fields | 2 | China | 2 | 25.0 | 3 | 66.7 |
| 2021 | All fields | 2 | Germany | 2 | 25.0 | 2 | 100.0 |
| 2021 | All fields | 5 | France | 1 | 12.5 | 1 | 100.0 |

A paper counts once for each of its partners, so the shares overlap and add up to 100% or more over all partners ([§9.1](docs/methodology.md#s9.1)). Ranks are competition ranks on exact paper counts: equal counts share a rank and are shown by ISO alpha-3; (=k) marks a partner sharing rank k ([§9.2](docs/methodology.md#s9.2)). Codes: CHN China, DEU Germany, USA United States. Periods of several years sum their years' papers; shares are ratios of the sums. Japan in partner's international papers is the reverse view: papers over the partner's own international co-authored papers in the corpus. 2021, All fields: the top 3 ends inside a tie between China, Germany, South Korea.
`);
  });

  it("says how many papers fall in no period", () => {
    const md = partnersMarkdown(
      partners(TIES, { focal: "JP", periods: { kind: "windows", windows: [{ from: 2021, to: 2021 }] } }),
    );
    expect(md).not.toContain("fall in no period");
    const twoYears = [...TIES, paper({ ut: "WOS:000000000000199", year: 2020, addresses: [["JP", "X"]] })];
    const md2020 = partnersMarkdown(
      partners(twoYears, { focal: "JP", periods: { kind: "windows", windows: [{ from: 2021, to: 2021 }] } }),
    );
    expect(md2020.endsWith("1 of 11 papers fall in no period.\n")).toBe(true);
  });

  it("prints an empty table with the field's 0 when the focal country has no international paper", () => {
    const md = partnersMarkdown(partners(TIES, { focal: "BR" }));
    expect(md).toContain(
      "| Field | International papers | Top-10 sum (%) | All partners (%) |\n| --- | ---: | ---: | ---: |\n| All fields | 0 |  |  |\n",
    );
  });
});

describe("partnersCsv(table)", () => {
  it("writes every kept row unrounded, names beside the codes, with inTop false below the cutoff", () => {
    const csv = partnersCsv(partners(TIES, { focal: "JP", top: 1, highlight: ["FR"] }));
    expect(csv).toBe(
      [
        "focal,focalName,period,field,fieldName,rank,partner,partnerName,papers,share,previousRank,rankChange,movement,partnerAlpha3,inTop,focalInternational,partnerInternational,reverseShare",
        "JP,Japan,2021,all,All fields,1,US,United States,3,0.375,,,,USA,true,8,4,0.75",
        "JP,Japan,2021,all,All fields,5,FR,France,1,0.125,,,,FRA,false,8,1,1",
        "",
      ].join("\n"),
    );
  });
});

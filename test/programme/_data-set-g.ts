/**
 * Data set G (methodology §12.4, Appendix C.5) as corpus papers, with publication dates chosen so
 * that fiscal years (April–March) tell the policies apart:
 *
 * | Paper | Funding                                   | Countries  | PY   | PD    | EA       | FY earliest | FY final |
 * | R1    | FU JST [JPMJAP9999]                       | JP GB      | 2024 | MAR   | —        | 2023        | 2023     |
 * | R2    | FX "... Grant Number JPMJAP9999."         | JP         | 2024 | APR   | —        | 2024        | 2024     |
 * | R3    | FU JST [JPMJAP9999, JP20H00001]           | JP US GB   | 2024 | MAY   | MAR 2024 | 2023        | 2024     |
 * | R4    | none                                      | JP FR      | 2024 | JUN   | —        | —           | —        |
 * | R5    | none; its DOI is on the project's list    | JP DE      | 2024 | —     | —        | null        | null     |
 * | R6    | FU JST [JPMJAP99990]                      | JP GB      | 2024 | JUL   | —        | —           | —        |
 */
import type { CorpusPaper } from "../../src/corpus/corpus-paper.ts";
import { paper } from "../indicators/_papers.ts";

/** UT of data set G's record `Rn`. */
export const ut = (n: number): string => `WOS:00000000000000${n}`;

/** The six papers of data set G. */
export function dataSetG(): CorpusPaper[] {
  return [
    paper({
      ut: ut(1),
      year: 2024,
      publicationDate: "MAR",
      addresses: [
        ["JP", "UNIV TOKYO"],
        ["GB", "UNIV OXFORD"],
      ],
      grants: [{ agency: "Japan Science and Technology Agency (JST)", grantIds: ["JPMJAP9999"] }],
    }),
    paper({
      ut: ut(2),
      year: 2024,
      publicationDate: "APR",
      addresses: [["JP", "UNIV TOKYO"]],
      fundingText: "This work was supported by JST ASPIRE, Grant Number JPMJAP9999.",
    }),
    paper({
      ut: ut(3),
      year: 2024,
      publicationDate: "MAY",
      earlyAccessDate: "MAR 2024",
      addresses: [
        ["JP", "KYOTO UNIV"],
        ["US", "HARVARD UNIV"],
        ["GB", "UCL"],
      ],
      grants: [{ agency: "JST", grantIds: ["JPMJAP9999", "JP20H00001"] }],
    }),
    paper({
      ut: ut(4),
      year: 2024,
      publicationDate: "JUN",
      addresses: [
        ["JP", "UNIV TOKYO"],
        ["FR", "CNRS"],
      ],
    }),
    paper({
      ut: ut(5),
      year: 2024,
      doi: "10.9999/example.r5",
      addresses: [
        ["JP", "UNIV TOKYO"],
        ["DE", "MAX PLANCK"],
      ],
    }),
    paper({
      ut: ut(6),
      year: 2024,
      publicationDate: "JUL",
      addresses: [
        ["JP", "UNIV TOKYO"],
        ["GB", "UNIV OXFORD"],
      ],
      grants: [{ agency: "JST", grantIds: ["JPMJAP99990"] }],
    }),
  ];
}

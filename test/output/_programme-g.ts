// Data set G (methodology §12.4, Appendix C.5) as copub programme evaluates it, written by hand for
// the renderers' tests: data-samples/programme/data-set-g.txt with data-set-g-projects.csv and
// data-set-g-targets.csv, focal JP, fiscal years from April, Early Access dates first.
//
// Projects: ASPIRE-GB (grant JPMJAP9999, partner GB, DOI list https://doi.org/10.9999/EXAMPLE.R5) and
// ASPIRE-US (partner US, UT list WOS:000000000000703, DOI list 10.9999/missing.r7, which no record has).
// Selected (§12.1): R1 grant:FU, R2 grant:FX, R3 grant:FU (ASPIRE-GB) and ut-list (ASPIRE-US),
// R5 doi-list; R4 has no funding, R6's JPMJAP99990 is not the whole token JPMJAP9999.
// Fiscal years (§12.3, FY N = April N – March N+1):
//   R1 PD MAR 31 2023 → FY2022 (31 March closes FY2022)    JP GB      intl, with GB
//   R2 PD APR 1 2023  → FY2023 (1 April opens FY2023)      JP         not intl
//   R3 EA MAR 2023 (PY 2024, PD JUN) → FY2022              JP GB US   intl, with GB (and with US)
//   R5 PY 2024, no PD → undetermined (fy-undetermined)     DE JP      intl, no partner
// Programme total: FY2022 R1 R3 = 2/2/2; FY2023 R2 = 1/0/0; undetermined R5 = 1/1/0; sums 4/3/2 (§12.4).
// ASPIRE-US: FY2022 R3 = 1/1/1.
// Targets (with partner): FY2022 1 (actual 2, met; cumulative 1 and 2), FY2023 2 (actual 0; cumulative
// 3 and 2), FY2024 2 (actual 0; cumulative 5 and 2).
import type { CorpusAccounting } from "../../src/corpus/corpus.ts";
import type { ProgrammeResult } from "../../src/programme/programme-result.ts";

export const G: ProgrammeResult = {
  focal: "JP",
  period: "fiscal",
  fiscalYearStart: 4,
  datePolicy: "earliest",
  partnerAuthorRule: "country",
  rows: [
    { project: "ASPIRE-GB", fiscalYear: 2022, papers: 2, international: 2, withPartner: 2 },
    { project: "ASPIRE-GB", fiscalYear: 2023, papers: 1, international: 0, withPartner: 0 },
    { project: "ASPIRE-GB", fiscalYear: null, papers: 1, international: 1, withPartner: 0 },
    { project: "ASPIRE-US", fiscalYear: 2022, papers: 1, international: 1, withPartner: 1 },
  ],
  total: [
    { fiscalYear: 2022, papers: 2, international: 2, withPartner: 2 },
    { fiscalYear: 2023, papers: 1, international: 0, withPartner: 0 },
    { fiscalYear: null, papers: 1, international: 1, withPartner: 0 },
  ],
  papers: [
    {
      ut: "WOS:000000000000701",
      doi: "10.9999/example.r1",
      projects: ["ASPIRE-GB"],
      matchedBy: ["grant:FU"],
      matches: [{ project: "ASPIRE-GB", matchedBy: "grant:FU", identifier: "JPMJAP9999" }],
      fiscalYear: 2022,
      countries: ["GB", "JP"],
      international: true,
      withPartner: true,
    },
    {
      ut: "WOS:000000000000702",
      doi: "10.9999/example.r2",
      projects: ["ASPIRE-GB"],
      matchedBy: ["grant:FX"],
      matches: [{ project: "ASPIRE-GB", matchedBy: "grant:FX", identifier: "JPMJAP9999" }],
      fiscalYear: 2023,
      countries: ["JP"],
      international: false,
      withPartner: false,
    },
    {
      ut: "WOS:000000000000703",
      doi: "10.9999/example.r3",
      projects: ["ASPIRE-GB", "ASPIRE-US"],
      matchedBy: ["grant:FU", "ut-list"],
      matches: [
        { project: "ASPIRE-GB", matchedBy: "grant:FU", identifier: "JPMJAP9999" },
        { project: "ASPIRE-US", matchedBy: "ut-list", identifier: "WOS:000000000000703" },
      ],
      fiscalYear: 2022,
      countries: ["GB", "JP", "US"],
      international: true,
      withPartner: true,
    },
    {
      ut: "WOS:000000000000705",
      doi: "10.9999/example.r5",
      projects: ["ASPIRE-GB"],
      matchedBy: ["doi-list"],
      matches: [
        { project: "ASPIRE-GB", matchedBy: "doi-list", identifier: "https://doi.org/10.9999/EXAMPLE.R5" },
      ],
      fiscalYear: null,
      countries: ["DE", "JP"],
      international: true,
      withPartner: false,
    },
  ],
  unmatchedIdentifiers: [
    { project: "ASPIRE-US", kind: "doi", identifier: "10.9999/missing.r7", normalized: "10.9999/missing.r7" },
  ],
  targetIndicator: "withPartner",
  targets: [
    {
      project: null,
      fiscalYear: 2022,
      target: 1,
      actual: 2,
      cumulativeTarget: 1,
      cumulativeActual: 2,
      met: true,
    },
    {
      project: null,
      fiscalYear: 2023,
      target: 2,
      actual: 0,
      cumulativeTarget: 3,
      cumulativeActual: 2,
      met: false,
    },
    {
      project: null,
      fiscalYear: 2024,
      target: 2,
      actual: 0,
      cumulativeTarget: 5,
      cumulativeActual: 2,
      met: false,
    },
  ],
  warnings: [
    {
      code: "fy-undetermined",
      ut: "WOS:000000000000705",
      project: null,
      detail: "no month to place it in a fiscal year (PY 2024, PD none, EA none)",
    },
  ],
  accounting: { inScope: 6, selected: 4, notSelected: 2, funderTextOnly: 0, fiscalYearUndetermined: 1 },
};

/** Data set G without targets. */
export const G_WITHOUT_TARGETS: ProgrammeResult = { ...G, targets: [] };

/** Data set G's record accounting: six records, all parsed and in scope. */
export const G_RECORDS: CorpusAccounting = {
  records: 6,
  parsed: 6,
  rejected: 0,
  rejectedByCode: {},
  unique: 6,
  duplicates: 0,
  duplicatesIdentical: 0,
  duplicatesConflicting: 0,
  inScope: 6,
  excluded: 0,
  excludedByReason: {},
  unattributed: 0,
};

/** The keys of `copub programme --format json`, in order: the contract's, and the focal country's name. */
export const JSON_KEYS = [
  "focal",
  "focalName",
  "period",
  "fiscalYearStart",
  "datePolicy",
  "partnerAuthorRule",
  "rows",
  "total",
  "papers",
  "unmatchedIdentifiers",
  "targetIndicator",
  "targets",
  "warnings",
  "accounting",
];

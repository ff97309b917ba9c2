/**
 * What a programme evaluation gives (docs/methodology.md §12): counts per project and reporting
 * year, the programme total in which a paper supported by several projects counts once, every
 * selected paper with the selectors that matched it, the listed identifiers the exports lack,
 * targets against actual counts, warnings and the accounting. Its JSON form is a public contract
 * (`copub programme --format json`), so the builder, the renderers and the report share this schema.
 */
import * as z from "zod";

/** The selectors of §12.1 a match can come from. */
export const MatchedBySchema = z.enum([
  "grant:FU",
  "grant:XML",
  "grant:FX",
  "doi-list",
  "ut-list",
  "funder-text",
]);

/** One selector of §12.1 (`grant:FU`, `doi-list`, …). */
export type MatchedBy = z.infer<typeof MatchedBySchema>;

/** Counts of one reporting year (§12.2): programme papers, the focal country's international ones, those with a partner. */
const CountsShape = {
  /**
   * The fiscal year (April–March by default: FY N starts in the start month of N) or, with
   * `period: "calendar"`, the calendar year; `null` for papers whose fiscal year is undetermined.
   */
  fiscalYear: z.number().int().nullable(),
  /** `Prog`: selected papers in scope. */
  papers: z.number().int().nonnegative(),
  /** `IntlProg`: those with the focal country and at least two countries. */
  international: z.number().int().nonnegative(),
  /** `WithPartner(S)`: international ones with at least one partner country (and, by the ORCID rule, a partner author). */
  withPartner: z.number().int().nonnegative(),
};

/** One project's counts in one reporting year. */
export const ProgrammeRowSchema = z.object({
  /** The project id, as in the project table. */
  project: z.string(),
  ...CountsShape,
});

/** One project's counts in one reporting year. */
export type ProgrammeRow = z.infer<typeof ProgrammeRowSchema>;

/** The programme's counts in one reporting year: each paper once, whatever the number of projects that selected it. */
export const ProgrammeTotalSchema = z.object(CountsShape);

/** The programme's counts in one reporting year. */
export type ProgrammeTotal = z.infer<typeof ProgrammeTotalSchema>;

/** One selector that matched a paper for a project, with the identifier or pattern that matched. */
export const ProgrammeMatchSchema = z.object({
  /** The project the match selects the paper for. */
  project: z.string(),
  /** The selector. */
  matchedBy: MatchedBySchema,
  /** The grant id, DOI or UT as listed by the project, or the funder pattern. */
  identifier: z.string(),
});

/** One selector that matched a paper for a project. */
export type ProgrammeMatch = z.infer<typeof ProgrammeMatchSchema>;

/** One selected paper, with why it was selected and how it counts. */
export const ProgrammePaperSchema = z.object({
  /** Normalized UT. */
  ut: z.string(),
  /** Normalized DOI, or `null`. */
  doi: z.string().nullable(),
  /** The projects that selected it, sorted. */
  projects: z.array(z.string()),
  /** The selectors that matched it, distinct and sorted. */
  matchedBy: z.array(MatchedBySchema),
  /** Every match: project, selector and identifier. */
  matches: z.array(ProgrammeMatchSchema),
  /** Its reporting year (see `fiscalYear` of the rows), or `null` when undetermined. */
  fiscalYear: z.number().int().nullable(),
  /** `C(p)`, country keys, sorted. */
  countries: z.array(z.string()),
  /** Whether it is an international co-authored paper of the focal country. */
  international: z.boolean(),
  /** Whether it is so with a partner country for at least one project that selected it. */
  withPartner: z.boolean(),
});

/** One selected paper. */
export type ProgrammePaper = z.infer<typeof ProgrammePaperSchema>;

/** A DOI or UT listed by a project that no paper in scope carries (a gap in the export, §12.1). */
export const UnmatchedIdentifierSchema = z.object({
  /** The project that listed it. */
  project: z.string(),
  /** `doi` or `ut`. */
  kind: z.enum(["doi", "ut"]),
  /** The identifier as listed. */
  identifier: z.string(),
  /** The identifier normalized as compared (§2.2). */
  normalized: z.string(),
});

/** A listed DOI or UT found in no paper in scope. */
export type UnmatchedIdentifier = z.infer<typeof UnmatchedIdentifierSchema>;

/** A target against the actual count, for one reporting year. */
export const TargetComparisonSchema = z.object({
  /** The project the target is set for, or `null` for the programme. */
  project: z.string().nullable(),
  /** The reporting year. */
  fiscalYear: z.number().int(),
  /** The target for that year. */
  target: z.number().nonnegative(),
  /** The actual count of that year (the count named by `indicator`). */
  actual: z.number().int().nonnegative(),
  /** Targets summed over the target years up to this one. */
  cumulativeTarget: z.number().nonnegative(),
  /** Actual counts summed over the target years up to this one. */
  cumulativeActual: z.number().int().nonnegative(),
  /** Whether the year's actual count reaches its target. */
  met: z.boolean(),
});

/** A target against the actual count. */
export type TargetComparison = z.infer<typeof TargetComparisonSchema>;

/** A warning of a programme evaluation, about one paper or one project. */
export const ProgrammeWarningSchema = z.object({
  /**
   * `fy-undetermined`: a selected paper has a year but no month, so no fiscal year (§12.3);
   * `partner-author-unlinked`: under the ORCID rule, a listed partner researcher is on the paper
   * but without address links, so the country cannot be checked and the paper is not counted with
   * partner; `funder-text-only`: a funder pattern matched a paper no other selector did, so it is
   * reported and not selected (unless funder text may select alone).
   */
  code: z.enum(["fy-undetermined", "partner-author-unlinked", "funder-text-only"]),
  /** The paper's UT. */
  ut: z.string(),
  /** The project concerned, or `null`. */
  project: z.string().nullable(),
  /** What was found, e.g. `"PY 2021, no month in PD"`. */
  detail: z.string(),
});

/** A warning of a programme evaluation. */
export type ProgrammeWarning = z.infer<typeof ProgrammeWarningSchema>;

/** How every paper in scope was accounted for. */
export const ProgrammeAccountingSchema = z.object({
  /** Papers in scope that the evaluation looked at. */
  inScope: z.number().int().nonnegative(),
  /** Papers selected for at least one project (`inScope = selected + notSelected`). */
  selected: z.number().int().nonnegative(),
  /** Papers no selector matched. */
  notSelected: z.number().int().nonnegative(),
  /** Papers that only a funder pattern matched, reported and not selected; counted in `notSelected`. */
  funderTextOnly: z.number().int().nonnegative(),
  /** Selected papers without a fiscal year. */
  fiscalYearUndetermined: z.number().int().nonnegative(),
});

/** How every paper in scope was accounted for. */
export type ProgrammeAccounting = z.infer<typeof ProgrammeAccountingSchema>;

/** A programme evaluation (the JSON of `copub programme`). */
export const ProgrammeResultSchema = z.object({
  /** The focal country key. */
  focal: z.string(),
  /** `fiscal` (years from the start month) or `calendar` (the paper's publication year). */
  period: z.enum(["fiscal", "calendar"]),
  /** The first month of the fiscal year (4 = April). */
  fiscalYearStart: z.number().int().min(1).max(12),
  /** `earliest` (Early Access date first) or `final` (PD and PY only). */
  datePolicy: z.enum(["earliest", "final"]),
  /** `country` (§12.2) or `orcid` (a partner author by ORCID as well). */
  partnerAuthorRule: z.enum(["country", "orcid"]),
  /** Per project, per reporting year (`null` last), sorted by project then year. */
  rows: z.array(ProgrammeRowSchema),
  /** The programme per reporting year, each paper once. */
  total: z.array(ProgrammeTotalSchema),
  /** The selected papers, sorted by UT. */
  papers: z.array(ProgrammePaperSchema),
  /** Listed DOIs and UTs found in no paper in scope, sorted by project, kind, identifier. */
  unmatchedIdentifiers: z.array(UnmatchedIdentifierSchema),
  /** The count the targets are compared with. */
  targetIndicator: z.enum(["papers", "international", "withPartner"]),
  /** Targets against actual counts, sorted by project (programme first) then year. */
  targets: z.array(TargetComparisonSchema),
  /** Warnings, sorted by code, UT, project. */
  warnings: z.array(ProgrammeWarningSchema),
  /** How every paper in scope was accounted for. */
  accounting: ProgrammeAccountingSchema,
});

/** A programme evaluation. */
export type ProgrammeResult = z.infer<typeof ProgrammeResultSchema>;

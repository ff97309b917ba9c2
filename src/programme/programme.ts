/**
 * Programme evaluation (docs/methodology.md §12): which papers a funded programme's projects
 * produced, and how many of them are the focal country's international co-authored papers with
 * a partner country, per project and per reporting year, with the programme total counting each
 * paper once. One accumulator reads the papers once (in memory or streamed), so a whole national
 * extraction is evaluated in one pass; only the selected papers are kept.
 */

import { compareCodeUnits } from "../common/compare-code-units.ts";
import type { Corpus } from "../corpus/corpus.ts";
import type { CorpusPaper } from "../corpus/corpus-paper.ts";
import { checkOptions } from "../diagnostics/checked-options.ts";
import { CopubError } from "../diagnostics/errors.ts";
import { type Accumulator, defineIndicator, withProgress } from "../indicators/core/define-indicator.ts";
import type { CountryOptions, CountryOptionsInput } from "../normalize/country-options.ts";
import { countryKeyOf } from "../normalize/country-vocabulary.ts";
import { compileSelectors } from "./_selectors.ts";
import { paperFiscalYear } from "./fiscal-year.ts";
import {
  type ProgrammeOptions,
  type ProgrammeOptionsInput,
  ProgrammeOptionsSchema,
  type ProgrammeStreamOptions,
} from "./programme-options.ts";
import type {
  MatchedBy,
  ProgrammeMatch,
  ProgrammePaper,
  ProgrammeResult,
  ProgrammeRow,
  ProgrammeTotal,
  ProgrammeWarning,
  TargetComparison,
  UnmatchedIdentifier,
} from "./programme-result.ts";
import type { Project } from "./project-table.ts";

/**
 * Starts a programme evaluation over papers in scope.
 * @param projects - the checked project table (`parseProjectTable`, `loadProjectTable`)
 * @param options - focal country, periods, date policy, partner rule, targets
 * @throws CopubError `invalid-option`: an unknown focal country, a target for a project not in
 *   the table, the ORCID rule for a project with partners and no ORCID iDs; ZodError for an
 *   option outside its domain or an unknown option
 */
function createProgrammeAccumulator(
  projects: readonly Project[],
  options: ProgrammeOptionsInput = {},
  countryOptions: CountryOptionsInput = {},
): Accumulator<ProgrammeResult> {
  const settled = settleProgrammeOptions(projects, options, countryOptions);
  const selectors = compileSelectors(projects);
  const partnersOf = new Map(projects.map((p) => [p.project, new Set(p.partners)]));
  const orcidsOf = new Map(projects.map((p) => [p.project, new Set(p.orcids.map((id) => `orcid:${id}`))]));
  const selected: ProgrammePaper[] = [];
  /** Per selected paper, the projects for which it is with partner (rows count per project). */
  const partnerProjects = new Map<string, ReadonlySet<string>>();
  const warnings: ProgrammeWarning[] = [];
  const seenIdentifiers = new Set<string>();
  let inScope = 0;
  let funderTextOnly = 0;
  let undetermined = 0;

  return {
    add(paper) {
      inScope++;
      if (paper.doi !== null) seenIdentifiers.add(`doi:${paper.doi}`);
      seenIdentifiers.add(`ut:${paper.ut}`);
      const { selecting, byFunder } = selectors.match(paper);
      const selectingProjects = new Set(selecting.map((m) => m.project));
      const funderOnly = byFunder.filter((m) => !selectingProjects.has(m.project));
      if (!settled.allowFunderTextOnly)
        for (const m of funderOnly)
          warnings.push({
            code: "funder-text-only",
            ut: paper.ut,
            project: m.project,
            detail: `funder pattern /${m.identifier}/ matched; no grant id, DOI or UT did`,
          });
      // Funder patterns are reported beside the selectors; alone they select only when allowed.
      const matches = [
        ...selecting,
        ...byFunder.filter((m) => settled.allowFunderTextOnly || selectingProjects.has(m.project)),
      ];
      const projectsOfPaper = [...new Set(matches.map((m) => m.project))].sort(compareCodeUnits);
      if (projectsOfPaper.length === 0) {
        if (funderOnly.length > 0) funderTextOnly++;
        return;
      }
      const period = reportingYear(paper, settled);
      if (period.fiscalYear === null) {
        undetermined++;
        warnings.push({ code: "fy-undetermined", ut: paper.ut, project: null, detail: period.detail });
      }
      const international = paper.countries.includes(settled.focal) && paper.countries.length >= 2;
      const withPartnerFor = new Set<string>();
      if (international)
        for (const project of projectsOfPaper) {
          const partners = partnersOf.get(project) ?? new Set<string>();
          if (!paper.countries.some((c) => partners.has(c))) continue;
          if (settled.partnerAuthorRule === "country") withPartnerFor.add(project);
          else {
            const verdict = partnerAuthor(paper, orcidsOf.get(project) ?? new Set(), partners);
            if (verdict === "yes") withPartnerFor.add(project);
            else if (verdict === "unlinked")
              warnings.push({
                code: "partner-author-unlinked",
                ut: paper.ut,
                project,
                detail:
                  "a listed partner researcher is on the paper without an address link, so the country cannot be checked",
              });
          }
        }
      partnerProjects.set(paper.ut, withPartnerFor);
      selected.push({
        ut: paper.ut,
        doi: paper.doi,
        projects: projectsOfPaper,
        matchedBy: [...new Set(matches.map((m) => m.matchedBy))].sort(compareCodeUnits) as MatchedBy[],
        matches: sortMatches(matches),
        fiscalYear: period.fiscalYear,
        countries: [...paper.countries],
        international,
        withPartner: withPartnerFor.size > 0,
      });
    },
    result() {
      const papers = selected.sort((a, b) => compareCodeUnits(a.ut, b.ut));
      const rows = projectRows(papers, partnerProjects);
      const total = totals(papers);
      const unmatchedIdentifiers: UnmatchedIdentifier[] = selectors.listed
        .filter((entry) => !seenIdentifiers.has(`${entry.kind}:${entry.normalized}`))
        .map(({ project, kind, identifier, normalized }) => ({ project, kind, identifier, normalized }))
        .sort(
          (a, b) =>
            compareCodeUnits(a.project, b.project) ||
            compareCodeUnits(a.kind, b.kind) ||
            compareCodeUnits(a.identifier, b.identifier),
        );
      return {
        focal: settled.focal,
        period: settled.period,
        fiscalYearStart: settled.fiscalYearStart,
        datePolicy: settled.datePolicy,
        partnerAuthorRule: settled.partnerAuthorRule,
        rows,
        total,
        papers,
        unmatchedIdentifiers,
        targetIndicator: settled.targetIndicator,
        targets: compareTargets(settled, rows, total),
        warnings: warnings.sort(
          (a, b) =>
            compareCodeUnits(a.code, b.code) ||
            compareCodeUnits(a.ut, b.ut) ||
            compareCodeUnits(a.project ?? "", b.project ?? ""),
        ),
        accounting: {
          inScope,
          selected: papers.length,
          notSelected: inScope - papers.length,
          funderTextOnly,
          fiscalYearUndetermined: undetermined,
        },
      };
    },
  };
}

const indicator = defineIndicator(createProgrammeAccumulator);

/**
 * Evaluates a programme over papers in memory (docs/methodology.md §12).
 * @param papers - a corpus, or its papers in scope
 * @param projects - the project table (`loadProjectTable`)
 * @param options - focal country (default JP), fiscal year start (default April), date policy,
 *   period, partner rule, funder patterns selecting alone, targets
 * @returns counts per project and reporting year, the programme total, the selected papers with
 *   their matches, unmatched listed identifiers, targets against actual counts, warnings, accounting
 * @throws CopubError `invalid-option` for an unknown focal country, a target naming a project
 *   not in the table, or the ORCID rule without ORCID iDs; for a bad or unknown option (naming it);
 *   and for a corpus built without funding texts (`fundingText`, kept by default only by
 *   `copub corpus`, `programme` and `export`) when a project selects by grant id or funder, which
 *   FX would miss silently (papers given as a list or a stream are taken as they are)
 * @example
 * const projects = parseProjectTable("project,grants,partners,dois\nASPIRE,JPMJAP9999,GB,https://doi.org/10.9999/EXAMPLE.R5\n", "p.csv");
 * programme(corpus, projects, { focal: "JP" }).total
 * // → data set G (methodology §12.4): papers 4, international 3, with GB 2, summed over the years
 */
export function programme(
  papers: Corpus | Iterable<CorpusPaper>,
  projects: readonly Project[],
  options?: ProgrammeOptionsInput,
): ProgrammeResult {
  if (isCorpus(papers)) requireFundingText(papers, projects);
  // A corpus's country switches decide what the focal name means (England is GB, or a nation of
  // its own under ukNations "separate"), as they decided the papers' countries.
  return isCorpus(papers)
    ? indicator.fromPapers(papers.papers, projects, options, countrySwitchesOf(papers.options))
    : indicator.fromPapers(papers, projects, options);
}

/**
 * Evaluates a programme over a stream of papers (e.g. `streamCorpus`), keeping only the selected ones.
 * @param papers - papers in scope, streamed or in memory
 * @param projects - the project table
 * @param options - as for `programme`, and `onProgress` to hear of the papers read
 * @returns the same result as `programme` for the same papers
 * @example
 * await programmeFromStream(streamCorpus("jp-2019-2024.jsonl.gz"), await loadProjectTable("projects.csv"))
 * // → { focal: "JP", rows: [ … ], total: [ … ], papers: [ … ], … }
 */
export function programmeFromStream(
  papers: AsyncIterable<CorpusPaper> | Iterable<CorpusPaper>,
  projects: readonly Project[],
  options: ProgrammeStreamOptions = {},
): Promise<ProgrammeResult> {
  const { onProgress, ...evaluation } = options;
  return indicator.fromStream(withProgress(papers, onProgress), projects, evaluation);
}

/**
 * Refuses a corpus built without its papers' funding texts (FX) when a project selects papers by
 * grant id or funder pattern, both of which are looked for in FX too (§12.1): the papers funded
 * only according to FX would be missed, and nothing in the result would say so.
 */
function requireFundingText(corpus: Corpus, projects: readonly Project[]): void {
  if (corpus.options.fundingText) return;
  const selecting = projects.filter((project) => project.grants.length > 0 || project.funders.length > 0);
  if (selecting.length === 0) return;
  throw new CopubError(
    "invalid-option",
    `programme: the corpus was built without the papers' funding texts (FX), where grant ids and funders are looked for too (methodology §12.1), and project ${selecting[0]?.project} selects by ${selecting[0]?.grants.length === 0 ? "funder" : "grant id"}: load it with loadCorpus(paths, { fundingText: true }) (copub corpus, programme and export keep them), or pass corpus.papers to evaluate without FX knowingly`,
  );
}

/** The §3.2.2 switches among a corpus's options. */
function countrySwitchesOf(options: CountryOptions): CountryOptions {
  const { ukNations, hongKongMacao, historicalEntities, usTerritories } = options;
  return { ukNations, hongKongMacao, historicalEntities, usTerritories };
}

function isCorpus(value: Corpus | Iterable<CorpusPaper>): value is Corpus {
  return !(Symbol.iterator in value) && "papers" in value;
}

type Settled = Omit<ProgrammeOptions, "focal"> & { readonly focal: string };

function settleProgrammeOptions(
  projects: readonly Project[],
  options: ProgrammeOptionsInput,
  countryOptions: CountryOptionsInput,
): Settled {
  const parsed = checkOptions(ProgrammeOptionsSchema, options, "programme options");
  // The text as given, read under the corpus's switches (the schema read it under the defaults).
  const focal = countryKeyOf(options.focal ?? parsed.focal, countryOptions);
  if (focal === null) throw new CopubError("invalid-option", `focal "${parsed.focal}" is not a country`);
  const known = new Set(projects.map((p) => p.project));
  for (const target of parsed.targets)
    if (target.project !== null && !known.has(target.project))
      throw new CopubError(
        "invalid-option",
        `a target for ${target.fiscalYear} names project "${target.project}", which is not in the project table`,
      );
  if (parsed.partnerAuthorRule === "orcid")
    for (const project of projects)
      if (project.partners.length > 0 && project.orcids.length === 0)
        throw new CopubError(
          "invalid-option",
          `the ORCID rule needs the partner researchers' ORCID iDs: project "${project.project}" lists none (an "orcids" column)`,
        );
  return { ...parsed, focal };
}

/** The paper's reporting year and, when there is none, why. */
function reportingYear(
  paper: CorpusPaper,
  options: Settled,
): { readonly fiscalYear: number | null; readonly detail: string } {
  if (options.period === "calendar") return { fiscalYear: paper.year, detail: "no publication year" };
  const fy = paperFiscalYear(paper, { datePolicy: options.datePolicy, startMonth: options.fiscalYearStart });
  const dates = [
    `PY ${paper.year ?? "none"}`,
    `PD ${paper.publicationDate === null ? "none" : `"${paper.publicationDate}"`}`,
    ...(options.datePolicy === "earliest"
      ? [`EA ${paper.earlyAccessDate === null ? "none" : `"${paper.earlyAccessDate}"`}`]
      : []),
  ];
  return { fiscalYear: fy.fiscalYear, detail: `no month to place it in a fiscal year (${dates.join(", ")})` };
}

/**
 * The ORCID rule (§12.2): an author the project lists, linked to an address in a partner country.
 * `unlinked` when a listed author is there but without address links and no other one qualifies.
 */
function partnerAuthor(
  paper: CorpusPaper,
  orcids: ReadonlySet<string>,
  partners: ReadonlySet<string>,
): "yes" | "no" | "unlinked" {
  let unlinked = false;
  for (const [i, key] of paper.authorKeys.entries()) {
    if (!orcids.has(key)) continue;
    const links = paper.authorAddresses[i] ?? [];
    if (links.length === 0) unlinked = true;
    if (links.some((a) => partners.has(paper.addresses[a]?.country ?? ""))) return "yes";
  }
  return unlinked ? "unlinked" : "no";
}

function sortMatches(matches: readonly ProgrammeMatch[]): ProgrammeMatch[] {
  return [...matches].sort(
    (a, b) =>
      compareCodeUnits(a.project, b.project) ||
      compareCodeUnits(a.matchedBy, b.matchedBy) ||
      compareCodeUnits(a.identifier, b.identifier),
  );
}

/** Years ascending, the undetermined (`null`) last. */
function compareYears(a: number | null, b: number | null): number {
  return (a ?? Number.POSITIVE_INFINITY) - (b ?? Number.POSITIVE_INFINITY) || 0;
}

type Counts = Omit<ProgrammeTotal, "fiscalYear">;

function tally(counts: Map<string, Counts>, key: string, international: boolean, withPartner: boolean): void {
  const c = counts.get(key) ?? { papers: 0, international: 0, withPartner: 0 };
  counts.set(key, {
    papers: c.papers + 1,
    international: c.international + Number(international),
    withPartner: c.withPartner + Number(withPartner),
  });
}

function projectRows(
  papers: readonly ProgrammePaper[],
  partnerProjects: ReadonlyMap<string, ReadonlySet<string>>,
): ProgrammeRow[] {
  const counts = new Map<string, Counts>();
  const keys = new Map<string, { project: string; fiscalYear: number | null }>();
  for (const paper of papers)
    for (const project of paper.projects) {
      const key = `${project}\u0000${paper.fiscalYear}`;
      keys.set(key, { project, fiscalYear: paper.fiscalYear });
      tally(counts, key, paper.international, partnerProjects.get(paper.ut)?.has(project) ?? false);
    }
  return [...keys]
    .map(([key, { project, fiscalYear }]) => ({ project, fiscalYear, ...(counts.get(key) as Counts) }))
    .sort((a, b) => compareCodeUnits(a.project, b.project) || compareYears(a.fiscalYear, b.fiscalYear));
}

function totals(papers: readonly ProgrammePaper[]): ProgrammeTotal[] {
  const counts = new Map<string, Counts>();
  const years = new Map<string, number | null>();
  for (const paper of papers) {
    const key = String(paper.fiscalYear);
    years.set(key, paper.fiscalYear);
    tally(counts, key, paper.international, paper.withPartner);
  }
  return [...years]
    .map(([key, fiscalYear]) => ({ fiscalYear, ...(counts.get(key) as Counts) }))
    .sort((a, b) => compareYears(a.fiscalYear, b.fiscalYear));
}

/**
 * Each target against the actual count of its year, and the running sums: targets up to the
 * year, and actual counts of every determined year up to it (papers of years without a target count too).
 */
function compareTargets(
  options: Settled,
  rows: readonly ProgrammeRow[],
  total: readonly ProgrammeTotal[],
): TargetComparison[] {
  const measure = options.targetIndicator;
  const comparisons: TargetComparison[] = [];
  const groups = new Map<string | null, typeof options.targets>();
  for (const target of options.targets)
    groups.set(target.project, [...(groups.get(target.project) ?? []), target]);
  for (const [project, targets] of groups) {
    const actuals = (project === null ? total : rows.filter((r) => r.project === project)).filter(
      (r): r is typeof r & { fiscalYear: number } => r.fiscalYear !== null,
    );
    let cumulativeTarget = 0;
    for (const target of [...targets].sort((a, b) => a.fiscalYear - b.fiscalYear)) {
      cumulativeTarget += target.target;
      const actual = actuals.find((r) => r.fiscalYear === target.fiscalYear)?.[measure] ?? 0;
      const cumulativeActual = actuals
        .filter((r) => r.fiscalYear <= target.fiscalYear)
        .reduce((sum, r) => sum + r[measure], 0);
      comparisons.push({
        project,
        fiscalYear: target.fiscalYear,
        target: target.target,
        actual,
        cumulativeTarget,
        cumulativeActual,
        met: actual >= target.target,
      });
    }
  }
  return comparisons.sort(
    (a, b) =>
      Number(a.project !== null) - Number(b.project !== null) ||
      compareCodeUnits(a.project ?? "", b.project ?? "") ||
      a.fiscalYear - b.fiscalYear,
  );
}

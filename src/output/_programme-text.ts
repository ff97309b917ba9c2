/**
 * A programme evaluation (methodology §12) in words and tables for people, before any format:
 * reporting years as analysts name them (`FY2023 (Apr 2023–Mar 2024)`, a calendar `2023`, or
 * `undetermined`), the settings, the programme total and each project per year, the targets with
 * their cumulative sums, the papers with what selected them, the identifiers the exports lack,
 * the warnings and the accounting. `copub programme --format md|html` and the report's programme
 * section render these same tables, so they never say different things; country names are shown
 * here, the codes stay in JSON and CSV.
 */
import { compareCodeUnits } from "../common/compare-code-units.ts";
import { countryName } from "../normalize/country-vocabulary.ts";
import type { ProgrammeResult, ProgrammeWarning, TargetComparison } from "../programme/programme-result.ts";
import type { HtmlTable } from "./_html.ts";
import { fixed } from "./round.ts";

/** A table for people: an optional caption, a header, rows of cell text and the numeric columns. */
export type ProgrammeTable = HtmlTable;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** What the reporting-year labels depend on. */
type YearSettings = Pick<ProgrammeResult, "period" | "fiscalYearStart">;

/**
 * A reporting year as people read it: the fiscal year with its months, the calendar year, or
 * `undetermined` for papers without a month (§12.3).
 * @example
 * yearLabel({ period: "fiscal", fiscalYearStart: 4 }, 2023)   // → "FY2023 (Apr 2023–Mar 2024)"
 * yearLabel({ period: "fiscal", fiscalYearStart: 1 }, 2023)   // → "FY2023 (Jan 2023–Dec 2023)"
 * yearLabel({ period: "calendar", fiscalYearStart: 4 }, 2023) // → "2023"
 * yearLabel({ period: "fiscal", fiscalYearStart: 4 }, null)   // → "undetermined"
 */
export function yearLabel(settings: YearSettings, year: number | null): string {
  if (year === null) return "undetermined";
  if (settings.period === "calendar") return `${year}`;
  return `FY${year} (${fiscalSpan(settings.fiscalYearStart, year)})`;
}

/** The months of fiscal year `year`: `Apr 2023–Mar 2024`. */
function fiscalSpan(start: number, year: number): string {
  const end = start === 1 ? 12 : start - 1;
  return `${MONTHS[start - 1]} ${year}–${MONTHS[end - 1]} ${start === 1 ? year : year + 1}`;
}

/**
 * What a reporting year is, for chart subtitles: `FY2023 = Apr 2023–Mar 2024`, or `calendar years`.
 * @example
 * yearDefinition({ period: "fiscal", fiscalYearStart: 4 }) // → "fiscal years, FY2023 = Apr 2023–Mar 2024"
 */
export function yearDefinition(settings: YearSettings): string {
  return settings.period === "calendar"
    ? "calendar years"
    : `fiscal years, FY2023 = ${fiscalSpan(settings.fiscalYearStart, 2023)}`;
}

/**
 * A reporting year in a few characters, for chart axes: `FY2023`, `2023`.
 * @example
 * shortYearLabel({ period: "fiscal", fiscalYearStart: 4 }, 2023) // → "FY2023"
 */
export function shortYearLabel(settings: YearSettings, year: number): string {
  return settings.period === "calendar" ? `${year}` : `FY${year}`;
}

/** "Fiscal year" or "Year": the heading of the year column. */
export function yearHeading(settings: YearSettings): string {
  return settings.period === "calendar" ? "Year" : "Fiscal year";
}

/** What each count of the target indicator is called in sentences. */
export const INDICATOR_NAMES: Readonly<Record<ProgrammeResult["targetIndicator"], string>> = {
  papers: "programme papers",
  international: "international co-authored papers",
  withPartner: "international co-authored papers with a partner country",
};

/**
 * The settings as sentences: focal country, reporting years, dates, partner rule, indicator.
 * @example
 * programmeSettings(result)[0] // → "Focal country: Japan (JP)."
 */
export function programmeSettings(result: ProgrammeResult): string[] {
  const years =
    result.period === "calendar"
      ? "Reporting years: calendar years of the date used."
      : `Reporting years: ${yearDefinition(result)} (the fiscal year is named by the year it starts in).`;
  const dates =
    result.datePolicy === "earliest"
      ? "Dates: the Early Access date when there is one, else the publication date (PD and PY)."
      : "Dates: the publication date (PD and PY) only.";
  const partner =
    result.partnerAuthorRule === "orcid"
      ? "With partner: a partner country of the project on the paper and a listed partner researcher (ORCID) with an address there."
      : "With partner: a partner country of the project on the paper.";
  return [`Focal country: ${countryName(result.focal)} (${result.focal}).`, years, dates, partner];
}

/**
 * The accounting in one sentence.
 * @example
 * accountingSentence(g) // → "6 papers in scope: 4 selected, 2 not selected (0 matched by funder text alone); 0 selected papers without a fiscal year."
 */
export function accountingSentence(result: ProgrammeResult): string {
  const a = result.accounting;
  const undetermined = result.period === "calendar" ? "a year" : "a fiscal year";
  return `${a.inScope} ${a.inScope === 1 ? "paper" : "papers"} in scope: ${a.selected} selected, ${a.notSelected} not selected (${a.funderTextOnly} matched by funder text alone); ${a.fiscalYearUndetermined} selected ${a.fiscalYearUndetermined === 1 ? "paper" : "papers"} without ${undetermined}.`;
}

const COUNT_HEADER = ["Papers", "International", "With partner"];

/** The three counts as cells. */
function counts(c: { papers: number; international: number; withPartner: number }): string[] {
  return [`${c.papers}`, `${c.international}`, `${c.withPartner}`];
}

/** The sums of counts over rows (each paper is in one reporting year, so the sums are the totals). */
function sums(rows: readonly { papers: number; international: number; withPartner: number }[]) {
  return rows.reduce(
    (s, r) => ({
      papers: s.papers + r.papers,
      international: s.international + r.international,
      withPartner: s.withPartner + r.withPartner,
    }),
    { papers: 0, international: 0, withPartner: 0 },
  );
}

/**
 * The programme total per reporting year, with an "All years" row.
 * @example
 * totalTable(g).rows.at(-1) // → ["All years", "4", "3", "2"]
 */
function totalTable(result: ProgrammeResult): ProgrammeTable {
  return {
    header: [yearHeading(result), ...COUNT_HEADER],
    rows: [
      ...result.total.map((t) => [yearLabel(result, t.fiscalYear), ...counts(t)]),
      ["All years", ...counts(sums(result.total))],
    ],
    numeric: [1, 2, 3],
  };
}

/** Each project per reporting year, with an "All years" row per project. */
function projectsTable(result: ProgrammeResult): ProgrammeTable {
  const projects = [...new Set(result.rows.map((r) => r.project))];
  return {
    header: ["Project", yearHeading(result), ...COUNT_HEADER],
    rows: projects.flatMap((project) => {
      const rows = result.rows.filter((r) => r.project === project);
      return [
        ...rows.map((r) => [project, yearLabel(result, r.fiscalYear), ...counts(r)]),
        [project, "All years", ...counts(sums(rows))],
      ];
    }),
    numeric: [2, 3, 4],
  };
}

/** The targets against the actual counts, per year and cumulative; `null` without targets. */
function targetsTable(result: ProgrammeResult): ProgrammeTable | null {
  if (result.targets.length === 0) return null;
  return {
    header: [
      "Target for",
      yearHeading(result),
      "Target",
      "Actual",
      "Cumulative target",
      "Cumulative actual",
      "Met",
    ],
    rows: result.targets.map((t: TargetComparison) => [
      t.project ?? "Programme",
      yearLabel(result, t.fiscalYear),
      number(t.target),
      `${t.actual}`,
      number(t.cumulativeTarget),
      `${t.cumulativeActual}`,
      t.met ? "yes" : "no",
    ]),
    numeric: [2, 3, 4, 5],
  };
}

/** A target as written: whole numbers without decimals, others with two. */
function number(x: number): string {
  return Number.isInteger(x) ? `${x}` : fixed(x, 2);
}

/** Every selected paper with what selected it, its year, countries (by name) and how it counts. */
function papersTable(result: ProgrammeResult): ProgrammeTable {
  return {
    header: ["UT", "DOI", "Matched by", yearHeading(result), "Countries", "International", "With partner"],
    rows: result.papers.map((p) => [
      p.ut,
      p.doi ?? "",
      p.matches.map((m) => `${m.project}: ${m.matchedBy} ${m.identifier}`).join("; "),
      yearLabel(result, p.fiscalYear),
      p.countries.map(countryName).sort(compareCodeUnits).join(", "),
      p.international ? "yes" : "no",
      p.withPartner ? "yes" : "no",
    ]),
    numeric: [],
  };
}

/** The listed DOIs and UTs no paper in scope carries; `null` when every one was found. */
function unmatchedTable(result: ProgrammeResult): ProgrammeTable | null {
  if (result.unmatchedIdentifiers.length === 0) return null;
  return {
    header: ["Project", "Kind", "As listed", "Normalized"],
    rows: result.unmatchedIdentifiers.map((u) => [
      u.project,
      u.kind.toUpperCase(),
      u.identifier,
      u.normalized,
    ]),
    numeric: [],
  };
}

/** What each warning code means, for the summary. */
const WARNING_MEANINGS: Readonly<Record<ProgrammeWarning["code"], string>> = {
  "fy-undetermined": "a year but no month, so no fiscal year (counted as undetermined)",
  "partner-author-unlinked": "a listed partner researcher without address links (not counted with partner)",
  "funder-text-only": "matched by a funder pattern alone (reported, not selected)",
};

/** Warnings listed in a table at most; the JSON has every one. */
const WARNINGS_LISTED = 20;

/** The warnings: one line per code with its count and meaning, and the first ones in a table. */
function warningsPart(result: ProgrammeResult): ProgrammePart {
  const title = `Warnings (${result.warnings.length})`;
  if (result.warnings.length === 0) return { id: "warnings", title, lines: ["None."], table: null };
  const codes = [...new Set(result.warnings.map((w) => w.code))];
  const lines = codes.map((code) => {
    const n = result.warnings.filter((w) => w.code === code).length;
    return `${n} \`${code}\`: ${WARNING_MEANINGS[code]}.`;
  });
  const more = result.warnings.length > WARNINGS_LISTED;
  return {
    id: "warnings",
    title,
    lines: more ? [...lines, `The first ${WARNINGS_LISTED} are listed; the JSON output has all.`] : lines,
    table: {
      header: ["Code", "UT", "Project", "Detail"],
      rows: result.warnings.slice(0, WARNINGS_LISTED).map((w) => [w.code, w.ut, w.project ?? "", w.detail]),
      numeric: [],
    },
  };
}

/** One part of an evaluation for people: a heading, sentences, and its table when it has one. */
export interface ProgrammePart {
  /** Stable id, for anchors: `total`, `projects`, `targets`, `unmatched`, `warnings`, `papers`. */
  readonly id: string;
  /** The heading, which says what the table holds. */
  readonly title: string;
  /** Sentences before the table, or instead of it. */
  readonly lines: readonly string[];
  /** The table, or `null` when there is nothing to list. */
  readonly table: ProgrammeTable | null;
}

/**
 * The parts of an evaluation in reading order: programme total, projects, targets, identifiers
 * the exports lack, warnings, the selected papers.
 * @example
 * programmeParts(g).map((part) => part.id) // → ["total", "projects", "targets", "unmatched", "warnings", "papers"]
 */
export function programmeParts(result: ProgrammeResult): ProgrammePart[] {
  const year = yearHeading(result).toLowerCase();
  const targets = targetsTable(result);
  const unmatched = unmatchedTable(result);
  return [
    {
      id: "total",
      title: `Programme total per ${year} (each paper once)`,
      lines: [],
      table: totalTable(result),
    },
    {
      id: "projects",
      title: `Per project and ${year} (a paper of several projects counts for each)`,
      lines: [],
      table: projectsTable(result),
    },
    {
      id: "targets",
      title:
        targets === null
          ? "Targets"
          : `Targets: ${INDICATOR_NAMES[result.targetIndicator]}, actual against target`,
      lines: targets === null ? ["No targets were given."] : [],
      table: targets,
    },
    {
      id: "unmatched",
      title: "Listed identifiers not found in the exports",
      lines: unmatched === null ? ["Every listed DOI and UT is in the exports."] : [],
      table: unmatched,
    },
    warningsPart(result),
    { id: "papers", title: "Selected papers and what selected them", lines: [], table: papersTable(result) },
  ];
}

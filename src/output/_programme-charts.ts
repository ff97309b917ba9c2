/**
 * The charts of a programme evaluation (methodology §12): the programme's count per reporting year
 * against its targets, and one chart for each project that has targets of its own. One module, so
 * the page of `copub programme --format html` and the report's programme section draw the same
 * charts from the same result.
 */
import type { ProgrammeResult, TargetComparison } from "../programme/programme-result.ts";
import { INDICATOR_NAMES, shortYearLabel, yearDefinition, yearHeading } from "./_programme-text.ts";
import { programmeTargetsChart, type TargetYear } from "./charts/programme-targets.ts";

/** Years filled in between the first and the last at most; a wider span shows only the years present. */
const MAX_FILLED_SPAN = 30;

/** The y axis title of each target indicator. */
const AXIS_TITLES: Readonly<Record<ProgrammeResult["targetIndicator"], string>> = {
  papers: "Programme papers",
  international: "International co-authored papers",
  withPartner: "International papers with a partner",
};

/**
 * The charts: the programme's (with its targets, or its actual counts alone) and one per project
 * with targets.
 * @param result - from `programme`
 * @returns SVG strings, the programme's first; none when no paper has a reporting year and no
 *   target is set
 * @example
 * programmeCharts(g).length // → 1
 */
export function programmeCharts(result: ProgrammeResult): string[] {
  const projects = [...new Set(result.targets.flatMap((t) => (t.project === null ? [] : [t.project])))];
  return [null, ...projects].flatMap((project) => {
    const years = chartYears(result, project);
    if (years.length === 0) return [];
    const undetermined = (
      project === null ? result.total : result.rows.filter((r) => r.project === project)
    ).find((r) => r.fiscalYear === null);
    const count = undetermined?.[result.targetIndicator] ?? 0;
    return [
      programmeTargetsChart({
        title: `${project === null ? "Programme" : `Project ${project}`}: ${INDICATOR_NAMES[result.targetIndicator]}${result.targets.length === 0 ? " per year" : ", actual against target"}`,
        subtitle: `Counts per reporting year (${yearDefinition(result)})${project === null ? "; a paper of several projects counts once" : ""}`,
        indicator: AXIS_TITLES[result.targetIndicator],
        yearAxis: yearHeading(result),
        years,
        ...(count === 0
          ? {}
          : {
              note: `${count} ${count === 1 ? "paper" : "papers"} without a ${result.period === "calendar" ? "year" : "fiscal year"} (no month in the dates) ${count === 1 ? "is" : "are"} not drawn.`,
            }),
      }),
    ];
  });
}

/** The years of one chart: those with papers or a target, gaps filled with zero counts. */
function chartYears(result: ProgrammeResult, project: string | null): TargetYear[] {
  const actual = new Map<number, number>();
  const rows = project === null ? result.total : result.rows.filter((r) => r.project === project);
  for (const row of rows)
    if (row.fiscalYear !== null) actual.set(row.fiscalYear, row[result.targetIndicator]);
  const targets = new Map<number, TargetComparison>(
    result.targets.filter((t) => t.project === project).map((t) => [t.fiscalYear, t]),
  );
  const present = [...new Set([...actual.keys(), ...targets.keys()])].sort((a, b) => a - b);
  const first = present[0];
  const last = present.at(-1);
  const years =
    first === undefined || last === undefined || last - first > MAX_FILLED_SPAN
      ? present
      : Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return years.map((year) => {
    const target = targets.get(year);
    return {
      year,
      label: shortYearLabel(result, year),
      actual: target?.actual ?? actual.get(year) ?? 0,
      target: target?.target ?? null,
      cumulativeActual: target?.cumulativeActual ?? null,
      cumulativeTarget: target?.cumulativeTarget ?? null,
    };
  });
}

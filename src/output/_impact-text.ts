/**
 * The words and cells of a citation impact table, shared by its Markdown and HTML writers and by
 * the report's impact section: the rows with countries and fields by name, counts rounded for
 * reading and indicators with two decimals; the baselines behind them; and the notes that say what
 * each indicator is, how papers were counted, where the baselines come from and what the reader
 * must know (docs/methodology.md §10).
 */
import { compareCodeUnits } from "../common/compare-code-units.ts";
import { WORLD } from "../indicators/core/row-keys.ts";
import type { ImpactRow, ImpactTable } from "../indicators/impact/impact-table.ts";
import { fieldName } from "../normalize/field-vocabulary.ts";
import { byCountryName, countryLabel } from "./_labels.ts";
import { citationImpactChart } from "./charts/citation-impact.ts";
import { fixed } from "./round.ts";

/** Lines of text cells with their header and numeric columns. */
export interface ImpactLines {
  /** Column names. */
  readonly header: readonly string[];
  /** One line per row, cells in header order. */
  readonly lines: readonly (readonly string[])[];
  /** Indexes of the numeric (right-aligned) columns. */
  readonly numeric: readonly number[];
}

/** An indicator with two decimals; empty when undefined. */
export function indexText(value: number | null): string {
  return value === null ? "" : fixed(value, 2);
}

/**
 * The rows for reading: countries by name (the world last), fields by name, papers and citations
 * whole when every count is (full counting, single fields), else with two decimals.
 * @example
 * impactRowLines(table).lines[0] // → ["China", "2021", "All fields", "2", "2", "1.00", "0.25", "0.25", "0.25"]
 */
export function impactRowLines(table: ImpactTable): ImpactLines {
  const digits = countDigits(table);
  return {
    header: [
      "Country",
      "Period",
      "Field",
      "Papers",
      "Citations",
      "MCS",
      "MNCS",
      "CNCI",
      "Relative citation index",
    ],
    lines: byCountryName(table.rows).map((row: ImpactRow) => [
      countryLabel(row.country),
      row.period,
      fieldName(row.field),
      fixed(row.papers, digits),
      fixed(row.citations, digits),
      indexText(row.mcs),
      indexText(row.mncs),
      indexText(row.cnci),
      indexText(row.relativeCitationImpact),
    ]),
    numeric: [3, 4, 5, 6, 7, 8],
  };
}

/** The papers without any country, for reading (empty lines when there are none). */
export function unattributedLines(table: ImpactTable): ImpactLines {
  const digits = countDigits(table);
  return {
    header: ["Period", "Field", "Papers", "Citations"],
    lines: table.unattributed.map((u) => [
      u.period,
      fieldName(u.field),
      fixed(u.papers, digits),
      fixed(u.citations, digits),
    ]),
    numeric: [2, 3],
  };
}

/** The baselines of the table's years, for reading: the mean with two decimals and exactly. */
export function baselineLines(table: ImpactTable): ImpactLines {
  const count = (value: number | null) =>
    value === null ? "" : Number.isInteger(value) ? `${value}` : fixed(value, 2);
  return {
    header: ["Field", "Year", "Document type", "Papers", "Citations", "Mean citations", "Flags"],
    lines: table.baselines.map((row) => [
      table.referenceSets === "category-year-type" ? row.field : fieldName(row.field),
      `${row.year}`,
      row.docType,
      count(row.papers),
      count(row.citations),
      // People read a decimal; the exact fraction stays beside it when it is not whole.
      row.mean.includes("/") ? `${fixed(row.meanValue, 2)} (${row.mean})` : row.mean,
      [row.meanValue === 0 ? "zero" : "", row.recentCitationWindow === true ? "recent" : ""]
        .filter((flag) => flag !== "")
        .join(", "),
    ]),
    numeric: [1, 3, 4, 5],
  };
}

/**
 * What the numbers are, how they were counted, where the baselines come from, and the notices,
 * as sentences citing the methodology.
 */
export function impactNotes(table: ImpactTable): string[] {
  const reference =
    table.reference.kind === "corpus"
      ? `baselines from the corpus itself (${table.reference.papers} papers declared the complete population of their reference sets)`
      : `baselines from ${table.reference.file} (SHA-256 ${table.reference.sha256.slice(0, 12)}…)`;
  const lines = [
    `Citation impact by ${table.citationCount} citations, ${table.referenceSets} reference sets, ${reference} (methodology §10.3).`,
    "MCS: citations per paper. MNCS: the mean of each paper's citations over the mean of its reference set, a paper in several sets taking the weighted mean of its ratios; a set whose mean is 0 gives its papers 1 (CWTS, §10.1). CNCI: the same ratios, a paper in a set whose mean is 0 having none (InCites, §10.2). Relative citation index: MCS over the world's citations per paper, not normalized by field (NISTEP, §10.3). 1 is the world average.",
    table.counting === "full"
      ? "Full counting: a paper counts once for each of its countries (§4.1); CWTS recommends fractional counting for normalized indicators (§10.1)."
      : `Fractional counting (${table.countingMethod}, §4); the world row counts each paper once.`,
    table.windowCounts === "average"
      ? "Multi-year periods show yearly averages of papers and citations; baselines are per single year (§6)."
      : "Multi-year periods show totals of papers and citations; baselines are per single year (§6).",
  ];
  const unscored = Object.entries(table.unscored).map(([reason, n]) => `${n} ${reason}`);
  if (unscored.length > 0)
    lines.push(`Papers without a normalized score (counted nowhere): ${unscored.join(", ")}.`);
  if (table.papersOutsidePeriods > 0)
    lines.push(`${table.papersOutsidePeriods} of ${table.papersRead} papers fall in no period.`);
  for (const notice of table.notices) lines.push(`${notice.code}: ${notice.detail}.`);
  return lines;
}

/** Decimals of the counts: none when every count is whole. */
function countDigits(table: ImpactTable): number {
  const counts = [
    ...table.rows.flatMap((row) => [row.papers, row.citations]),
    ...table.unattributed.flatMap((u) => [u.papers, u.citations]),
  ];
  return counts.every(Number.isInteger) ? 0 : 2;
}

/**
 * The chart of a table: MNCS and CNCI of the latest period, all fields, for the countries given
 * (or the `limit` with the most papers there) and the world; `null` when none of them has a row.
 * @param table - the impact table
 * @param countries - country keys to draw, or `null` for those with the most papers
 * @param limit - countries drawn at most when `countries` is `null`
 * @example
 * impactChart(table, null, 20) // → '<svg …<circle data-mark="mncs" data-key="JP" …' (or null)
 */
export function impactChart(
  table: ImpactTable,
  countries: readonly string[] | null,
  limit: number,
): string | null {
  const all = table.rows.filter((row) => row.field === "all");
  const period = [...new Set(all.map((row) => row.period))]
    .sort((a, b) => Number(a.slice(0, 4)) - Number(b.slice(0, 4)) || compareCodeUnits(a, b))
    .at(-1);
  const latest = all.filter((row) => row.period === period && row.papers > 0);
  const chosen =
    countries ??
    latest
      .filter((row) => row.country !== WORLD)
      .sort((a, b) => b.papers - a.papers || compareCodeUnits(a.country, b.country))
      .slice(0, limit)
      .map((row) => row.country);
  const rows = latest.filter((row) => row.country === WORLD || chosen.includes(row.country));
  if (rows.length === 0 || period === undefined) return null;
  return citationImpactChart({
    title: `Citation impact, ${period.replace("-", "–")}`,
    subtitle: `MNCS (CWTS) and CNCI (InCites) per country, ${table.counting} counting, ${table.referenceSets} reference sets; 1 is the world average`,
    rows: rows.map((row) => ({
      key: row.country,
      label: countryLabel(row.country),
      mncs: row.mncs,
      cnci: row.cnci,
    })),
  });
}

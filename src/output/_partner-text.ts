/**
 * The text around a partner table, shared by the Markdown and HTML writers: the opening
 * sentence, one line per row (counts, earlier rank and change, the reverse view) and the notes
 * on counting, ranks, arrows and the top-N cutoffs that split a tie (docs/methodology.md §9).
 */
import { compareCodeUnits } from "../common/compare-code-units.ts";
import type { PartnerGroup, PartnerRow, PartnerTable } from "../indicators/partners/partners.ts";
import { countryName } from "../normalize/country-vocabulary.ts";
import { fieldName } from "../normalize/field-vocabulary.ts";
import { percentText } from "./_partner-layout.ts";

/** The rows as text lines, with their header and numeric columns. */
export interface RowLines {
  /** Column names. */
  readonly header: readonly string[];
  /** One line per row, cells in header order. */
  readonly lines: readonly (readonly string[])[];
  /** Indexes of the numeric columns. */
  readonly numeric: readonly number[];
}

/**
 * One line per row of the table: period, field, rank, partner (by name), papers, share (%), with a
 * compare window the earlier rank and the change, then the partner's international papers and the
 * share of them that include the focal country (%).
 * @example
 * partnerRowLines(table).lines[0]
 * // data set Q → ["2011", "All fields", "1", "Japan", "3", "75.0", "", "", "3", "100.0"]
 */
export function partnerRowLines(table: PartnerTable): RowLines {
  const compared = table.compare === null ? [] : [`Rank in ${table.compare}`, "Change"];
  return {
    header: [
      "Period",
      "Field",
      "Rank",
      "Partner",
      "Papers",
      "Share (%)",
      ...compared,
      "Partner's international papers",
      `${countryName(table.focal)} in partner's international papers (%)`,
    ],
    lines: table.rows.map((row) => [
      row.period,
      fieldName(row.field),
      `${row.rank}`,
      countryName(row.partner),
      `${row.papers}`,
      percentText(row.share),
      ...(table.compare === null ? [] : [`${row.previousRank ?? ""}`, changeText(row)]),
      `${row.partnerInternational}`,
      percentText(row.reverseShare),
    ]),
    numeric: table.compare === null ? [2, 4, 5, 6, 7] : [2, 4, 5, 6, 7, 8, 9],
  };
}

/**
 * The sentence that opens a report on the table.
 * @example
 * partnersIntro(table)
 * // → "Partner countries of United States (US): the share of the international co-authored papers of United States …"
 */
export function partnersIntro(table: PartnerTable): string {
  const name = countryName(table.focal);
  return `Partner countries of ${name} (${table.focal}): the share of the international co-authored papers of ${name} (two or more countries) that include each partner, in %, integer counting (methodology §9).`;
}

/**
 * The notes under a report on the table: how to read shares, ranks and arrows, the names of the
 * alpha-3 codes in the position cells, the cutoffs that split a tie, and the papers outside every
 * period.
 * @example
 * partnersNotes(table)[0] // → "A paper counts once for each of its partners, so the shares overlap …"
 */
export function partnersNotes(table: PartnerTable): string[] {
  const notes = [
    "A paper counts once for each of its partners, so the shares overlap and add up to 100% or more over all partners (§9.1).",
    "Ranks are competition ranks on exact paper counts: equal counts share a rank and are shown by ISO alpha-3; (=k) marks a partner sharing rank k (§9.2).",
    ...codeLegend(table),
    "Periods of several years sum their years' papers; shares are ratios of the sums.",
    `${countryName(table.focal)} in partner's international papers is the reverse view: papers over the partner's own international co-authored papers in the corpus.`,
  ];
  if (table.compare !== null)
    notes.push(
      `Arrows give the rank in ${table.compare} among all partners: ↑ up, ↓ down, → same; new: no shared paper in ${table.compare}.`,
    );
  for (const group of table.groups.filter((g) => g.tieAtCutoff)) notes.push(cutoffNote(table, group));
  if (table.papersOutsidePeriods > 0)
    notes.push(`${table.papersOutsidePeriods} of ${table.papersRead} papers fall in no period.`);
  return notes;
}

/** The alpha-3 codes of the position cells with their names, by code: "Codes: CAN Canada, …". */
function codeLegend(table: PartnerTable): string[] {
  const names = new Map(table.rows.filter((row) => row.inTop).map((row) => [row.partnerAlpha3, row.partner]));
  if (names.size === 0) return [];
  const codes = [...names.keys()].sort(compareCodeUnits);
  return [`Codes: ${codes.map((code) => `${code} ${countryName(names.get(code) ?? code)}`).join(", ")}.`];
}

function cutoffNote(table: PartnerTable, group: PartnerGroup): string {
  const names = group.tiedAtCutoff.map(countryName).join(", ");
  return `${group.period}, ${fieldName(group.field)}: the top ${table.top} ends inside a tie between ${names}.`;
}

function changeText(row: PartnerRow): string {
  if (row.movement === "new") return "new";
  if (row.rankChange === null) return "";
  return row.rankChange > 0 ? `+${row.rankChange}` : `${row.rankChange}`;
}

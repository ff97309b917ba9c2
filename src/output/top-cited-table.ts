/**
 * The Top-x% table as bytes: CSV with unrounded values, Markdown with rounded values, the
 * thresholds behind them and the notices a reader must see (mixed citation snapshots, small
 * reference sets, recent years; docs/methodology.md §8.2, §8.7). The unattributable papers sit next
 * to the country rows, as in every country table (§4.6). The CSV keeps the codes and names them
 * in a column beside each; the Markdown shows the names.
 */
import type { TopCitedRow, TopCitedTable } from "../indicators/top-cited/top-cited-table.ts";
import { fieldName } from "../normalize/field-vocabulary.ts";
import { byCountryName, countryLabel, rowsThenUnattributed } from "./_labels.ts";
import { markdownTableLines } from "./_markdown-table.ts";
import { markdownCitations } from "./_methodology-links.ts";
import { namedCsvChunks } from "./code-names.ts";
import { fixed } from "./round.ts";
import { batched, joinChunks, joined, mapped } from "./text-chunks.ts";

/**
 * Columns of the Top-x% table, in the order of the row keys.
 * @example
 * TOP_CITED_COLUMNS.slice(3, 6) // → ["papers", "top", "topDomestic"]
 */
export const TOP_CITED_COLUMNS = [
  "country",
  "period",
  "field",
  "papers",
  "top",
  "topDomestic",
  "topInternational",
  "topBilateral",
  "topMultilateral",
  "topShareOfWorld",
  "topShareOfPapers",
] as const satisfies readonly (keyof TopCitedRow)[];

const COUNT_COLUMNS = [
  "papers",
  "top",
  "topDomestic",
  "topInternational",
  "topBilateral",
  "topMultilateral",
] as const satisfies readonly (keyof TopCitedRow)[];

/**
 * The table as CSV: one line per row, unrounded, then one `UNATTRIBUTED` line per period and field
 * with the scored papers without a country and their Top-x% weight. Beside `country` its English
 * short name (`name`), beside `field` its name (`fieldName`).
 * @example
 * topCitedCsv(topCited(dataSetT.papers, { reference: "corpus" }))
 * // → "country,name,period,field,fieldName,papers,top,…\nCN,China,2021,all,All fields,2,0.25,0,0.25,0.25,0,0.125,0.125\n…"
 */
export function topCitedCsv(table: TopCitedTable): string {
  return joinChunks(topCitedCsvChunks(table));
}

/**
 * The chunks of `topCitedCsv(table)`, rows written as they come.
 * @example
 * await writeStdout(io, topCitedCsvChunks(table));
 */
export function topCitedCsvChunks(table: TopCitedTable): Generator<string, void, undefined> {
  return namedCsvChunks(
    TOP_CITED_COLUMNS,
    rowsThenUnattributed(table.rows, table.unattributed, ({ papers, top }) => ({ papers, top })),
  );
}

/**
 * The table as Markdown for reports: countries and fields by name, counts with two decimals (none
 * when all are whole), shares as percentages with one decimal, then what the numbers are, the
 * thresholds (fields by name) and the notices.
 * @example
 * topCitedMarkdown(topCited(dataSetT.papers, { reference: "corpus" }))
 * // → "| Country | Period | Field | Papers | Top10% | … |\n| --- | … |\n| China | 2021 | All fields | 2 | 0.25 | … |\n…"
 */
export function topCitedMarkdown(table: TopCitedTable): string {
  return joinChunks(topCitedMarkdownChunks(table));
}

/**
 * The chunks of `topCitedMarkdown(table)`, a table line at a time.
 * @example
 * await writeStdout(io, topCitedMarkdownChunks(table));
 */
export function topCitedMarkdownChunks(table: TopCitedTable): Generator<string, void, undefined> {
  const top = `Top${table.percentile}%`;
  const counts = [
    ...table.rows.flatMap((row) => COUNT_COLUMNS.map((column) => row[column])),
    ...table.unattributed.flatMap((u) => [u.papers, u.top]),
  ];
  const digits = counts.every(Number.isInteger) ? 0 : 2;
  const percent = (share: number | null) => (share === null ? "" : fixed(share * 100, 1));
  const main = markdownTableLines(
    [
      "Country",
      "Period",
      "Field",
      "Papers",
      top,
      "Domestic",
      "International",
      "Bilateral",
      "Multilateral",
      `Share of world ${top} (%)`,
      `${top} of papers (%)`,
    ],
    mapped(byCountryName(table.rows), (row) => [
      countryLabel(row.country),
      row.period,
      fieldName(row.field),
      ...COUNT_COLUMNS.map((column) => fixed(row[column], digits)),
      percent(row.topShareOfWorld),
      percent(row.topShareOfPapers),
    ]),
    [3, 4, 5, 6, 7, 8, 9, 10],
  );
  const sections: Iterable<string>[] = [main, [notes(table)]];
  if (table.unattributed.length > 0)
    sections.push(
      joined(
        [
          `${markdownCitations("Papers without any country (in the world's reference sets, in no country; methodology §4.6):")}\n\n`,
          markdownTableLines(
            ["Period", "Field", "Papers", top],
            mapped(table.unattributed, (u) => [
              u.period,
              fieldName(u.field),
              fixed(u.papers, digits),
              fixed(u.top, digits),
            ]),
            [2, 3],
          ),
        ],
        "",
      ),
    );
  sections.push(
    joined(
      [
        `${markdownCitations(`Thresholds (${top}, per reference set; methodology §8.3):`)}\n\n`,
        thresholdsMarkdown(table),
      ],
      "",
    ),
  );
  return batched(joined(sections, "\n"));
}

function thresholdsMarkdown(table: TopCitedTable): Iterable<string> {
  const count = (value: number | null) =>
    value === null ? "" : Number.isInteger(value) ? `${value}` : fixed(value, 2);
  const flags = (row: TopCitedTable["thresholds"][number]) =>
    [row.smallReferenceSet === true ? "small" : "", row.recentCitationWindow === true ? "recent" : ""]
      .filter((flag) => flag !== "")
      .join(", ");
  return markdownTableLines(
    [
      "Field",
      "Year",
      "Document type",
      "Papers",
      "Above",
      "At threshold",
      "Threshold (citations)",
      "Tie weight",
      "Flags",
    ],
    mapped(table.thresholds, (row) => [
      fieldName(row.field),
      `${row.year}`,
      row.docType,
      count(row.papers),
      count(row.above),
      count(row.atThreshold),
      `${row.threshold}`,
      // People read a decimal; the exact fraction stays beside it (1/10 alone reads as a date).
      row.tieWeight === null ? "" : `${fixed(row.tieWeightValue ?? 0, 4)} (${row.tieWeight})`,
      flags(row),
    ]),
    [3, 4, 5, 6, 7],
  );
}

function notes(table: TopCitedTable): string {
  const method = {
    "tie-fraction":
      "papers above the threshold count 1 and papers at it share the remainder, so each field-year holds exactly its share (methodology §8.3)",
    "scale-all": "every paper at or above the threshold counts π·N / n≥(t) (methodology §8.4)",
    inclusive: "raw count of papers at or above the threshold (methodology §8.4)",
    exclusive: "raw count of papers above the threshold (methodology §8.4)",
    incites: "InCites: documents whose best percentile is within the top (methodology §8.5)",
  }[table.method];
  const reference =
    table.reference.kind === "corpus"
      ? `thresholds from the corpus itself (${table.reference.papers} papers declared the complete population of their field-years)`
      : `thresholds from ${table.reference.file} (SHA-256 ${table.reference.sha256.slice(0, 12)}…)`;
  const lines = [
    `Top${table.percentile}% by ${table.citationCount} citations, ${table.referenceSets} reference sets, ${reference}: ${method}.`,
    table.counting === "integer"
      ? "Integer counting: a paper counts for each of its countries (§4.1)."
      : `Fractional counting (${table.countingMethod}, §4).`,
    table.split === "raw"
      ? "Raw split: every paper with a Top weight above 0 counts 1."
      : "Adjusted split (tie weights).",
    "Multi-year periods show yearly averages; thresholds are per single year (§6).",
  ];
  const unscored = Object.entries(table.unscored).map(([reason, n]) => `${n} ${reason}`);
  if (unscored.length > 0)
    lines.push(`Papers in no reference set (not counted either way): ${unscored.join(", ")}.`);
  if (table.papersOutsidePeriods > 0)
    lines.push(`${table.papersOutsidePeriods} of ${table.papersRead} papers fall in no period.`);
  for (const notice of table.notices) lines.push(`${notice.code}: ${notice.detail}.`);
  return `${markdownCitations(lines.join(" "))}\n`;
}

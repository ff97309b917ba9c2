/**
 * The partner table as bytes: CSV with unrounded values for machines (codes, with their names
 * beside them), and Markdown for reports laid out as NISTEP's partner tables (docs/methodology.md §9.4):
 * per period, fields × positions 1..N with alpha-3 codes (the cells are narrow) and percentages,
 * the highlighted countries' earlier ranks as arrows, then one line per row, partners by name,
 * with counts, earlier ranks and the reverse view.
 */
import type { PartnerRow, PartnerTable } from "../indicators/partners/partners.ts";
import { toMarkdownTable } from "./_markdown-table.ts";
import { markdownCitations } from "./_methodology-links.ts";
import { type Move, partnerLayout, type RankCell } from "./_partner-layout.ts";
import { partnerRowLines, partnersIntro, partnersNotes } from "./_partner-text.ts";
import { namedCsv } from "./code-names.ts";

/**
 * Columns of the partner CSV, in the order of the row keys.
 * @example
 * PARTNER_COLUMNS.slice(0, 5) // → ["focal", "period", "field", "rank", "partner"]
 */
export const PARTNER_COLUMNS = [
  "focal",
  "period",
  "field",
  "rank",
  "partner",
  "papers",
  "share",
  "previousRank",
  "rankChange",
  "movement",
  "partnerAlpha3",
  "inTop",
  "focalInternational",
  "partnerInternational",
  "reverseShare",
] as const satisfies readonly (keyof PartnerRow)[];

/**
 * The rows as CSV, unrounded (`share` and `reverseShare` 0–1), empty cells for `null`, with the
 * names of the focal country, the field and the partner beside their codes (`focalName`,
 * `fieldName`, `partnerName`).
 * @example
 * partnersCsv(partners(q.papers, { focal: "US" }))
 * // → "focal,focalName,period,field,fieldName,rank,partner,partnerName,papers,share,…
 * //    \nUS,United States,2011,all,All fields,1,JP,Japan,3,0.75,,,,JPN,true,4,3,1\n…"
 */
export function partnersCsv(table: PartnerTable): string {
  return namedCsv(PARTNER_COLUMNS, table.rows);
}

/**
 * The table as Markdown for reports: an introduction, one NISTEP-style table per period (fields ×
 * positions 1..N, `CHN 42.9`, `(=k)` for a shared rank, highlighted countries in bold with their
 * move since the compare window), one line per row, and notes on counting, ties and cutoffs.
 * Percentages are rounded to one decimal with `round` ("Numbers" in docs/methodology.md).
 * @example
 * partnersMarkdown(partners(q.papers, { focal: "US", compare: { from: 2011, to: 2011 }, highlight: ["JP"] }))
 * // → "Partner countries of United States (US): …\n\n## 2011\n\n| Field | International papers | 1 | … |\n…"
 */
export function partnersMarkdown(table: PartnerTable): string {
  const layout = partnerLayout(table);
  const blocks = layout.blocks.map((block) => {
    const lines = block.lines.map((line) => [
      line.label,
      `${line.international}`,
      ...line.cells.map((cell) => (cell === null ? "" : markdownCell(cell))),
      ...line.tail.map((cell) => withMove(cell.text, cell.move)),
    ]);
    return `## ${block.title}\n\n${toMarkdownTable(layout.header, lines, layout.numeric)}`;
  });
  const { header, lines, numeric } = partnerRowLines(table);
  const rows = toMarkdownTable(header, lines, numeric);
  const notes = markdownCitations(partnersNotes(table).join(" "));
  return `${markdownCitations(partnersIntro(table))}\n\n${blocks.join("\n")}\n## Rows\n\n${rows}\n${notes}\n`;
}

function markdownCell(cell: RankCell): string {
  const text = `${cell.code} ${cell.percent}${cell.tie === null ? "" : ` ${cell.tie}`}`;
  return withMove(cell.highlighted ? `**${text}**` : text, cell.move);
}

function withMove(text: string, move: Move | null): string {
  return move === null ? text : `${text} ${move.text}`;
}

/**
 * The partner table as bytes: CSV with unrounded values for machines (codes, with their names
 * beside them), and Markdown for reports laid out as NISTEP's partner tables (docs/methodology.md §9.4):
 * per period, fields × positions 1..N with alpha-3 codes (the cells are narrow) and percentages,
 * the highlighted countries' earlier ranks as arrows, then one line per row, partners by name,
 * with counts, earlier ranks and the reverse view.
 */
import type { PartnerRow, PartnerTable } from "../indicators/partners/partners.ts";
import { markdownTableLines } from "./_markdown-table.ts";
import { markdownCitations } from "./_methodology-links.ts";
import { type Move, partnerLayout, type RankCell } from "./_partner-layout.ts";
import { partnerRowLines, partnersIntro, partnersNotes } from "./_partner-text.ts";
import { namedCsvChunks } from "./code-names.ts";
import { batched, joinChunks, joined, mapped } from "./text-chunks.ts";

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
  return joinChunks(partnersCsvChunks(table));
}

/**
 * The chunks of `partnersCsv(table)`, rows written as they come.
 * @example
 * await writeStdout(io, partnersCsvChunks(table));
 */
export function partnersCsvChunks(table: PartnerTable): Generator<string, void, undefined> {
  return namedCsvChunks(PARTNER_COLUMNS, table.rows);
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
  return joinChunks(partnersMarkdownChunks(table));
}

/**
 * The chunks of `partnersMarkdown(table)`, a table line at a time.
 * @example
 * await writeStdout(io, partnersMarkdownChunks(table));
 */
export function partnersMarkdownChunks(table: PartnerTable): Generator<string, void, undefined> {
  return batched(markdownPieces(table));
}

function* markdownPieces(table: PartnerTable): Generator<string, void, undefined> {
  const layout = partnerLayout(table);
  const blocks = mapped(layout.blocks, (block) => {
    const lines = mapped(block.lines, (line) => [
      line.label,
      `${line.international}`,
      ...line.cells.map((cell) => (cell === null ? "" : markdownCell(cell))),
      ...line.tail.map((cell) => withMove(cell.text, cell.move)),
    ]);
    return joined([`## ${block.title}\n\n`, markdownTableLines(layout.header, lines, layout.numeric)], "");
  });
  yield `${markdownCitations(partnersIntro(table))}\n\n`;
  yield* joined(blocks, "\n");
  const { header, lines, numeric } = partnerRowLines(table);
  yield "\n## Rows\n\n";
  yield* markdownTableLines(header, lines, numeric);
  yield `\n${markdownCitations(partnersNotes(table).join(" "))}\n`;
}

function markdownCell(cell: RankCell): string {
  const text = `${cell.code} ${cell.percent}${cell.tie === null ? "" : ` ${cell.tie}`}`;
  return withMove(cell.highlighted ? `**${text}**` : text, cell.move);
}

function withMove(text: string, move: Move | null): string {
  return move === null ? text : `${text} ${move.text}`;
}

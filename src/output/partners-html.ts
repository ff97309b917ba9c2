/**
 * The partner table as one static HTML page for reports and browsers: the NISTEP layout of
 * docs/methodology.md §9.4 (per period, fields × positions 1..N with alpha-3 codes, named in a
 * tooltip, and percentages; partners by name elsewhere),
 * highlighted countries shaded with their move since the compare window (↑ ↓ → new, as NISTEP
 * draws arrows for Japan), the rows in full and the notes. Self-contained: inline CSS, no script,
 * no external resource, every text escaped.
 */
import type { PartnerTable } from "../indicators/partners/partners.ts";
import { countryName } from "../normalize/country-vocabulary.ts";
import { htmlPage, htmlTable, htmlText as text, textCells } from "./_html-page.ts";
import { htmlCitations } from "./_methodology-links.ts";
import { type Move, partnerLayout, type RankCell } from "./_partner-layout.ts";
import { partnerRowLines, partnersIntro, partnersNotes } from "./_partner-text.ts";

const STYLE = `body { font-family: system-ui, sans-serif; margin: 2rem; color: #1f2328; }
table { border-collapse: collapse; margin: 0 0 2rem; }
th, td { border: 1px solid #c8ccd0; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #f3f4f6; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.code { font-weight: 600; text-decoration: none; }
.highlight { background: #fff3bf; }
.tie { color: #57606a; }
.move { white-space: nowrap; }
.up { color: #1a7f37; }
.down { color: #cf222e; }
.notes { max-width: 60rem; color: #57606a; }`;

/**
 * The table as a self-contained HTML page (UTF-8, `\n` line ends, a final newline).
 * @param table - a table from `partners`
 * @example
 * partnersHtml(partners(q.papers, { focal: "US", compare: { from: 2011, to: 2011 }, highlight: ["JP"] }))
 * // → "<!DOCTYPE html>\n<html lang=\"en\">\n…<td class=\"partner highlight\"><abbr class=\"code\" title=\"Japan\">JPN</abbr> …"
 */
export function partnersHtml(table: PartnerTable): string {
  const layout = partnerLayout(table);
  const blocks = layout.blocks.flatMap((block) => [
    `<h2>${text(block.title)}</h2>`,
    htmlTable(
      `class="ranks" data-period="${text(block.period)}"`,
      layout.header,
      layout.numeric,
      block.lines.map((line) => [
        `<th scope="row">${text(line.label)}</th>`,
        `<td class="num">${line.international}</td>`,
        ...line.cells.map((cell) => (cell === null ? "<td></td>" : rankCell(cell))),
        ...line.tail.map((cell, i) => {
          const numeric = layout.numeric.includes(2 + layout.positions + i) ? ' class="num"' : "";
          return `<td${numeric}>${text(cell.text)}${move(cell.move)}</td>`;
        }),
      ]),
    ),
  ]);
  const rows = partnerRowLines(table);
  const title = `Partner countries of ${countryName(table.focal)} (${table.focal})`;
  return htmlPage(title, STYLE, [
    `<h1>${text(title)}</h1>`,
    `<p>${htmlCitations(text(partnersIntro(table)))}</p>`,
    ...blocks,
    "<h2>Rows</h2>",
    htmlTable('class="rows"', rows.header, rows.numeric, textCells(rows.lines, rows.numeric)),
    `<p class="notes">${htmlCitations(text(partnersNotes(table).join(" ")))}</p>`,
  ]);
}

function rankCell(cell: RankCell): string {
  const parts = [
    `<abbr class="code" title="${text(cell.name)}">${text(cell.code)}</abbr>`,
    `<span class="percent">${text(cell.percent)}</span>`,
  ];
  if (cell.tie !== null) parts.push(`<span class="tie">${text(cell.tie)}</span>`);
  const classes = cell.highlighted ? "partner highlight" : "partner";
  return `<td class="${classes}">${parts.join(" ")}${move(cell.move)}</td>`;
}

function move(value: Move | null): string {
  return value === null ? "" : ` <span class="move ${value.movement}">${text(value.text)}</span>`;
}

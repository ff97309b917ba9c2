/**
 * The citation impact table as one static HTML page for reports and browsers (docs/methodology.md
 * §10): a dot plot of MNCS and CNCI per country against the world line at 1 for the latest period,
 * the rows in full, the notes, the papers without a country and the baselines. Self-contained:
 * inline CSS and SVG, no script, no external resource, every text escaped.
 */
import type { ImpactTable } from "../indicators/impact/impact-table.ts";
import { htmlPage, htmlTable, htmlText, textCells } from "./_html-page.ts";
import {
  baselineLines,
  impactChart,
  impactNotes,
  impactRowLines,
  unattributedLines,
} from "./_impact-text.ts";
import { htmlCitations } from "./_methodology-links.ts";

const STYLE = `body { font-family: system-ui, sans-serif; margin: 2rem; color: #1f2328; }
table { border-collapse: collapse; margin: 0 0 2rem; }
th, td { border: 1px solid #c8ccd0; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #f3f4f6; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; }
.notes { max-width: 60rem; color: #57606a; }`;

/** Countries the chart draws at most: the most papers first. */
const CHARTED = 20;

/**
 * The table as a self-contained HTML page (UTF-8, `\n` line ends, a final newline).
 * @param table - a table from `citationImpact`
 * @example
 * impactHtml(citationImpact(papers, { reference: "corpus" }))
 * // → "<!DOCTYPE html>\n<html lang=\"en\">\n…<svg …<circle data-mark=\"mncs\" data-key=\"JP\" …"
 */
export function impactHtml(table: ImpactTable): string {
  const section = (title: string, lines: ReturnType<typeof impactRowLines>, attributes: string) => [
    `<h2>${htmlText(title)}</h2>`,
    htmlTable(attributes, lines.header, lines.numeric, textCells(lines.lines, lines.numeric)),
  ];
  const chart = impactChart(table, null, CHARTED);
  return htmlPage("Citation impact", STYLE, [
    "<h1>Citation impact</h1>",
    ...(chart === null ? [] : [`<figure>${chart}</figure>`]),
    ...section("Rows", impactRowLines(table), 'class="rows"'),
    `<p class="notes">${htmlCitations(htmlText(impactNotes(table).join(" ")))}</p>`,
    ...(table.unattributed.length === 0
      ? []
      : section("Papers without any country", unattributedLines(table), 'class="unattributed"')),
    ...section("Baselines (mean citations per reference set)", baselineLines(table), 'class="baselines"'),
  ]);
}

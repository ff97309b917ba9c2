/**
 * A programme evaluation (methodology §12) as one self-contained HTML page for funders and
 * analysts: the settings, the chart of actual counts against targets by reporting year (with the
 * cumulative sums), then the same tables as the Markdown — programme total, each project, targets,
 * identifiers the exports lack, warnings, the selected papers with what selected them — and the
 * accounting. Inline CSS and SVG only: no script, nothing loaded, the same result gives the same bytes.
 */
import type { ProgrammeResult } from "../programme/programme-result.ts";
import { esc, htmlPage, inline, tableHtml } from "./_html.ts";
import { htmlCitations } from "./_methodology-links.ts";
import { programmeCharts } from "./_programme-charts.ts";
import { accountingSentence, programmeParts, programmeSettings } from "./_programme-text.ts";

const STYLE = [
  "body{margin:0;background:#f6f8fa;color:#1f2328;font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif}",
  "main{max-width:860px;margin:0 auto;padding:24px 16px 48px}",
  "header,section{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:16px 24px;margin:0 0 20px}",
  "h1{font-size:26px;margin:8px 0 12px}h2{font-size:20px;margin:4px 0 12px}",
  "figure{margin:12px 0}figure svg{max-width:100%;height:auto}",
  "table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}",
  "th,td{border-bottom:1px solid #d8dee4;padding:4px 6px;text-align:left;vertical-align:top}",
  "th{background:#f6f8fa}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}",
  "#papers td:nth-child(2),#papers td:nth-child(3){overflow-wrap:anywhere}section{overflow-x:auto}",
  "tbody tr:nth-child(even){background:#fafbfc}",
  ".note{color:#57606a;font-size:13px}code{font-size:12px}",
].join("\n");

/**
 * The evaluation as a self-contained HTML page.
 * @param result - from `programme`
 * @returns the page: UTF-8, inline CSS and SVG, no script, `\n` line ends and a final newline
 * @example
 * programmeHtml(g) // → "<!doctype html>\n<html lang=\"en\">…<svg …<rect data-mark=\"bar\" data-year=\"2021\" …"
 */
export function programmeHtml(result: ProgrammeResult): string {
  const charts = programmeCharts(result);
  const body = [
    "<header>",
    "<h1>Programme evaluation</h1>",
    `<ul class="settings">${programmeSettings(result)
      .map((line) => `<li>${esc(line)}</li>`)
      .join("")}</ul>`,
    `<p>${esc(accountingSentence(result))}</p>`,
    "</header>",
    section(
      "chart",
      result.targets.length === 0 ? "Actual counts" : "Actual against target",
      charts.length === 0
        ? ["<p>No selected paper has a reporting year, and no targets were given: nothing to chart.</p>"]
        : charts.map((chart) => `<figure>${chart}</figure>`),
    ),
    ...programmeParts(result).map((part) =>
      section(part.id, part.title, [
        ...part.lines.map((line) => `<p>${inline(line)}</p>`),
        ...(part.table === null ? [] : [tableHtml(part.table)]),
      ]),
    ),
    `<p class="note">${htmlCitations(esc("Selection, counts and reporting years as methodology §12."))}</p>`,
  ];
  return htmlPage("Programme evaluation", STYLE, body);
}

function section(id: string, title: string, content: readonly string[]): string {
  return [`<section id="${id}">`, `<h2>${esc(title)}</h2>`, ...content, "</section>"].join("\n");
}

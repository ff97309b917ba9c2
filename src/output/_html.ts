/**
 * HTML text shared by the pages copub writes from sections of tables (the report, the programme
 * evaluation): escaping, `code` spans, and a table with an optional caption and right-aligned
 * numbers. One module, so every page escapes and lays out a table the same way.
 */

/** A table for a page: an optional caption, a header, rows of cell text, the numeric columns. */
export interface HtmlTable {
  /** What the table shows, as its `<caption>`. */
  readonly caption?: string;
  /** Column names. */
  readonly header: readonly string[];
  /** Cells, in header order. */
  readonly rows: readonly (readonly string[])[];
  /** Indexes of the numeric (right-aligned) columns. */
  readonly numeric: readonly number[];
}

/**
 * Escapes text for HTML.
 * @example
 * esc('R&D <"core">') // → "R&amp;D &lt;&quot;core&quot;&gt;"
 */
export function esc(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/**
 * Escapes text and renders its `code` spans.
 * @example
 * inline("use `--out` & see") // → "use <code>--out</code> &amp; see"
 */
export function inline(text: string): string {
  return esc(text).replace(/`([^`]+)`/g, "<code>$1</code>");
}

/**
 * A table, its caption first when it has one, numeric columns with class `n`.
 * @example
 * tableHtml({ header: ["Year", "Papers"], rows: [["2021", "4"]], numeric: [1] })
 * // → '<table>\n<thead><tr><th>Year</th><th class="n">Papers</th></tr></thead>\n<tbody>\n<tr><td>2021</td><td class="n">4</td></tr>\n</tbody></table>'
 */
export function tableHtml(table: HtmlTable): string {
  const cell = (tag: "th" | "td", text: string, i: number) =>
    `<${tag}${table.numeric.includes(i) ? ' class="n"' : ""}>${esc(text)}</${tag}>`;
  return [
    "<table>",
    ...(table.caption === undefined ? [] : [`<caption>${esc(table.caption)}</caption>`]),
    `<thead><tr>${table.header.map((h, i) => cell("th", h, i)).join("")}</tr></thead>`,
    "<tbody>",
    ...table.rows.map((row) => `<tr>${row.map((c, i) => cell("td", c, i)).join("")}</tr>`),
    "</tbody></table>",
  ].join("\n");
}

/**
 * A whole page: UTF-8, a viewport for phones, the title, inline CSS, the body inside `<main>`,
 * `\n` line ends and a final newline.
 * @param title - the page title (escaped here)
 * @param style - the CSS
 * @param body - the markup of `<main>`, one entry per line
 * @example
 * htmlPage("Programme evaluation", "body{margin:0}", ["<h1>Programme evaluation</h1>"])
 * // → "<!doctype html>\n<html lang=\"en\">\n<head>\n…<title>Programme evaluation</title>\n<style>body{margin:0}</style>\n…<main>\n<h1>Programme evaluation</h1>\n</main>\n</body>\n</html>\n"
 */
export function htmlPage(title: string, style: string, body: readonly string[]): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${style}</style>
</head>
<body>
<main>
${body.join("\n")}
</main>
</body>
</html>
`;
}

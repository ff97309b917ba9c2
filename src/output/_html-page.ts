/**
 * What the self-contained HTML pages of single tables share (the partner table, the citation
 * impact table): the page around a body — UTF-8, inline CSS, no script, nothing loaded from the
 * network, `\n` line ends — text escaped for HTML, and a table from its header and ready-made
 * cells with numeric columns marked. The analyst's report has its own page (`report-html.ts`).
 */

/**
 * A page: doctype, `<head>` with the title and the style, then the body lines.
 * @example
 * htmlPage("Partners", "body { margin: 2rem; }", ["<h1>Partners</h1>"])
 * // → '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Partners</title>\n…<h1>Partners</h1>\n</body>\n</html>\n'
 */
export function htmlPage(title: string, style: string, body: readonly string[]): string {
  return `${[
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<title>${htmlText(title)}</title>`,
    `<style>\n${style}\n</style>`,
    "</head>",
    "<body>",
    ...body,
    "</body>",
    "</html>",
  ].join("\n")}\n`;
}

/**
 * A table: its attributes, a header row, and body rows of ready-made cells.
 * @param attributes - the `<table>` attributes, e.g. `'class="rows"'`
 * @param header - column names (escaped here)
 * @param numeric - indexes of the numeric columns, marked `class="num"` in the header
 * @param body - cells as markup, `<td>…</td>`
 */
export function htmlTable(
  attributes: string,
  header: readonly string[],
  numeric: readonly number[],
  body: readonly (readonly string[])[],
): string {
  const head = header.map(
    (name, i) => `<th scope="col"${numeric.includes(i) ? ' class="num"' : ""}>${htmlText(name)}</th>`,
  );
  return [
    `<table ${attributes}>`,
    `<thead><tr>${head.join("")}</tr></thead>`,
    "<tbody>",
    ...body.map((cells) => `<tr>${cells.join("")}</tr>`),
    "</tbody>",
    "</table>",
  ].join("\n");
}

/**
 * Body rows of plain text cells, escaped, numeric columns marked `class="num"`.
 * @example
 * textCells([["Japan", "7"]], [1]) // → [["<td>Japan</td>", '<td class="num">7</td>']]
 */
export function textCells(lines: readonly (readonly string[])[], numeric: readonly number[]): string[][] {
  return lines.map((line) =>
    line.map((cell, i) => `<td${numeric.includes(i) ? ' class="num"' : ""}>${htmlText(cell)}</td>`),
  );
}

/**
 * Text escaped for HTML element content and attribute values.
 * @example
 * htmlText('R&D <"core">') // → "R&amp;D &lt;&quot;core&quot;&gt;"
 */
export function htmlText(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ESCAPES[c] as string);
}

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * References to the methodology guide in text for people. Outputs, help and messages cite a
 * section as "methodology §8.3" (or "§8.3" once the guide is named); in Markdown and HTML each
 * citation becomes a link to its anchor in `docs/methodology.md` (`#s8.3`), so a reader of a table
 * gets to the definition behind it in one step. One module, so every writer links the same way and
 * only to sections the guide has.
 */

/** Where the guide is, relative to the repository root. */
export const METHODOLOGY_GUIDE = "docs/methodology.md";

/**
 * The sections of the guide with an anchor (`<a id="s8.3">`); `test/output/_methodology-links`
 * checks this list against the guide itself.
 */
export const GUIDE_SECTIONS: ReadonlySet<string> = new Set(
  [
    "1 1.1 1.2 1.3 1.4 2 2.1 2.2 2.3 3 3.1 3.2 3.2.1 3.2.2 3.2.3 3.2.4 3.3 3.4 3.5",
    "4 4.1 4.2 4.3 4.4 4.5 4.6 5 5.1 5.2 5.3 6 7 7.1 7.2 7.3 7.4 8 8.1 8.2 8.3 8.4 8.5 8.6 8.7",
    "9 9.1 9.2 9.3 9.4 9.5 10 10.1 10.2 10.3 10.4 10.5 11 11.1 11.2 11.3 11.4 11.5 11.6 12 12.1 12.2 12.3 12.4 13 13.1 13.2 13.3 13.4 13.5 14 15 16",
  ]
    .join(" ")
    .split(" "),
);

/** "methodology §8.3" or a bare "§8.3"; a final period is the sentence's, not the section's. */
const CITATION = /(methodology )?§(\d+(?:\.\d+)*)/g;

/**
 * Text with each citation of a guide section as a Markdown link; a section the guide lacks is
 * left as it is.
 * @example
 * markdownCitations("integer counting (methodology §9; §9.1).")
 * // → "integer counting ([methodology §9](docs/methodology.md#s9); [§9.1](docs/methodology.md#s9.1))."
 */
export function markdownCitations(text: string): string {
  return text.replace(CITATION, (citation, _named, section: string) =>
    GUIDE_SECTIONS.has(section) ? `[${citation}](${METHODOLOGY_GUIDE}#s${section})` : citation,
  );
}

/**
 * HTML text (already escaped) with each citation of a guide section as a link.
 * @example
 * htmlCitations("integer counting (methodology §9).")
 * // → 'integer counting (<a href="docs/methodology.md#s9">methodology §9</a>).'
 */
export function htmlCitations(html: string): string {
  return html.replace(CITATION, (citation, _named, section: string) =>
    GUIDE_SECTIONS.has(section) ? `<a href="${METHODOLOGY_GUIDE}#s${section}">${citation}</a>` : citation,
  );
}

/**
 * The plain-text ("Full Record and Cited References") layout of synthetic papers, as the newest
 * WoS exports write it: UTF-8 with BOM, LF, an `FN`/`VR` header, one tag per line with
 * three-space continuation lines, one value per line for AU/AF/CA/C1/CR, long texts wrapped at
 * word boundaries, `ER` and a blank line after each record, and `EF` with no final newline.
 */
import type { SyntheticPaper } from "./paper.ts";
import { exportTags } from "./tags.ts";

/** Tags whose single text WoS wraps over continuation lines (AB and RP stay on one line). */
const WRAPPED_TAGS: ReadonlySet<string> = new Set([
  "TI",
  "SO",
  "DE",
  "ID",
  "FU",
  "FX",
  "C3",
  "OI",
  "RI",
  "WC",
  "SC",
  "EM",
  "PA",
]);
/** Longest physical line WoS writes for wrapped tags, prefix included. */
const WRAP_WIDTH = 75;

/** What WoS writes on the FN line of its plain-text exports. */
export const WOS_FILE_LABEL = "Clarivate Analytics Web of Science";

/**
 * What starts a plain-text export: BOM, the FN line naming where the file comes from, VR.
 * @param label - the FN line's text; default WoS's own
 * @example
 * plainTextHeader("copub demo") // → "\uFEFFFN copub demo\nVR 1.0\n"
 */
export function plainTextHeader(label: string = WOS_FILE_LABEL): string {
  if (/[\r\n]/.test(label)) throw new Error("the FN label must be one line");
  return `\uFEFFFN ${label}\nVR 1.0\n`;
}
/** What ends it. */
export const PLAIN_TEXT_FOOTER = "EF";

/**
 * Wraps a text at spaces so that no line (after its 3-character prefix) exceeds the width; the
 * reader joins continuation lines with one space, which gives the text back.
 * @example
 * wrap("a b c", 5) // → ["a b", "c"]
 */
export function wrap(text: string, width: number = WRAP_WIDTH - 3): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > width) {
    const cut = rest.lastIndexOf(" ", width);
    // A word longer than the line stays whole.
    const at = cut > 0 ? cut : rest.indexOf(" ", width);
    if (at === -1) break;
    lines.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  lines.push(rest);
  return lines;
}

/**
 * One record in plain text, from `PT` to the blank line after `ER`.
 * @example
 * toPlainTextRecord(paper) // → "PT J\nAU Wang, W\n   Li, J\nAF Wang, Wei\n…\nUT WOS:0012345678901234\n…\nER\n\n"
 */
export function toPlainTextRecord(paper: SyntheticPaper): string {
  let out = "";
  for (const [tag, value] of exportTags(paper)) {
    let lines: readonly string[];
    if (typeof value !== "string") lines = tag === "C1" ? value.map((line) => `${line}.`) : value;
    else lines = WRAPPED_TAGS.has(tag) ? wrap(value) : [value];
    out += `${tag} ${lines[0]}\n`;
    for (let i = 1; i < lines.length; i++) out += `   ${lines[i]}\n`;
  }
  return `${out}ER\n\n`;
}

/**
 * Splitting WoS multi-value strings. WoS joins values with `; `, but a `;` can also sit inside
 * a value: in brackets (C1's `[Sato, A; Suzuki, B]`) or in an old SICI DOI of a cited
 * reference (`…<791::AID-SMJ121>3.0.CO;2-K`). So each split says which separator it honours.
 */
import { isJsSpace } from "./_js-space.ts";

/**
 * Splits at a `;` that is outside square brackets and followed by white space or the end,
 * trims each part and drops empty ones (docs/methodology.md §2.3: never split a C1 cell naively).
 * @example
 * splitOutsideBrackets("[Sato, A; Suzuki, B] Univ Tokyo, Japan.; [Smith, C] Harvard Univ, USA.")
 * // → ["[Sato, A; Suzuki, B] Univ Tokyo, Japan.", "[Smith, C] Harvard Univ, USA."]
 */
export function splitOutsideBrackets(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 91 /* [ */) depth++;
    else if (code === 93 /* ] */ && depth > 0) depth--;
    else if (
      code === 59 /* ; */ &&
      depth === 0 &&
      (i + 1 === text.length || isJsSpace(text.charCodeAt(i + 1)))
    ) {
      pushTrimmed(parts, text.slice(start, i));
      start = i + 1;
    }
  }
  pushTrimmed(parts, text.slice(start));
  return parts;
}

/**
 * Splits a `; `-separated list, trims each part and drops empty ones.
 * @example
 * splitList("Article; Early Access;") // → ["Article", "Early Access"]
 */
export function splitList(text: string): string[] {
  return splitListIn(text, 0, text.length);
}

/**
 * `splitList` of the text from `from` to `to`, without slicing it out first (C1's bracketed names).
 * @example
 * splitListIn("[Sato, A; Suzuki, B] Univ Tokyo", 1, 19) // → ["Sato, A", "Suzuki, B"]
 */
export function splitListIn(text: string, from: number, to: number): string[] {
  // By character codes: each part is sliced once, already trimmed, where a split and a trim per
  // part made two strings (lists are split for seven tags of every record, and OI/RI).
  const parts: string[] = [];
  for (let start = from; ; ) {
    const semicolon = text.indexOf(";", start);
    const end = semicolon === -1 || semicolon >= to ? to : semicolon;
    pushTrimmedRange(parts, text, start, end);
    if (end === to) return parts;
    start = semicolon + 1;
  }
}

/**
 * Splits a tab-delimited cell of one-per-line values (AU, AF, CR, …) at `; ` only, so that a
 * `;` inside a value (a SICI DOI in CR) stays in it.
 * @example
 * splitCellValues("Stuart TE, 2000, DOI 10.1002/(SICI)…3.0.CO;2-K; Burt RS, 1992") // → ["Stuart TE, 2000, DOI 10.1002/(SICI)…3.0.CO;2-K", "Burt RS, 1992"]
 */
export function splitCellValues(cell: string): string[] {
  const parts: string[] = [];
  for (const part of cell.split("; ")) pushTrimmed(parts, part);
  return parts;
}

/** Pushes `text` from `start` to `end`, trimmed as `trim` would, unless nothing is left. */
function pushTrimmedRange(parts: string[], text: string, start: number, end: number): void {
  let from = start;
  let to = end;
  while (from < to && isJsSpace(text.charCodeAt(from))) from++;
  while (to > from && isJsSpace(text.charCodeAt(to - 1))) to--;
  if (to > from) parts.push(text.slice(from, to));
}

function pushTrimmed(parts: string[], part: string): void {
  const trimmed = part.trim();
  if (trimmed.length > 0) parts.push(trimmed);
}

/**
 * Parsers for the structured values inside WoS tags (C1, RP, FU, OI/RI, UT, DI, numbers),
 * shared by the plain-text and tab-delimited readers. Each takes the tag's text and returns
 * plain data; none of them throws.
 */

import { isJsSpace } from "./_js-space.ts";
import { splitList, splitListIn, splitOutsideBrackets } from "./_split.ts";
import type { Address, Grant, ReprintAddress } from "./wos-record.ts";

/**
 * Parses a whole non-negative integer, or returns `undefined` for anything else.
 * @example
 * parseCount("12") // → 12
 * parseCount("1,2") // → undefined
 */
export function parseCount(value: string): number | undefined {
  const trimmed = value.trim();
  return /^\d{1,15}$/.test(trimmed) ? Number(trimmed) : undefined;
}

/**
 * Finds a four-digit year (1000–2999) in a date string.
 * @example
 * yearInDate("OCT 2022") // → 2022
 */
export function yearInDate(value: string): number | undefined {
  const match = /(?:^|\D)([12]\d{3})(?:\D|$)/.exec(value);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * Parses one C1 address: the `[...]` author prefix and the address text.
 * @param line - one address (a C1 line, or one part of a tab-delimited C1 cell)
 * @param number - its 1-based position
 * @returns the address, or `undefined` when nothing but a prefix is left
 * @example
 * parseC1Address("[Sato, Akira; Suzuki, Bo] Univ Tokyo, Dept Chem, Tokyo 1130033, Japan.", 1)
 * // → { number: 1, text: "Univ Tokyo, Dept Chem, Tokyo 1130033, Japan", authors: ["Sato, Akira", "Suzuki, Bo"], organizations: [], parts: null }
 */
export function parseC1Address(line: string, number: number): Address | undefined {
  // By character codes: the names and the address are sliced once each, where slices, trims and
  // the period's removal made four strings per address (C1 lines are a tenth of a record's lines).
  const trimmed = line.trim();
  let authors: string[] = [];
  let from = 0;
  if (trimmed.charCodeAt(0) === 91 /* [ */) {
    const close = trimmed.indexOf("]");
    if (close !== -1) {
      authors = splitListIn(trimmed, 1, close);
      from = close + 1;
    }
  }
  // The rest, trimmed, without a final period and the spaces before it (`withoutFinalPeriod`).
  let to = trimmed.length;
  while (from < to && isJsSpace(trimmed.charCodeAt(from))) from++;
  if (to > from && trimmed.charCodeAt(to - 1) === 46 /* . */) to--;
  while (to > from && isJsSpace(trimmed.charCodeAt(to - 1))) to--;
  if (to === from) return undefined;
  return { number, text: trimmed.slice(from, to), authors, organizations: [], parts: null };
}

// (?<!\s): a match starts where its white space starts. Without it the search would start again at
// every space of a long run that no mark follows, scanning the rest of the run each time.
const CORRESPONDING_MARK = /(?<!\s)\s*\((?:corresponding|reprint) author\),?\s*/i;

/**
 * Parses RP: `Names (corresponding author), Address.; Names (corresponding author), Address.`
 * (older exports say `reprint author`; some give an address with no names).
 * @example
 * parseReprintAddresses("Si, BC; Liu, ZD (corresponding author), China Agr Univ, Beijing 100083, Peoples R China.")
 * // → [{ authors: ["Si, BC", "Liu, ZD"], text: "China Agr Univ, Beijing 100083, Peoples R China" }]
 */
export function parseReprintAddresses(value: string): ReprintAddress[] {
  const pieces = value.split(CORRESPONDING_MARK);
  if (pieces.length === 1) {
    const text = withoutFinalPeriod(value);
    return text.length > 0 ? [{ authors: [], text }] : [];
  }
  // pieces: names₁, address₁ ".; " names₂, address₂ ".; " names₃, …, addressₙ
  const entries: ReprintAddress[] = [];
  let names = pieces[0] ?? "";
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i] ?? "";
    const isLast = i === pieces.length - 1;
    const boundary = isLast ? -1 : piece.lastIndexOf(".;");
    const text = withoutFinalPeriod(boundary === -1 ? piece : piece.slice(0, boundary + 1));
    if (text.length > 0) entries.push({ authors: splitList(names), text });
    names = boundary === -1 ? "" : piece.slice(boundary + 2);
  }
  return entries;
}

/**
 * Parses FU: agencies separated by `; `, each with its grant numbers in brackets.
 * @example
 * parseGrants("Swedish Research Council (VR) [2015-04237]; Swedish Heart Lung Foundation (HLF) [2020-0627, 2021-0536]")
 * // → [{ agency: "Swedish Research Council (VR)", grantIds: ["2015-04237"] },
 * //    { agency: "Swedish Heart Lung Foundation (HLF)", grantIds: ["2020-0627", "2021-0536"] }]
 */
export function parseGrants(value: string): Grant[] {
  return splitOutsideBrackets(value).map((entry) => {
    const open = entry.indexOf("[");
    const close = entry.lastIndexOf("]");
    if (open === -1 || close < open) return { agency: entry, grantIds: [] };
    const grantIds = entry
      .slice(open + 1, close)
      .split(/[,;]/)
      .map((id) => id.trim())
      .filter((id) => id.length > 0);
    return { agency: entry.slice(0, open).trim(), grantIds };
  });
}

/** One `Name/Identifier` entry of OI or RI. */
export interface NamedIdentifier {
  /** The name before the last `/`. */
  readonly name: string;
  /** The identifier after it. */
  readonly id: string;
}

/**
 * Parses OI or RI: `Surname, Given/0000-0002-1825-0097; …` (empty entries skipped).
 * @example
 * parseNamedIdentifiers("; Liu, Shuai/F-9967-2012") // → [{ name: "Liu, Shuai", id: "F-9967-2012" }]
 */
export function parseNamedIdentifiers(value: string): NamedIdentifier[] {
  // By character codes: each entry's name and identifier are sliced once, already trimmed, where
  // a split, two slices and two trims per entry made five strings (OI or RI in every other record).
  const entries: NamedIdentifier[] = [];
  for (let start = 0; start <= value.length; ) {
    const semicolon = value.indexOf(";", start);
    const end = semicolon === -1 ? value.length : semicolon;
    pushNamedIdentifier(entries, value, start, end);
    start = end + 1;
  }
  return entries;
}

/**
 * Pushes the entry of `value` from `start` to `end`, trimmed, when it has a `/` with something
 * before and after it: the name before the last `/` and the identifier after it, each trimmed.
 */
function pushNamedIdentifier(entries: NamedIdentifier[], value: string, start: number, end: number): void {
  let from = start;
  let to = end;
  while (from < to && isJsSpace(value.charCodeAt(from))) from++;
  while (to > from && isJsSpace(value.charCodeAt(to - 1))) to--;
  // The last "/" by hand: `lastIndexOf` from a position was a third of the parse.
  let slash = to - 1;
  while (slash > from && value.charCodeAt(slash) !== 47 /* / */) slash--;
  if (slash <= from || slash === to - 1) return;
  let nameEnd = slash;
  while (isJsSpace(value.charCodeAt(nameEnd - 1))) nameEnd--;
  let idStart = slash + 1;
  while (isJsSpace(value.charCodeAt(idStart))) idStart++;
  entries.push({ name: value.slice(from, nameEnd), id: value.slice(idStart, to) });
}

/** Plain text ends each address with a period, tab-delimited cells and XML do not: drop it so all agree. */
function withoutFinalPeriod(text: string): string {
  const trimmed = text.trim();
  return trimmed.endsWith(".") ? trimmed.slice(0, -1).trimEnd() : trimmed;
}

/**
 * The comparison key for the controlled names of a WoS record that copub looks up in tables:
 * document types (§1.2 compares them case-insensitively), WoS Categories (the category table of §7.4: "matched
 * case-insensitively after collapsing whitespace"), and the J9 abbreviations and source titles of
 * a journal table (§7.4). One function, so that every such lookup folds names the same way.
 */
import { replaceAllMatches } from "../common/replace-all.ts";

/**
 * Folds a name for lookup: whitespace collapsed, ends trimmed, upper case.
 * @example
 * nameKey(" History  &  Philosophy Of Science") // → "HISTORY & PHILOSOPHY OF SCIENCE"
 */
export function nameKey(name: string): string {
  return replaceAllMatches(name, SPACES, " ").trim().toUpperCase();
}

const SPACES = /\s+/g;

/**
 * Person-name keys used to link names written in different places of one record (AF, AU,
 * C1 brackets, OI, RI, RP) to one another (docs/methodology.md §3.4).
 */
import { replaceAllMatches } from "../common/replace-all.ts";
import { isJsSpace } from "./_js-space.ts";

/**
 * Exact-match key: NFKD, combining marks removed, upper case, periods dropped, spaces collapsed.
 * @example
 * personNameKey("Björnson,  Emil") // → "BJORNSON, EMIL"
 */
export function personNameKey(name: string): string {
  // Most names are already in the key's form but for their case ("Sato, Akira"): one pass over
  // their character codes proves it, and upper case is then the whole key.
  if (isPlainName(name)) return name.toUpperCase();
  // A quarter of the names of real exports have initials with periods ("Smith, J. R."): periods
  // go from the key whatever surrounds them, so a name that is plain once they are gone is that
  // name upper-cased, found with one native replace and one more pass instead of four regexes.
  if (name.includes(".")) {
    const bare = name.replaceAll(".", "");
    if (isPlainName(bare)) return bare.toUpperCase();
  }
  // Most names are ASCII; only the others need the (slow) decomposition.
  // replaceAllMatches: a hostile 10 MB name with a million gaps costs its size, not 300 MB.
  const folded = NON_ASCII.test(name) ? replaceAllMatches(name.normalize("NFKD"), MARKS, "") : name;
  const upper = folded.toUpperCase();
  const spaced = replaceAllMatches(replaceAllMatches(upper, PERIODS, ""), SPACES, " ");
  return replaceAllMatches(spaced, COMMA, ", ").trim();
}

/**
 * Whether the slow path of `personNameKey` would only upper-case the name: printable ASCII with
 * no period, no space at either end or next to another space or before a comma, and each comma
 * followed by one space (or ending the name).
 */
function isPlainName(name: string): boolean {
  const last = name.length - 1;
  if (last < 0 || name.charCodeAt(0) === 32 || name.charCodeAt(last) === 32) return false;
  for (let i = 0; i <= last; i++) {
    const code = name.charCodeAt(i);
    if (code < 32 || code > 126 || code === 46 /* . */) return false;
    if (code === 32 && name.charCodeAt(i + 1) === 32) return false;
    if (code === 44 /* , */) {
      if (name.charCodeAt(i - 1) === 32) return false;
      if (i < last && (name.charCodeAt(i + 1) !== 32 || name.charCodeAt(i + 2) === 32)) return false;
    }
  }
  return true;
}

const NON_ASCII = /[^ -~\t]/;
const MARKS = /\p{M}+/gu;
const PERIODS = /\./g;
const SPACES = /\s+/g;
/** A comma with the spaces around it; (?<!\s) keeps the search linear in a long run of spaces (no restart inside it). */
const COMMA = /(?<!\s)\s*,\s*/g;

/**
 * Loose key: surname and first initial (`SURNAME|I`), for names given in different forms.
 * @example
 * surnameInitialKey("Bjornson, Emil") // → "BJORNSON|E"
 * surnameInitialKey("Björnson, E")    // → "BJORNSON|E"
 */
export function surnameInitialKey(name: string): string {
  return looseKeyOf(personNameKey(name));
}

/**
 * The surname-and-initial key of a name's exact key (`personNameKey`), computed from it once:
 * the surname trimmed, then the first character after the comma's spaces, found by character
 * codes (the slices and trims it replaces made four strings per key).
 */
function looseKeyOf(key: string): string {
  const comma = key.indexOf(",");
  if (comma === -1) return key;
  let start = 0;
  let end = comma;
  while (start < end && isJsSpace(key.charCodeAt(start))) start++;
  while (end > start && isJsSpace(key.charCodeAt(end - 1))) end--;
  let initial = comma + 1;
  while (initial < key.length && isJsSpace(key.charCodeAt(initial))) initial++;
  return `${key.slice(start, end)}|${key.charAt(initial)}`;
}

/** How closely a name matched: `rank` 0 is the candidate's first (fullest) name exactly, 1 its second, … */
export interface NameMatch {
  /** The candidate's index. */
  readonly index: number;
  /** The position of the candidate name matched exactly, or `LOOSE_MATCH` for surname and initial only. */
  readonly rank: number;
}

/** The rank of a match on surname and first initial only: below every exact match. */
export const LOOSE_MATCH = Number.MAX_SAFE_INTEGER;

/**
 * Builds a matcher that finds the one candidate a name refers to and how closely: a unique exact
 * key on any of the candidate's names first (ranked by which of its names), then a unique
 * surname-and-initial match. Keys are computed once, so matching the thousand names of a
 * consortium paper stays linear.
 * @param candidates - for each candidate, the names it is known by, fullest first (AF, then AU)
 * @returns a function giving the match, or `null` when there is none or it is ambiguous
 * @example
 * const match = createRankedNameMatcher([["Valentini, Alice", "Valentini, A"]]);
 * match("VALENTINI, ALICE")   // → { index: 0, rank: 0 }
 * match("Valentini, A")       // → { index: 0, rank: 1 }
 * match("valentini, alessio") // → { index: 0, rank: LOOSE_MATCH }
 */
export function createRankedNameMatcher(
  candidates: readonly (readonly string[])[],
): (name: string) => NameMatch | null {
  // null: a key shared by two candidates (two authors "Sato, A") identifies neither.
  const exact = new Map<string, NameMatch | null>();
  // Each candidate's distinct keys in order, and whose they are: the loose keys come from them,
  // only when a name has no exact match (most OI/RI entries have one).
  const keys: string[] = [];
  const owners: number[] = [];
  for (let index = 0; index < candidates.length; index++) {
    const names = candidates[index] as readonly string[];
    const first = keys.length;
    for (let rank = 0; rank < names.length; rank++) {
      const key = personNameKey(names[rank] as string);
      // The candidate's own keys so far: two names (AF and AU) nearly always, searched by hand.
      if (keys.indexOf(key, first) !== -1) continue;
      keys.push(key);
      owners.push(index);
      exact.set(key, exact.get(key) === undefined ? { index, rank } : null);
    }
  }
  let loose: Map<string, number | null> | null = null;
  return (name) => {
    const key = personNameKey(name);
    const found = exact.get(key);
    if (found !== undefined) return found;
    loose ??= looseKeys(keys, owners);
    const index = loose.get(looseKeyOf(key));
    return index === undefined || index === null ? null : { index, rank: LOOSE_MATCH };
  };
}

/** The loose keys of the candidates' keys (in candidate order): each candidate's once, a key of two candidates naming neither (`null`). */
function looseKeys(keys: readonly string[], owners: readonly number[]): Map<string, number | null> {
  const loose = new Map<string, number | null>();
  const own: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const index = owners[i] as number;
    const looseKey = looseKeyOf(keys[i] as string);
    if (i > 0 && owners[i - 1] !== index) own.length = 0;
    if (own.includes(looseKey)) continue;
    own.push(looseKey);
    loose.set(looseKey, loose.get(looseKey) === undefined ? index : null);
  }
  return loose;
}

/**
 * Builds a matcher that finds the one candidate a name refers to (`createRankedNameMatcher`
 * without the rank).
 * @param candidates - for each candidate, the names it is known by (AF and AU forms)
 * @returns a function giving the candidate's index, or -1 when there is no match or the match is ambiguous
 * @example
 * const match = createNameMatcher([["Sato, Akira", "Sato, A"], ["Suzuki, Bo", "Suzuki, B"]]);
 * match("Sato, Akira") // → 0
 * match("Suzuki, B.")  // → 1
 */
export function createNameMatcher(candidates: readonly (readonly string[])[]): (name: string) => number {
  const match = createRankedNameMatcher(candidates);
  return (name) => match(name)?.index ?? -1;
}

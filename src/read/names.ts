/**
 * Person-name keys used to link names written in different places of one record (AF, AU,
 * C1 brackets, OI, RI, RP) to one another (docs/methodology.md §3.4).
 */
import { replaceAllMatches } from "../common/replace-all.ts";

/**
 * Exact-match key: NFKD, combining marks removed, upper case, periods dropped, spaces collapsed.
 * @example
 * personNameKey("Björnson,  Emil") // → "BJORNSON, EMIL"
 */
export function personNameKey(name: string): string {
  // Most names are ASCII; only the others need the (slow) decomposition.
  // replaceAllMatches: a hostile 10 MB name with a million gaps costs its size, not 300 MB.
  const folded = NON_ASCII.test(name) ? replaceAllMatches(name.normalize("NFKD"), MARKS, "") : name;
  const upper = folded.toUpperCase();
  const spaced = replaceAllMatches(replaceAllMatches(upper, PERIODS, ""), SPACES, " ");
  return replaceAllMatches(spaced, COMMA, ", ").trim();
}

const NON_ASCII = /[^ -~\t]/;
const MARKS = /\p{M}+/gu;
const PERIODS = /\./g;
const SPACES = /\s+/g;
const COMMA = /\s*,\s*/g;

/**
 * Loose key: surname and first initial (`SURNAME|I`), for names given in different forms.
 * @example
 * surnameInitialKey("Bjornson, Emil") // → "BJORNSON|E"
 * surnameInitialKey("Björnson, E")    // → "BJORNSON|E"
 */
export function surnameInitialKey(name: string): string {
  const key = personNameKey(name);
  const comma = key.indexOf(",");
  if (comma === -1) return key;
  const surname = key.slice(0, comma).trim();
  const initial = key
    .slice(comma + 1)
    .trim()
    .charAt(0);
  return `${surname}|${initial}`;
}

/**
 * Builds a matcher that finds the one candidate a name refers to: a unique exact key on any of
 * the candidate's names first, then a unique surname-and-initial match. Keys are computed once, so
 * matching the thousand names of a consortium paper stays linear.
 * @param candidates - for each candidate, the names it is known by (AF and AU forms)
 * @returns a function giving the candidate's index, or -1 when there is no match or the match is ambiguous
 * @example
 * const match = createNameMatcher([["Sato, Akira", "Sato, A"], ["Suzuki, Bo", "Suzuki, B"]]);
 * match("Sato, Akira") // → 0
 * match("Suzuki, B.")  // → 1
 */
export function createNameMatcher(candidates: readonly (readonly string[])[]): (name: string) => number {
  const exact = new Map<string, number>();
  const loose = new Map<string, number>();
  candidates.forEach((names, index) => {
    // A key shared by two candidates (two authors "Sato, A") identifies neither.
    for (const key of new Set(names.map(personNameKey))) exact.set(key, exact.has(key) ? -1 : index);
    for (const key of new Set(names.map(surnameInitialKey))) loose.set(key, loose.has(key) ? -1 : index);
  });
  return (name) => {
    const found = exact.get(personNameKey(name));
    return found !== undefined ? found : (loose.get(surnameInitialKey(name)) ?? -1);
  };
}

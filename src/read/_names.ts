/**
 * Person-name keys used to link names written in different places of one record (AF, AU,
 * C1 brackets, OI, RI, RP) to one another (METHODOLOGY.md §3.4).
 */

/**
 * Exact-match key: NFKD, combining marks removed, upper case, periods dropped, spaces collapsed.
 * @example
 * personNameKey("Björnson,  Emil") // → "BJORNSON, EMIL"
 */
export function personNameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toUpperCase()
    .replace(/\./g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*,\s*/g, ", ")
    .trim();
}

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
 * Finds the one candidate a name refers to: exact key on any of the candidate's names first,
 * then a unique surname-and-initial match.
 * @param name - the name to resolve
 * @param candidates - for each candidate, the names it is known by (AF and AU forms)
 * @returns the candidate's index, or -1 when there is no match or the loose match is ambiguous
 * @example
 * matchPersonName("Sato, Akira", [["Sato, Akira", "Sato, A"], ["Suzuki, Bo", "Suzuki, B"]]) // → 0
 */
export function matchPersonName(name: string, candidates: readonly (readonly string[])[]): number {
  const exact = personNameKey(name);
  const exactIndex = candidates.findIndex((names) => names.some((n) => personNameKey(n) === exact));
  if (exactIndex !== -1) return exactIndex;
  const loose = surnameInitialKey(name);
  let found = -1;
  for (let i = 0; i < candidates.length; i++) {
    if (candidates[i]?.some((n) => surnameInitialKey(n) === loose)) {
      if (found !== -1) return -1;
      found = i;
    }
  }
  return found;
}

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
  // Most names are already in the key's form but for their case ("Sato, Akira"), and a quarter
  // of the names of real exports but for the periods of their initials ("Smith, J. R."): one pass
  // over their character codes proves it, and upper case (after one native replace of the
  // periods, which go from the key whatever surrounds them) is then the whole key.
  const plain = plainness(name);
  if (plain === PLAIN) return name.toUpperCase();
  if (plain === PLAIN_BUT_PERIODS) return name.replaceAll(".", "").toUpperCase();
  // Most names are ASCII; only the others need the (slow) decomposition.
  // replaceAllMatches: a hostile 10 MB name with a million gaps costs its size, not 300 MB.
  const folded = NON_ASCII.test(name) ? replaceAllMatches(name.normalize("NFKD"), MARKS, "") : name;
  const upper = folded.toUpperCase();
  const spaced = replaceAllMatches(replaceAllMatches(upper, PERIODS, ""), SPACES, " ");
  return replaceAllMatches(spaced, COMMA, ", ").trim();
}

/** The name needs the slow path of `personNameKey`. */
const SLOW = 0;
/** The name upper-cased is its key. */
const PLAIN = 1;
/** The name without its periods, upper-cased, is its key. */
const PLAIN_BUT_PERIODS = 2;

/**
 * Whether the slow path of `personNameKey` would only upper-case the name (`PLAIN`), or only drop
 * its periods and upper-case it (`PLAIN_BUT_PERIODS`): printable ASCII which, its periods left
 * out, has no space at either end or next to another space or before a comma, and each comma
 * followed by one space (or ending the name). One pass, each character checked against the one
 * before it that is not a period.
 */
function plainness(name: string): typeof SLOW | typeof PLAIN | typeof PLAIN_BUT_PERIODS {
  let periods = false;
  // The last character that is not a period; 0 before the first.
  let previous = 0;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code === 46 /* . */) {
      periods = true;
      continue;
    }
    if (code < 32 || code > 126) return SLOW;
    // A space first, after a space, or a comma after a space; anything but a space after a comma.
    if (code === 32 ? previous === 0 || previous === 32 : previous === 44 /* , */) return SLOW;
    if (code === 44 && previous === 32) return SLOW;
    previous = code;
  }
  // Empty (or only periods), or a space last.
  if (previous === 0 || previous === 32) return SLOW;
  return periods ? PLAIN_BUT_PERIODS : PLAIN;
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
  return createNameKeys(candidates).match;
}

/** The names of a record's authors, keyed once: the matcher over them and each one's own loose key. */
export interface NameKeys {
  /** The candidate a name refers to and how closely (`createRankedNameMatcher`). */
  readonly match: (name: string) => NameMatch | null;
  /** The surname-and-initial key of a candidate's first name (`surnameInitialKey`), from the exact key the matcher uses. */
  readonly looseKey: (index: number) => string;
}

/**
 * Keys the candidates' names once for both uses a record has for them: matching names written
 * elsewhere (`match`) and each author's own name key (`looseKey`). Keys are made when first
 * needed, and only of the names that can match: a name is compared only with the names whose
 * keys start with the same character (`nameSignature`, found without making the key), so a
 * paper whose OI list names three of its 3,000 authors keys a few hundred names, not 6,000, and
 * one whose addresses name nobody keys each author's first name only.
 * @param candidates - for each candidate, the names it is known by, fullest first (AF, then AU)
 * @example
 * const names = createNameKeys([["Valentini, Alice", "Valentini, A"]]);
 * names.looseKey(0)            // → "VALENTINI|A"
 * names.match("Valentini, A.") // → { index: 0, rank: 1 }
 */
export function createNameKeys(candidates: readonly (readonly string[])[]): NameKeys {
  // Each candidate's first key, shared by the matcher and looseKey, whichever makes it first.
  const firstKeys: (string | undefined)[] = new Array(candidates.length);
  const firstKey = (index: number): string => {
    const names = candidates[index] as readonly string[];
    let key = firstKeys[index];
    if (key === undefined && names.length > 0) firstKeys[index] = key = personNameKey(names[0] as string);
    return key ?? "";
  };
  // Made at the first match (a paper whose addresses name nobody needs none).
  let table: NameTable | null = null;
  return {
    match: (name) => {
      table ??= nameTable(candidates, firstKeys);
      const key = personNameKey(name);
      const signature = keySignature(key);
      const group = table.groups === null ? table.all : table.groups.get(signature);
      if (group === undefined) return null;
      const at = exactAt(table, group, signature, key);
      // A key of two candidates (two authors "Sato, A") identifies neither.
      if (at === SHARED) return null;
      if (at !== undefined) return { index: table.owners[at] as number, rank: table.ranks[at] as number };
      const index = looseOwner(table, group, signature, looseKeyOf(key));
      return index === undefined || index === SHARED ? null : { index, rank: LOOSE_MATCH };
    },
    looseKey: (index) => looseKeyOf(firstKey(index)),
  };
}

/**
 * Every name of the candidates, flat, in candidate order and, within a candidate, fullest first:
 * whose it is (`owners`), which of its names (`ranks`), the signature of its key, and its keys
 * once made. Past `SCANNED_KEYS` names (a consortium paper), the names are grouped by signature.
 */
interface NameTable {
  readonly names: readonly string[];
  readonly owners: readonly number[];
  readonly ranks: readonly number[];
  readonly signatures: readonly number[];
  /** Each name's exact key, once made. */
  readonly keys: (string | undefined)[];
  /** Each name's loose key (`looseKeyOf` of its key), once made. */
  readonly looseKeys: (string | undefined)[];
  /** The candidates' first keys, shared with `looseKey` (`createNameKeys`). */
  readonly firstKeys: (string | undefined)[];
  /** Every name, as one group: the table of a record of few names. */
  readonly all: NameGroup;
  /** The names by signature, past `SCANNED_KEYS` names; `null` below. */
  readonly groups: ReadonlyMap<number, NameGroup> | null;
}

/**
 * Positions of names in a `NameTable`, in table order. A group is searched name by name, the
 * signatures compared before any key is made, until the names it has searched are more than
 * `SCANNED_KEYS` and twice its size: then through maps, each made once. A paper's three OI
 * entries search its 300 names starting with S three times, cheaper than keying them into a map;
 * its thousand address names search them through the map, each in one look-up.
 */
interface NameGroup {
  readonly at: number[];
  /** Names compared so far, by name. */
  scanned: number;
  /** Each exact key to the position of the first name with it, or `SHARED` when two candidates have it. */
  exact: Map<string, number> | null;
  /** Each loose key to its candidate, or `SHARED` when two candidates have it. */
  loose: Map<string, number> | null;
}

/** The names of the candidates in a table, each with the signature of its key (`nameSignature`). */
function nameTable(candidates: readonly (readonly string[])[], firstKeys: (string | undefined)[]): NameTable {
  const names: string[] = [];
  const owners: number[] = [];
  const ranks: number[] = [];
  const signatures: number[] = [];
  const keys: (string | undefined)[] = [];
  for (let index = 0; index < candidates.length; index++) {
    const own = candidates[index] as readonly string[];
    for (let rank = 0; rank < own.length; rank++) {
      const name = own[rank] as string;
      let key = rank === 0 ? firstKeys[index] : undefined;
      let signature = key === undefined ? nameSignature(name) : keySignature(key);
      if (signature === KEY_NEEDED) {
        // A name whose signature needs its key keeps the key.
        key = personNameKey(name);
        if (rank === 0) firstKeys[index] = key;
        signature = keySignature(key);
      }
      names.push(name);
      owners.push(index);
      ranks.push(rank);
      signatures.push(signature);
      keys.push(key);
    }
  }
  const all: NameGroup = { at: names.map((_, at) => at), scanned: 0, exact: null, loose: null };
  let groups: Map<number, NameGroup> | null = null;
  if (names.length > SCANNED_KEYS) {
    groups = new Map();
    for (let at = 0; at < names.length; at++) {
      const signature = signatures[at] as number;
      const group = groups.get(signature);
      if (group === undefined) groups.set(signature, { at: [at], scanned: 0, exact: null, loose: null });
      else group.at.push(at);
    }
  }
  const looseKeys: (string | undefined)[] = new Array(names.length);
  return { names, owners, ranks, signatures, keys, looseKeys, firstKeys, all, groups };
}

/** The exact key of the name at a position of a table, made once (a first name's shared with `looseKey`). */
function keyAt(table: NameTable, at: number): string {
  const known = table.keys[at];
  if (known !== undefined) return known;
  const owner = table.owners[at] as number;
  const first = table.ranks[at] === 0;
  const key = (first ? table.firstKeys[owner] : undefined) ?? personNameKey(table.names[at] as string);
  table.keys[at] = key;
  if (first) table.firstKeys[owner] = key;
  return key;
}

/** The loose key of the name at a position of a table, made once. */
function looseKeyAt(table: NameTable, at: number): string {
  let loose = table.looseKeys[at];
  if (loose === undefined) table.looseKeys[at] = loose = looseKeyOf(keyAt(table, at));
  return loose;
}

/** Names searched one by one, whatever a group's size, before its maps are made (`NameGroup`); the names of a record grouped by signature past this many. */
const SCANNED_KEYS = 32;

/** Whether a group has been searched name by name long enough to be worth its maps (`NameGroup`). */
function mapped(group: NameGroup): boolean {
  const size = group.at.length;
  if (group.scanned <= SCANNED_KEYS || group.scanned <= 2 * size) {
    group.scanned += size;
    return false;
  }
  return true;
}

/** Found for two candidates: names neither. */
const SHARED = -1;

/**
 * The position of the first name of the one candidate with the exact key `key` (its fullest
 * name with it), `SHARED` when two candidates have it, or `undefined` when none has.
 */
function exactAt(table: NameTable, group: NameGroup, signature: number, key: string): number | undefined {
  const positions = group.at;
  if (group.exact !== null || mapped(group)) {
    group.exact ??= exactMap(table, positions);
    return group.exact.get(key);
  }
  let found: number | undefined;
  for (const at of positions) {
    if (table.signatures[at] !== signature || keyAt(table, at) !== key) continue;
    if (found === undefined) found = at;
    else if (table.owners[found] !== table.owners[at]) return SHARED;
  }
  return found;
}

/** The exact keys of a group's names to the position of the first name with each, or `SHARED`. */
function exactMap(table: NameTable, positions: readonly number[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const at of positions) {
    const key = keyAt(table, at);
    const seen = map.get(key);
    if (seen === undefined) map.set(key, at);
    else if (seen !== SHARED && table.owners[seen] !== table.owners[at]) map.set(key, SHARED);
  }
  return map;
}

/** The one candidate with a name of loose key `wanted`, `SHARED` when two have one, or `undefined`. */
function looseOwner(
  table: NameTable,
  group: NameGroup,
  signature: number,
  wanted: string,
): number | undefined {
  const positions = group.at;
  if (group.loose !== null || mapped(group)) {
    group.loose ??= looseMap(table, positions);
    return group.loose.get(wanted);
  }
  let found: number | undefined;
  for (const at of positions) {
    if (table.signatures[at] !== signature || looseKeyAt(table, at) !== wanted) continue;
    const owner = table.owners[at] as number;
    if (found !== undefined && found !== owner) return SHARED;
    found = owner;
  }
  return found;
}

/** The loose keys of a group's names to their candidate, or `SHARED` when two candidates have one. */
function looseMap(table: NameTable, positions: readonly number[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const at of positions) {
    const key = looseKeyAt(table, at);
    const owner = table.owners[at] as number;
    const seen = map.get(key);
    map.set(key, seen === undefined || seen === owner ? owner : SHARED);
  }
  return map;
}

/** `nameSignature` of a name whose signature cannot be read off its characters. */
const KEY_NEEDED = -2;

/**
 * The signature of a name's key: the first character of its loose key (`looseKeyOf`), which two
 * names must share for their exact or loose keys to be equal, as a character code (−1 for an
 * empty loose key).
 * @example
 * keySignature("SATO, AKIRA") // → 83 ("S")
 * keySignature(", AKIRA")     // → 124 ("|": no surname)
 */
function keySignature(key: string): number {
  const comma = key.indexOf(",");
  if (comma === -1) return key.length > 0 ? key.charCodeAt(0) : -1;
  let start = 0;
  while (start < comma && isJsSpace(key.charCodeAt(start))) start++;
  return start < comma ? key.charCodeAt(start) : 124; /* | */
}

/**
 * `keySignature(personNameKey(name))` without the key, for a name whose first character other
 * than a period or ASCII white space is printable ASCII (nearly every name): the key drops
 * periods and leading white space and upper-cases the rest, so that character, upper-cased, is
 * the key's first, and a comma there leaves the surname empty (`|`). `KEY_NEEDED` for any other
 * name (non-ASCII first: NFKD and case mapping decide).
 * @example
 * nameSignature("de la Cruz, Ana") // → 68 ("D")
 * nameSignature("Ørsted, H")       // → KEY_NEEDED
 */
function nameSignature(name: string): number {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code === 46 /* . */ || code === 32 || (code >= 9 && code <= 13)) continue;
    if (code <= 32 || code >= 127) return KEY_NEEDED;
    if (code === 44 /* , */) return 124; /* | */
    return code >= 97 && code <= 122 ? code - 32 : code;
  }
  return KEY_NEEDED;
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

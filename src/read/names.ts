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

/**
 * Whether two exact keys have the same loose key (`looseKeyOf`), without making either when both
 * have a surname before a comma and an initial after it (nearly every name): the trimmed
 * surnames and the initials are compared where they stand. Any other pair is compared by its
 * loose keys, since a `|` in one name's surname can then meet the `|` that joins the other's.
 * @example
 * looseKeysEqual("SATO, AKIRA", "SATO, A")   // → true  ("SATO|A")
 * looseKeysEqual("SATO, AKIRA", "SATOH, A")  // → false
 */
function looseKeysEqual(a: string, b: string): boolean {
  const commaA = a.indexOf(",");
  const commaB = b.indexOf(",");
  if (commaA === -1 || commaB === -1) return looseKeyOf(a) === looseKeyOf(b);
  const initialA = afterSpaces(a, commaA + 1);
  const initialB = afterSpaces(b, commaB + 1);
  if (initialA === a.length || initialB === b.length) return looseKeyOf(a) === looseKeyOf(b);
  if (a.charCodeAt(initialA) !== b.charCodeAt(initialB)) return false;
  const startA = afterSpaces(a, 0);
  const startB = afterSpaces(b, 0);
  const length = beforeSpaces(a, startA, commaA) - startA;
  if (beforeSpaces(b, startB, commaB) - startB !== length) return false;
  for (let i = 0; i < length; i++) if (a.charCodeAt(startA + i) !== b.charCodeAt(startB + i)) return false;
  return true;
}

/** The position of the first character of `text` from `from` on that is not white space (`text.length` if none). */
function afterSpaces(text: string, from: number): number {
  let at = from;
  while (at < text.length && isJsSpace(text.charCodeAt(at))) at++;
  return at;
}

/** The end of `text` from `start` to `end` with its trailing white space dropped. */
function beforeSpaces(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && isJsSpace(text.charCodeAt(at - 1))) at--;
  return at;
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
  // The matcher alone, not `createNameKeys(…).match`: the readers make one per record with OI or
  // RI, and the second closure (`looseKey`) would be made and dropped each time.
  const keyed = candidateKeys(candidates);
  return (name) => matchKeyed(keyed, name);
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
 * needed, and only for the names that can match: two keys can be equal, exactly or on surname and
 * initial, only when their signatures are (`nameSignature`, found without making the key). A
 * record of at most `SCANNED_KEYS` names is searched in place, keying the names of the searched
 * key's signature (a paper's OI list naming two of its ten authors keys about two names each);
 * past that, the names are grouped by signature once, so a paper whose OI list names three of
 * its 3,000 authors keys a few hundred names, not 6,000. A paper whose addresses name nobody
 * keys each author's first name only. A name asked again, as written, gets the answer it got
 * (the same object): OI and RI lists name the same people.
 * @param candidates - for each candidate, the names it is known by, fullest first (AF, then AU)
 * @example
 * const names = createNameKeys([["Valentini, Alice", "Valentini, A"]]);
 * names.looseKey(0)            // → "VALENTINI|A"
 * names.match("Valentini, A.") // → { index: 0, rank: 1 }
 */
export function createNameKeys(candidates: readonly (readonly string[])[]): NameKeys {
  const keyed = candidateKeys(candidates);
  return {
    match: (name) => matchKeyed(keyed, name),
    looseKey: (index) => looseKeyOf(firstKeyOf(keyed, index)),
  };
}

/** The state of `createNameKeys` before any name is keyed. */
function candidateKeys(candidates: readonly (readonly string[])[]): CandidateKeys {
  return {
    candidates,
    firstKeys: new Array(candidates.length),
    names: -1,
    signatures: null,
    laterKeys: null,
    groups: null,
    asked: null,
  };
}

/** `NameKeys.match`: the answer given before for the same name, else the name matched and remembered. */
function matchKeyed(keyed: CandidateKeys, name: string): NameMatch | null {
  const known = recalled(keyed, name);
  return known !== undefined ? known : remembered(keyed, name, matchName(keyed, name));
}

/** The state of `createNameKeys`: the candidates and the keys made of their names so far. */
interface CandidateKeys {
  readonly candidates: readonly (readonly string[])[];
  /** Each candidate's first key, kept for the matcher when made for `looseKey` first (or the reverse). */
  readonly firstKeys: (string | undefined)[];
  /** How many names the candidates have in all; −1 before the first match counts them. */
  names: number;
  /** Up to `SCANNED_KEYS` names: the signature of each name's key (`keySignature`) by position in candidate order, made at the first match. */
  signatures: number[] | null;
  /** Up to `SCANNED_KEYS` names: the keys of the names after each candidate's first, by position in candidate order. */
  laterKeys: (string | undefined)[] | null;
  /** Past `SCANNED_KEYS` names: the names by signature, each group keyed at its first search. */
  groups: Map<number, NameGroup> | null;
  /** The names matched so far, as given, and their answers; made at the first match. */
  asked: AskedNames | null;
}

/**
 * Names matched and their answers (`recalled`): the first `SCANNED_KEYS` searched one by one,
 * all of them through a map past that (a consortium's OI list of thousands stays linear).
 */
interface AskedNames {
  readonly names: string[];
  readonly answers: (NameMatch | null)[];
  map: Map<string, NameMatch | null> | null;
}

/**
 * The answer given before for the same name, as written, or `undefined`: OI and RI lists name
 * the same people (in the real-shaped records two of five entries repeat a name of the record),
 * and the same name always gets the same answer.
 */
function recalled(keyed: CandidateKeys, name: string): NameMatch | null | undefined {
  const { asked } = keyed;
  if (asked === null) return undefined;
  if (asked.map !== null) return asked.map.get(name);
  const { names } = asked;
  for (let i = 0; i < names.length; i++) if (names[i] === name) return asked.answers[i];
  return undefined;
}

/**
 * Keeps a name's answer for `recalled` (`AskedNames`).
 * @returns the answer
 */
function remembered(keyed: CandidateKeys, name: string, answer: NameMatch | null): NameMatch | null {
  keyed.asked ??= { names: [], answers: [], map: null };
  const { names, answers, map } = keyed.asked;
  if (map !== null) map.set(name, answer);
  else if (names.length < SCANNED_KEYS) {
    names.push(name);
    answers.push(answer);
  } else {
    const all = new Map<string, NameMatch | null>();
    for (let i = 0; i < names.length; i++) all.set(names[i] as string, answers[i] as NameMatch | null);
    keyed.asked.map = all.set(name, answer);
  }
  return answer;
}

/** The key of a candidate's first name (`""` for a candidate without names), made once. */
function firstKeyOf(keyed: CandidateKeys, index: number): string {
  const names = keyed.candidates[index] as readonly string[];
  let key = keyed.firstKeys[index];
  if (key === undefined && names.length > 0) keyed.firstKeys[index] = key = personNameKey(names[0] as string);
  return key ?? "";
}

/**
 * The candidate a name refers to and how closely (`createRankedNameMatcher`). The name is keyed
 * only once a candidate's name has its signature: a name of an OI list that no author's name
 * shares the first letter with (a namesake's profile, a co-author of another paper) costs none.
 */
function matchName(keyed: CandidateKeys, name: string): NameMatch | null {
  if (keyed.names === -1) {
    let names = 0;
    for (const own of keyed.candidates) names += own.length;
    keyed.names = names;
  }
  const read = nameSignature(name);
  const key = read === KEY_NEEDED ? personNameKey(name) : null;
  const signature = key === null ? read : keySignature(key);
  if (keyed.names <= SCANNED_KEYS) return matchAmongFew(keyed, name, key, signature);
  keyed.groups ??= groupBySignature(keyed.candidates, keyed.firstKeys);
  const group = keyed.groups.get(signature);
  if (group === undefined) return null;
  group.keyed ??= keyNames(keyed, group.at);
  return matchInGroup(group.keyed, key ?? personNameKey(name));
}

/** `matchName` among the keyed names of the key's signature (`groupBySignature`), past `SCANNED_KEYS` names. */
function matchInGroup(list: KeyedNames, key: string): NameMatch | null {
  const at = exactAt(list, key);
  // A key of two candidates (two authors "Sato, A") identifies neither.
  if (at === SHARED) return null;
  if (at !== undefined) return { index: list.owners[at] as number, rank: list.ranks[at] as number };
  const index = looseOwner(list, key);
  return index === undefined || index === SHARED ? null : { index, rank: LOOSE_MATCH };
}

/**
 * `matchName` over at most `SCANNED_KEYS` names, searched in candidate order without a map:
 * the first name whose key equals the name's names its candidate (at the rank of that name, the
 * candidate's first with the key), unless a name of another candidate has the key too; failing
 * that, the same over loose keys (`looseKeysEqual`). Only the names of the signature are keyed,
 * each once, and the name itself only when one of them has its signature.
 * @param known - the name's key if made already (its signature needed it), else `null`
 * @param signature - the signature of the name's key
 */
function matchAmongFew(
  keyed: CandidateKeys,
  name: string,
  known: string | null,
  signature: number,
): NameMatch | null {
  const { candidates } = keyed;
  keyed.signatures ??= signaturesOf(keyed);
  const { signatures } = keyed;
  let key = known;
  let found = -1;
  let foundRank = 0;
  for (let index = 0, at = 0; index < candidates.length; index++) {
    const names = candidates[index] as readonly string[];
    for (let rank = 0; rank < names.length; rank++, at++) {
      // A candidate's later names equal to the name add nothing: its first such name's rank stands.
      if (found === index || signatures[at] !== signature) continue;
      key ??= personNameKey(name);
      if (keyAt(keyed, index, rank, at) !== key) continue;
      // A key of two candidates (two authors "Sato, A") identifies neither.
      if (found !== -1) return null;
      found = index;
      foundRank = rank;
    }
  }
  if (found !== -1) return { index: found, rank: foundRank };
  // No name has the signature: none can match loosely either.
  if (key === null) return null;
  for (let index = 0, at = 0; index < candidates.length; index++) {
    const names = candidates[index] as readonly string[];
    for (let rank = 0; rank < names.length; rank++, at++) {
      if (found === index || signatures[at] !== signature) continue;
      if (!looseKeysEqual(keyAt(keyed, index, rank, at), key)) continue;
      if (found !== -1) return null;
      found = index;
    }
  }
  return found === -1 ? null : { index: found, rank: LOOSE_MATCH };
}

/** The key of the candidate's name of rank `rank`, at position `at` in candidate order (at most `SCANNED_KEYS` names), made once. */
function keyAt(keyed: CandidateKeys, index: number, rank: number, at: number): string {
  if (rank === 0) return firstKeyOf(keyed, index);
  keyed.laterKeys ??= [];
  let key = keyed.laterKeys[at];
  if (key === undefined) {
    key = personNameKey((keyed.candidates[index] as readonly string[])[rank] as string);
    keyed.laterKeys[at] = key;
  }
  return key;
}

/**
 * The signature of each name's key (`keySignature`), by position in candidate order: read off
 * the name's characters when they tell it (`nameSignature`), else off its key, made and kept.
 */
function signaturesOf(keyed: CandidateKeys): number[] {
  const { candidates } = keyed;
  const signatures: number[] = [];
  for (let index = 0, at = 0; index < candidates.length; index++) {
    const names = candidates[index] as readonly string[];
    for (let rank = 0; rank < names.length; rank++, at++) {
      const signature = nameSignature(names[rank] as string);
      signatures.push(signature === KEY_NEEDED ? keySignature(keyAt(keyed, index, rank, at)) : signature);
    }
  }
  return signatures;
}

/** A name of the candidates: the candidate's index and the name's rank among its names. */
interface NamePosition {
  readonly index: number;
  readonly rank: number;
}

/** The names whose keys have one signature, in candidate order; keyed at their first search. */
interface NameGroup {
  readonly at: NamePosition[];
  keyed: KeyedNames | null;
}

/**
 * The keys of the names at some positions (a group of `groupBySignature`, in candidate order),
 * each candidate's distinct keys once, with the rank of the name that gave each.
 */
function keyNames(keyed: CandidateKeys, at: readonly NamePosition[]): KeyedNames {
  const keys: string[] = [];
  const owners: number[] = [];
  const ranks: number[] = [];
  // Where the keys of the current candidate start.
  let own = 0;
  for (let i = 0; i < at.length; i++) {
    const { index, rank } = at[i] as NamePosition;
    if (i === 0 || (at[i - 1] as NamePosition).index !== index) own = keys.length;
    const names = keyed.candidates[index] as readonly string[];
    const key = rank === 0 ? firstKeyOf(keyed, index) : personNameKey(names[rank] as string);
    // The candidate's own keys so far: two names (AF and AU) nearly always, searched by hand.
    if (keys.indexOf(key, own) !== -1) continue;
    keys.push(key);
    owners.push(index);
    ranks.push(rank);
  }
  return { keys, owners, ranks, scanned: 0, exact: null, loose: null };
}

/**
 * Keyed names: each candidate's distinct keys in candidate order, whose they are and the rank of
 * the name that gave each. Searched key by key up to `SCANNED_KEYS` keys; a longer list once the
 * keys it has searched are more than twice its length through maps, each made once: a paper's
 * three OI entries search its 300 names starting with S three times, cheaper than keying them
 * into maps; its thousand address names search them through the maps, one look-up each.
 */
interface KeyedNames {
  readonly keys: readonly string[];
  readonly owners: readonly number[];
  readonly ranks: readonly number[];
  /** Keys compared so far, one by one. */
  scanned: number;
  exact: Map<string, number> | null;
  loose: Map<string, number> | null;
}

/**
 * The candidates' names grouped by the signature of their keys (`nameSignature`), in candidate
 * order; a name whose signature needs its key (non-ASCII first) is keyed here, a first name's
 * key kept in `firstKeys`.
 */
function groupBySignature(
  candidates: readonly (readonly string[])[],
  firstKeys: (string | undefined)[],
): Map<number, NameGroup> {
  const groups = new Map<number, NameGroup>();
  for (let index = 0; index < candidates.length; index++) {
    const names = candidates[index] as readonly string[];
    for (let rank = 0; rank < names.length; rank++) {
      const known = rank === 0 ? firstKeys[index] : undefined;
      let signature = known === undefined ? nameSignature(names[rank] as string) : keySignature(known);
      if (signature === KEY_NEEDED) {
        const key = personNameKey(names[rank] as string);
        if (rank === 0) firstKeys[index] = key;
        signature = keySignature(key);
      }
      const group = groups.get(signature);
      if (group === undefined) groups.set(signature, { at: [{ index, rank }], keyed: null });
      else group.at.push({ index, rank });
    }
  }
  return groups;
}

/**
 * Keys searched one by one up to this many; a record of at most this many names is searched in
 * place (`matchAmongFew`), not grouped; names asked remembered one by one up to this many.
 */
const SCANNED_KEYS = 32;

/** Found for two candidates: names neither. */
const SHARED = -1;

/** Whether a list of keys is searched through its maps (`KeyedNames`); counts a search one by one. */
function mapped(keyed: KeyedNames): boolean {
  const size = keyed.keys.length;
  if (size <= SCANNED_KEYS || keyed.scanned <= 2 * size) {
    keyed.scanned += size;
    return false;
  }
  return true;
}

/** The position of the one candidate key equal to `key` (keys are distinct per candidate), `SHARED`, or `undefined`. */
function exactAt(keyed: KeyedNames, key: string): number | undefined {
  if (keyed.exact !== null || mapped(keyed)) {
    keyed.exact ??= exactMap(keyed.keys);
    return keyed.exact.get(key);
  }
  const { keys } = keyed;
  let found: number | undefined;
  for (let at = 0; at < keys.length; at++) {
    if (keys[at] !== key) continue;
    if (found !== undefined) return SHARED;
    found = at;
  }
  return found;
}

/** The exact keys' map: each key to its position, or `SHARED` when two candidates have it. */
function exactMap(keys: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (let at = 0; at < keys.length; at++) {
    const key = keys[at] as string;
    // Keys are distinct per candidate: one seen before is another candidate's.
    map.set(key, map.has(key) ? SHARED : at);
  }
  return map;
}

/** The one candidate whose loose key is that of the exact key `key`, `SHARED` when two have it, or `undefined`. */
function looseOwner(keyed: KeyedNames, key: string): number | undefined {
  const { keys, owners } = keyed;
  if (keyed.loose !== null || mapped(keyed)) {
    keyed.loose ??= looseMap(keys.map(looseKeyOf), owners);
    return keyed.loose.get(looseKeyOf(key));
  }
  // Searched one by one, the loose keys are compared where they stand, none made (`looseKeysEqual`).
  let found: number | undefined;
  for (let at = 0; at < keys.length; at++) {
    if (!looseKeysEqual(keys[at] as string, key)) continue;
    const owner = owners[at] as number;
    if (found !== undefined && found !== owner) return SHARED;
    found = owner;
  }
  return found;
}

/** The loose keys' map: each loose key to its candidate, or `SHARED` when two candidates have it. */
function looseMap(looseOfKeys: readonly string[], owners: readonly number[]): Map<string, number> {
  const map = new Map<string, number>();
  for (let at = 0; at < looseOfKeys.length; at++) {
    const key = looseOfKeys[at] as string;
    const owner = owners[at] as number;
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

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
 * its periods and upper-case it (`PLAIN_BUT_PERIODS`): a plain name (`breaksPlain`,
 * `endsPlain`). One pass, each character checked against the one before it that is not a period.
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
    if (breaksPlain(code, previous)) return SLOW;
    previous = code;
  }
  if (!endsPlain(previous)) return SLOW;
  return periods ? PLAIN_BUT_PERIODS : PLAIN;
}

/**
 * Whether a character keeps a name from being plain: printable ASCII which, its periods left out,
 * has no space at either end or next to another space or before a comma, and each comma followed
 * by one space (or ending the name). `previous` is the last character before it that is not a
 * period (0 before the first). The one statement of the rule that `plainness` (the key's fast
 * path) and `plainLooseHash` (the matcher's) both walk a name by.
 */
function breaksPlain(code: number, previous: number): boolean {
  if (code < 32 || code > 126) return true;
  // A space first, after a space, or a comma after a space; anything but a space after a comma.
  if (code === 32 ? previous === 0 || previous === 32 : previous === 44 /* , */) return true;
  return code === 44 && previous === 32;
}

/** Whether a name whose last character other than a period is `previous` ends plain: not empty (or only periods), no space last. */
function endsPlain(previous: number): boolean {
  return previous !== 0 && previous !== 32;
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
 * elsewhere (`match`) and each author's own name key (`looseKey`). At the first match each name
 * gets a hash of its loose key (`plainLooseHash`: read off its characters, for nearly every name;
 * else `keyLooseHash` of its key), and only the names whose hash is the asked name's are compared
 * with it: in place, character by character, when both are plain, by their keys otherwise. So a
 * name of an OI list that no author shares surname and initial with (a namesake's profile) is
 * compared with none, and two plain names are compared without a key. A record of few names is scanned for the
 * hash; once the scans pass `SCANS_PER_NAME` per name, the names are grouped by hash, so a
 * paper whose OI list names three hundred of its 3,000 authors compares each with a name or two.
 * A name asked again, as written, gets the answer it got (the same object): OI and RI lists name
 * the same people.
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
  return { candidates, firstKeys: new Array(candidates.length), names: null, asked: null };
}

/** `NameKeys.match`: the answer given before for the same name, else the name matched and remembered. */
function matchKeyed(keyed: CandidateKeys, name: string): NameMatch | null {
  const known = recalled(keyed, name);
  return known !== undefined ? known : remembered(keyed, name, matchName(keyed, name));
}

/** The state of `createNameKeys`: the candidates and what is known of their names so far. */
interface CandidateKeys {
  readonly candidates: readonly (readonly string[])[];
  /** Each candidate's first key, shared by `looseKey` and the matcher, made once. */
  readonly firstKeys: (string | undefined)[];
  /** The names in candidate order with their hashes, made at the first match. */
  names: HashedNames | null;
  /** The names matched so far, as given, and their answers; made at the first match. */
  asked: AskedNames | null;
}

/**
 * Every candidate name in candidate order (position `at`), with its candidate, its rank among
 * the candidate's names, the hash of its loose key and whether it is plain; keys made on demand.
 */
interface HashedNames {
  readonly names: string[];
  readonly owners: number[];
  readonly ranks: number[];
  /** The hash of each name's loose key (`plainLooseHash`, `keyLooseHash`). */
  readonly hashes: number[];
  /** Whether each name is plain (`plainLooseHash`): compared in place, never keyed. */
  readonly plain: boolean[];
  /** Keys of names after a candidate's first, made when a comparison needs them (first names' in `firstKeys`). */
  readonly keys: (string | undefined)[];
  /** Names looked at by scans so far (`SCANS_PER_NAME`). */
  scanned: number;
  /** The positions of each hash, in candidate order, once scanning costs more than grouping. */
  byHash: Map<number, number[]> | null;
}

/**
 * Names matched and their answers (`recalled`): the first `ASKED_SCANNED` searched one by one,
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
  else if (names.length < ASKED_SCANNED) {
    names.push(name);
    answers.push(answer);
  } else {
    const all = new Map<string, NameMatch | null>();
    for (let i = 0; i < names.length; i++) all.set(names[i] as string, answers[i] as NameMatch | null);
    keyed.asked.map = all.set(name, answer);
  }
  return answer;
}

/** Names asked remembered one by one up to this many, through a map past that. */
const ASKED_SCANNED = 32;

/** The key of a candidate's first name (`""` for a candidate without names), made once. */
function firstKeyOf(keyed: CandidateKeys, index: number): string {
  const names = keyed.candidates[index] as readonly string[];
  let key = keyed.firstKeys[index];
  if (key === undefined && names.length > 0) keyed.firstKeys[index] = key = personNameKey(names[0] as string);
  return key ?? "";
}

/** The key of the name at position `at`, made once (a first name's shared with `looseKey`). */
function keyAt(keyed: CandidateKeys, hashed: HashedNames, at: number): string {
  if (hashed.ranks[at] === 0) return firstKeyOf(keyed, hashed.owners[at] as number);
  let key = hashed.keys[at];
  if (key === undefined) hashed.keys[at] = key = personNameKey(hashed.names[at] as string);
  return key;
}

/** Every candidate name with its hash (`HashedNames`), in candidate order. */
function hashNames(keyed: CandidateKeys): HashedNames {
  // Plain arrays filled by push: four typed arrays a record cost more than the hashing.
  const hashed: HashedNames = {
    names: [],
    owners: [],
    ranks: [],
    hashes: [],
    plain: [],
    keys: [],
    scanned: 0,
    byHash: null,
  };
  const { candidates } = keyed;
  for (let index = 0; index < candidates.length; index++) {
    const own = candidates[index] as readonly string[];
    for (let rank = 0; rank < own.length; rank++) {
      const name = own[rank] as string;
      const hash = plainLooseHash(name);
      hashed.names.push(name);
      hashed.owners.push(index);
      hashed.ranks.push(rank);
      hashed.plain.push(hash !== NOT_PLAIN);
      // A name that is not plain is hashed by its key, kept for the comparisons to come.
      hashed.hashes.push(
        hash !== NOT_PLAIN ? hash : keyLooseHash(keyAt(keyed, hashed, hashed.names.length - 1)),
      );
    }
  }
  return hashed;
}

/** Scans of a record's names for a hash, per name, before they are grouped by hash (`HashedNames.byHash`). */
const SCANS_PER_NAME = 4;

/**
 * The positions of the names whose hash is `hash`, in candidate order: a scan of the hashes
 * until scanning has cost `SCANS_PER_NAME` looks a name, then the group of the hash.
 */
function positionsOf(hashed: HashedNames, hash: number): readonly number[] {
  const { hashes } = hashed;
  if (hashed.byHash === null && hashed.scanned <= SCANS_PER_NAME * hashes.length) {
    hashed.scanned += hashes.length;
    const found: number[] = [];
    for (let at = 0; at < hashes.length; at++) if (hashes[at] === hash) found.push(at);
    return found;
  }
  if (hashed.byHash === null) {
    const groups = new Map<number, number[]>();
    for (let at = 0; at < hashes.length; at++) {
      const group = groups.get(hashes[at] as number);
      if (group === undefined) groups.set(hashes[at] as number, [at]);
      else group.push(at);
    }
    hashed.byHash = groups;
  }
  return hashed.byHash.get(hash) ?? NO_POSITIONS;
}

const NO_POSITIONS: readonly number[] = [];

/** A name being matched: plain or not (`plainLooseHash`), the hash of its loose key, its key once made. */
interface AskedName {
  readonly name: string;
  readonly plain: boolean;
  readonly hash: number;
  key: string | null;
}

/**
 * The candidate a name refers to and how closely (`createRankedNameMatcher`), found among the
 * names whose loose key has the name's hash, in candidate order: the candidates whose names
 * equal it exactly (the first such name's rank), else those equal on surname and initial; one
 * candidate names it, two none.
 */
function matchName(keyed: CandidateKeys, name: string): NameMatch | null {
  keyed.names ??= hashNames(keyed);
  const hashed = keyed.names;
  const plainHash = plainLooseHash(name);
  const asked: AskedName =
    plainHash !== NOT_PLAIN
      ? { name, plain: true, hash: plainHash, key: null }
      : askedByKey(name, personNameKey(name));
  let exact = -1;
  let exactRank = 0;
  let loose = -1;
  for (const at of positionsOf(hashed, asked.hash)) {
    const owner = hashed.owners[at] as number;
    // A candidate's later names add nothing once one equals the name: its first such rank stands.
    if (owner === exact) continue;
    if (sameKey(keyed, hashed, at, asked)) {
      // A key of two candidates (two authors "Sato, A") identifies neither.
      if (exact !== -1) return null;
      exact = owner;
      exactRank = hashed.ranks[at] as number;
    } else if (
      exact === -1 &&
      loose !== SHARED &&
      owner !== loose &&
      sameLooseKey(keyed, hashed, at, asked)
    ) {
      loose = loose === -1 ? owner : SHARED;
    }
  }
  if (exact !== -1) return { index: exact, rank: exactRank };
  return loose >= 0 ? { index: loose, rank: LOOSE_MATCH } : null;
}

/** Found for two candidates: names neither. */
const SHARED = -2;

/** An asked name that is not plain, by its key. */
function askedByKey(name: string, key: string): AskedName {
  return { name, plain: false, hash: keyLooseHash(key), key };
}

/** Whether the name at `at` has the asked name's key (`personNameKey`). */
function sameKey(keyed: CandidateKeys, hashed: HashedNames, at: number, asked: AskedName): boolean {
  const name = hashed.names[at] as string;
  if (name === asked.name) return true;
  if (asked.plain && hashed.plain[at] === true)
    return plainRangesEqual(name, 0, name.length, asked.name, 0, asked.name.length);
  asked.key ??= personNameKey(asked.name);
  return keyAt(keyed, hashed, at) === asked.key;
}

/** Whether the name at `at` has the asked name's loose key (`looseKeyOf`). */
function sameLooseKey(keyed: CandidateKeys, hashed: HashedNames, at: number, asked: AskedName): boolean {
  const name = hashed.names[at] as string;
  if (asked.plain && hashed.plain[at] === true) {
    const comma = name.indexOf(",");
    const askedComma = asked.name.indexOf(",");
    // Two plain names with a comma each: surnames (before it) and initials (just after its space).
    if (comma !== -1 && askedComma !== -1)
      return (
        plainRangesEqual(name, 0, comma, asked.name, 0, askedComma) &&
        plainInitial(name, comma) === plainInitial(asked.name, askedComma)
      );
    // Neither has one: the loose key is the whole key.
    if (comma === -1 && askedComma === -1)
      return plainRangesEqual(name, 0, name.length, asked.name, 0, asked.name.length);
  }
  // Any other pair by keys: a `|` in a name without a comma can meet the one a loose key joins with.
  asked.key ??= personNameKey(asked.name);
  return looseKeysEqual(keyAt(keyed, hashed, at), asked.key);
}

/** `plainLooseHash` of a name that is not plain. */
const NOT_PLAIN = -1;

/**
 * The hash of a name's loose key (`looseKeyOf(personNameKey(name))`) read off its characters, or
 * `NOT_PLAIN`. A name is plain when `personNameKey` only drops its periods and upper-cases it
 * (`breaksPlain`: printable ASCII, single spaces, each comma followed by one space or ending the
 * name): then its loose key is its surname (before the first comma) and the first character
 * after the comma's space, or the whole name when it has no comma, periods left out and upper-
 * cased, and the hash is that of `keyLooseHash` over the loose key. One pass, nothing made.
 * @example
 * plainLooseHash("Valentini, A.") === keyLooseHash("VALENTINI, ALICE") // → true ("VALENTINI|A")
 * plainLooseHash("Ørsted, H")     // → NOT_PLAIN
 */
function plainLooseHash(name: string): number {
  let hash = 0;
  let comma = false;
  let initial = false;
  // The last character that is not a period; 0 before the first.
  let previous = 0;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code === 46 /* . */) continue;
    if (breaksPlain(code, previous)) return NOT_PLAIN;
    previous = code;
    if (!comma) {
      comma = code === 44;
      hash = mixHash(hash, comma ? 124 /* | */ : upperAscii(code));
    } else if (!initial && code !== 32) {
      initial = true;
      hash = mixHash(hash, upperAscii(code));
    }
  }
  return endsPlain(previous) ? hash & 0x7fffffff : NOT_PLAIN;
}

/**
 * The hash of an exact key's loose key (`looseKeyOf`), the same as `plainLooseHash` gives a
 * plain name with that loose key.
 * @example
 * keyLooseHash("SATO, AKIRA") === keyLooseHash("SATO, A") // → true ("SATO|A")
 */
function keyLooseHash(key: string): number {
  const loose = looseKeyOf(key);
  let hash = 0;
  for (let i = 0; i < loose.length; i++) hash = mixHash(hash, upperAscii(loose.charCodeAt(i)));
  return hash & 0x7fffffff;
}

/** One character into a hash (31 × hash + code, kept to 32 bits). */
function mixHash(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

/** An ASCII lower-case letter's upper-case code; any other code as it is. */
function upperAscii(code: number): number {
  return code >= 97 && code <= 122 ? code - 32 : code;
}

/**
 * Whether two ranges of plain names (`plainLooseHash`) have the same key: equal but for case
 * (ASCII) and periods, which the key drops.
 */
function plainRangesEqual(
  a: string,
  aFrom: number,
  aTo: number,
  b: string,
  bFrom: number,
  bTo: number,
): boolean {
  let i = aFrom;
  let j = bFrom;
  for (;;) {
    while (i < aTo && a.charCodeAt(i) === 46) i++;
    while (j < bTo && b.charCodeAt(j) === 46) j++;
    if (i === aTo || j === bTo) return i === aTo && j === bTo;
    if (upperAscii(a.charCodeAt(i)) !== upperAscii(b.charCodeAt(j))) return false;
    i++;
    j++;
  }
}

/** The upper-cased initial of a plain name (the first character after its comma's space, periods left out), or −1 for none. */
function plainInitial(name: string, comma: number): number {
  for (let i = comma + 1; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code !== 46 && code !== 32) return upperAscii(code);
  }
  return -1;
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

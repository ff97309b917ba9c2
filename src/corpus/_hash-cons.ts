/**
 * Hash-consing tables for the corpus interner (`corpus-paper.ts`): one shared instance per
 * distinct value, found by a 30-bit hash of its parts rather than by a text key. The interner
 * used to join every list of every paper into a string key (`2\u0002JP\u0000UNIV TOKYO\u0001…`)
 * and keep that key for each distinct list: a string built per list and per paper, and the
 * largest part of the interner's memory. Here a value's parts are hashed as numbers (the texts of
 * its strings, `hashText`; its link positions), the table is a `Map` keyed by that number, and a
 * candidate is compared with the value found part by part, so a collision costs one more probe
 * (the next key), never a wrong value. The keys are small integers, which a `Map` holds without
 * allocating.
 */

/** A table of shared values, keyed by their hash (collisions go to the next free key). */
export type ConsTable<T> = Map<number, T>;

/** The starting value of a hash of parts. */
export const HASH_START = 0x2f6b3a1d;

/**
 * One part mixed into a hash (murmur3's block step): equal parts in the same order give equal
 * hashes, and every bit of a part reaches the result.
 * @example
 * hashPart(hashPart(HASH_START, 3), 7) === hashPart(hashPart(HASH_START, 3), 7) // → true
 */
export function hashPart(hash: number, part: number): number {
  let k = Math.imul(part, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  let h = hash ^ Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/**
 * A string mixed into a hash by its text: its length, then its UTF-16 code units (FNV-1a, one
 * multiply a unit), then the result as one part. Hashing the text the caller already holds costs
 * a few nanoseconds a character in registers; an id per string (what lists were hashed by before)
 * cost a look-up in the corpus's table of every distinct string, a few hundred nanoseconds when
 * the entry is not in cache, which for a paper's organization keys and C3 names it mostly is not.
 * Reading the characters also makes a string built by concatenation flat, once.
 * @example
 * hashText(HASH_START, "UNIV TOKYO") === hashText(HASH_START, ["UNIV", "TOKYO"].join(" ")) // → true
 */
export function hashText(hash: number, text: string): number {
  let h = 0x811c9dc5 ^ text.length;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return hashPart(hash, h);
}

/** Keys stay below 2^30: small integers that a `Map` keeps without a heap number. */
const KEY_MASK = 0x3fffffff;

/**
 * The shared value equal to a candidate: the one in the table whose `same` says so, or the one
 * `make` builds and the table keeps (or, past `MAX_PROBES` other values under the hash, does not).
 * `same` and `make` are given the candidate (`arg`) and `make` the interner (`context`) rather
 * than closing over them: they are functions made once, and a lookup allocates nothing when the
 * value is known.
 * @param table - the table of one kind of value
 * @param hash - the candidate's hash (`hashPart` over its parts)
 * @param arg - the candidate, handed to `same` and `make`
 * @param context - handed to `make` (the interner that shares the new value's parts)
 * @example
 * consed(lists, hashOf(ids), ids, sameIds, copyIds, null) === consed(lists, hashOf(ids), [...ids], sameIds, copyIds, null) // → true
 */
export function consed<T, A, C>(
  table: ConsTable<T>,
  hash: number,
  arg: A,
  same: (known: T, arg: A) => boolean,
  make: (arg: A, context: C) => T,
  context: C,
): T {
  // The finalizer of murmur3 spreads the bits before they are cut to a key.
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  let key = (h ^ (h >>> 16)) & KEY_MASK;
  for (let probe = 0; probe < MAX_PROBES; probe++, key = (key + 1) & KEY_MASK) {
    const known = table.get(key);
    if (known === undefined) {
      const made = make(arg, context);
      table.set(key, made);
      return made;
    }
    if (same(known, arg)) return known;
  }
  return make(arg, context);
}

/**
 * Probes a look-up makes before it gives up sharing (here and in `_string-set.ts`): values that
 * many share a hash (only input made to collide, the texts' hash being no secret, gives more than
 * a few) then cost a bounded look-up and an instance of their own each, not a walk through all
 * the others.
 */
export const MAX_PROBES = 64;

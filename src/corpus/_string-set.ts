/**
 * Distinct strings found by a hash of their text in a flat table of numbers: the corpus
 * interner's strings (`createIntern` in `corpus-paper.ts`, one instance per distinct string) and
 * the parallel load's packer's (`_packed-records.ts`, a string papers share named by its
 * position). A `Map<string, …>` holds an entry of three words per string apart from its bucket,
 * and a look-up of a string the map has not hashed before (each paper's author keys and names
 * are fresh strings) reads the bucket, the entry and the key: three places in a table of every
 * string of the corpus, seldom in cache, about 0.7 µs an author key on the 100k real-shaped
 * report (and 14 % of a worker's time in the packer's map). Here the hash is computed from the
 * text the caller holds, and a slot is two numbers side by side (the hash and the string's
 * position): a look-up reads one slot and the one string it names, and the table of slots is a
 * quarter of the map's size.
 */
import { HASH_START, hashText, MAX_PROBES } from "./_hash-cons.ts";

/** Slots of a new table (a power of two); it doubles when half full. */
const FIRST_SLOTS = 1 << 12;

/** Distinct strings, each found by a hash of its text (`createStringIndex`). */
export interface StringIndex {
  /**
   * The position of a text in `strings`: the one it was given first, or the next one for a new
   * text (kept as `copy` makes it); -1 for a new text when `MAX_PROBES` others share its slots
   * (only input made to collide), which is then not kept.
   */
  indexOf(value: string): number;
  /** The strings kept, each distinct text once, in the order they came (the same array throughout). */
  readonly strings: readonly string[];
  /** Forgets every string: the next one kept is at position 0 again. */
  clear(): void;
}

/**
 * Creates an index of distinct strings.
 * @param copy - makes the string kept for a text met for the first time, an equal text; default the text itself
 * @example
 * const index = createStringIndex();
 * index.indexOf("JP") // → 0
 * index.indexOf("US") // → 1
 * index.indexOf(["J", "P"].join("")) // → 0
 */
export function createStringIndex(copy: (value: string) => string = (value) => value): StringIndex {
  const strings: string[] = [];
  // Slot i is [2i] the hash and [2i + 1] the position in `strings` plus one (0: empty).
  let slots = new Int32Array(2 * FIRST_SLOTS);
  let mask = FIRST_SLOTS - 1;
  const grow = (): void => {
    const old = slots;
    slots = new Int32Array(2 * old.length);
    mask = old.length - 1;
    for (let i = 0; i < old.length; i += 2) {
      const at = old[i + 1] as number;
      if (at === 0) continue;
      const hash = old[i] as number;
      let slot = hash & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = hash;
      slots[2 * slot + 1] = at;
    }
  };
  return {
    indexOf(value) {
      const hash = hashText(HASH_START, value);
      let slot = hash & mask;
      for (let probe = 0; probe < MAX_PROBES; probe++, slot = (slot + 1) & mask) {
        const at = slots[2 * slot + 1] as number;
        if (at === 0) {
          strings.push(copy(value));
          slots[2 * slot] = hash;
          slots[2 * slot + 1] = strings.length;
          if (2 * strings.length > mask) grow();
          return strings.length - 1;
        }
        if (slots[2 * slot] === hash && strings[at - 1] === value) return at - 1;
      }
      return -1;
    },
    strings,
    clear() {
      strings.length = 0;
      slots = new Int32Array(2 * FIRST_SLOTS);
      mask = FIRST_SLOTS - 1;
    },
  };
}

/**
 * Creates a set of strings that hands back one instance per distinct text.
 * @param copy - makes the instance kept for a text met for the first time (an own copy, never a slice of a read chunk)
 * @returns the instance for a text: the one kept, or the new copy kept from now on
 * @example
 * const intern = createStringSet((s) => s);
 * intern("name:SATO|A") === intern(["name:SATO", "A"].join("|")) // → true (the same instance)
 */
export function createStringSet(copy: (value: string) => string): (value: string) => string {
  const { indexOf, strings } = createStringIndex(copy);
  return (value) => {
    const at = indexOf(value);
    return at < 0 ? copy(value) : (strings[at] as string);
  };
}

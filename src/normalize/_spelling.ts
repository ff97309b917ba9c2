/**
 * Matching what people type against a vocabulary (countries, fields): one fold that forgets case,
 * accents, spaces and punctuation, and a nearest-spelling search for "did you mean". Both
 * vocabularies use it so that `Côte d’Ivoire` and `cote divoire`, or `Biology & Biochemistry`
 * and `biology and biochemistry`, mean the same thing everywhere.
 */
import { compareCodeUnits } from "../common/compare-code-units.ts";
import { editDistance } from "../common/edit-distance.ts";

/**
 * Letters and digits only, upper case, diacritics dropped, `&` read as AND.
 * @example
 * foldSpelling("Côte d’Ivoire") // → "COTEDIVOIRE"
 * foldSpelling("Biology & Biochemistry") // → "BIOLOGYANDBIOCHEMISTRY"
 */
export function foldSpelling(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .replace(/&/g, "AND")
    .replace(/[^A-Z0-9]/g, "");
}

/**
 * The keys whose spellings are nearest to a misspelt text, nearest first, ties by key. A
 * spelling's first letters count as a spelling one edit further away.
 * @param text - as typed
 * @param spellings - folded spelling → key
 * @param count - how many keys to return
 * @example
 * nearestKeys("Jpaan", new Map([["JAPAN", "JP"], ["SPAIN", "ES"]]), 1) // → ["JP"]
 */
export function nearestKeys(text: string, spellings: ReadonlyMap<string, string>, count: number): string[] {
  const target = foldSpelling(text);
  const best = new Map<string, number>();
  for (const [spelling, key] of spellings) {
    // A name typed in part ("Neuroscience" for "Neuroscience & Behavior") is near its start.
    const distance = Math.min(
      editDistance(target, spelling),
      editDistance(target, spelling.slice(0, target.length)) + 1,
    );
    if (distance < (best.get(key) ?? Number.POSITIVE_INFINITY)) best.set(key, distance);
  }
  return [...best]
    .sort(([a, m], [b, n]) => m - n || compareCodeUnits(a, b))
    .slice(0, count)
    .map(([key]) => key);
}

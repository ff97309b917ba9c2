/**
 * Matching what people type against a vocabulary (countries, fields): one fold that forgets case,
 * accents, spaces and punctuation, and a nearest-spelling search for "did you mean". Both
 * vocabularies use it so that `Côte d’Ivoire` and `cote divoire`, or `Biology & Biochemistry`
 * and `biology and biochemistry`, mean the same thing everywhere.
 */
import { compareCodeUnits } from "../common/compare-code-units.ts";

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

/**
 * Edit distance with adjacent transpositions (optimal string alignment): "Jpaan" is one edit
 * from "Japan", as a typist would count it, not two.
 */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

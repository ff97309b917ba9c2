/**
 * How far a typed word is from a known one, for "did you mean": the country and field
 * vocabularies suggest the nearest name, and option checks the nearest option key, by this one
 * measure. It has no domain, so it sits below every stage.
 */

/**
 * Edit distance with adjacent transpositions (optimal string alignment): "Jpaan" is one edit
 * from "Japan", as a typist would count it, not two.
 * @example
 * editDistance("Jpaan", "Japan") // → 1
 * editDistance("perods", "periods") // → 1
 */
export function editDistance(a: string, b: string): number {
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

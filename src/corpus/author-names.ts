/**
 * Display names of the authors keyed by an identifier. A corpus paper keeps author keys only
 * (§3.4: `orcid:…`, `rid:…` or `name:SURNAME|I`); a name key can be read as a name, but an
 * identifier cannot, and a network node labelled `orcid:0000-0003-4733-7519` tells nobody who the
 * author is. So the corpus keeps one name per identifier-keyed author, in one table for the whole
 * corpus rather than on every paper: the form written most often on the corpus's papers (in scope
 * or not, one count per byline position), the first in code-unit order among equally frequent
 * forms, so that the same records give the same names whatever their order.
 */

import * as z from "zod";
import { compareCodeUnits } from "../common/compare-code-units.ts";
import type { Intern } from "./corpus-paper.ts";

/**
 * Display name per identifier-keyed author (`orcid:…`, `rid:…`), keys in code-unit order. A `Map`
 * rather than an object: a corpus of generated records has about two such authors a paper, and
 * an object with that many keys is a dictionary of three words a slot at a third full or less,
 * 126 B a paper against 73 for the map (docs/corpus.md, "Compactness").
 */
export const AuthorNamesSchema = z.map(z.string(), z.string());

/** Display name per identifier-keyed author, keys in code-unit order. */
export type AuthorNames = z.infer<typeof AuthorNamesSchema>;

/**
 * The identifier-keyed authors of one paper as a flat list `[key, name, key, name, …]`, or `null`
 * when every author is keyed by name (most papers of most exports: nothing is kept for them).
 * @param authors - the paper's authors, with their keys and written names
 * @param intern - the corpus's interner (the same key and name recur on many papers)
 * @param keys - the authors' keys as the corpus paper already holds them (interned, in the same
 *   order), so that a key is not looked up in the interner twice; default: the authors' own
 * @example
 * identifiedAuthors([{ key: "orcid:0000-0001-5829-5479", name: "Valentini, Alice" }, { key: "name:ROSSI|M", name: "Rossi, M" }], intern)
 * // → ["orcid:0000-0001-5829-5479", "Valentini, Alice"]
 */
export function identifiedAuthors(
  authors: readonly { readonly key: string; readonly name: string }[],
  intern: Intern,
  keys?: readonly string[],
): readonly string[] | null {
  const identified = (author: (typeof authors)[number]): boolean =>
    !author.key.startsWith("name:") && author.name !== "";
  let count = 0;
  for (const author of authors) if (identified(author)) count++;
  if (count === 0) return null;
  // Made at its size: the builder keeps one list per paper until it finishes, and a list grown
  // by `push` holds room for 17 strings.
  const pairs: string[] = new Array(2 * count);
  let at = 0;
  for (let i = 0; i < authors.length; i++) {
    const author = authors[i] as (typeof authors)[number];
    if (!identified(author)) continue;
    pairs[at++] = keys === undefined ? intern.string(author.key) : (keys[i] as string);
    pairs[at++] = intern.string(author.name);
  }
  return pairs;
}

/**
 * The display name of each identifier-keyed author: the form written most often over the papers'
 * lists (`identifiedAuthors`), ties to the first in code-unit order; keys in code-unit order.
 * @param papers - one list per paper, `null` for a paper without identifier-keyed authors
 * @example
 * authorNames([["orcid:1", "Wang, Han"], ["orcid:1", "WANG, HAN", "orcid:2", "Wang, Hai"], ["orcid:1", "Wang, Han"]])
 * // → Map { "orcid:1" => "Wang, Han", "orcid:2" => "Wang, Hai" }
 */
export function authorNames(papers: Iterable<readonly string[] | null>): AuthorNames {
  // Most keys are written one way on every paper: such a key keeps its one form and its count in
  // a small record, and only a key written two ways or more gets a map of its forms. (A map per
  // key was made for every identifier-keyed author of the corpus at once, as the load finishes
  // and the heap is at its fullest: 100 MB more for 734,000 keys, docs/benchmarks-log.md.)
  const counts = new Map<string, OneForm | Map<string, number>>();
  for (const pairs of papers) {
    if (pairs === null) continue;
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const key = pairs[i] as string;
      const name = pairs[i + 1] as string;
      const seen = counts.get(key);
      if (seen === undefined) counts.set(key, { name, count: 1 });
      else if (seen instanceof Map) seen.set(name, (seen.get(name) ?? 0) + 1);
      else if (seen.name === name) seen.count++;
      else
        counts.set(
          key,
          new Map([
            [seen.name, seen.count],
            [name, 1],
          ]),
        );
    }
  }
  const names: AuthorNames = new Map();
  for (const [key, seen] of [...counts].sort(([a], [b]) => compareCodeUnits(a, b)))
    names.set(key, seen instanceof Map ? mostWritten(seen) : seen.name);
  return names;
}

/** The one form a key has been written in so far, and how often. */
interface OneForm {
  readonly name: string;
  count: number;
}

/** The form written most often, the first in code-unit order among equals (forms in the order first seen). */
function mostWritten(forms: ReadonlyMap<string, number>): string {
  let best = "";
  let most = 0;
  for (const [name, count] of forms) {
    if (count > most || (count === most && compareCodeUnits(name, best) < 0)) {
      best = name;
      most = count;
    }
  }
  return best;
}

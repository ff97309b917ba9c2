/**
 * Display labels of network nodes. Keys identify nodes and fix their order; labels are for
 * people and for tools (VOSviewer, Gephi) that show them. A corpus paper keeps author keys only;
 * an author keyed by name is labelled from the key, one keyed by ORCID or ResearcherID with the
 * name the corpus keeps for it (`corpus.authorNames`, corpus/author-names.ts).
 */
import { countryName } from "../normalize/country-vocabulary.ts";
import type { NetworkLevel } from "./network-options.ts";

/**
 * The label of a node: a country's English short name (Gephi and VOSviewer show labels, and
 * alpha-3 codes such as AND or AIA read as words), an institution's organization key with its
 * country, a name-keyed author as `SURNAME, I`, and an identifier-keyed author by its name in
 * `authorNames` (the key itself when the table has none).
 * @param level - the network level
 * @param key - the node key (`paperNodes`)
 * @param authorNames - display names of identifier-keyed authors (`corpus.authorNames`)
 * @example
 * nodeLabel("country", "JP")                 // → "Japan"
 * nodeLabel("institution", "JP|UNIV TOKYO")  // → "UNIV TOKYO (JP)"
 * nodeLabel("author", "name:SATO|A")         // → "SATO, A"
 * nodeLabel("author", "orcid:0000-0001-5829-5479", new Map([["orcid:0000-0001-5829-5479", "Valentini, Alice"]])) // → "Valentini, Alice"
 * nodeLabel("author", "orcid:0000-0002-1825-0097") // → "orcid:0000-0002-1825-0097"
 */
export function nodeLabel(
  level: NetworkLevel,
  key: string,
  authorNames: ReadonlyMap<string, string> = new Map(),
): string {
  switch (level) {
    case "country":
      return countryName(key);
    case "institution": {
      const bar = key.indexOf("|");
      const country = key.slice(0, bar);
      return `${key.slice(bar + 1)} (${country === "" ? "?" : country})`;
    }
    case "author":
      if (key.startsWith("name:")) return key.slice(5).replace("|", ", ");
      return authorNames.get(key) ?? key;
  }
}

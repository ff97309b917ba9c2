/**
 * Display labels of network nodes. Keys identify nodes and fix their order; labels are for
 * people and for tools (VOSviewer, Gephi) that show them. A corpus keeps no author names, so an
 * author's label is built from the key itself.
 */
import { countryName } from "../normalize/country-vocabulary.ts";
import type { NetworkLevel } from "./network-options.ts";

/**
 * The label of a node: a country's English short name (Gephi and VOSviewer show labels, and
 * alpha-3 codes such as AND or AIA read as words), an institution's organization key with its
 * country, a name-keyed author as `SURNAME, I`, and an identifier-keyed author's key as is.
 * @param level - the network level
 * @param key - the node key (`paperNodes`)
 * @example
 * nodeLabel("country", "JP")                 // → "Japan"
 * nodeLabel("institution", "JP|UNIV TOKYO")  // → "UNIV TOKYO (JP)"
 * nodeLabel("author", "name:SATO|A")         // → "SATO, A"
 * nodeLabel("author", "orcid:0000-0002-1825-0097") // → "orcid:0000-0002-1825-0097"
 */
export function nodeLabel(level: NetworkLevel, key: string): string {
  switch (level) {
    case "country":
      return countryName(key);
    case "institution": {
      const bar = key.indexOf("|");
      const country = key.slice(0, bar);
      return `${key.slice(bar + 1)} (${country === "" ? "?" : country})`;
    }
    case "author":
      return key.startsWith("name:") ? key.slice(5).replace("|", ", ") : key;
  }
}

/**
 * `V(p)`, the distinct nodes of a paper at one level (docs/methodology.md §11.1): an author listed
 * twice, or a country with three addresses, is one node. Node keys are strings, and the network
 * sorts them by code units, so the key format fixes the canonical node order.
 */
import type { InstitutionUnit } from "../normalize/institutions.ts";
import type { NetworkLevel } from "./network-options.ts";

/** What `paperNodes` reads of a corpus paper. */
export interface PaperNodeSource {
  /** `C(p)`, sorted. */
  readonly countries: readonly string[];
  /** `U(p)`. */
  readonly institutions: readonly InstitutionUnit[];
  /** Author keys (§3.4) in byline order. */
  readonly authorKeys: readonly string[];
}

/**
 * The node key of an institution unit: `COUNTRY|ORGKEY`, with an empty country part when the
 * address's country is unresolved. An organization key never contains `|` (§3.3 keeps letters,
 * digits, `&` and spaces), so the key is unambiguous.
 * @example
 * institutionNodeKey({ country: "JP", orgKey: "UNIV TOKYO" }) // → "JP|UNIV TOKYO"
 * institutionNodeKey({ country: null, orgKey: "CNRS" })       // → "|CNRS"
 */
export function institutionNodeKey(unit: InstitutionUnit): string {
  return `${unit.country ?? ""}|${unit.orgKey}`;
}

/**
 * The distinct node keys of a paper at a level, sorted by code units.
 * @param paper - a corpus paper (never modified; the returned array may be one of its own)
 * @param level - author, institution or country
 * @example
 * paperNodes({ countries: ["JP", "US"], institutions: [], authorKeys: [] }, "country") // → ["JP", "US"]
 * paperNodes({ countries: [], institutions: [], authorKeys: ["name:SATO|A", "name:SATO|A"] }, "author")
 * // → ["name:SATO|A"]
 */
export function paperNodes(paper: PaperNodeSource, level: NetworkLevel): readonly string[] {
  switch (level) {
    case "country":
      return paper.countries;
    case "institution":
      return distinctSorted(paper.institutions.map(institutionNodeKey));
    case "author":
      // A copy: distinctSorted sorts in place, and the paper's keys are in byline order.
      return distinctSorted([...paper.authorKeys]);
  }
}

function distinctSorted(keys: string[]): string[] {
  if (keys.length < 2) return keys;
  // The default sort compares by UTF-16 code units: compareCodeUnits' order, natively.
  keys.sort();
  let kept = 1;
  for (let i = 1; i < keys.length; i++) if (keys[i] !== keys[kept - 1]) keys[kept++] = keys[i] as string;
  keys.length = kept;
  return keys;
}

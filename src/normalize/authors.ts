/**
 * Authors of a paper with their keys and their links to the paper's addresses
 * (docs/methodology.md §3.4). The links tell which countries and institutions each author is in,
 * which CWTS counting, the cross-affiliation flag and the author network need.
 */
import * as z from "zod";
import { createNameKeys } from "../read/names.ts";
import type { Author } from "../read/wos-record.ts";
import { validOrcid } from "./orcid.ts";

/** Where an author key comes from, in order of preference. */
export const AuthorKeySourceSchema = z.enum(["orcid", "rid", "name"]);

/** One author of a normalized paper. */
export const NormalizedAuthorSchema = z.object({
  /** 1-based byline position. */
  seq: z.number().int().positive(),
  /** Full name (AF) when known, else the abbreviated name (AU). */
  name: z.string(),
  /** `orcid:<iD>`, `rid:<ResearcherID>` or `name:<SURNAME>|<first initial>`. */
  key: z.string(),
  /** Which identifier the key is built from. */
  keySource: AuthorKeySourceSchema,
  /** 0-based positions in the paper's address list of the addresses this author is linked to. */
  addressIndexes: z.array(z.number().int().nonnegative()),
});

/** One author of a normalized paper. */
export type NormalizedAuthor = z.infer<typeof NormalizedAuthorSchema>;

/** The authors by XML address number of a paper without XML links: none, never added to. */
const EMPTY_BY_NUMBER: ReadonlyMap<number, number[]> = new Map();

/** An address of the paper, as far as author links are concerned. */
export interface LinkableAddress {
  /**
   * The address (a `NormalizedAddress` in `normalize`), of which links read only the source: `C1`
   * for research addresses, `RP` for reprint addresses used by the address policy.
   */
  readonly address: { readonly source: "C1" | "RP" };
  /** C1 address number (`Address.number`, XML `@addr_no`); `null` for RP addresses. */
  readonly number: number | null;
  /** Names written with the address: the C1 `[...]` prefix or the RP names. */
  readonly names: readonly string[];
}

/** A problem met while linking authors. */
export interface AuthorWarning {
  /** `author-address-unlinked` (a name in an address matches no author) or `invalid-orcid`. */
  readonly code: "author-address-unlinked" | "invalid-orcid";
  /** The name or iD concerned. */
  readonly detail: string;
}

/**
 * Builds the paper's authors, their keys and their address links.
 * XML links (`Author.addressNumbers`) are used when the record has them; otherwise each name in
 * an address is matched to an author (exact normalized name, else a unique surname + initial).
 * @param authors - the record's authors
 * @param addresses - the paper's addresses in order (the positions become `addressIndexes`)
 * @returns the authors and the warnings met
 * @example
 * normalizeAuthors([{ seq: 1, name: "Sato, A", fullName: "Sato, Akira", orcid: null, researcherId: null, addressNumbers: [] }],
 *   [{ address: { source: "C1" }, number: 1, names: ["Sato, Akira"] }])
 * // → { authors: [{ seq: 1, name: "Sato, Akira", key: "name:SATO|A", keySource: "name", addressIndexes: [0] }], warnings: [] }
 */
export function normalizeAuthors(
  authors: readonly Author[],
  addresses: readonly LinkableAddress[],
): { readonly authors: NormalizedAuthor[]; readonly warnings: AuthorWarning[] } {
  const warnings: AuthorWarning[] = [];
  // Address positions per author, made only for authors with a link: a Set per author would cost
  // 150 bytes each on a record of a million (hostile) authors. Addresses are visited in order, so
  // each list grows sorted and a repeat can only be its last element.
  const links: (number[] | undefined)[] = new Array(authors.length);
  const link = (author: number, address: number): void => {
    const list = links[author];
    if (list === undefined) links[author] = [address];
    else if (list[list.length - 1] !== address) list.push(address);
  };
  const xmlLinked = authors.some((a) => a.addressNumbers.length > 0);
  // Each author's names keyed once, for the address names matched to them and for their own name
  // key (the first of their names is `fullName ?? name`, the name the key is made of).
  const names = createNameKeys(authors.map((a) => (a.fullName === null ? [a.name] : [a.fullName, a.name])));
  const match = (name: string): number => names.match(name)?.index ?? -1;

  // Authors by XML address number, built once: a paper of 5,000 authors and 3,000 addresses
  // would otherwise cost 15 million comparisons. A text export's record needs no map.
  const byNumber = xmlLinked ? authorsByNumber(authors) : EMPTY_BY_NUMBER;
  addresses.forEach((address, index) => {
    if (xmlLinked && address.address.source === "C1") {
      for (const i of address.number === null ? [] : (byNumber.get(address.number) ?? [])) link(i, index);
      return;
    }
    for (const name of address.names) {
      const found = match(name);
      if (found === -1)
        warnings.push({
          code: "author-address-unlinked",
          detail: `${address.address.source} name "${name}"`,
        });
      else link(found, index);
    }
  });

  const normalized = authors.map((author, i): NormalizedAuthor => {
    const orcid = author.orcid === null ? null : validOrcid(author.orcid);
    if (author.orcid !== null && orcid === null)
      warnings.push({ code: "invalid-orcid", detail: author.orcid });
    const name = author.fullName ?? author.name;
    // No [key, source] pair per author: one array each, on papers of thousands of authors.
    const keySource = orcid !== null ? "orcid" : author.researcherId !== null ? "rid" : "name";
    const key =
      orcid !== null
        ? `orcid:${orcid}`
        : author.researcherId !== null
          ? `rid:${author.researcherId.trim().toUpperCase()}`
          : `name:${names.looseKey(i)}`;
    return { seq: author.seq, name, key, keySource, addressIndexes: links[i] ?? [] };
  });
  return { authors: normalized, warnings };
}

/** The positions of the authors linked to each XML address number. */
function authorsByNumber(authors: readonly Author[]): ReadonlyMap<number, number[]> {
  const byNumber = new Map<number, number[]>();
  authors.forEach((author, i) => {
    for (const number of author.addressNumbers) {
      const at = byNumber.get(number);
      if (at === undefined) byNumber.set(number, [i]);
      else at.push(i);
    }
  });
  return byNumber;
}

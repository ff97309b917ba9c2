/**
 * People and places of one XML record: authors (`summary/names/name`), group authors, author
 * addresses (`addresses/address_name`) linked to authors by `@addr_no`, reprint addresses, and
 * ORCID / ResearcherID from `contributors`. Kept together because the links between them
 * (author ↔ address numbers, contributor ↔ author names) are what the institution and author
 * networks are built from (docs/methodology.md §2.1, §2.3, §3.4).
 */

import { identifierWarnings, linkIdentifierEntries } from "./_identifier-links.ts";
import { countIn, type MapContext, textIn, textsIn, unexpectedIn } from "./_xml-context.ts";
import { allWithAttribute, attribute, child, children, descend, type XmlElement } from "./_xml-node.ts";
import { createRankedNameMatcher } from "./names.ts";
import type { Address, Author, AuthorIdentifier, ReprintAddress } from "./wos-record.ts";

/** Name roles counted as authors: `anon` is WoS's `[Anonymous]`, which plain text lists in AU too. */
const AUTHOR_ROLES: ReadonlySet<string> = new Set(["author", "anon"]);
/**
 * Name roles read as group authors (CA, GP). None of the sample files has one; the names are
 * those of the WoS XML schema for corporate authors of the item and of the book.
 */
const GROUP_AUTHOR_ROLES: ReadonlySet<string> = new Set(["corp", "book_corp"]);
/** Name roles that are not the paper's authors: book authors (BA) and editors of the volume, the publisher, identifier holders. */
const OTHER_ROLES: ReadonlySet<string> = new Set(["book", "book_editor", "publisher", "researcher_id"]);

/** The people and addresses of one record, as `WosRecord` fields. */
export interface People {
  /** Authors in `@seq_no` order. */
  readonly authors: Author[];
  /** Group author names, in document order. */
  readonly groupAuthors: string[];
  /** Author addresses, in document order. */
  readonly addresses: Address[];
  /** The `pref="Y"` organizations of every address, in address order, like C3. */
  readonly organizations: string[];
  /** Reprint (corresponding) addresses. */
  readonly reprintAddresses: ReprintAddress[];
  /** Contributor identifiers that matched no author. */
  readonly unlinkedIdentifiers: AuthorIdentifier[];
}

interface NamedAuthor {
  readonly author: Author;
  /** The name WoS displays (`display_name`), which C1's `[...]` prefix also uses. */
  readonly displayName: string;
}

/**
 * Maps the people and addresses of one record.
 * @param staticData - the record's `static_data` element
 * @param context - the record's mapping context (for warnings)
 * @example
 * mapPeople(rec.static_data, context).authors[0]
 * // → { seq: 1, name: "Li, YF", fullName: "Li, Yong Fuga", orcid: null, researcherId: null, addressNumbers: [1, 2] }
 */
export function mapPeople(staticData: XmlElement | undefined, context: MapContext): People {
  const { authors, groupAuthors } = readNames(descend(staticData, "summary", "names"), context);
  const fullrecord = child(staticData, "fullrecord_metadata");
  const addresses = readAddresses(child(fullrecord, "addresses"), authors, context);
  return {
    authors: authorsOf(authors),
    groupAuthors,
    addresses,
    organizations: organizationsOf(addresses),
    reprintAddresses: readReprintAddresses(child(fullrecord, "reprint_addresses"), context),
    unlinkedIdentifiers: linkContributors(child(staticData, "contributors"), authors, context),
  };
}

/** The authors without their display names (a loop: no callback made for each record). */
function authorsOf(named: readonly NamedAuthor[]): Author[] {
  const out: Author[] = [];
  for (const { author } of named) out.push(author);
  return out;
}

/** The display names of the authors linked to address `number`. */
function authorsAt(authors: readonly NamedAuthor[], number: number): string[] {
  const out: string[] = [];
  for (const { author, displayName } of authors)
    if (author.addressNumbers.includes(number)) out.push(displayName);
  return out;
}

/** Every address's organizations, in address order (a loop: `flatMap` was half of `mapPeople`'s own time). */
function organizationsOf(addresses: readonly Address[]): string[] {
  const out: string[] = [];
  for (const address of addresses) for (const organization of address.organizations) out.push(organization);
  return out;
}

function nameForms(name: XmlElement | undefined, context: MapContext) {
  return {
    wosStandard: textIn(context, child(name, "wos_standard"), "name/wos_standard"),
    display: textIn(context, child(name, "display_name"), "name/display_name"),
    full: textIn(context, child(name, "full_name"), "name/full_name"),
  };
}

function readNames(names: XmlElement | undefined, context: MapContext) {
  const authors: NamedAuthor[] = [];
  const groupAuthors: string[] = [];
  for (const name of children(names, "name")) {
    const role = attribute(name, "role") ?? "";
    const { wosStandard, display, full } = nameForms(name, context);
    if (GROUP_AUTHOR_ROLES.has(role)) {
      const group = display ?? full ?? wosStandard;
      if (group !== null) groupAuthors.push(group);
      continue;
    }
    if (!AUTHOR_ROLES.has(role)) {
      if (!OTHER_ROLES.has(role))
        unexpectedIn(context, `names/name has role "${role}", which copub does not map`);
      continue;
    }
    const rawSeq = attribute(name, "seq_no");
    let seq = countIn(context, rawSeq, "name/@seq_no");
    if (seq === null || seq === 0) {
      seq = authors.length + 1;
      unexpectedIn(
        context,
        `author "${display ?? wosStandard ?? ""}" has seq_no "${rawSeq ?? ""}"; used ${seq}`,
      );
    }
    const author: Author = {
      seq,
      name: wosStandard ?? display ?? full ?? "",
      fullName: full ?? display,
      orcid: attribute(name, "orcid_id") ?? null,
      researcherId: attribute(name, "r_id") ?? null,
      addressNumbers: addressNumbers(attribute(name, "addr_no"), context),
    };
    authors.push({ author, displayName: display ?? full ?? author.name });
  }
  // Array.prototype.sort is stable, so authors sharing a seq_no keep document order. Records
  // list their authors in seq_no order nearly always: checked first, as the sort was a third of
  // reading the names.
  if (!inSeqOrder(authors)) authors.sort((a, b) => a.author.seq - b.author.seq);
  return { authors, groupAuthors };
}

function inSeqOrder(authors: readonly NamedAuthor[]): boolean {
  for (let i = 1; i < authors.length; i++)
    if ((authors[i - 1] as NamedAuthor).author.seq > (authors[i] as NamedAuthor).author.seq) return false;
  return true;
}

/** `addr_no` holds one or more numbers separated by spaces (`"1 2"`). */
function addressNumbers(value: string | undefined, context: MapContext): number[] {
  const numbers: number[] = [];
  for (const token of value?.split(/\s+/) ?? []) {
    const number = countIn(context, token, "name/@addr_no");
    if (number !== null && number > 0 && !numbers.includes(number)) numbers.push(number);
  }
  return numbers;
}

function readAddresses(
  addresses: XmlElement | undefined,
  authors: readonly NamedAuthor[],
  context: MapContext,
) {
  const out: Address[] = [];
  for (const addressName of children(addresses, "address_name")) {
    const spec = child(addressName, "address_spec");
    const rawNumber = attribute(spec, "addr_no");
    let number = countIn(context, rawNumber, "address_spec/@addr_no");
    if (number === null || number === 0) {
      number = out.length + 1;
      unexpectedIn(context, `address_spec has addr_no "${rawNumber ?? ""}"; numbered ${number} by position`);
    }
    // Address.text carries no final period (the text exports' C1 lines have one, XML has none).
    const text =
      textIn(context, child(spec, "full_address"), "address_spec/full_address")?.replace(/\.$/, "") || null;
    if (text === null) {
      unexpectedIn(context, `address_spec addr_no="${number}" has no full_address; the address was left out`);
      continue;
    }
    copyAddressNameIdentifiers(child(addressName, "names"), authors);
    const organizations = children(child(spec, "organizations"), "organization");
    out.push({
      number,
      text,
      authors: authorsAt(authors, number),
      organizations: textsIn(context, allWithAttribute(organizations, "pref", "Y"), "organization"),
      parts: {
        // Organizations as written carry no `pref`; `pref="Y"` (unified) and `pref="D"` (unified
        // department, since 2023) are WoS's additions and are not part of the written address.
        organizations: textsIn(context, allWithAttribute(organizations, "pref", undefined), "organization"),
        suborganizations: textsIn(
          context,
          children(child(spec, "suborganizations"), "suborganization"),
          "suborganization",
        ),
        city: textIn(context, child(spec, "city"), "address_spec/city"),
        state: textIn(context, child(spec, "state"), "address_spec/state"),
        country: textIn(context, child(spec, "country"), "address_spec/country"),
        zip: textIn(context, child(spec, "zip"), "address_spec/zip"),
      },
    });
  }
  return out;
}

/**
 * Raw-data files put `@r_id` / `@orcid_id` on the copies of the author names under each address
 * rather than on `summary/names`; their `@seq_no` is the author's, so they can be linked by it.
 * (The names under reprint addresses are numbered within that list, so they are not used.)
 */
function copyAddressNameIdentifiers(names: XmlElement | undefined, authors: readonly NamedAuthor[]): void {
  for (const name of children(names, "name")) {
    const seq = Number(attribute(name, "seq_no"));
    const author = authorWithSeq(authors, seq);
    if (author === undefined) continue;
    author.orcid ??= attribute(name, "orcid_id") ?? null;
    author.researcherId ??= attribute(name, "r_id") ?? null;
  }
}

/** The first author numbered `seq`. */
function authorWithSeq(authors: readonly NamedAuthor[], seq: number): Author | undefined {
  for (const { author } of authors) if (author.seq === seq) return author;
  return undefined;
}

function readReprintAddresses(reprint: XmlElement | undefined, context: MapContext): ReprintAddress[] {
  const out: ReprintAddress[] = [];
  for (const addressName of children(reprint, "address_name")) {
    const text = textIn(
      context,
      descend(addressName, "address_spec", "full_address"),
      "reprint full_address",
    );
    if (text === null) {
      unexpectedIn(context, "a reprint address has no full_address; it was left out");
      continue;
    }
    const authors: string[] = [];
    for (const name of children(child(addressName, "names"), "name")) {
      // RP names authors in the AU form, which is wos_standard.
      const { wosStandard, display, full } = nameForms(name, context);
      const author = wosStandard ?? display ?? full;
      if (author !== null) authors.push(author);
    }
    out.push({ authors, text });
  }
  return out;
}

/** Whether any contributor written carries an ORCID iD or a ResearcherID. */
function hasIdentifier(written: readonly { orcid: string | null; researcherId: string | null }[]): boolean {
  for (const w of written) if (w.orcid !== null || w.researcherId !== null) return true;
  return false;
}

/**
 * Copies ORCID iDs and ResearcherIDs from `contributors/contributor/name` to the authors they name
 * (mutating the fresh authors), by the rule of `linkIdentifierEntries` (the closest name wins;
 * equals with different identifiers link none); an author's own `@orcid_id` / `@r_id` is kept.
 * Returns the identifiers that were not linked.
 */
function linkContributors(
  contributors: XmlElement | undefined,
  authors: readonly NamedAuthor[],
  context: MapContext,
): AuthorIdentifier[] {
  // Built on the first name to match: most records list no contributor with an identifier.
  let matcher: ReturnType<typeof createRankedNameMatcher> | undefined;
  const match = (name: string) => {
    if (matcher === undefined) {
      matcher = createRankedNameMatcher(
        authors.map(({ author, displayName }) =>
          [author.fullName, author.name, displayName].filter((n): n is string => n !== null),
        ),
      );
    }
    return matcher(name);
  };
  const written: { name: string; orcid: string | null; researcherId: string | null }[] = [];
  for (const contributor of children(contributors, "contributor")) {
    const name = child(contributor, "name");
    const { wosStandard, display, full } = nameForms(name, context);
    written.push({
      name: full ?? display ?? wosStandard ?? "",
      orcid: attribute(name, "orcid_id") ?? null,
      researcherId: attribute(name, "r_id") ?? null,
    });
  }
  // Most records list no contributor, or none with an identifier: nothing to link or warn of.
  if (!hasIdentifier(written)) return [];
  // An entry without a name names nobody; its identifiers stay unlinked.
  const named = (kind: "orcid" | "researcherId") =>
    written.flatMap((w, index) => {
      const id = w[kind];
      return id === null ? [] : [{ name: w.name, id, index }];
    });
  const left = written.map((w) => ({
    name: w.name,
    orcid: null as string | null,
    researcherId: null as string | null,
  }));
  const people = authors.map((a) => a.author);
  for (const kind of ["orcid", "researcherId"] as const) {
    const entries = named(kind);
    const links = linkIdentifierEntries(
      (name) => (name === "" ? null : match(name)),
      people.map((a) => a[kind]),
      entries,
    );
    links.ids.forEach((id, i) => {
      const author = people[i];
      if (author !== undefined) author[kind] = id;
    });
    for (const { entry } of links.left) {
      const kept = left[(entry as (typeof entries)[number]).index];
      if (kept !== undefined) kept[kind] = entry.id;
    }
    context.warnings.push(
      ...identifierWarnings(
        links.left.filter((l) => l.why === "ambiguous"),
        people,
        (entry) => `contributor "${entry.name}" (${entry.id})`,
      ),
    );
  }
  const unlinked = left.filter((l) => l.orcid !== null || l.researcherId !== null);
  // One identifier-unlinked warning per contributor: its name and every identifier not linked.
  for (const l of unlinked) {
    context.warnings.push({
      code: "identifier-unlinked",
      detail: `contributor "${l.name}" (${[l.orcid, l.researcherId].filter((x) => x !== null).join(", ")})`,
    });
  }
  return unlinked;
}

/**
 * The corpus paper: a normalized paper reduced to what indicators and networks read, so that
 * millions fit in memory. The address texts, author names and warning details that explain a
 * paper stay available from `copub normalize`; the corpus keeps the decisions, not the evidence.
 *
 * Its shape is chosen for memory (docs/corpus.md, "Compactness"): authors are two parallel
 * arrays (keys, and address links) rather than one object per author, which would cost more
 * than the key itself, and every part that papers repeat (strings, address and institution
 * lists, link patterns, field assignments) is one shared instance per corpus.
 */

import * as z from "zod";
import { ownCopy } from "../common/own-copy.ts";
import { DocumentTypeSchema } from "../normalize/document-types.ts";
import { FieldsSchema } from "../normalize/fields.ts";
import { InstitutionUnitSchema, type NormalizedPaper, PaperWarningCodeSchema } from "../normalize/paper.ts";
import { GrantSchema } from "../read/wos-record.ts";
import { type ConsTable, consed, HASH_START, hashPart, hashText } from "./_hash-cons.ts";
import { type SourceRef, SourceRefSchema } from "./_source-ref.ts";
import { createStringSet } from "./_string-set.ts";

/** One address of a corpus paper: where it came from and what it counts as. */
export const CorpusAddressSchema = z.object({
  /** `C1`, or `RP` when the address policy took a reprint address. */
  source: z.enum(["C1", "RP"]),
  /** Country key, or `null` when unresolved. */
  country: z.string().nullable(),
  /** Organization key (§3.3). */
  orgKey: z.string(),
});

/** One paper of a corpus. */
export const CorpusPaperSchema = z.object({
  /** Normalized UT, the paper's key; the corpus is sorted by it. */
  ut: z.string(),
  /** Normalized DOI, or `null`. */
  doi: z.string().nullable(),
  /** `y(p)`, or `null`. */
  year: z.number().int().nullable(),
  /** Canonical document types. */
  docTypes: z.array(DocumentTypeSchema),
  /** Whether DT held `Early Access`. */
  earlyAccess: z.boolean(),
  /** Publication date as written (PD), or `null` (§12.3). */
  publicationDate: z.string().nullable(),
  /** Early Access date as written (EA), or `null` (§12.3). */
  earlyAccessDate: z.string().nullable(),
  /** `C(p)`, sorted. */
  countries: z.array(z.string()),
  /** `U(p)`, sorted. */
  institutions: z.array(InstitutionUnitSchema),
  /** `A(p)` in order. */
  addresses: z.array(CorpusAddressSchema),
  /**
   * Author keys (§3.4) in byline order (`seq` = position + 1): `orcid:…`, `rid:…` or
   * `name:SURNAME|I`. Its length is `n(p)`.
   */
  authorKeys: z.array(z.string()),
  /**
   * For each author, in the order of `authorKeys`, the 0-based positions in `addresses` of the
   * addresses the author is linked to; empty for an author without a link.
   */
  authorAddresses: z.array(z.array(z.number().int().nonnegative())),
  /** Unified organization names (C3, XML `pref="Y"`). */
  unifiedOrganizations: z.array(z.string()),
  /** §5.1 flag; see `NormalizedPaper.crossAffiliationOnly`. */
  crossAffiliationOnly: z.boolean().nullable(),
  /** Field assignment (§7.4). */
  fields: FieldsSchema.pick({ esi: true, nistep: true, fieldSource: true }),
  /** Times cited (TC), or `null`. */
  citations: z.number().int().nonnegative().nullable(),
  /** Times cited in all databases (Z9), or `null`. */
  citationsAllDatabases: z.number().int().nonnegative().nullable(),
  /** The export date (DA): the citation snapshot of `citations` (§8.2), or `null`. */
  exportDate: z.string().nullable(),
  /** WoS Categories (WC), InCites' reference sets (§8.5). */
  categories: z.array(z.string()),
  /** Funding agencies with their grant ids as written (FU, XML `grants`) (§12.1). */
  grants: z.array(GrantSchema),
  /** Funding acknowledgement text (FX, XML `fund_text`), or `null` (§12.1). */
  fundingText: z.string().nullable(),
  /** Codes of the paper's warnings, distinct and sorted. */
  warnings: z.array(PaperWarningCodeSchema),
  /** Cited references, only when the corpus was asked to keep them. */
  citedReferences: z.array(z.string()).optional(),
  /** The record the paper was taken from (the canonical one among duplicates, §13.2). */
  source: SourceRefSchema,
});

/** One paper of a corpus. */
export type CorpusPaper = z.infer<typeof CorpusPaperSchema>;

/**
 * Shares equal values between the papers of one corpus: one instance per distinct string, and
 * one per distinct institution unit, address, list of them, author-link pattern and field
 * assignment. Most papers repeat these (the same university, the same field, three authors at
 * one address), so sharing them is what keeps a corpus of millions of papers in memory. Shared
 * parts must be treated as read-only.
 */
export interface Intern {
  /** One instance per distinct string. */
  readonly string: (value: string) => string;
  /** One instance per distinct value of a kind, under a key that identifies it. */
  readonly value: <T>(kind: string, key: string, make: () => T) => T;
}

/**
 * The interner of one corpus (`createIntern`): `Intern`'s two, and the tables `sharePaper` finds
 * shared lists in. A list is found by a hash of its parts' texts (`_hash-cons.ts`), never by a
 * text key built for it, and only a list not seen before has its strings interned one by one.
 */
export interface CorpusIntern extends Intern {
  /** Shared lists of strings (countries, categories, organizations, document types, warning codes). */
  readonly stringLists: ConsTable<string[]>;
  readonly units: ConsTable<Unit>;
  readonly unitLists: ConsTable<Unit[]>;
  readonly addresses: ConsTable<Address>;
  readonly addressLists: ConsTable<Address[]>;
  /** Shared grants: an agency with its ids (`{ agency, grantIds: [] }` for an agency named alone). */
  readonly grants: ConsTable<Grant>;
  /** Shared funding lists, each grant and its list of ids shared too. */
  readonly grantLists: ConsTable<Grant[]>;
  /** Shared address links of one author (`[0]`, `[0, 1]`). */
  readonly links: ConsTable<number[]>;
  /** Shared link patterns of a paper's authors (`[[0], [0], [1]]`). */
  readonly linkLists: ConsTable<number[][]>;
  /**
   * The shared value of each list or field assignment that normalization already shares between
   * papers (`byIdentity`), by the identity of normalization's instance.
   */
  readonly normalized: WeakMap<object, unknown>;
  /** The one empty list of the corpus (read-only, as every shared part). */
  readonly empty: never[];
}

type Unit = CorpusPaper["institutions"][number];
type Address = CorpusPaper["addresses"][number];
type Grant = CorpusPaper["grants"][number];

/**
 * Creates the interner of one corpus (no module-level cache: each corpus owns its own).
 * @example
 * const intern = createIntern();
 * intern.string("UNIV TOKYO") === intern.string(["UNIV", "TOKYO"].join(" ")) // → true (the same instance)
 */
export function createIntern(): CorpusIntern {
  const values = new Map<string, unknown>();
  return {
    string: createStringSet(ownCopy),
    value<T>(kind: string, key: string, make: () => T): T {
      const id = `${kind}\u0000${key}`;
      if (values.has(id)) return values.get(id) as T;
      const made = make();
      values.set(id, made);
      return made;
    },
    stringLists: new Map(),
    units: new Map(),
    unitLists: new Map(),
    addresses: new Map(),
    addressLists: new Map(),
    grants: new Map(),
    grantLists: new Map(),
    links: new Map(),
    linkLists: new Map(),
    normalized: new WeakMap(),
    empty: [],
  };
}

/**
 * Reduces a normalized paper to a corpus paper.
 * @param paper - the normalized paper
 * @param source - the record it came from
 * @param intern - the corpus's interner (keys and names repeat across papers)
 * @param citedReferences - the record's cited references to keep, or `undefined` to drop them
 * @example
 * toCorpusPaper(normalize(record), { file: "a.txt", format: "plain", line: 3, recordIndex: 0 }, createIntern())
 * // → { ut: "WOS:000000000000001", countries: ["JP", "US"], authorKeys: ["name:SATO|A"], authorAddresses: [[0]], … }
 */
export function toCorpusPaper(
  paper: NormalizedPaper,
  source: SourceRef,
  intern: CorpusIntern,
  citedReferences?: readonly string[],
): CorpusPaper {
  // sharePaper reads only the fields of a corpus paper, and of an institution or address only
  // those a corpus keeps: the normalized lists are handed over as they are, not reduced first.
  return share(corpusFields(paper, source, citedReferences, false), intern, true);
}

/** The distinct codes of a paper's warnings, in first-seen order (a paper has a few at most). */
function distinctCodes(warnings: NormalizedPaper["warnings"]): CorpusPaper["warnings"] {
  const codes: CorpusPaper["warnings"] = [];
  for (const { code } of warnings) if (!codes.includes(code)) codes.push(code);
  return codes;
}

/**
 * A normalized paper reduced to a corpus paper's fields, nothing shared yet: what a worker of the
 * parallel load (`_load-worker.ts`) hands back, for `sharePaper` to share on the main thread. It
 * is a plain object that a structured clone copies whole.
 * @example
 * reducePaper(normalize(record), { file: "a.txt", format: "plain", line: 3, recordIndex: 0 }).authorKeys // → ["name:SATO|A"]
 */
export function reducePaper(
  paper: NormalizedPaper,
  source: SourceRef,
  citedReferences?: readonly string[],
): CorpusPaper {
  return corpusFields(paper, source, citedReferences, true);
}

/**
 * A normalized paper's fields under a corpus paper's names. Most are the normalized paper's own:
 * only those that change shape are given here, and sharePaper takes each field it lists, leaving
 * the evidence. `reduce` copies institutions, addresses and fields down to what a corpus keeps
 * (for a structured clone); without it they are handed over as they are (for `sharePaper`,
 * which reads only those parts).
 */
function corpusFields(
  paper: NormalizedPaper,
  source: SourceRef,
  citedReferences: readonly string[] | undefined,
  reduce: boolean,
): CorpusPaper {
  const authorKeys: string[] = new Array(paper.authors.length);
  const authorAddresses: number[][] = new Array(paper.authors.length);
  for (let i = 0; i < paper.authors.length; i++) {
    const author = paper.authors[i] as NormalizedPaper["authors"][number];
    authorKeys[i] = author.key;
    authorAddresses[i] = author.addressIndexes;
  }
  const { esi, nistep, fieldSource } = paper.fields;
  const fields: CorpusPaper = {
    ut: paper.ut,
    doi: paper.doi,
    year: paper.year,
    docTypes: paper.docTypes,
    earlyAccess: paper.earlyAccess,
    publicationDate: paper.publicationDate,
    earlyAccessDate: paper.earlyAccessDate,
    countries: paper.countries,
    institutions: reduce
      ? paper.institutions.map(({ country, orgKey }) => ({ country, orgKey }))
      : paper.institutions,
    addresses: reduce
      ? paper.addresses.map(({ source, country, orgKey }) => ({ source, country, orgKey }))
      : paper.addresses,
    authorKeys,
    authorAddresses,
    unifiedOrganizations: paper.unifiedOrganizations,
    crossAffiliationOnly: paper.crossAffiliationOnly,
    fields: reduce ? { esi, nistep, fieldSource } : paper.fields,
    citations: paper.citations,
    citationsAllDatabases: paper.citationsAllDatabases,
    exportDate: paper.exportDate,
    categories: paper.categories,
    grants: paper.grants,
    fundingText: paper.fundingText,
    warnings: distinctCodes(paper.warnings),
    source,
  };
  if (citedReferences !== undefined) fields.citedReferences = [...citedReferences];
  return fields;
}

/**
 * The same paper built from the corpus's shared parts: equal strings, lists and field
 * assignments become one instance, and the UT and DOI become strings of their own (never
 * slices of a larger text). Building a corpus and reading a saved one both go through it, and
 * only the fields of `CorpusPaperSchema` are taken from `paper`.
 * @param paper - a corpus paper, or an object with a corpus paper's fields among others (not modified)
 * @param intern - the corpus's interner
 * @example
 * const intern = createIntern();
 * sharePaper(a, intern).countries === sharePaper(b, intern).countries // → true when a and b have the same countries
 */
export function sharePaper(paper: CorpusPaper, intern: CorpusIntern): CorpusPaper {
  return share(paper, intern, false);
}

/**
 * `sharePaper`; `fromNormalize` says that the paper's document types, categories and field
 * assignment are normalization's own instances, which it shares between the papers with the same
 * DT or WC (`normalize/_list-cache.ts`): those are found by identity, one lookup per list instead
 * of one per string. Normalization shares them to map each distinct list once; the corpus shares
 * them again because its interner also takes papers whose lists were never shared (a saved corpus
 * read back, papers cloned from a worker thread) and because normalization's caches start afresh
 * when full. Other papers' lists are fresh objects that an identity lookup would never find.
 */
function share(paper: CorpusPaper, intern: CorpusIntern, fromNormalize: boolean): CorpusPaper {
  const str = intern.string;
  // One literal with every field in CorpusPaperSchema's order (the optional cited references come
  // last): it is the key order of a saved corpus, and one shape that V8 lays out inside the object
  // (an object filled field by field takes 16 B more per paper).
  const shared: CorpusPaper = {
    ut: ownCopy(paper.ut),
    doi: paper.doi === null ? null : ownCopy(paper.doi),
    year: paper.year,
    docTypes: (fromNormalize
      ? byIdentity(paper.docTypes, intern, shareStrings)
      : shareStrings(paper.docTypes, intern)) as CorpusPaper["docTypes"],
    earlyAccess: paper.earlyAccess,
    publicationDate: paper.publicationDate === null ? null : str(paper.publicationDate),
    earlyAccessDate: paper.earlyAccessDate === null ? null : str(paper.earlyAccessDate),
    countries: shareStrings(paper.countries, intern),
    institutions: shareUnits(paper.institutions, intern),
    addresses: shareAddresses(paper.addresses, intern),
    // Author keys rarely repeat as a whole list, so only the keys are shared, not the array.
    authorKeys: paper.authorKeys.length === 0 ? intern.empty : paper.authorKeys.map(str),
    authorAddresses: shareLinkLists(paper.authorAddresses, intern),
    unifiedOrganizations: shareStrings(paper.unifiedOrganizations, intern),
    crossAffiliationOnly: paper.crossAffiliationOnly,
    fields: fromNormalize ? byIdentity(paper.fields, intern, shareFields) : shareFields(paper.fields, intern),
    citations: paper.citations,
    citationsAllDatabases: paper.citationsAllDatabases,
    exportDate: paper.exportDate === null ? null : str(paper.exportDate),
    categories: fromNormalize
      ? byIdentity(paper.categories, intern, shareStrings)
      : shareStrings(paper.categories, intern),
    // Papers of one project repeat its agencies, grant ids and often the whole list; the
    // acknowledgement is the paper's own, so it is copied, never sliced from the read chunk.
    grants: shareGrants(paper.grants, intern),
    fundingText: paper.fundingText === null ? null : ownCopy(paper.fundingText),
    warnings: shareStrings(paper.warnings, intern) as CorpusPaper["warnings"],
    source: {
      file: str(paper.source.file),
      format: paper.source.format,
      line: paper.source.line,
      recordIndex: paper.source.recordIndex,
    },
  };
  if (paper.citedReferences !== undefined) shared.citedReferences = paper.citedReferences;
  return shared;
}

/** The shared value of a part that normalization shares between papers, found by its identity. */
function byIdentity<T extends object>(
  part: T,
  intern: CorpusIntern,
  shareOf: (part: T, intern: CorpusIntern) => T,
): T {
  const known = intern.normalized.get(part);
  if (known !== undefined) return known as T;
  const shared = shareOf(part, intern);
  intern.normalized.set(part, shared);
  return shared;
}

/** The shared field assignment equal to a paper's (a corpus has a few dozen). */
function shareFields(fields: CorpusPaper["fields"], intern: CorpusIntern): CorpusPaper["fields"] {
  const { esi, nistep, fieldSource } = fields;
  return intern.value("fields", JSON.stringify([esi, nistep, fieldSource]), () => ({
    esi,
    nistep,
    fieldSource,
  }));
}

// Each shared list below is found by a hash of its length and its parts (`_hash-cons.ts`): the
// texts of its strings (`hashText`), the positions of its links; the length leads, so [] and [[]]
// (no author, one author without links) differ. Only a list not seen before has its strings
// interned: a paper's lists are mostly known ones, and hashing a text the paper holds is cheaper
// than finding its id in the table of every string of the corpus, which is seldom in cache. The
// shared list's items are interned strings, so comparing a candidate's item with `===` is one
// pointer check when they are the same instance, and a text comparison otherwise.

/** The shared list of equal strings (interned). */
function shareStrings(items: readonly string[], intern: CorpusIntern): string[] {
  if (items.length === 0) return intern.empty;
  let hash = hashPart(HASH_START, items.length);
  for (let i = 0; i < items.length; i++) hash = hashText(hash, items[i] as string);
  return consed(intern.stringLists, hash, items, sameStrings, makeStrings, intern);
}

function sameStrings(known: readonly string[], items: readonly string[]): boolean {
  if (known.length !== items.length) return false;
  for (let i = 0; i < known.length; i++) if (known[i] !== items[i]) return false;
  return true;
}

function makeStrings(items: readonly string[], intern: CorpusIntern): string[] {
  return items.map(intern.string);
}

/** The hash of a country key or `null` (a mark of its own, which a collision only makes probe once more). */
function countryPart(hash: number, country: string | null): number {
  return country === null ? hashPart(hash, -1) : hashText(hash, country);
}

function unitHash(unit: Unit): number {
  return hashText(countryPart(HASH_START, unit.country), unit.orgKey);
}

function sameUnit(known: Unit, unit: Unit): boolean {
  return known.country === unit.country && known.orgKey === unit.orgKey;
}

function sameUnits(known: readonly Unit[], items: readonly Unit[]): boolean {
  return sameList(known, items, sameUnit);
}

function makeUnit(unit: Unit, intern: CorpusIntern): Unit {
  return {
    country: unit.country === null ? null : intern.string(unit.country),
    orgKey: intern.string(unit.orgKey),
  };
}

function makeUnits(items: readonly Unit[], intern: CorpusIntern): Unit[] {
  return items.map((unit) => consed(intern.units, unitHash(unit), unit, sameUnit, makeUnit, intern));
}

/** The shared list of equal institution units, each unit shared too. */
function shareUnits(items: readonly Unit[], intern: CorpusIntern): Unit[] {
  if (items.length === 0) return intern.empty;
  let hash = hashPart(HASH_START, items.length);
  for (let i = 0; i < items.length; i++) hash = hashPart(hash, unitHash(items[i] as Unit));
  return consed(intern.unitLists, hash, items, sameUnits, makeUnits, intern);
}

function addressHash(address: Address): number {
  const hash = hashPart(HASH_START, address.source === "C1" ? 1 : 2);
  return hashText(countryPart(hash, address.country), address.orgKey);
}

function sameAddress(known: Address, address: Address): boolean {
  return (
    known.source === address.source && known.country === address.country && known.orgKey === address.orgKey
  );
}

function sameAddresses(known: readonly Address[], items: readonly Address[]): boolean {
  return sameList(known, items, sameAddress);
}

function makeAddress(address: Address, intern: CorpusIntern): Address {
  return {
    source: address.source,
    country: address.country === null ? null : intern.string(address.country),
    orgKey: intern.string(address.orgKey),
  };
}

function makeAddresses(items: readonly Address[], intern: CorpusIntern): Address[] {
  return items.map((address) =>
    consed(intern.addresses, addressHash(address), address, sameAddress, makeAddress, intern),
  );
}

/** The shared list of equal addresses, each address shared too. */
function shareAddresses(items: readonly Address[], intern: CorpusIntern): Address[] {
  if (items.length === 0) return intern.empty;
  let hash = hashPart(HASH_START, items.length);
  for (let i = 0; i < items.length; i++) hash = hashPart(hash, addressHash(items[i] as Address));
  return consed(intern.addressLists, hash, items, sameAddresses, makeAddresses, intern);
}

function grantHash(hash: number, grant: Grant): number {
  let h = hashPart(hashText(hash, grant.agency), grant.grantIds.length);
  for (let i = 0; i < grant.grantIds.length; i++) h = hashText(h, grant.grantIds[i] as string);
  return h;
}

function sameGrant(known: Grant, grant: Grant): boolean {
  return known.agency === grant.agency && sameStrings(known.grantIds, grant.grantIds);
}

function sameGrants(known: readonly Grant[], items: readonly Grant[]): boolean {
  return sameList(known, items, sameGrant);
}

function makeGrant(grant: Grant, intern: CorpusIntern): Grant {
  return { agency: intern.string(grant.agency), grantIds: shareStrings(grant.grantIds, intern) };
}

// A list not seen before is made of shared grants: most name an agency without ids, or a
// project's grant that its other papers list with other agencies (40 B a grant otherwise).
function makeGrants(items: readonly Grant[], intern: CorpusIntern): Grant[] {
  return items.map((grant) =>
    consed(intern.grants, grantHash(HASH_START, grant), grant, sameGrant, makeGrant, intern),
  );
}

/** The shared funding list of a paper: agencies and grant ids interned, each list of ids shared. */
function shareGrants(items: readonly Grant[], intern: CorpusIntern): Grant[] {
  if (items.length === 0) return intern.empty;
  let hash = hashPart(HASH_START, items.length);
  for (let i = 0; i < items.length; i++) hash = grantHash(hash, items[i] as Grant);
  return consed(intern.grantLists, hash, items, sameGrants, makeGrants, intern);
}

function linksHash(hash: number, links: readonly number[]): number {
  let h = hashPart(hash, links.length);
  for (let i = 0; i < links.length; i++) h = hashPart(h, links[i] as number);
  return h;
}

function sameLinks(known: readonly number[], links: readonly number[]): boolean {
  if (known.length !== links.length) return false;
  for (let i = 0; i < known.length; i++) if (known[i] !== links[i]) return false;
  return true;
}

function sameLinkLists(
  known: readonly (readonly number[])[],
  items: readonly (readonly number[])[],
): boolean {
  return sameList(known, items, sameLinks);
}

function makeLinkLists(items: readonly (readonly number[])[], intern: CorpusIntern): number[][] {
  return items.map((links) =>
    consed(intern.links, linksHash(HASH_START, links), links, sameLinks, copyLinks, null),
  );
}

function copyLinks(links: readonly number[]): number[] {
  return [...links];
}

/** The shared link pattern of a paper's authors, each author's links shared too. */
function shareLinkLists(items: readonly (readonly number[])[], intern: CorpusIntern): number[][] {
  if (items.length === 0) return intern.empty;
  let hash = hashPart(HASH_START, items.length);
  for (let i = 0; i < items.length; i++) hash = linksHash(hash, items[i] as readonly number[]);
  return consed(intern.linkLists, hash, items, sameLinkLists, makeLinkLists, intern);
}

/** Whether two lists have the same length and items that `same` finds equal, position by position. */
function sameList<T>(known: readonly T[], items: readonly T[], same: (a: T, b: T) => boolean): boolean {
  if (known.length !== items.length) return false;
  for (let i = 0; i < known.length; i++) if (!same(known[i] as T, items[i] as T)) return false;
  return true;
}

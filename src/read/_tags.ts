/**
 * Tag values → WosRecord, the step shared by the plain-text and tab-delimited readers
 * (the two formats carry the same tags; only the way values are laid out differs).
 * Kept as data: which tags hold one value per line, and which tags map to which field.
 */
import { replaceAllMatches } from "../common/replace-all.ts";
import type { SourceLocation } from "../diagnostics/location.ts";
import { identifierWarnings, linkIdentifierEntries } from "./_identifier-links.ts";
import { isJsSpace } from "./_js-space.ts";
import { splitList } from "./_split.ts";
import {
  parseC1Address,
  parseCount,
  parseGrants,
  parseNamedIdentifiers,
  parseReprintAddresses,
  yearInDate,
} from "./_tag-values.ts";
import { normalizeDoi, normalizeUt } from "./identifiers.ts";
import { createRankedNameMatcher, type NameMatch } from "./names.ts";
import type { ReadItem, ReadOptions } from "./read-item.ts";
import type {
  Address,
  Author,
  AuthorIdentifier,
  DescriptiveField,
  RecordWarning,
  WosRecord,
} from "./wos-record.ts";

/**
 * Tags whose plain-text form has one value per line, and whose tab-delimited cell joins the
 * values with `; `. Every other tag is one text value, wrapped over continuation lines.
 */
export const LINE_VALUE_TAGS: ReadonlySet<string> = new Set([
  "AU",
  "AF",
  "BA",
  "BF",
  "BE",
  "CA",
  "GP",
  "CR",
  "C1",
]);

/** Tags that frame an export rather than describe a record. */
export const FRAME_TAGS: ReadonlySet<string> = new Set(["FN", "VR", "ER", "EF"]);

/** Tags mapped to named `WosRecord` fields; the rest go to `otherTags`. */
const MAPPED_TAGS: ReadonlySet<string> = new Set([
  "UT",
  "DI",
  "PT",
  "DT",
  "TI",
  "SO",
  "J9",
  "JI",
  "SN",
  "EI",
  "LA",
  "PY",
  "PD",
  "EA",
  "EY",
  "WE",
  "AU",
  "AF",
  "CA",
  "GP",
  "C1",
  "C3",
  "RP",
  "TC",
  "Z9",
  "NR",
  "CR",
  "WC",
  "SC",
  "FU",
  "FX",
  "DE",
  "ID",
  "DA",
  "OI",
  "RI",
]);

/**
 * Tag values of one record: for `LINE_VALUE_TAGS` one entry per value; for other tags one entry
 * holding the whole text (continuation lines joined by single spaces).
 */
export interface TagValues {
  /** The values of a tag, or `undefined` when the record has none. */
  get(tag: string): readonly string[] | undefined;
  /** Visits every tag with its values, in the order the record gives them (a `Map` is one). */
  forEach(visit: (values: readonly string[], tag: string) => void): void;
}

/** Options of `recordFromTags`. */
export interface RecordFromTagsOptions {
  /** Keep CR values; default `true`. */
  readonly citedReferences?: boolean;
  /** Warnings the format reader found before mapping (null prefix, joined row). */
  readonly warnings?: readonly RecordWarning[];
  /** The fingerprint of the record's lines, given to its item (`ReadOptions.fingerprints`). */
  readonly fingerprint?: number | undefined;
}

/**
 * Maps one record's tag values to a `WosRecord`, or rejects it (`missing-ut`).
 * @param tags - values per tag, laid out as `TagValues` describes; its arrays are handed over to
 *   the record (as `otherTags`, cited references, …), so the caller must not change them afterwards
 * @param at - where the record starts
 * @example
 * recordFromTags(new Map([["UT", ["WOS:000306312500009"]], ["PY", ["2012"]]]), at)
 * // → { ok: true, record: { ut: "WOS:000306312500009", publicationYear: 2012, … }, at }
 */
export function recordFromTags(
  tags: TagValues,
  at: SourceLocation,
  options: RecordFromTagsOptions = {},
): ReadItem {
  // A copy only of warnings given (a spread of none is a tenth of the mapping's own time).
  const given = options.warnings;
  const warnings: RecordWarning[] = given === undefined || given.length === 0 ? [] : [...given];
  const rawUt = text(tags, "UT");
  if (rawUt === null) {
    return {
      ok: false,
      rejection: {
        ...at,
        code: "missing-ut",
        reason: "the record has no UT (accession number)",
        recordId: null,
      },
    };
  }

  const earlyAccessDate = text(tags, "EA");
  const earlyAccessYear =
    count(tags, "EY", warnings) ?? (earlyAccessDate === null ? null : (yearInDate(earlyAccessDate) ?? null));
  const authors = buildAuthors(values(tags, "AU"), values(tags, "AF"), warnings);
  const unlinkedIdentifiers = linkIdentifiers(authors, text(tags, "OI"), text(tags, "RI"), warnings);
  const rawDoi = text(tags, "DI");

  const record: WosRecord = {
    ut: normalizeUt(rawUt),
    doi: rawDoi === null ? null : normalizeDoi(rawDoi),
    publicationType: text(tags, "PT"),
    documentTypes: list(tags, "DT"),
    title: text(tags, "TI"),
    sourceTitle: text(tags, "SO"),
    sourceAbbreviation: text(tags, "J9"),
    isoSourceAbbreviation: text(tags, "JI"),
    issn: text(tags, "SN"),
    eissn: text(tags, "EI"),
    language: text(tags, "LA"),
    publicationYear: count(tags, "PY", warnings),
    publicationDate: text(tags, "PD"),
    earlyAccessDate,
    earlyAccessYear,
    editions: editions(text(tags, "WE")),
    authors,
    groupAuthors: groupAuthors(values(tags, "CA"), values(tags, "GP")),
    addresses: buildAddresses(values(tags, "C1")),
    organizations: list(tags, "C3"),
    reprintAddresses: parseReprintAddresses(text(tags, "RP") ?? ""),
    timesCited: count(tags, "TC", warnings),
    timesCitedAllDatabases: count(tags, "Z9", warnings),
    citedReferenceCount: count(tags, "NR", warnings),
    categories: list(tags, "WC"),
    researchAreas: list(tags, "SC"),
    grants: parseGrants(text(tags, "FU") ?? ""),
    fundingText: text(tags, "FX"),
    authorKeywords: list(tags, "DE"),
    keywordsPlus: list(tags, "ID"),
    exportDate: text(tags, "DA"),
    unlinkedIdentifiers,
    otherTags: otherTags(tags),
    // Sorted so the order does not depend on the order in which fields are mapped.
    warnings: warnings.sort(compareWarnings),
  };
  if (options.citedReferences !== false) record.citedReferences = values(tags, "CR");
  const { fingerprint } = options;
  return fingerprint === undefined ? { ok: true, record, at } : { ok: true, record, at, fingerprint };
}

/**
 * A text tag's value, its parts joined by spaces and trimmed, or `null` when the record has none
 * (or only white space). This and the three below are module functions, not closures made per
 * record: four closures a record were allocation the reader paid for every record (and, under
 * tsx, four `Object.defineProperty` calls naming them).
 */
function text(tags: TagValues, tag: string): string | null {
  const parts = tags.get(tag);
  if (parts === undefined) return null;
  const joined = (parts.length === 1 ? (parts[0] as string) : parts.join(" ")).trim();
  return joined.length > 0 ? joined : null;
}

/**
 * A line-value tag's values, trimmed, empty ones dropped. One pass per tag (CR alone holds about
 * forty values in a record). The readers hand over values already trimmed, nearly always none
 * empty: then the array itself is the result.
 */
function values(tags: TagValues, tag: string): string[] {
  const given = tags.get(tag);
  if (given === undefined) return [];
  let clean = 0;
  while (clean < given.length && isTrimmedValue(given[clean] as string)) clean++;
  if (clean === given.length) return given as string[];
  const out = given.slice(0, clean);
  for (let i = clean; i < given.length; i++) {
    const trimmed = (given[i] as string).trim();
    if (trimmed.length > 0) out.push(trimmed);
  }
  return out;
}

/** A `;`-separated list tag's items (`splitList`). */
function list(tags: TagValues, tag: string): string[] {
  return splitList(text(tags, tag) ?? "");
}

/** A count tag's number, or `null` when absent or not a count (then with an `invalid-number` warning). */
function count(tags: TagValues, tag: string, warnings: RecordWarning[]): number | null {
  const raw = text(tags, tag);
  if (raw === null) return null;
  const parsed = parseCount(raw);
  if (parsed === undefined) warnings.push({ code: "invalid-number", detail: `${tag} is "${raw}"` });
  return parsed ?? null;
}

/**
 * The editions of WE. WoS writes WE with a literal "&amp;" ("Arts &amp; Humanities Citation Index
 * (A&amp;HCI)"), whose ";" would split one edition in two.
 */
function editions(we: string | null): string[] {
  if (we === null) return [];
  return splitList(we.includes("&amp;") ? replaceAllMatches(we, ESCAPED_AMPERSAND, "&") : we);
}

/** CA and GP, each group once, in order (a fresh array only when there are groups). */
function groupAuthors(ca: readonly string[], gp: readonly string[]): string[] {
  if (ca.length + gp.length === 0) return [];
  return [...new Set([...ca, ...gp])];
}

/** Whether a value is non-empty and has no white space at either end (`trim` would keep it). */
function isTrimmedValue(value: string): boolean {
  return (
    value.length > 0 && !isJsSpace(value.charCodeAt(0)) && !isJsSpace(value.charCodeAt(value.length - 1))
  );
}

function buildAuthors(au: readonly string[], af: readonly string[], warnings: RecordWarning[]): Author[] {
  if (au.length > 0 && af.length > 0 && au.length !== af.length) {
    warnings.push({
      code: "author-count-mismatch",
      detail: `AU lists ${au.length} authors, AF lists ${af.length}`,
    });
  }
  const authors: Author[] = [];
  for (let i = 0; i < Math.max(au.length, af.length); i++) {
    const fullName = af[i] ?? null;
    authors.push({
      seq: i + 1,
      name: au[i] ?? fullName ?? "",
      fullName,
      orcid: null,
      researcherId: null,
      addressNumbers: [],
    });
  }
  return authors;
}

function buildAddresses(lines: readonly string[]): Address[] {
  const addresses: Address[] = [];
  for (const line of lines) {
    const address = parseC1Address(line, addresses.length + 1);
    if (address !== undefined) addresses.push(address);
  }
  return addresses;
}

/**
 * Attaches OI/RI identifiers to authors (mutating the fresh `authors`) by `linkIdentifierEntries`;
 * returns the entries that were not linked.
 */
function linkIdentifiers(
  authors: Author[],
  oi: string | null,
  ri: string | null,
  warnings: RecordWarning[],
): AuthorIdentifier[] {
  if (oi === null && ri === null) return [];
  const candidates: string[][] = new Array(authors.length);
  for (let i = 0; i < authors.length; i++) {
    const { name, fullName } = authors[i] as Author;
    candidates[i] = fullName === null ? [name] : [fullName, name];
  }
  const match = createRankedNameMatcher(candidates);
  // Most records leave no entry unlinked: the map is made for the first one left.
  let unlinked: Map<string, AuthorIdentifier> | null = null;
  if (oi !== null) unlinked = attachIdentifiers(authors, match, oi, "orcid", unlinked, warnings);
  if (ri !== null) unlinked = attachIdentifiers(authors, match, ri, "researcherId", unlinked, warnings);
  return unlinked === null ? [] : Array.from(unlinked.values());
}

/**
 * Links one OI or RI list to the authors (`linkIdentifierEntries`), whose identifiers of the
 * kind are all still `null`: sets the linked ones, adds the entries left to `unlinked` (one per
 * name, its ORCID iD and ResearcherID together) and their warnings to `warnings`. A module
 * function with plain loops: run for every record that has an OI or RI list.
 * @returns `unlinked`, made if it was `null` and an entry is left
 */
function attachIdentifiers(
  authors: Author[],
  match: (name: string) => NameMatch | null,
  list: string,
  kind: "orcid" | "researcherId",
  unlinked: Map<string, AuthorIdentifier> | null,
  warnings: RecordWarning[],
): Map<string, AuthorIdentifier> | null {
  const entries = parseNamedIdentifiers(list);
  // No entries (an OI list of names without identifiers) link nothing and leave nothing.
  if (entries.length === 0) return unlinked;
  const none: null[] = [];
  for (let i = 0; i < authors.length; i++) none.push(null);
  const { ids, left } = linkIdentifierEntries(match, none, entries);
  for (let i = 0; i < authors.length; i++) {
    const id = ids[i] as string | null;
    // Named stores, and only into the authors linked: a store keyed by `kind` into every author
    // showed in the reader's profile (a paper of thousands of authors links a few).
    if (id === null) continue;
    if (kind === "orcid") (authors[i] as Author).orcid = id;
    else (authors[i] as Author).researcherId = id;
  }
  if (left.length === 0) return unlinked;
  const kept = unlinked ?? new Map<string, AuthorIdentifier>();
  for (const { entry } of left) {
    const identifier = kept.get(entry.name) ?? { name: entry.name, orcid: null, researcherId: null };
    identifier[kind] = entry.id;
    kept.set(entry.name, identifier);
  }
  const tag = kind === "orcid" ? "OI" : "RI";
  for (const warning of identifierWarnings(left, authors, (e) => `${tag} entry "${e.name}/${e.id}"`))
    warnings.push(warning);
  return kept;
}

function compareWarnings(a: RecordWarning, b: RecordWarning): number {
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.detail < b.detail ? -1 : a.detail > b.detail ? 1 : 0;
}

/** The tags whose values stay in `otherTags`: neither mapped to a field nor framing the export. */
function otherTags(tags: TagValues): Record<string, string[]> {
  const other: Record<string, string[]> = {};
  // The arrays are the caller's, handed over (see `recordFromTags`): not copied again.
  tags.forEach((tagValues, tag) => {
    if (isOtherTag(tag)) other[tag] = tagValues as string[];
  });
  return other;
}

/** Mapped and frame tags in one set. */
const NOT_OTHER_TAGS: ReadonlySet<string> = new Set([...MAPPED_TAGS, ...FRAME_TAGS]);

/**
 * Whether a tag stays in `otherTags` (`NOT_OTHER_TAGS` has it not). A two-character tag is
 * looked up by its character codes in `OTHER_BY_CODES`: a record's forty tags hashed into the set
 * were half the cost of its `otherTags`.
 */
function isOtherTag(tag: string): boolean {
  const first = tag.charCodeAt(0);
  const second = tag.charCodeAt(1);
  if (tag.length === 2 && first >= 65 && first <= 90 && second >= 48 && second <= 90)
    return OTHER_BY_CODES[(first - 65) * 43 + (second - 48)] as boolean;
  return !NOT_OTHER_TAGS.has(tag);
}

/**
 * The tags of each descriptive field (`DESCRIPTIVE_FIELDS`) but `otherTags`, whose tags are every
 * tag not mapped: a tag here fills only its field, so a reader may leave its values out.
 */
const DESCRIPTIVE_FIELD_TAGS: Readonly<Record<Exclude<DescriptiveField, "otherTags">, readonly string[]>> = {
  title: ["TI"],
  isoSourceAbbreviation: ["JI"],
  language: ["LA"],
  editions: ["WE"],
  groupAuthors: ["CA", "GP"],
  researchAreas: ["SC"],
  authorKeywords: ["DE"],
  keywordsPlus: ["ID"],
};

/** The tags of the mapped descriptive fields in one set. */
const DESCRIPTIVE_MAPPED_TAGS: ReadonlySet<string> = new Set(Object.values(DESCRIPTIVE_FIELD_TAGS).flat());

/**
 * Whether a tag's values fill only descriptive fields (`DESCRIPTIVE_FIELDS`): a tag of one of them,
 * or one not mapped (`otherTags`). Frame tags are not.
 * @example
 * isDescriptiveTag("AB") // → true (otherTags)
 * isDescriptiveTag("DE") // → true (authorKeywords)
 * isDescriptiveTag("C1") // → false
 */
function isDescriptiveTag(tag: string): boolean {
  return DESCRIPTIVE_MAPPED_TAGS.has(tag) || isOtherTag(tag);
}

/**
 * Which tags' values a text reader leaves out under its options (`descriptiveFields: false`: the
 * descriptive tags; `fundingText: false`: FX), or `null` when it keeps every value. The lines of
 * a tag left out are still read, measured against the limits and fingerprinted.
 * @example
 * leftOutTags({ fundingText: false })?.("FX") // → true
 * leftOutTags({}) // → null
 */
export function leftOutTags(options: ReadOptions): ((tag: string) => boolean) | null {
  const descriptive = options.descriptiveFields === false;
  const funding = options.fundingText === false;
  if (!descriptive && !funding) return null;
  return (tag) => (descriptive && isDescriptiveTag(tag)) || (funding && tag === "FX");
}

/** `isOtherTag` of every two-character string from "A0" to "ZZ", at `(first − 65) × 43 + (second − 48)`. */
const OTHER_BY_CODES: readonly boolean[] = Array.from(
  { length: 26 * 43 },
  (_, i) => !NOT_OTHER_TAGS.has(String.fromCharCode(65 + Math.floor(i / 43), 48 + (i % 43))),
);

/** The `&amp;` WoS leaves in WE. */
const ESCAPED_AMPERSAND = /&amp;/g;

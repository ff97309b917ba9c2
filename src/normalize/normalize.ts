/**
 * `normalize(record)`: one parsed WoS record → one normalized paper. It strings together the
 * single-concept modules of this folder (years, document types, addresses and countries,
 * institutions, authors, fields) and collects their warnings, so that each paper carries the
 * evidence for how it will be counted. It records facts and leaves scope to the corpus
 * (`createScopeTest` in `corpus/scope.ts`), so that scope is decided in one place.
 */

import { compareCodeUnits } from "../common/compare-code-units.ts";
import { checkOptions } from "../diagnostics/checked-options.ts";
import type { DescriptiveField, WosRecord } from "../read/wos-record.ts";
import { createListCache } from "./_list-cache.ts";
import { sortSmall } from "./_sort-small.ts";
import { type NormalizedAuthor, normalizeAuthors } from "./authors.ts";
import { type DocumentTypes, normalizeDocumentTypes } from "./document-types.ts";
import { createSharedFieldAssigner } from "./fields.ts";
import { institutionUnits } from "./institutions.ts";
import {
  type NormalizeOptions,
  type NormalizeOptionsInput,
  NormalizeOptionsSchema,
} from "./normalize-options.ts";
import type { NormalizedPaper, PaperWarning } from "./paper.ts";
import {
  type AddressCache,
  createAddressCache,
  type NormalizedAddress,
  type PaperAddress,
  paperAddresses,
} from "./paper-addresses.ts";
import { createPublicationYear } from "./publication-year.ts";

/**
 * What normalization reads of a record: every field but the descriptive ones
 * (`DESCRIPTIVE_FIELDS`), so a record read without them (`ReadOptions.descriptiveFields`)
 * normalizes as the whole record does.
 */
export type NormalizableRecord = Omit<WosRecord, DescriptiveField>;

/**
 * Normalizes one record (docs/methodology.md §1–§3, §7).
 * @param record - a parsed record (its descriptive fields are not read)
 * @param options - normalization switches (see `NormalizeOptionsSchema`); defaults are docs/methodology.md's
 * @throws ZodError when an option has a value outside its domain
 * @example
 * normalize(record).countries // → ["JP", "US"]
 */
export function normalize(record: NormalizableRecord, options: NormalizeOptionsInput = {}): NormalizedPaper {
  return createNormalizer(options)(record);
}

/**
 * Validates the options once and returns a normalizer for many records.
 * @param options - normalization switches
 * @throws ZodError when an option has a value outside its domain
 * @example
 * const normalizeRecord = createNormalizer({ hongKongMacao: "china" });
 * records.map(normalizeRecord);
 */
export function createNormalizer(
  options: NormalizeOptionsInput = {},
): (record: NormalizableRecord) => NormalizedPaper {
  const parsed = checkOptions(NormalizeOptionsSchema, options, "normalize options");
  // The sub-rules validate their options once here, not once per record.
  const rules: Rules = {
    year: createPublicationYear({ yearBasis: parsed.yearBasis }),
    fields: createSharedFieldAssigner({
      fieldAssignment: parsed.fieldAssignment,
      journalTable: parsed.journalTable,
    }),
    addresses: createAddressCache(),
    documentTypes: createListCache(normalizeDocumentTypes, CACHED_DT_LISTS),
  };
  return (record) => normalizeWith(record, parsed, rules);
}

interface Rules {
  readonly year: ReturnType<typeof createPublicationYear>;
  /** The fields and the WC list, both shared by the papers with the same WC (without a journal table). */
  readonly fields: ReturnType<typeof createSharedFieldAssigner>;
  /** Organization and country per address text, found once per normalizer. */
  readonly addresses: AddressCache;
  /**
   * The document types per DT list: an export holds a few dozen lists, each read once here (the
   * papers with one list share its `DocumentTypes`, which nothing modifies).
   */
  readonly documentTypes: (documentTypes: readonly string[]) => DocumentTypes;
}

/** DT lists remembered by one normalizer before it starts afresh (hostile input can make endless new ones). */
const CACHED_DT_LISTS = 1 << 12;

function normalizeWith(record: NormalizableRecord, options: NormalizeOptions, rules: Rules): NormalizedPaper {
  // One list, filled in the order the steps run and sorted once at the end (the sort is stable,
  // so equal warnings keep that order).
  const warnings: PaperWarning[] = record.warnings.slice();

  const docTypes = rules.documentTypes(record.documentTypes);
  for (const raw of docTypes.unknown) warnings.push({ code: "unknown-doc-type", detail: raw });
  const year = rules.year(record);
  for (const warning of year.warnings) warnings.push(warning);

  const { addresses: linkable, fromRp } = paperAddresses(
    record.addresses,
    record.reprintAddresses,
    year.year,
    options.addressSource,
    options,
    rules.addresses,
  );
  for (let i = 0; i < linkable.length; i++)
    for (const warning of (linkable[i] as PaperAddress).warnings) warnings.push(warning);
  if (fromRp > 0)
    warnings.push({ code: "address-from-RP", detail: `${fromRp} of ${linkable.length} addresses` });
  if (linkable.length === 0)
    warnings.push({ code: "no-address", detail: "neither C1 nor RP gives an address" });

  const linked = normalizeAuthors(record.authors, linkable);
  for (const warning of linked.warnings) warnings.push(warning);
  const seqs = authorSeqsByAddress(linked.authors, linkable.length);
  const addresses: NormalizedAddress[] = new Array(linkable.length);
  const countryList: string[] = [];
  for (let i = 0; i < linkable.length; i++) {
    const { address } = linkable[i] as PaperAddress;
    address.authorSeqs = seqs[i] as number[];
    addresses[i] = address;
    if (address.country !== null) countryList.push(address.country);
  }

  const countries = distinctSorted(countryList);
  const { categories, fields, kept } = rules.fields(record);
  for (const warning of fields.warnings) warnings.push(warning);
  if (warnings.length > 1) sortSmall(warnings, compareWarnings);

  return {
    ut: record.ut,
    doi: record.doi,
    year: year.year,
    yearSource: year.yearSource,
    docTypes: docTypes.types,
    primaryDocType: docTypes.primaryType,
    earlyAccess: docTypes.earlyAccess,
    publicationDate: record.publicationDate,
    earlyAccessDate: record.earlyAccessDate,
    countries,
    addresses,
    institutions: institutionUnits(addresses),
    unifiedOrganizations: unifiedOrganizations(record.organizations, addresses),
    authors: linked.authors,
    crossAffiliationOnly: crossAffiliationOnly(countries, addresses, linked.authors),
    fields: kept,
    citations: record.timesCited,
    citationsAllDatabases: record.timesCitedAllDatabases,
    exportDate: record.exportDate,
    categories,
    grants: record.grants,
    fundingText: record.fundingText,
    warnings,
  };
}

/** Warnings by code, then detail. */
function compareWarnings(a: PaperWarning, b: PaperWarning): number {
  return compareCodeUnits(a.code, b.code) || compareCodeUnits(a.detail, b.detail);
}

/**
 * The byline positions linked to each address, in byline order: one pass over the authors (a
 * search of every author per address would cost authors × addresses, 15 million steps on a
 * consortium paper). An author's `addressIndexes` hold each address once (`normalizeAuthors`).
 */
function authorSeqsByAddress(authors: readonly NormalizedAuthor[], addressCount: number): number[][] {
  const seqs: number[][] = new Array(addressCount);
  for (let i = 0; i < addressCount; i++) seqs[i] = [];
  for (const author of authors) for (const index of author.addressIndexes) seqs[index]?.push(author.seq);
  return seqs;
}

/** The record's unified organizations (C3) and its addresses' (XML `pref="Y"`), each once, sorted. */
function unifiedOrganizations(
  organizations: readonly string[],
  addresses: readonly NormalizedAddress[],
): string[] {
  const all = organizations.slice();
  for (const address of addresses) for (const name of address.prefOrgs) all.push(name);
  return distinctSorted(all);
}

/**
 * §5.1: an international paper is a cross-affiliation-only paper when no two different authors
 * sit in different countries. Decidable only when every address with a country is linked to an author.
 */
function crossAffiliationOnly(
  countries: readonly string[],
  addresses: readonly NormalizedAddress[],
  authors: readonly NormalizedAuthor[],
): boolean | null {
  if (countries.length < 2) return false;
  if (addresses.some((a) => a.country !== null && a.authorSeqs.length === 0)) return null;
  // Two located authors always offer two different countries here, except when both sit only in
  // the same single country; one located author means all the countries are that author's.
  const located = new Set<string>();
  let locatedAuthors = 0;
  for (const author of authors) {
    let isLocated = false;
    for (const i of author.addressIndexes) {
      const country = addresses[i]?.country ?? null;
      if (country === null) continue;
      isLocated = true;
      located.add(country);
    }
    if (!isLocated) continue;
    locatedAuthors++;
    if (locatedAuthors >= 2 && located.size > 1) return false;
  }
  return true;
}

/** The values, each once, in code-unit order (sorted in place: the caller's own list). */
function distinctSorted(values: string[]): string[] {
  // Most papers have one or no value: nothing to remove or order.
  if (values.length < 2) return values;
  sortSmall(values, compareCodeUnits);
  let kept = 1;
  for (let i = 1; i < values.length; i++)
    if (values[i] !== values[kept - 1]) values[kept++] = values[i] as string;
  values.length = kept;
  return values;
}

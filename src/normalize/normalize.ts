/**
 * `normalize(record)`: one parsed WoS record → one normalized paper. It strings together the
 * single-concept modules of this folder (years, document types, addresses and countries,
 * institutions, authors, fields) and collects their warnings, so that each paper carries the
 * evidence for how it will be counted. It records facts and leaves scope to the corpus
 * (`createScopeTest` in `corpus/scope.ts`), so that scope is decided in one place.
 */

import { compareCodeUnits } from "../common/compare-code-units.ts";
import { checkOptions } from "../diagnostics/checked-options.ts";
import type { WosRecord } from "../read/wos-record.ts";
import { type NormalizedAuthor, normalizeAuthors } from "./authors.ts";
import { normalizeDocumentTypes } from "./document-types.ts";
import { createFieldAssigner } from "./fields.ts";
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
  paperAddresses,
} from "./paper-addresses.ts";
import { createPublicationYear } from "./publication-year.ts";

/**
 * Normalizes one record (docs/methodology.md §1–§3, §7).
 * @param record - a parsed record
 * @param options - normalization switches (see `NormalizeOptionsSchema`); defaults are docs/methodology.md's
 * @throws ZodError when an option has a value outside its domain
 * @example
 * normalize(record).countries // → ["JP", "US"]
 */
export function normalize(record: WosRecord, options: NormalizeOptionsInput = {}): NormalizedPaper {
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
): (record: WosRecord) => NormalizedPaper {
  const parsed = checkOptions(NormalizeOptionsSchema, options, "normalize options");
  // The sub-rules validate their options once here, not once per record.
  const rules: Rules = {
    year: createPublicationYear({ yearBasis: parsed.yearBasis }),
    fields: createFieldAssigner({
      fieldAssignment: parsed.fieldAssignment,
      journalTable: parsed.journalTable,
    }),
    addresses: createAddressCache(),
  };
  return (record) => normalizeWith(record, parsed, rules);
}

interface Rules {
  readonly year: ReturnType<typeof createPublicationYear>;
  readonly fields: ReturnType<typeof createFieldAssigner>;
  /** Organization and country per address text, found once per normalizer. */
  readonly addresses: AddressCache;
}

function normalizeWith(record: WosRecord, options: NormalizeOptions, rules: Rules): NormalizedPaper {
  const warnings: PaperWarning[] = [...record.warnings];

  const docTypes = normalizeDocumentTypes(record.documentTypes);
  for (const raw of docTypes.unknown) warnings.push({ code: "unknown-doc-type", detail: raw });
  const year = rules.year(record);
  warnings.push(...year.warnings);

  const { addresses: linkable, fromRp } = paperAddresses(
    record.addresses,
    record.reprintAddresses,
    year.year,
    options.addressSource,
    options,
    rules.addresses,
  );
  for (const address of linkable) warnings.push(...address.warnings);
  if (fromRp > 0)
    warnings.push({ code: "address-from-RP", detail: `${fromRp} of ${linkable.length} addresses` });
  if (linkable.length === 0)
    warnings.push({ code: "no-address", detail: "neither C1 nor RP gives an address" });

  const linked = normalizeAuthors(
    record.authors,
    linkable.map(({ address, number, names }) => ({ source: address.source, number, names })),
  );
  warnings.push(...linked.warnings);
  const addresses: NormalizedAddress[] = linkable.map(({ address }, index) => ({
    ...address,
    authorSeqs: linked.authors.filter((a) => a.addressIndexes.includes(index)).map((a) => a.seq),
  }));

  const countries = distinctSorted(addresses.flatMap((a) => (a.country === null ? [] : [a.country])));
  const fields = rules.fields(record);
  warnings.push(...fields.warnings);

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
    unifiedOrganizations: distinctSorted([...record.organizations, ...addresses.flatMap((a) => a.prefOrgs)]),
    authors: linked.authors,
    crossAffiliationOnly: crossAffiliationOnly(countries, addresses, linked.authors),
    fields: { esi: fields.esi, nistep: fields.nistep, fieldSource: fields.fieldSource },
    citations: record.timesCited,
    citationsAllDatabases: record.timesCitedAllDatabases,
    exportDate: record.exportDate,
    categories: record.categories,
    grants: record.grants,
    fundingText: record.fundingText,
    warnings: warnings.sort(
      (a, b) => compareCodeUnits(a.code, b.code) || compareCodeUnits(a.detail, b.detail),
    ),
  };
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
    const own = new Set(author.addressIndexes.flatMap((i) => addresses[i]?.country ?? []));
    if (own.size === 0) continue;
    locatedAuthors++;
    for (const country of own) located.add(country);
    if (locatedAuthors >= 2 && located.size > 1) return false;
  }
  return true;
}

function distinctSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareCodeUnits);
}

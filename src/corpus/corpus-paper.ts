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
import { DocumentTypeSchema } from "../normalize/document-types.ts";
import { FieldsSchema } from "../normalize/fields.ts";
import { InstitutionUnitSchema, type NormalizedPaper, PaperWarningCodeSchema } from "../normalize/paper.ts";
import { GrantSchema } from "../read/wos-record.ts";
import { type SourceRef, SourceRefSchema } from "./_source-ref.ts";

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
 * Creates the interner of one corpus (no module-level cache: each corpus owns its own).
 * @example
 * const intern = createIntern();
 * intern.string("UNIV TOKYO") === intern.string(["UNIV", "TOKYO"].join(" ")) // → true (the same instance)
 */
export function createIntern(): Intern {
  const strings = new Map<string, string>();
  const values = new Map<string, unknown>();
  return {
    string(value) {
      const known = strings.get(value);
      if (known !== undefined) return known;
      const copy = ownCopy(value);
      strings.set(copy, copy);
      return copy;
    },
    value<T>(kind: string, key: string, make: () => T): T {
      const id = `${kind}\u0000${key}`;
      if (values.has(id)) return values.get(id) as T;
      const made = make();
      values.set(id, made);
      return made;
    },
  };
}

/**
 * A flat copy of a string that shares no memory with its source. Strings cut from a larger one
 * (a line of a 1 MB chunk of an export) keep the whole chunk alive; a paper kept for hours must not.
 * @example
 * ownCopy("WOS:000000000000001") // → "WOS:000000000000001"
 */
export function ownCopy(value: string): string {
  // JSON.parse builds a new sequential string: 40 bytes for a UT. The older trick, `${" "}${value}`
  // then .slice(1), leaves a sliced string over a copy: 72 bytes.
  return JSON.parse(JSON.stringify(value)) as string;
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
  intern: Intern,
  citedReferences?: readonly string[],
): CorpusPaper {
  return sharePaper(reducePaper(paper, source, citedReferences), intern);
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
  // Most fields of a corpus paper are the normalized paper's, under the same names: only those
  // that change shape are given here, and sharePaper takes each field it lists, leaving the evidence.
  const reduced: CorpusPaper = {
    ut: paper.ut,
    doi: paper.doi,
    year: paper.year,
    docTypes: paper.docTypes,
    earlyAccess: paper.earlyAccess,
    publicationDate: paper.publicationDate,
    earlyAccessDate: paper.earlyAccessDate,
    countries: paper.countries,
    institutions: paper.institutions.map(({ country, orgKey }) => ({ country, orgKey })),
    addresses: paper.addresses.map(({ source, country, orgKey }) => ({ source, country, orgKey })),
    authorKeys: paper.authors.map((author) => author.key),
    authorAddresses: paper.authors.map((author) => author.addressIndexes),
    unifiedOrganizations: paper.unifiedOrganizations,
    crossAffiliationOnly: paper.crossAffiliationOnly,
    fields: { esi: paper.fields.esi, nistep: paper.fields.nistep, fieldSource: paper.fields.fieldSource },
    citations: paper.citations,
    citationsAllDatabases: paper.citationsAllDatabases,
    exportDate: paper.exportDate,
    categories: paper.categories,
    grants: paper.grants,
    fundingText: paper.fundingText,
    warnings: [...new Set(paper.warnings.map((w) => w.code))],
    source,
  };
  if (citedReferences !== undefined) reduced.citedReferences = [...citedReferences];
  return reduced;
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
export function sharePaper(paper: CorpusPaper, intern: Intern): CorpusPaper {
  const str = intern.string;
  const country = (key: string | null): string | null => (key === null ? null : str(key));
  const list = <T>(
    kind: string,
    items: readonly T[],
    keyOf: (item: T) => string,
    share: (item: T) => T,
  ): T[] =>
    // The length leads the key: [] and [""] (no author, one author without links) join alike.
    intern.value(kind, `${items.length}\u0002${items.map(keyOf).join("\u0001")}`, () => items.map(share));
  const unit = (u: CorpusPaper["institutions"][number]) =>
    intern.value("unit", unitKey(u), () => ({ country: country(u.country), orgKey: str(u.orgKey) }));
  const address = (a: CorpusPaper["addresses"][number]) =>
    intern.value("address", addressKey(a), () => ({
      source: a.source,
      country: country(a.country),
      orgKey: str(a.orgKey),
    }));
  const indexes = (list: readonly number[]) => intern.value("indexes", list.join(","), () => [...list]);
  const { esi, nistep, fieldSource } = paper.fields;
  // One literal with every field in CorpusPaperSchema's order (the optional cited references come
  // last): it is the key order of a saved corpus, and one shape that V8 lays out inside the object
  // (an object filled field by field takes 16 B more per paper).
  const shared: CorpusPaper = {
    ut: ownCopy(paper.ut),
    doi: paper.doi === null ? null : ownCopy(paper.doi),
    year: paper.year,
    docTypes: list("docTypes", paper.docTypes, String, (type) => type),
    earlyAccess: paper.earlyAccess,
    publicationDate: paper.publicationDate === null ? null : str(paper.publicationDate),
    earlyAccessDate: paper.earlyAccessDate === null ? null : str(paper.earlyAccessDate),
    countries: list("countries", paper.countries, String, str),
    institutions: list("institutions", paper.institutions, unitKey, unit),
    addresses: list("addresses", paper.addresses, addressKey, address),
    // Author keys rarely repeat as a whole list, so only the keys are shared, not the array.
    authorKeys:
      paper.authorKeys.length === 0 ? intern.value("authorKeys", "", () => []) : paper.authorKeys.map(str),
    authorAddresses: list("authorAddresses", paper.authorAddresses, (l) => l.join(","), indexes),
    unifiedOrganizations: list("organizations", paper.unifiedOrganizations, String, str),
    crossAffiliationOnly: paper.crossAffiliationOnly,
    fields: intern.value("fields", JSON.stringify([esi, nistep, fieldSource]), () => ({
      esi,
      nistep,
      fieldSource,
    })),
    citations: paper.citations,
    citationsAllDatabases: paper.citationsAllDatabases,
    exportDate: paper.exportDate === null ? null : str(paper.exportDate),
    categories: list("categories", paper.categories, String, str),
    // Agencies repeat across papers (shared strings); grant ids and the acknowledgement are the
    // paper's own, so they are copied, never sliced from the read chunk.
    grants:
      paper.grants.length === 0
        ? intern.value("grants", "", () => [])
        : paper.grants.map((grant) => ({ agency: str(grant.agency), grantIds: grant.grantIds.map(ownCopy) })),
    fundingText: paper.fundingText === null ? null : ownCopy(paper.fundingText),
    warnings: list("warnings", paper.warnings, String, (code) => code),
    source: { ...paper.source, file: str(paper.source.file) },
  };
  if (paper.citedReferences !== undefined) shared.citedReferences = paper.citedReferences;
  return shared;
}

function unitKey(unit: CorpusPaper["institutions"][number]): string {
  return `${unit.country ?? ""}\u0000${unit.orgKey}`;
}

function addressKey(address: CorpusPaper["addresses"][number]): string {
  return `${address.source}\u0000${address.country ?? ""}\u0000${address.orgKey}`;
}

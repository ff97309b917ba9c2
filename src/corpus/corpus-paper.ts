/**
 * The corpus paper: a normalized paper reduced to what indicators and networks read, so that
 * millions fit in memory. The address texts, author names and warning details that explain a
 * paper stay available from `copub normalize`; the corpus keeps the decisions, not the evidence.
 */
import * as z from "zod";
import { DocumentTypeSchema } from "../normalize/document-types.ts";
import { FieldsSchema } from "../normalize/fields.ts";
import { InstitutionUnitSchema, type NormalizedPaper, PaperWarningCodeSchema } from "../normalize/paper.ts";
import { type SourceRef, SourceRefSchema } from "./source-ref.ts";

/** One address of a corpus paper: where it came from and what it counts as. */
export const CorpusAddressSchema = z.object({
  /** `C1`, or `RP` when the address policy took a reprint address. */
  source: z.enum(["C1", "RP"]),
  /** Country key, or `null` when unresolved. */
  country: z.string().nullable(),
  /** Organization key (§3.3). */
  orgKey: z.string(),
});

/** One author of a corpus paper, in byline order (`seq` = position + 1). */
export const CorpusAuthorSchema = z.object({
  /** Author key (§3.4): `orcid:…`, `rid:…` or `name:SURNAME|I`. */
  key: z.string(),
  /** 0-based positions in the paper's `addresses` of the addresses the author is linked to. */
  addressIndexes: z.array(z.number().int().nonnegative()),
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
  /** `C(p)`, sorted. */
  countries: z.array(z.string()),
  /** `U(p)`, sorted. */
  institutions: z.array(InstitutionUnitSchema),
  /** `A(p)` in order. */
  addresses: z.array(CorpusAddressSchema),
  /** Authors in byline order. */
  authors: z.array(CorpusAuthorSchema),
  /** Unified organization names (C3, XML `pref="Y"`). */
  unifiedOrganizations: z.array(z.string()),
  /** §5.1 flag; see `NormalizedPaper.crossAffiliationOnly`. */
  crossAffiliationOnly: z.boolean().nullable(),
  /** Field assignment (§7.4). */
  fields: FieldsSchema.pick({ esi: true, nistep: true, fieldSource: true }),
  /** Times cited (TC), or `null`. */
  citations: z.number().int().nonnegative().nullable(),
  /** Codes of the paper's warnings, distinct and sorted. */
  warnings: z.array(PaperWarningCodeSchema),
  /** Cited references, only when the corpus was asked to keep them. */
  citedReferences: z.array(z.string()).optional(),
  /** The record the paper was taken from (the canonical one among duplicates, §13.2). */
  source: SourceRefSchema,
});

/** One paper of a corpus. */
export type CorpusPaper = z.infer<typeof CorpusPaperSchema>;

/** Returns one shared instance per distinct string, so repeated keys cost their bytes once. */
export type Intern = (value: string) => string;

/**
 * Creates a string interner for one corpus (no module-level cache: each corpus owns its own).
 * @example
 * const intern = createIntern();
 * intern("UNIV TOKYO") === intern(["UNIV", "TOKYO"].join(" ")) // → true (the same instance)
 */
export function createIntern(): Intern {
  const seen = new Map<string, string>();
  return (value) => {
    const known = seen.get(value);
    if (known !== undefined) return known;
    seen.set(value, value);
    return value;
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
 * // → { ut: "WOS:000000000000001", countries: ["JP", "US"], … }
 */
export function toCorpusPaper(
  paper: NormalizedPaper,
  source: SourceRef,
  intern: Intern,
  citedReferences?: readonly string[],
): CorpusPaper {
  const corpusPaper: CorpusPaper = {
    ut: paper.ut,
    doi: paper.doi,
    year: paper.year,
    docTypes: paper.docTypes,
    earlyAccess: paper.earlyAccess,
    countries: paper.countries.map(intern),
    institutions: paper.institutions.map((u) => ({
      country: u.country === null ? null : intern(u.country),
      orgKey: intern(u.orgKey),
    })),
    addresses: paper.addresses.map((a) => ({
      source: a.source,
      country: a.country === null ? null : intern(a.country),
      orgKey: intern(a.orgKey),
    })),
    authors: paper.authors.map((a) => ({ key: intern(a.key), addressIndexes: a.addressIndexes })),
    unifiedOrganizations: paper.unifiedOrganizations.map(intern),
    crossAffiliationOnly: paper.crossAffiliationOnly,
    fields: paper.fields,
    citations: paper.citations,
    warnings: [...new Set(paper.warnings.map((w) => w.code))],
    source: { ...source, file: intern(source.file) },
  };
  if (citedReferences !== undefined) corpusPaper.citedReferences = [...citedReferences];
  return corpusPaper;
}

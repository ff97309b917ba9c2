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
  /** Times cited in all databases (Z9), or `null`. */
  citationsAllDatabases: z.number().int().nonnegative().nullable(),
  /** The export date (DA): the citation snapshot of `citations` (§8.2), or `null`. */
  exportDate: z.string().nullable(),
  /** WoS Categories (WC), InCites' reference sets (§8.5). */
  categories: z.array(z.string()),
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
 * one per distinct institution unit, address, address-index list and field assignment. Most
 * papers repeat these (the same university, the same field), so sharing them is what keeps a
 * corpus of millions of papers in memory. Shared parts must be treated as read-only.
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
 * A copy of a string that shares no memory with its source. Strings cut from a larger one (a line
 * of a 1 MB chunk of an export) can keep the whole chunk alive; a paper kept for hours must not.
 * @example
 * ownCopy("WOS:000000000000001") // → "WOS:000000000000001"
 */
export function ownCopy(value: string): string {
  // The concatenation makes V8 build a fresh string; the slice then points into that copy only.
  return ` ${value}`.slice(1);
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
  const str = intern.string;
  const country = (key: string | null): string | null => (key === null ? null : str(key));
  const corpusPaper: CorpusPaper = {
    ut: ownCopy(paper.ut),
    doi: paper.doi === null ? null : ownCopy(paper.doi),
    year: paper.year,
    docTypes: intern.value("docTypes", paper.docTypes.join("|"), () => paper.docTypes),
    earlyAccess: paper.earlyAccess,
    countries: intern.value("countries", paper.countries.join("|"), () => paper.countries.map(str)),
    institutions: paper.institutions.map((u) =>
      intern.value("unit", `${u.country ?? ""}\u0000${u.orgKey}`, () => ({
        country: country(u.country),
        orgKey: str(u.orgKey),
      })),
    ),
    addresses: paper.addresses.map((a) =>
      intern.value("address", `${a.source}\u0000${a.country ?? ""}\u0000${a.orgKey}`, () => ({
        source: a.source,
        country: country(a.country),
        orgKey: str(a.orgKey),
      })),
    ),
    authors: paper.authors.map((a) => ({
      key: str(a.key),
      addressIndexes: intern.value("indexes", a.addressIndexes.join(","), () => a.addressIndexes),
    })),
    unifiedOrganizations: intern.value("organizations", paper.unifiedOrganizations.join("\u0000"), () =>
      paper.unifiedOrganizations.map(str),
    ),
    crossAffiliationOnly: paper.crossAffiliationOnly,
    fields: intern.value("fields", JSON.stringify(paper.fields), () => paper.fields),
    citations: paper.citations,
    citationsAllDatabases: paper.citationsAllDatabases,
    exportDate: paper.exportDate === null ? null : str(paper.exportDate),
    categories: intern.value("categories", paper.categories.join("\u0000"), () => paper.categories.map(str)),
    warnings: intern.value("warnings", paper.warnings.map((w) => w.code).join("|"), () => [
      ...new Set(paper.warnings.map((w) => w.code)),
    ]),
    source: { ...source, file: str(source.file) },
  };
  if (citedReferences !== undefined) corpusPaper.citedReferences = [...citedReferences];
  return corpusPaper;
}

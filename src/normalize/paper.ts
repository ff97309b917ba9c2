/**
 * The normalized paper: one WoS record reduced to what the indicators count, with the
 * evidence for each decision (which address gave which country, where the year came from)
 * kept beside it so an analyst can audit every number (docs/methodology.md §3, §13.4). It holds facts
 * only: whether the paper is in scope is decided by the corpus's scope filters (`corpus/scope.ts`).
 */
import * as z from "zod";
import { GrantSchema, RecordWarningCodeSchema } from "../read/wos-record.ts";
import { NormalizedAuthorSchema } from "./authors.ts";
import { CountryWarningCodeSchema } from "./countries.ts";
import { DocumentTypeSchema } from "./document-types.ts";
import { FieldsSchema } from "./fields.ts";
import { NormalizedAddressSchema } from "./paper-addresses.ts";

/** Every warning a paper can carry, from reading through normalization (docs/methodology.md §13.4). */
export const PaperWarningCodeSchema = z.enum([
  ...RecordWarningCodeSchema.options,
  ...CountryWarningCodeSchema.options,
  /** A name in an address matches no author (§3.4). */
  "author-address-unlinked",
  /** An ORCID iD fails its check character and is not used as a key (§3.4). */
  "invalid-orcid",
  /** The year came from EY (§1.3). */
  "year-from-EY",
  /** The paper has no field (§7.4). */
  "field-unmapped",
  /** Addresses were taken from RP (§2.3). */
  "address-from-RP",
  /** The paper has no address at all: it counts in no country (§4.6, §13.3). */
  "no-address",
  /** A DT value is not a known document type. */
  "unknown-doc-type",
]);

/** Every warning a paper can carry. */
export type PaperWarningCode = z.infer<typeof PaperWarningCodeSchema>;

/** One warning on a paper. */
export const PaperWarningSchema = z.object({
  /** What happened. */
  code: PaperWarningCodeSchema,
  /** The token, name or value concerned. */
  detail: z.string(),
});

/** One warning on a paper. */
export type PaperWarning = z.infer<typeof PaperWarningSchema>;

/** One institution unit `(country, orgKey)` of a paper (§3.3). */
export const InstitutionUnitSchema = z.object({
  /** Country key of the unit's addresses, or `null` when unresolved. */
  country: z.string().nullable(),
  /** Normalized organization key. */
  orgKey: z.string(),
});

/** One normalized paper. */
export const NormalizedPaperSchema = z.object({
  /** Normalized UT, the paper's key. */
  ut: z.string(),
  /** Normalized DOI, or `null`. */
  doi: z.string().nullable(),
  /** `y(p)` (§1.3), or `null` when the record has no usable year. */
  year: z.number().int().nullable(),
  /** Tag the year came from. */
  yearSource: z.enum(["PY", "EY"]).nullable(),
  /** Canonical document types in DT order, without `Early Access` (§1.2). */
  docTypes: z.array(DocumentTypeSchema),
  /** `Review` if present, else `Article`, else the first type; `null` without types. */
  primaryDocType: DocumentTypeSchema.nullable(),
  /** Whether DT held `Early Access`. */
  earlyAccess: z.boolean(),
  /** Publication date as written (PD: `MAR 15`, `SPR`, `JAN-FEB`), or `null`: the month of a fiscal year (§12.3). */
  publicationDate: z.string().nullable(),
  /** Early Access date as written (EA: `OCT 2022`), or `null`: a fiscal year's first choice of date (§12.3). */
  earlyAccessDate: z.string().nullable(),
  /** `C(p)`: country keys of the addresses, distinct, sorted by code units (§3.2.4). */
  countries: z.array(z.string()),
  /** `A(p)` in order: C1, then RP addresses taken in by the address policy. */
  addresses: z.array(NormalizedAddressSchema),
  /** `U(p)`: distinct institution units, sorted by country then organization key (§3.3). */
  institutions: z.array(InstitutionUnitSchema),
  /** Unified organization names (C3 and XML `pref="Y"`), distinct and sorted, for "papers of institution X". */
  unifiedOrganizations: z.array(z.string()),
  /** Authors in byline order with keys and address links (§3.4). */
  authors: z.array(NormalizedAuthorSchema),
  /**
   * `true` when the paper is international but no two different authors sit in different countries
   * (one author with a domestic and a foreign affiliation); `false` when two authors do, or the paper
   * is not international; `null` when author–address links cannot decide (§5.1).
   */
  crossAffiliationOnly: z.boolean().nullable(),
  /** Field assignment (§7.4). */
  fields: FieldsSchema.pick({ esi: true, nistep: true, fieldSource: true }),
  /** Times cited in the Core Collection (TC), or `null` (§8.2). */
  citations: z.number().int().nonnegative().nullable(),
  /** Times cited in all databases (Z9), or `null`; used instead of TC on request (§8.2). */
  citationsAllDatabases: z.number().int().nonnegative().nullable(),
  /** The export date (DA, `2025-04-01`): the paper's citation snapshot (§8.2), or `null`. */
  exportDate: z.string().nullable(),
  /** WoS Categories (WC) as written: InCites' percentile reference sets (§8.1, §8.5). */
  categories: z.array(z.string()),
  /** Funding agencies with their grant ids as written (FU, XML `grants`): programme selection (§12.1). */
  grants: z.array(GrantSchema),
  /** Funding acknowledgement text (FX, XML `fund_text`), or `null`: grant ids written in prose (§12.1). */
  fundingText: z.string().nullable(),
  /** Warnings from reading and normalization, sorted by code then detail. */
  warnings: z.array(PaperWarningSchema),
});

/** One normalized paper. */
export type NormalizedPaper = z.infer<typeof NormalizedPaperSchema>;

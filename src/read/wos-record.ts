/**
 * The parsed Web of Science record: what every reader (plain text, tab-delimited, XML)
 * produces for one record, whatever the export format. Fields keep WoS's own text; turning
 * addresses into countries and institutions is the job of `normalize/`.
 */
import * as z from "zod";

/** Problems in one record that did not stop it from being parsed. */
export const RecordWarningCodeSchema = z.enum([
  /** A numeric tag (TC, Z9, NR, PY, EY) holds something that is not a number; the field is left `null`. */
  "invalid-number",
  /** AU and AF list different numbers of authors; authors were paired by position. */
  "author-count-mismatch",
  /**
   * An ORCID or ResearcherID entry names no author of the record, or its author is named more
   * closely by another entry (docs/methodology.md §3.4); kept in `unlinkedIdentifiers`.
   */
  "identifier-unlinked",
  /** Entries with different identifiers name one author equally closely: none is linked; they are kept in `unlinkedIdentifiers`. */
  "identifier-ambiguous",
  /** The plain-text record started with WoS's `null` export glitch (`nullPT J`). */
  "null-prefix",
  /** A tab-delimited row was broken by a line break inside a cell and was joined again. */
  "row-joined",
  /** An XML element could not be mapped as expected (an unknown attribute value, say). */
  "xml-unexpected",
]);

/** Problems in one record that did not stop it from being parsed. */
export type RecordWarningCode = z.infer<typeof RecordWarningCodeSchema>;

/** One warning attached to a record. */
export const RecordWarningSchema = z.object({
  /** What kind of problem. */
  code: RecordWarningCodeSchema,
  /** The tag or element and value concerned, e.g. `TC is "n/a"`. */
  detail: z.string(),
});

/** One warning attached to a record. */
export type RecordWarning = z.infer<typeof RecordWarningSchema>;

/** One author of the record, in byline order. */
export const AuthorSchema = z.object({
  /** 1-based position in the author list (AF/AU, XML `@seq_no`). */
  seq: z.number().int().positive(),
  /** Abbreviated name as in AU (`Sato, A`); XML `wos_standard`. */
  name: z.string(),
  /** Full name as in AF (`Sato, Akira`); XML `full_name`; `null` when the export has none (before 2006). */
  fullName: z.string().nullable(),
  /** ORCID iD (`0000-0002-1825-0097`) from OI or XML `@orcid_id`, as written; not yet check-digit validated. */
  orcid: z.string().nullable(),
  /** ResearcherID (`A-1234-2010`) from RI or XML `@r_id`, as written. */
  researcherId: z.string().nullable(),
  /** Address numbers (`Address.number`) this author is linked to by XML `@addr_no`; empty for text exports, whose links are names in `Address.authors`. */
  addressNumbers: z.array(z.number().int().positive()),
});

/** One author of the record, in byline order. */
export type Author = z.infer<typeof AuthorSchema>;

/** Structured parts of an address, present only in the XML format (`address_spec`). */
export const AddressPartsSchema = z.object({
  /** Organization names as written, without the `pref="Y"` unified names. */
  organizations: z.array(z.string()),
  /** Sub-organizations (departments, schools). */
  suborganizations: z.array(z.string()),
  /** City, or `null`. */
  city: z.string().nullable(),
  /** State or province, or `null`. */
  state: z.string().nullable(),
  /** Country as WoS writes it (`Peoples R China`), or `null`. */
  country: z.string().nullable(),
  /** Postal code, or `null`. */
  zip: z.string().nullable(),
});

/** Structured parts of an address, present only in the XML format (`address_spec`). */
export type AddressParts = z.infer<typeof AddressPartsSchema>;

/** One author address (C1 line, XML `address_name`). */
export const AddressSchema = z.object({
  /** 1-based address number: position in C1, or XML `@addr_no`. */
  number: z.number().int().positive(),
  /** The address as written, without the `[...]` author prefix and without the final period, which tab-delimited exports omit (`Univ Tokyo, Dept Chem, Tokyo 1130033, Japan`). */
  text: z.string().min(1),
  /** Names in the `[...]` prefix, in order; empty when WoS gives no link (most records before 2008). */
  authors: z.array(z.string()),
  /** Unified organization names (XML `organization[@pref="Y"]`); empty for text exports (see `WosRecord.organizations`). */
  organizations: z.array(z.string()),
  /** Structured parts (XML only), else `null`. */
  parts: AddressPartsSchema.nullable(),
});

/** One author address (C1 line, XML `address_name`). */
export type Address = z.infer<typeof AddressSchema>;

/** One corresponding (reprint) address, from RP or XML `reprint_addresses`. */
export const ReprintAddressSchema = z.object({
  /** The names before `(corresponding author)` / `(reprint author)`, in AU form; may be empty. */
  authors: z.array(z.string()),
  /** The address as written, without the final period (as `Address.text`). */
  text: z.string().min(1),
});

/** One corresponding (reprint) address, from RP or XML `reprint_addresses`. */
export type ReprintAddress = z.infer<typeof ReprintAddressSchema>;

/** One funding agency with its grant numbers (FU, XML `grant`). */
export const GrantSchema = z.object({
  /** Agency as written (`Swedish Research Council (VR)`). */
  agency: z.string(),
  /** Grant numbers, in order (`["2015-04237"]`). */
  grantIds: z.array(z.string()),
});

/** One funding agency with its grant numbers (FU, XML `grant`). */
export type Grant = z.infer<typeof GrantSchema>;

/** An ORCID or ResearcherID entry whose name matched no author of the record. */
export const AuthorIdentifierSchema = z.object({
  /** Name as written in OI/RI. */
  name: z.string(),
  /** ORCID iD, or `null`. */
  orcid: z.string().nullable(),
  /** ResearcherID, or `null`. */
  researcherId: z.string().nullable(),
});

/** An ORCID or ResearcherID entry whose name matched no author of the record. */
export type AuthorIdentifier = z.infer<typeof AuthorIdentifierSchema>;

/** One parsed Web of Science record. Plain text, tab-delimited and XML readers all produce it. */
export const WosRecordSchema = z.object({
  /** Accession number, normalized (trimmed, upper case, `WOS:` added to a bare 15-digit number; docs/methodology.md §2.2). */
  ut: z.string().min(1),
  /** DOI normalized (trimmed, lower case, resolver prefix removed; docs/methodology.md §2.2), or `null`. */
  doi: z.string().nullable(),
  /** Publication type code (PT): `J` journal, `B` book, `S` series, `C` conference; `null` when absent. */
  publicationType: z.string().nullable(),
  /** Document types as written, in order (DT `Article; Early Access` → `["Article", "Early Access"]`). */
  documentTypes: z.array(z.string()),
  /** Title (TI), or `null`. */
  title: z.string().nullable(),
  /** Source title (SO), or `null`. */
  sourceTitle: z.string().nullable(),
  /** 29-character source abbreviation (J9), used by journal→field tables; or `null`. */
  sourceAbbreviation: z.string().nullable(),
  /** ISO source abbreviation (JI), or `null`. */
  isoSourceAbbreviation: z.string().nullable(),
  /** Print ISSN (SN), or `null`. */
  issn: z.string().nullable(),
  /** Electronic ISSN (EI), or `null`. */
  eissn: z.string().nullable(),
  /** Language (LA), or `null`. */
  language: z.string().nullable(),
  /** Publication year (PY, XML `@pubyear`), or `null` (early-access records have none). */
  publicationYear: z.number().int().nullable(),
  /** Publication date as written (PD: `MAR 15`, `SPR`, `JAN-FEB`), or `null`. */
  publicationDate: z.string().nullable(),
  /** Early-access date as written (EA: `OCT 2022`), or `null`. */
  earlyAccessDate: z.string().nullable(),
  /** Early-access year: EY, else the year in EA; `null` when neither is present. */
  earlyAccessYear: z.number().int().nullable(),
  /** Web of Science editions (WE, XML `edition/@value`), as written. */
  editions: z.array(z.string()),
  /** Authors in byline order (AF with AU, XML `name[@role="author"]`). */
  authors: z.array(AuthorSchema),
  /** Group authors (CA, GP); not authors for counting (docs/methodology.md §3.4). */
  groupAuthors: z.array(z.string()),
  /** Author addresses in order (C1, XML `address_name`). */
  addresses: z.array(AddressSchema),
  /** Organization-enhanced names for the whole paper (C3); empty when absent. */
  organizations: z.array(z.string()),
  /** Corresponding (reprint) addresses (RP). */
  reprintAddresses: z.array(ReprintAddressSchema),
  /** Times cited in the WoS Core Collection (TC, XML `silo_tc[@coll_id="WOS"]`), or `null`. */
  timesCited: z.number().int().nonnegative().nullable(),
  /** Times cited in all databases (Z9), or `null`. */
  timesCitedAllDatabases: z.number().int().nonnegative().nullable(),
  /** Number of cited references (NR), or `null`. */
  citedReferenceCount: z.number().int().nonnegative().nullable(),
  /** Cited references (CR), one string each; absent when the reader was told to drop them. */
  citedReferences: z.array(z.string()).optional(),
  /** Web of Science categories (WC, XML `subject[@ascatype="traditional"]`). */
  categories: z.array(z.string()),
  /** Research areas (SC, XML `subject[@ascatype="extended"]`). */
  researchAreas: z.array(z.string()),
  /** Funding agencies and grants (FU, XML `fund_ack/grants`). */
  grants: z.array(GrantSchema),
  /** Funding acknowledgement text (FX, XML `fund_text`), or `null`. */
  fundingText: z.string().nullable(),
  /** Author keywords (DE). */
  authorKeywords: z.array(z.string()),
  /** Keywords Plus (ID). */
  keywordsPlus: z.array(z.string()),
  /** Export date (DA, `2025-04-01`), used to order duplicates (docs/methodology.md §13.2); or `null`. */
  exportDate: z.string().nullable(),
  /** OI/RI entries whose name matched no author. */
  unlinkedIdentifiers: z.array(AuthorIdentifierSchema),
  /** Every tag copub does not map, with its values as the export gives them, so nothing is lost. */
  otherTags: z.record(z.string(), z.array(z.string())),
  /** Problems that did not stop the record from being parsed. */
  warnings: z.array(RecordWarningSchema),
});

/** One parsed Web of Science record. */
export type WosRecord = z.infer<typeof WosRecordSchema>;

/**
 * The record fields that describe a paper but enter no indicator: normalization never reads them
 * (`NormalizableRecord`). A reader told to leave them out (`ReadOptions.descriptiveFields`) gives
 * them empty (`null`, `[]`, `{}`).
 * @example
 * const items = readPlainText("savedrecs.txt", { descriptiveFields: false });
 * // each record's DESCRIPTIVE_FIELDS are empty: record.title → null, record.authorKeywords → [], record.otherTags → {}
 */
export const DESCRIPTIVE_FIELDS = [
  "title",
  "isoSourceAbbreviation",
  "language",
  "editions",
  "groupAuthors",
  "researchAreas",
  "authorKeywords",
  "keywordsPlus",
  "otherTags",
] as const satisfies readonly (keyof WosRecord)[];

/** A field of `DESCRIPTIVE_FIELDS`. */
export type DescriptiveField = (typeof DESCRIPTIVE_FIELDS)[number];

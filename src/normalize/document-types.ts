/**
 * Document types (METHODOLOGY.md §1.2): the canonical types of a record's `DT` values, its
 * Early Access status, its primary type, and whether the document-type rules put it in scope.
 * WoS writes compound types (`Article; Proceedings Paper`, `Article; Early Access`); NISTEP and
 * CWTS count Article and Review only, InCites every type, so the scope is a switch with profiles.
 */
import * as z from "zod";
import { nameKey } from "./_name-key.ts";

/**
 * The canonical document types: every `DT` value found in the shared samples (plain text,
 * tab-delimited and XML, with PROVENANCE.md's DT column), plus `Retracted Publication` from
 * §1.2. `Other` stands for any value not in this list; the raw value is kept beside it.
 */
export const DocumentTypeSchema = z.enum([
  "Article",
  "Review",
  "Proceedings Paper",
  "Letter",
  "Editorial Material",
  "Meeting Abstract",
  "Note",
  "Book Chapter",
  "Book",
  "Book Review",
  "Correction",
  "Data Paper",
  "Retracted Publication",
  "News Item",
  "Biographical-Item",
  "Discussion",
  "Record Review",
  "Reprint",
  "Other",
]);

/** A canonical document type. */
export type DocumentType = z.infer<typeof DocumentTypeSchema>;

// `Correction, Addition` is the older WoS name of `Correction` (1970–1971 records of the samples).
const ALIASES: ReadonlyMap<string, DocumentType> = new Map([["CORRECTION, ADDITION", "Correction"]]);

const CANONICAL: ReadonlyMap<string, DocumentType> = new Map([
  ...DocumentTypeSchema.options
    .filter((type) => type !== "Other")
    .map((type) => [nameKey(type), type] as const),
  ...ALIASES,
]);

const EARLY_ACCESS = nameKey("Early Access");

/** A record's document types after §1.2 rule 1. */
export const DocumentTypesSchema = z.object({
  /** Canonical types, each once, in `DT` order, without `Early Access`. */
  types: z.array(DocumentTypeSchema),
  /** The raw values that became `Other`, trimmed, in `DT` order. */
  unknown: z.array(z.string()),
  /** Whether `DT` held `Early Access` (a publication status, not a type). */
  earlyAccess: z.boolean(),
  /**
   * `Review` if present, else `Article` (§1.2 rule 2); for records with neither, the first type
   * (a copub extension for callers who include other types [D]); `null` when `types` is empty.
   */
  primaryType: DocumentTypeSchema.nullable(),
});

/** A record's document types after §1.2 rule 1. */
export type DocumentTypes = z.infer<typeof DocumentTypesSchema>;

/**
 * Splits `DT` values on `;`, matches each case-insensitively to a canonical type, and turns
 * `Early Access` into a flag (§1.2 rule 1).
 * @param documentTypes - `WosRecord.documentTypes`, the values as written
 * @example
 * normalizeDocumentTypes(["Article", "Early Access"])
 * // → { types: ["Article"], unknown: [], earlyAccess: true, primaryType: "Article" }
 */
export function normalizeDocumentTypes(documentTypes: readonly string[]): DocumentTypes {
  const types: DocumentType[] = [];
  const unknown: string[] = [];
  let earlyAccess = false;
  // Readers already split on `; `, but an XML doctype or a hand-made record may still hold one.
  for (const raw of documentTypes.flatMap((value) => value.split(";"))) {
    const value = raw.trim();
    const key = nameKey(value);
    if (key === "") continue;
    if (key === EARLY_ACCESS) {
      earlyAccess = true;
      continue;
    }
    const type = CANONICAL.get(key) ?? "Other";
    if (type === "Other") unknown.push(value);
    if (!types.includes(type)) types.push(type);
  }
  const primaryType = types.includes("Review")
    ? "Review"
    : types.includes("Article")
      ? "Article"
      : (types[0] ?? null);
  return { types, unknown, earlyAccess, primaryType };
}

/** Document-type switches of §1.2 rules 2–5, with their defaults. */
export const DocTypeOptionsSchema = z.object({
  /**
   * Types that make a record eligible; default `["Article", "Review"]` (rule 2). `"all"` takes
   * every type (the InCites profile); rule 4 lets the caller list other types.
   */
  include: z.union([z.literal("all"), z.array(DocumentTypeSchema).min(1)]).default(["Article", "Review"]),
  /** `true`: a record with any type outside `include` is out of scope (rule 3); default `false`. */
  strict: z.boolean().default(false),
  /** `"keep"` (default; NISTEP, InCites) or `"remove"` (CWTS) `Retracted Publication` records (rule 5). */
  retracted: z.enum(["keep", "remove"]).default("keep"),
});

/** Document-type switches with every value filled in. */
export type DocTypeOptions = z.infer<typeof DocTypeOptionsSchema>;

/** Document-type switches as a caller gives them. */
export type DocTypeOptionsInput = z.input<typeof DocTypeOptionsSchema>;

/**
 * The document-type settings of the profiles of METHODOLOGY.md §14.
 * @example
 * DOC_TYPE_PROFILES.cwts // → { include: ["Article", "Review"], strict: false, retracted: "remove" }
 */
export const DOC_TYPE_PROFILES: Readonly<Record<"nistep" | "cwts" | "incites", DocTypeOptions>> =
  Object.freeze({
    nistep: DocTypeOptionsSchema.parse({ include: ["Article", "Review"], retracted: "keep" }),
    cwts: DocTypeOptionsSchema.parse({ include: ["Article", "Review"], retracted: "remove" }),
    incites: DocTypeOptionsSchema.parse({ include: "all", retracted: "keep" }),
  });

/**
 * The NISTEP scope, Article and Review (§1.2), as a named preset.
 * @example
 * NISTEP_DOC_TYPES.include // → ["Article", "Review"]
 */
export const NISTEP_DOC_TYPES: DocTypeOptions = DOC_TYPE_PROFILES.nistep;

/** Why the document-type rules put a record out of scope (§13.3, §13.4). */
export const DocTypeExclusionReasonSchema = z.enum([
  /** The type set fails rules 2–5. */
  "doc-type-out-of-scope",
  /** `DT` is missing, or holds only `Early Access`. */
  "no-doc-type",
]);

/** Why the document-type rules put a record out of scope. */
export type DocTypeExclusionReason = z.infer<typeof DocTypeExclusionReasonSchema>;

/** The verdict of the document-type rules on one record. */
export const DocTypeScopeSchema = z.object({
  /** Whether the record passes the document-type rules. */
  inScope: z.boolean(),
  /** Why not, or `null` when in scope. */
  reason: DocTypeExclusionReasonSchema.nullable(),
  /** The types or rule concerned, for the record account; `null` when in scope. */
  detail: z.string().nullable(),
});

/** The verdict of the document-type rules on one record. */
export type DocTypeScope = z.infer<typeof DocTypeScopeSchema>;

/**
 * Applies §1.2 rules 2–5 to a record's normalized document types.
 * @param documentTypes - the result of {@link normalizeDocumentTypes}
 * @param options - see {@link DocTypeOptionsSchema}; default: Article and Review, not strict, retracted kept
 * @example
 * documentTypeScope(normalizeDocumentTypes(["Proceedings Paper"]))
 * // → { inScope: false, reason: "doc-type-out-of-scope", detail: "Proceedings Paper is not in Article, Review" }
 */
export function documentTypeScope(
  documentTypes: DocumentTypes,
  options: DocTypeOptionsInput = {},
): DocTypeScope {
  return createDocumentTypeScope(options)(documentTypes);
}

/**
 * Validates the options once and returns the §1.2 scope rule for many records.
 * @param options - see {@link DocTypeOptionsSchema}
 * @example
 * const scope = createDocumentTypeScope({ include: "all" });
 * scope(normalizeDocumentTypes(["Letter"])).inScope // → true
 */
export function createDocumentTypeScope(
  options: DocTypeOptionsInput = {},
): (documentTypes: DocumentTypes) => DocTypeScope {
  const { include, strict, retracted } = DocTypeOptionsSchema.parse(options);
  return (documentTypes) => scopeOf(documentTypes, include, strict, retracted);
}

function scopeOf(
  documentTypes: DocumentTypes,
  include: DocTypeOptions["include"],
  strict: boolean,
  retracted: DocTypeOptions["retracted"],
): DocTypeScope {
  const { types } = documentTypes;
  if (types.length === 0) return { inScope: false, reason: "no-doc-type", detail: "DT is empty" };
  const out = (detail: string): DocTypeScope => ({ inScope: false, reason: "doc-type-out-of-scope", detail });
  if (retracted === "remove" && types.includes("Retracted Publication")) {
    return out('Retracted Publication is removed (retracted: "remove")');
  }
  if (include === "all") return { inScope: true, reason: null, detail: null };
  const listed = include.join(", ");
  if (!types.some((type) => include.includes(type))) return out(`${types.join("; ")} is not in ${listed}`);
  const outside = types.filter((type) => !include.includes(type));
  if (strict && outside.length > 0) return out(`strict: ${outside.join("; ")} is not in ${listed}`);
  return { inScope: true, reason: null, detail: null };
}

/**
 * The document-type scope (docs/methodology.md §1.2 rules 2–5): whether a paper's canonical document
 * types put it in scope. NISTEP and CWTS count Article and Review only, InCites every type, so the
 * scope is a switch with profiles. It is a scope filter of the corpus, apart from the types
 * themselves (`normalize/document-types.ts`), so that a paper's types are read once and the scope
 * can be decided again on a saved corpus.
 */
import * as z from "zod";
import { checkOptions } from "../diagnostics/checked-options.ts";
import { DocumentTypeSchema, type DocumentTypes } from "../normalize/document-types.ts";

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
 * The document-type settings of the profiles of docs/methodology.md §14.
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
 * @param documentTypes - the canonical `types`, as `normalizeDocumentTypes` gives them
 * @param options - see `DocTypeOptions`; default: Article and Review, not strict, retracted kept
 * @example
 * documentTypeScope(normalizeDocumentTypes(["Proceedings Paper"]))
 * // → { inScope: false, reason: "doc-type-out-of-scope", detail: "Proceedings Paper is not in Article, Review" }
 */
export function documentTypeScope(
  documentTypes: Pick<DocumentTypes, "types">,
  options: DocTypeOptionsInput = {},
): DocTypeScope {
  return createDocumentTypeScope(options)(documentTypes);
}

/**
 * Validates the options once and returns the §1.2 scope rule for many records.
 * @param options - see `DocTypeOptions`
 * @example
 * const scope = createDocumentTypeScope({ include: "all" });
 * scope(normalizeDocumentTypes(["Letter"])).inScope // → true
 */
export function createDocumentTypeScope(
  options: DocTypeOptionsInput = {},
): (documentTypes: Pick<DocumentTypes, "types">) => DocTypeScope {
  const { include, strict, retracted } = checkOptions(DocTypeOptionsSchema, options, "document type options");
  return (documentTypes) => scopeOf(documentTypes, include, strict, retracted);
}

function scopeOf(
  documentTypes: Pick<DocumentTypes, "types">,
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

/**
 * Document types (docs/methodology.md §1.2 rule 1): the canonical types of a record's `DT` values, its
 * Early Access status and its primary type. WoS writes compound types (`Article; Proceedings
 * Paper`, `Article; Early Access`). These are facts about the record; which types are in scope
 * (rules 2–5) is a corpus scope filter, `corpus/doc-type-scope.ts`.
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

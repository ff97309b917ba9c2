/**
 * Reference sets (docs/methodology.md §8.1): the groups of papers within which "top 10%" is decided,
 * and which of them a paper belongs to, with what membership weight. NISTEP pools document types
 * within an ESI field × publication year; CWTS also separates document types; InCites uses WoS
 * Category × year × document type. Years are never pooled (§6). A paper without a year, a field
 * or a citation count is in no reference set: it is reported, never counted as non-top (§8.7).
 */

import * as z from "zod";
import { innerMap } from "../../common/inner-map.ts";
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import { checkOptions } from "../../diagnostics/checked-options.ts";
import { type Rational, rational } from "../core/rational.ts";

/** How papers are grouped into reference sets (§8.1, §14). */
export const ReferenceSetKindSchema = z.enum([
  /** NISTEP: ESI field × publication year, document types pooled (default). */
  "field-year",
  /** CWTS: ESI field × publication year × document type. */
  "field-year-type",
  /** InCites: WoS Category × publication year × document type. */
  "category-year-type",
]);

/** How papers are grouped into reference sets. */
export type ReferenceSetKind = z.infer<typeof ReferenceSetKindSchema>;

/** Which citation count decides (§8.2): WoS Core Collection `TC` (default) or all databases `Z9`. */
export const CitationCountSchema = z.enum(["TC", "Z9"]);

/** Which citation count decides. */
export type CitationCount = z.infer<typeof CitationCountSchema>;

/** The `docType` of a reference set that pools the document types in scope. */
export const POOLED_DOC_TYPES = "all";

/** Options that decide a paper's reference sets, each with its default. */
export const ReferenceSetOptionsSchema = z.object({
  /** Grouping; default `"field-year"` (NISTEP). */
  referenceSets: ReferenceSetKindSchema.default("field-year"),
  /** Citation count; default `"TC"`. */
  citationCount: CitationCountSchema.default("TC"),
});

/** Reference-set options as a caller gives them. */
export type ReferenceSetOptionsInput = z.input<typeof ReferenceSetOptionsSchema>;

/** Reference-set options with every value filled in. */
export type ReferenceSetOptions = z.infer<typeof ReferenceSetOptionsSchema>;

/** The identity of one reference set. */
export const ReferenceSetKeySchema = z.object({
  /** An ESI field id (`"PHY"`), or a WoS Category as written for `category-year-type`. */
  field: z.string().min(1),
  /** Publication year. */
  year: z.number().int(),
  /** A canonical document type, or `"all"` when types are pooled. */
  docType: z.string().min(1),
});

/** The identity of one reference set. */
export type ReferenceSetKey = z.infer<typeof ReferenceSetKeySchema>;

/** One reference set of a paper, with the paper's membership `m(p, R)`. */
export interface Membership extends ReferenceSetKey {
  /** `setId(key)`. */
  readonly id: string;
  /** `m(p, R)`: the paper's ESI field share, or 1 in each of its WoS Categories (InCites counts a document in each). */
  readonly weight: Rational;
  /** `m(p, R)` as a double. */
  readonly value: number;
}

/** Why a paper is in no reference set. */
export const UnscoredReasonSchema = z.enum([
  /** No publication year. */
  "no-year",
  /** No field (`field-unmapped`), or no WoS Category for `category-year-type`. */
  "no-field",
  /** No `TC` (or `Z9`) value: warning `no-citation-count` of §13.3. */
  "no-citation-count",
  /** A threshold table was given and has no row for the paper's reference sets. */
  "no-threshold",
]);

/** Why a paper is in no reference set. */
export type UnscoredReason = z.infer<typeof UnscoredReasonSchema>;

/** Why a paper is in no reference set at all, whatever the thresholds or baselines: no year, field or citation count. */
export type SetlessReason = Exclude<UnscoredReason, "no-threshold">;

/** Where a paper stands for citation indicators: its citations and sets, or why it has none. */
export type PaperReferenceSets =
  | { readonly citations: number; readonly sets: readonly Membership[] }
  | { readonly unscored: SetlessReason };

/**
 * The key that identifies a reference set in maps and tables.
 * @example
 * setId({ field: "PHY", year: 2021, docType: "all" }) // → "PHY\u00002021\u0000all"
 */
export function setId(key: ReferenceSetKey): string {
  return `${key.field}\u0000${key.year}\u0000${key.docType}`;
}

const ONE = rational(1n);

/** A paper's reference sets resolved once per run: paper → sets or the reason it has none. */
export type ReferenceSetResolver = (paper: CorpusPaper) => PaperReferenceSets;

/**
 * The reference sets of papers (§8.1) and their citation counts (§8.2), under one grouping.
 * Papers of a corpus share their field assignment and category list objects, so the sets of a
 * (field assignment, year, document type) are built once per run and reused (memory grows with the
 * distinct combinations, not with papers).
 * @param options - grouping and citation count, validated (see `ReferenceSetOptionsSchema`)
 * @example
 * const setsOf = referenceSetResolver({ referenceSets: "field-year", citationCount: "TC" });
 * setsOf(f1)
 * // data set T → { citations: 31, sets: [{ id: "PHY\u00002021\u0000all", field: "PHY", year: 2021, docType: "all", weight: 1, value: 1 }] }
 */
export function referenceSetResolver(options: ReferenceSetOptions): ReferenceSetResolver {
  // Field assignment (or category list) → year → document type → sets: no key text per paper.
  const known = new WeakMap<object, Map<number, Map<string, readonly Membership[]>>>();
  const setsOf = (paper: CorpusPaper, year: number): readonly Membership[] => {
    const docType = options.referenceSets === "field-year" ? POOLED_DOC_TYPES : primaryDocType(paper);
    const source = options.referenceSets === "category-year-type" ? paper.categories : paper.fields;
    const byDocType = innerMap(innerMap(known, source), year);
    const found = byDocType.get(docType);
    if (found !== undefined) return found;
    const membership = (field: string, weight: Rational): Membership => {
      const set = { field, year, docType };
      return { ...set, id: setId(set), weight, value: Number(weight.numerator) / Number(weight.denominator) };
    };
    const sets =
      options.referenceSets === "category-year-type"
        ? [...new Set(paper.categories)].map((category) => membership(category, ONE))
        : paper.fields.esi.map((share) =>
            membership(share.field, rational(share.numerator, share.denominator)),
          );
    byDocType.set(docType, sets);
    return sets;
  };
  return (paper) => {
    if (paper.year === null) return { unscored: "no-year" };
    const sets = setsOf(paper, paper.year);
    if (sets.length === 0) return { unscored: "no-field" };
    const citations = options.citationCount === "TC" ? paper.citations : paper.citationsAllDatabases;
    if (citations === null) return { unscored: "no-citation-count" };
    return { citations, sets };
  };
}

/**
 * The reference sets of one paper (§8.1) and its citation count (§8.2); `referenceSetResolver`
 * does the same for many papers without rebuilding shared sets.
 * @param paper - an in-scope paper
 * @param options - grouping and citation count, validated (see `ReferenceSetOptionsSchema`)
 * @example
 * paperReferenceSets(f1, { referenceSets: "field-year", citationCount: "TC" })
 * // data set T → { citations: 31, sets: [{ id: "PHY\u00002021\u0000all", field: "PHY", year: 2021, docType: "all", weight: 1, value: 1 }] }
 */
export function paperReferenceSets(paper: CorpusPaper, options: ReferenceSetOptions): PaperReferenceSets {
  return referenceSetResolver(checkOptions(ReferenceSetOptionsSchema, options, "paperReferenceSets options"))(
    paper,
  );
}

/**
 * The document type of a paper's reference sets when types are separated: `Review` if present,
 * else `Article`, else the first type (§1.2 rule 2; the corpus keeps DT order), `Other` for none.
 * @example
 * primaryDocType({ docTypes: ["Article", "Review"] }) // → "Review"
 */
export function primaryDocType(paper: Pick<CorpusPaper, "docTypes">): string {
  if (paper.docTypes.includes("Review")) return "Review";
  if (paper.docTypes.includes("Article")) return "Article";
  return paper.docTypes[0] ?? "Other";
}

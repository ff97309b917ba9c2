/**
 * The scope of a corpus: which papers the indicators count. Filters shared by every command —
 * document types (§1.2), a year window (§1.3), fields (§7) and countries — are evaluated on the
 * facts normalization recorded, so a saved corpus can be re-filtered without reading the exports
 * again, and `copub normalize` shows the same verdict on a normalized paper. This is the one place
 * scope is decided. Every paper left out gets its reasons, first failing filter first
 * (docs/methodology.md §13.4).
 */
import * as z from "zod";
import { sortedKeys } from "../common/sorted-keys.ts";
import { checkOptions } from "../diagnostics/checked-options.ts";
import { CopubError } from "../diagnostics/errors.ts";
import { CountryTextSchema } from "../normalize/country-vocabulary.ts";
import { EsiFieldIdSchema } from "../normalize/data/esi-fields.ts";
import { NistepFieldKeySchema } from "../normalize/data/nistep-fields.ts";
import { fieldKeyOf, fieldName, nearestFields } from "../normalize/field-vocabulary.ts";
import { YearWindowSchema } from "../normalize/publication-year.ts";
import type { CorpusPaper } from "./corpus-paper.ts";
import {
  createDocumentTypeScope,
  DocTypeExclusionReasonSchema,
  DocTypeOptionsSchema,
} from "./doc-type-scope.ts";

/** Filters that decide which papers are in scope, each with its default. */
export const ScopeFiltersSchema = z.object({
  /** Document types in scope; default Article and Review (the NISTEP preset, §1.2). */
  docTypes: DocTypeOptionsSchema.prefault({}),
  /** Publication years in scope, inclusive; default `null`, every year. */
  years: YearWindowSchema.nullable().default(null),
  /**
   * Fields in scope: NISTEP keys (`chem`), ESI ids (`CHE`) or names of either scheme, read by
   * `fieldKeyOf` (a name both schemes have, `Physics`, is the NISTEP broad field); default `null`, all.
   */
  fields: z.array(z.string()).nullable().default(null),
  /** Countries in scope (a paper with any of them): keys, ISO codes or names (`"JP"`, `"Japan"`); default `null`, all. */
  countries: z.array(CountryTextSchema).nullable().default(null),
  /** How years were fixed, to tell `no-PY` from `no-year`; default `"PY"`. */
  yearBasis: z.enum(["PY", "PY-strict", "earliest"]).default("PY"),
});

/** Scope filters with every value filled in. */
export type ScopeFilters = z.infer<typeof ScopeFiltersSchema>;

/** Scope filters as a caller gives them. */
export type ScopeFiltersInput = z.input<typeof ScopeFiltersSchema>;

/** Why a paper is out of scope by its document types or its year (§1.2, §1.3, §13.3). */
export const ExclusionReasonSchema = z.enum([
  ...DocTypeExclusionReasonSchema.options,
  /** Neither PY nor EY is present. */
  "no-year",
  /** `yearBasis = "PY-strict"` and PY is missing. */
  "no-PY",
  /** The year is outside the `years` window. */
  "year-out-of-scope",
]);

/** Why a paper is out of scope by its document types or its year. */
export type ExclusionReason = z.infer<typeof ExclusionReasonSchema>;

/** Why a paper is out of scope, by any filter. */
export const ScopeExclusionSchema = z.enum([
  ...ExclusionReasonSchema.options,
  "field-out-of-scope",
  "country-out-of-scope",
]);

/** Why a paper is out of scope, by any filter. */
export type ScopeExclusion = z.infer<typeof ScopeExclusionSchema>;

/**
 * The facts of a paper that the filters decide on. A corpus paper has them, and so has a
 * normalized paper, so one test serves both.
 */
export type ScopeFacts = Pick<CorpusPaper, "docTypes" | "year" | "fields" | "countries">;

/** The scope test of one set of filters. */
export type ScopeTest = (paper: ScopeFacts) => ScopeExclusion[];

/**
 * Validates filters once and returns the test that lists a paper's exclusions (empty when in scope).
 * @param filters - the filters; by default Article and Review of any year, every field and country
 * @throws CopubError `invalid-option` for a field that is neither a NISTEP key, an ESI id nor a field name
 * @example
 * createScopeTest({ years: { from: 2019, to: 2021 }, fields: ["chem"] })(paper) // → [] or ["year-out-of-scope"]
 */
export function createScopeTest(filters: ScopeFiltersInput = {}): ScopeTest {
  const { docTypes, years, fields, countries, yearBasis } = checkOptions(
    ScopeFiltersSchema,
    filters,
    "scope filters",
  );
  const docTypeScope = createDocumentTypeScope(docTypes);
  const fieldSet = fields === null ? null : new Set(fields.map(fieldKey));
  const countrySet = countries === null ? null : new Set(countries);
  return (paper) => {
    const reasons: ScopeExclusion[] = [];
    const docScope = docTypeScope({ types: paper.docTypes });
    if (docScope.reason !== null) reasons.push(docScope.reason);
    if (paper.year === null) reasons.push(yearBasis === "PY-strict" ? "no-PY" : "no-year");
    else if (years !== null && (paper.year < years.from || paper.year > years.to))
      reasons.push("year-out-of-scope");
    if (fieldSet !== null) {
      const inField =
        paper.fields.esi.some((s) => fieldSet.has(s.field)) ||
        paper.fields.nistep.some((s) => fieldSet.has(s.field));
      if (!inField) reasons.push("field-out-of-scope");
    }
    if (countrySet !== null && !paper.countries.some((c) => countrySet.has(c)))
      reasons.push("country-out-of-scope");
    return reasons;
  };
}

/**
 * A field as a person writes it → the id or key the paper's shares carry (`fieldKeyOf`): a name
 * both schemes have means the NISTEP broad field.
 */
function fieldKey(field: string): string {
  const key = fieldKeyOf(field);
  if (key !== null) return key;
  const [nearest] = nearestFields(field, 1);
  throw new CopubError(
    "invalid-option",
    `unknown field "${field}"${nearest === undefined ? "" : ` (did you mean ${fieldName(nearest)}, ${nearest}?)`}: give a NISTEP key (${NistepFieldKeySchema.options.join(", ")}), an ESI id (${EsiFieldIdSchema.options.join(", ")}) or a field name`,
  );
}

/**
 * The accounting's `excludedByReason`: the excluded papers counted by their first reason (the
 * filter that excluded them first, in `createScopeTest`'s order), the reasons in code-unit order.
 * @param reasonLists - each excluded paper's reasons
 * @example
 * excludedByFirstReason([["year-out-of-scope"], ["doc-type-out-of-scope", "year-out-of-scope"]])
 * // → { "doc-type-out-of-scope": 1, "year-out-of-scope": 1 }
 */
export function excludedByFirstReason(
  reasonLists: Iterable<readonly ScopeExclusion[]>,
): Partial<Record<ScopeExclusion, number>> {
  const counts: Partial<Record<ScopeExclusion, number>> = {};
  for (const reasons of reasonLists) {
    const first = reasons[0] as ScopeExclusion;
    counts[first] = (counts[first] ?? 0) + 1;
  }
  return sortedKeys(counts);
}

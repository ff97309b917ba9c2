/**
 * Every switch of normalization in one validated object: the address policy (§2.3), the
 * country policies (§3.2.2), the year basis (§1.3) and the field assignment (§7.4), each with
 * docs/methodology.md's default. Callers validate once, at the edge, and `normalize` trusts the result.
 * Which papers are in scope (document types, a year window) is not among them: the corpus's scope
 * filters decide it (`corpus/scope.ts`), on the facts normalization records.
 */
import * as z from "zod";
import { CountryOptionsSchema } from "./country-options.ts";
import { FieldOptionsSchema } from "./fields.ts";
import { AddressSourceSchema } from "./paper-addresses.ts";
import { YearOptionsSchema } from "./publication-year.ts";

/** Normalization switches, each with its documented default. */
export const NormalizeOptionsSchema = z.object({
  /** Which addresses form `A(p)`; default `"C1+RP-fallback"` (§2.3). */
  addressSource: AddressSourceSchema.default("C1+RP-fallback"),
  ...CountryOptionsSchema.shape,
  ...YearOptionsSchema.shape,
  ...FieldOptionsSchema.shape,
});

/** Normalization switches with every value filled in. */
export type NormalizeOptions = z.infer<typeof NormalizeOptionsSchema>;

/** Normalization switches as a caller gives them: any may be left out. */
export type NormalizeOptionsInput = z.input<typeof NormalizeOptionsSchema>;

/**
 * docs/methodology.md's defaults.
 * @example
 * DEFAULT_NORMALIZE_OPTIONS.addressSource // → "C1+RP-fallback"
 */
export const DEFAULT_NORMALIZE_OPTIONS: NormalizeOptions = Object.freeze(NormalizeOptionsSchema.parse({}));

/**
 * Profiles (docs/methodology.md §14): the switches of one source — NISTEP, the CWTS Leiden Ranking
 * or Clarivate InCites — bundled under its name, so that one word sets every switch the source's
 * tables depend on: the corpus's normalization and scope (addresses, UK nations, Hong Kong and
 * Macao, year basis, field assignment, document types, retracted publications) and the indicators'
 * counting, reference sets, Top-x% method and table, and periods. A profile is data, one table of
 * switches per source; callers apply it as defaults that any switch given explicitly overrides
 * (the CLI's `--profile`, `cli/_options.ts`), and the run manifest names it (§13.5).
 *
 * The table lives with the indicators because it names their switches (counting methods,
 * reference sets, Top-x% methods), which the corpus stage below cannot see; the corpus switches it
 * holds are typed by the corpus's own schemas. Editions and language (§1.1, §1.4) have no switch in
 * copub: the export decides them (methodology §15).
 */
import * as z from "zod";
import { DOC_TYPE_PROFILES, DocTypeOptionsSchema } from "../../corpus/doc-type-scope.ts";
import { NormalizeOptionsSchema } from "../../normalize/normalize-options.ts";
import { CountingMethodSchema } from "../counting/counting-weights.ts";
import { ReferenceSetKindSchema } from "../top-cited/reference-sets.ts";
import { TopMethodSchema } from "../top-cited/top-weights.ts";

/** The profiles of §14. */
export const ProfileNameSchema = z.enum(["nistep", "cwts", "incites"]);

/** The name of a profile. */
export type ProfileName = z.infer<typeof ProfileNameSchema>;

const NORMALIZE = NormalizeOptionsSchema.shape;

/** The switches of one profile; `null` where the source has no setting of its own (copub's default applies). */
export const ProfileSchema = z.object({
  /** Addresses (§2.3). */
  addressSource: NORMALIZE.addressSource.unwrap(),
  /** UK nations (§3.2.2). */
  ukNations: NORMALIZE.ukNations.unwrap(),
  /** Hong Kong and Macao (§3.2.2). */
  hongKongMacao: NORMALIZE.hongKongMacao.unwrap(),
  /** Publication year (§1.3). */
  yearBasis: NORMALIZE.yearBasis.unwrap(),
  /** One field per paper, or fractional shares (§7.4). */
  fieldAssignment: NORMALIZE.fieldAssignment.unwrap(),
  /** Document types in scope and retracted publications (§1.2). */
  docTypes: DocTypeOptionsSchema,
  /** Integer (full) or fractional counting (§4), in tables that take one. */
  counting: z.enum(["integer", "fractional"]),
  /** The fractional method (§4.2–§4.4), or `null` (InCites counts in full only). */
  countingMethod: CountingMethodSchema.exclude(["integer"]).nullable(),
  /** Reference sets of percentiles and baselines (§8.1, §10). */
  referenceSets: ReferenceSetKindSchema,
  /** Top-x% method (§8.4). */
  topMethod: TopMethodSchema,
  /** Which table `copub top` prints: the source's own indicators (§8.3, §8.5). */
  topTable: z.enum(["nistep", "cwts", "incites"]),
  /** Moving windows of this many years (§6), or `null`: single years unless periods are given. */
  window: z.number().int().min(1).nullable(),
  /** Counts of a multi-year period: yearly averages (NISTEP) or totals. */
  windowCounts: z.enum(["average", "sum"]),
});

/** The switches of one profile. */
export type Profile = z.infer<typeof ProfileSchema>;

/** What every source shares (§14): C1 addresses with the reprint address as fallback, UK merged, PY. */
const COMMON = {
  addressSource: "C1+RP-fallback",
  ukNations: "merge",
  yearBasis: "PY",
} as const;

/**
 * The switches of each profile, as methodology §14 tabulates them. Hong Kong and Macao are merged
 * into China by CWTS only (NISTEP's and InCites' choice is unconfirmed, §15; copub keeps them
 * separate). CWTS counts fractionally by author-affiliation and recommends fractional counting for
 * normalized indicators (§10.1); its periods are 4-year windows with totals.
 * @example
 * PROFILES.cwts.hongKongMacao // → "china"
 * PROFILES.incites.referenceSets // → "category-year-type"
 */
export const PROFILES: Readonly<Record<ProfileName, Profile>> = Object.freeze({
  nistep: ProfileSchema.parse({
    ...COMMON,
    hongKongMacao: "separate",
    fieldAssignment: "single",
    docTypes: DOC_TYPE_PROFILES.nistep,
    counting: "integer",
    countingMethod: "nistep",
    referenceSets: "field-year",
    topMethod: "tie-fraction",
    topTable: "nistep",
    window: null,
    windowCounts: "average",
  }),
  cwts: ProfileSchema.parse({
    ...COMMON,
    hongKongMacao: "china",
    fieldAssignment: "fractional",
    docTypes: DOC_TYPE_PROFILES.cwts,
    counting: "fractional",
    countingMethod: "cwts",
    referenceSets: "field-year-type",
    topMethod: "tie-fraction",
    topTable: "cwts",
    window: 4,
    windowCounts: "sum",
  }),
  incites: ProfileSchema.parse({
    ...COMMON,
    hongKongMacao: "separate",
    fieldAssignment: "single",
    docTypes: DOC_TYPE_PROFILES.incites,
    counting: "integer",
    countingMethod: null,
    referenceSets: "category-year-type",
    topMethod: "incites",
    topTable: "incites",
    window: null,
    windowCounts: "sum",
  }),
});

/**
 * The collaboration type of a paper (docs/methodology.md §5.1): domestic (one country) or
 * international (two or more), domestic papers split by the number of institution units and
 * international ones by the number of countries. It depends on the paper alone, not on the
 * counting method, so every indicator classifies a paper the same way.
 */
import * as z from "zod";
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";

/** The four types of §5.1, under copub's output keys. */
export const CollaborationTypeSchema = z.enum([
  /** 国内論文 (単一機関): one country, one institution unit. */
  "domesticSingle",
  /** 国内論文 (複数機関): one country, two or more institution units. */
  "domesticMulti",
  /** 国際共著論文 (2国間): two countries. */
  "bilateral",
  /** 国際共著論文 (多国間): three or more countries. */
  "multilateral",
]);

/** A collaboration type of §5.1. */
export type CollaborationType = z.infer<typeof CollaborationTypeSchema>;

/**
 * The collaboration type of a paper, or `null` when `C(p) = ∅` (unattributable, §4.6).
 * `|U(p)|` counts every institution unit, RP-derived ones included (§5.1); the `hongKongMacao`
 * normalization switch has already decided whether Hong Kong is a country of its own.
 * @param paper - the paper; `countries` and `institutions` are read
 * @example
 * collaborationType({ countries: ["JP"], institutions: [{ country: "JP", orgKey: "UNIV TOKYO" }] }) // → "domesticSingle"
 * collaborationType({ countries: ["FR", "GB", "JP"], institutions: [] })                          // → "multilateral"
 * collaborationType({ countries: [], institutions: [] })                                          // → null
 */
export function collaborationType(
  paper: Pick<CorpusPaper, "countries" | "institutions">,
): CollaborationType | null {
  const countries = paper.countries.length;
  if (countries === 0) return null;
  if (countries === 1) return paper.institutions.length <= 1 ? "domesticSingle" : "domesticMulti";
  return countries === 2 ? "bilateral" : "multilateral";
}

/**
 * Class boundaries for international papers by number of countries: `[2, 3]` (default, NISTEP:
 * bilateral, multilateral) or `[2, 3, 4]` (InCites Collab-CNCI: bilateral, trilateral,
 * quadrilateral and more). Strictly increasing integers starting at 2; the last class is open.
 */
export const InternationalClassesSchema = z
  .array(z.number().int().min(2))
  .min(1)
  .refine((classes) => classes[0] === 2 && classes.every((c, i) => i === 0 || c > (classes[i - 1] ?? c)), {
    message: "internationalClasses must start at 2 and increase",
  })
  .default([2, 3]);

/**
 * The class of an international paper by its number of countries (§5.1): `"2"`, `"3"`, …, the
 * last class written with a `+` (`"3+"` by default, `"4+"` with `[2, 3, 4]`), a class spanning
 * several counts written as a range (`"2-4"` for `[2, 5]`), or `null` for a domestic or
 * unattributable paper.
 * @param paper - the paper; only `countries` is read
 * @param internationalClasses - class boundaries, default `[2, 3]`
 * @throws ZodError for boundaries that do not start at 2 or do not increase
 * @example
 * internationalClass({ countries: ["DE", "FR", "GB", "JP"] }, [2, 3, 4]) // → "4+"
 * internationalClass({ countries: ["FR", "GB", "JP"] })                  // → "3+"
 * internationalClass({ countries: ["JP"] })                              // → null
 */
export function internationalClass(
  paper: Pick<CorpusPaper, "countries">,
  internationalClasses?: readonly number[],
): string | null {
  const classes = InternationalClassesSchema.parse(internationalClasses);
  const count = paper.countries.length;
  if (count < 2) return null;
  const last = classes[classes.length - 1] ?? 2;
  if (count >= last) return `${last}+`;
  const lower = classes.filter((bound) => bound <= count).at(-1) ?? 2;
  const upper = classes.find((bound) => bound > count) ?? last;
  return upper - lower === 1 ? `${lower}` : `${lower}-${upper - 1}`;
}

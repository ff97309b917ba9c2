/**
 * Country-equal fractional counting (docs/methodology.md §4.4, `method = "country"`): every country
 * of the paper gets the same share `1 / |C(p)|`, however many institutions, addresses or authors
 * it has. JST describes its fractional counting this way.
 */
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import { weightsFromCounts } from "./_weights.ts";
import { type PaperWeights, UNATTRIBUTABLE } from "./country-weights.ts";

/**
 * `w_country(c, p) = 1[c ∈ C(p)] / |C(p)|` (§4.4).
 * @param paper - the paper; only `countries` is read
 * @example
 * countryEqualWeights({ countries: ["FR", "GB", "JP"] }).weights[2] // → { country: "JP", numerator: 1, denominator: 3, weight: 0.333… }
 */
export function countryEqualWeights(paper: Pick<CorpusPaper, "countries">): PaperWeights {
  if (paper.countries.length === 0) return UNATTRIBUTABLE;
  const counts = new Map(paper.countries.map((country) => [country, 1]));
  return weightsFromCounts(paper.countries, counts, paper.countries.length, []);
}

/**
 * Integer (whole, full) counting, 整数カウント法 (docs/methodology.md §4.1): a paper counts once for
 * every country on it, however many addresses that country has. NISTEP calls it involvement in
 * producing papers; CWTS and InCites call it full counting.
 */
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import { type PaperWeights, UNATTRIBUTABLE } from "./country-weights.ts";

const ONE = Object.freeze({ numerator: 1, denominator: 1, weight: 1 });

/**
 * `w_int(c, p) = 1[c ∈ C(p)]` (§4.1).
 * @param paper - the paper; only `countries` is read
 * @returns weight 1 for each country of `C(p)`, total `|C(p)|`; no weights when `C(p) = ∅`
 * @example
 * integerWeights({ countries: ["JP", "US"] }).weights
 * // → [{ country: "JP", numerator: 1, denominator: 1, weight: 1 }, { country: "US", numerator: 1, denominator: 1, weight: 1 }]
 */
export function integerWeights(paper: Pick<CorpusPaper, "countries">): PaperWeights {
  if (paper.countries.length === 0) return UNATTRIBUTABLE;
  return {
    weights: paper.countries.map((country) => ({ country, ...ONE })),
    total: { numerator: paper.countries.length, denominator: 1, weight: paper.countries.length },
    warnings: [],
  };
}

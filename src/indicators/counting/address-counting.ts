/**
 * Address-line fractional counting (docs/methodology.md §4.4, `method = "address"`): each address
 * line with a country carries an equal share, so a country gets (its addresses) / (addresses
 * with a country). It is also NISTEP counting with `nistepUnit = "address"` (§4.2) and the
 * fallback of the author-based methods when a record has no author–address link (§4.3).
 */
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import { countByCountry, weightsFromCounts } from "./_weights.ts";
import { type CountingWarning, type PaperWeights, UNATTRIBUTABLE } from "./country-weights.ts";

/**
 * `w_address(c, p) = |{ l ∈ A(p) : country(l) = c }| / |{ l ∈ A(p) : country(l) ≠ null }|`.
 * Addresses without a country are left out of the denominator, with `fraction-renormalized`.
 * @param paper - the paper; `countries` and `addresses` are read
 * @param warnings - warnings to record besides the method's own (the fallback's reason)
 * @example
 * // Univ Tokyo JP; Univ Tokyo JP (another department); Harvard US
 * addressWeights(paper).weights // → [{ country: "JP", numerator: 2, denominator: 3, … }, { country: "US", numerator: 1, denominator: 3, … }]
 */
export function addressWeights(
  paper: Pick<CorpusPaper, "countries" | "addresses">,
  warnings: readonly CountingWarning[] = [],
): PaperWeights {
  const counts = countByCountry(paper.addresses);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (paper.countries.length === 0 || total === 0) return UNATTRIBUTABLE;
  const renormalized = total < paper.addresses.length ? (["fraction-renormalized"] as const) : [];
  return weightsFromCounts(paper.countries, counts, total, [...warnings, ...renormalized]);
}

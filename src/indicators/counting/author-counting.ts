/**
 * Author fractional counting, Nature Index style (docs/methodology.md §4.4, `method = "author"`):
 * every author carries `1/n(p)` of the paper, split equally over the author's countries (not
 * addresses, as CWTS does: two addresses in one country give that country the whole share).
 */
import { type AuthorPaper, authorShareWeights } from "./_author-shares.ts";

export type { AuthorPaper };

import { checkKeys } from "../../diagnostics/checked-options.ts";
import type { PaperWeights } from "./country-weights.ts";
import { AUTHOR_OPTION_KEYS, type AuthorCountingOptionsInput } from "./cwts-counting.ts";

/**
 * `w_author(c, p) = Σ_a 1[c ∈ countries(a)] / (n(p) · |countries(a)|)`, with `countries(a)` the
 * distinct countries of the addresses linked to author `a` (§4.4). An author without one keeps
 * the share unassigned, as under CWTS counting; the same `cwtsRenormalize` switch and the same
 * fallback to address lines (`cwts-fallback-address`) apply [copub decision].
 * @param paper - the paper; `countries`, `addresses`, `authorKeys` and `authorAddresses` are read
 * @param options - `cwtsRenormalize`, default `false`
 * @example
 * // One author at Univ Tokyo JP and Kyoto Univ JP, one at Harvard US
 * authorWeights(paper).weights // → [{ country: "JP", numerator: 1, denominator: 2, … }, { country: "US", numerator: 1, denominator: 2, … }]
 */
export function authorWeights(paper: AuthorPaper, options: AuthorCountingOptionsInput = {}): PaperWeights {
  checkKeys(options, AUTHOR_OPTION_KEYS, "authorWeights options");
  return authorShareWeights(paper, authorCountries, options.cwtsRenormalize ?? false);
}

function authorCountries(paper: AuthorPaper, linked: readonly number[]): string[] {
  const countries = new Set<string>();
  for (const index of linked) {
    const country = paper.addresses[index]?.country;
    if (country !== undefined && country !== null) countries.add(country);
  }
  return [...countries];
}

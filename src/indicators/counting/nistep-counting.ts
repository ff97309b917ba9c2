/**
 * NISTEP fractional counting, 分数カウント法 (docs/methodology.md §4.2, `method = "nistep"`):
 * country-level counting whose weights are set by institutions. A paper by two Japanese
 * institutions and one American gives Japan 2/3 and the USA 1/3, whatever the number of authors.
 */
import * as z from "zod";
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import { checkKeys } from "../../diagnostics/checked-options.ts";
import { countByCountry, weightsFromCounts } from "./_weights.ts";
import { addressWeights } from "./address-counting.ts";
import { type PaperWeights, UNATTRIBUTABLE } from "./country-weights.ts";

/** Switches of NISTEP fractional counting, with their defaults. */
export const NistepCountingOptionsSchema = z.object({
  /**
   * The unit that carries an equal share. `"institution"` (default): the institution units
   * `U(p)` of §3.3 (departments of one organization are one unit). `"address"`: address lines,
   * so departments count separately (Perianes-Rodriguez & Ruiz-Castillo's address-line counting).
   */
  nistepUnit: z.enum(["institution", "address"]).default("institution"),
});

/** NISTEP switches as a caller gives them. */
export type NistepCountingOptionsInput = z.input<typeof NistepCountingOptionsSchema>;

/** The keys `nistepWeights` takes, from its schema. */
const NISTEP_OPTION_KEYS = Object.keys(NistepCountingOptionsSchema.shape);

/**
 * `w_nistep(c, p) = |{ u ∈ U(p) : country(u) = c }| / K(p)` with `K(p)` the units that have a
 * country (§4.2). Units without a country are left out of `K(p)`, with `fraction-renormalized`;
 * a paper none of whose units has a country is unattributable.
 * @param paper - the paper; `countries`, `institutions` (and `addresses` for the address unit) are read
 * @param options - `nistepUnit`, default `"institution"`
 * @example
 * // P1 of data set C: Univ Tokyo JP, Kyoto Univ JP, Harvard Univ US
 * nistepWeights(p1).weights // → [{ country: "JP", numerator: 2, denominator: 3, … }, { country: "US", numerator: 1, denominator: 3, … }]
 */
export function nistepWeights(
  paper: Pick<CorpusPaper, "countries" | "institutions" | "addresses">,
  options: NistepCountingOptionsInput = {},
): PaperWeights {
  checkKeys(options, NISTEP_OPTION_KEYS, "nistepWeights options");
  if ((options.nistepUnit ?? "institution") === "address") return addressWeights(paper);
  const counts = countByCountry(paper.institutions);
  const units = [...counts.values()].reduce((a, b) => a + b, 0);
  if (paper.countries.length === 0 || units === 0) return UNATTRIBUTABLE;
  const renormalized = units < paper.institutions.length ? (["fraction-renormalized"] as const) : [];
  return weightsFromCounts(paper.countries, counts, units, renormalized);
}

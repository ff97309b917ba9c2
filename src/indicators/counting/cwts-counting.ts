/**
 * CWTS fractional counting (docs/methodology.md §4.3, `method = "cwts"`), as the Leiden Ranking Open
 * Edition code computes it: every author carries `1/n(p)` of the paper, split equally over the
 * addresses linked to the author, and a country gets the shares of its addresses. Authors weigh
 * here where institutions weigh in NISTEP's method, so the two differ on the same paper.
 */
import * as z from "zod";
import { checkKeys } from "../../diagnostics/checked-options.ts";
import { type AuthorPaper, authorShareWeights } from "./_author-shares.ts";
import type { PaperWeights } from "./country-weights.ts";

/** Switches of the author-based methods (`cwts`, `author`), with their defaults. */
export const AuthorCountingOptionsSchema = z.object({
  /**
   * `false` (default, as CWTS): the share of an author without a linked address with a country
   * stays unassigned, so a paper's weights can add up to less than 1. `true`: divide by the
   * assigned total instead, with the warning `fraction-renormalized`.
   */
  cwtsRenormalize: z.boolean().default(false),
});

/** The keys `cwtsWeights` and `authorWeights` take, from their schema. */
export const AUTHOR_OPTION_KEYS = Object.keys(AuthorCountingOptionsSchema.shape);

/** Switches of the author-based methods as a caller gives them. */
export type AuthorCountingOptionsInput = z.input<typeof AuthorCountingOptionsSchema>;

const linkedAddresses = (paper: AuthorPaper, linked: readonly number[]): (string | null)[] =>
  linked.map((index) => paper.addresses[index]?.country ?? null);

/**
 * `w_cwts(c, p) = Σ_a Σ_{l ∈ aff(a), country(l) = c} 1 / (n(p) · |aff(a)|)` (§4.3).
 * A record without any author–address link is counted by address lines instead, with the warning
 * `cwts-fallback-address`; with `cwtsRenormalize`, a paper whose linked addresses have no
 * country at all takes the same fallback.
 * @param paper - the paper; `countries`, `addresses`, `authorKeys` and `authorAddresses` are read
 * @param options - `cwtsRenormalize`, default `false`
 * @example
 * // P1 of data set C: Sato → Tokyo, Suzuki → Kyoto, Smith and Jones → Harvard
 * cwtsWeights(p1).weights // → [{ country: "JP", numerator: 1, denominator: 2, … }, { country: "US", numerator: 1, denominator: 2, … }]
 */
export function cwtsWeights(paper: AuthorPaper, options: AuthorCountingOptionsInput = {}): PaperWeights {
  checkKeys(options, AUTHOR_OPTION_KEYS, "cwtsWeights options");
  return authorShareWeights(paper, linkedAddresses, options.cwtsRenormalize ?? false);
}

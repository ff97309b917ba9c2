/**
 * The machinery the two author-based methods share (docs/methodology.md §4.3, §4.4): every author
 * carries `1/n(p)` of the paper and splits it equally over some targets (the addresses linked to
 * the author for CWTS, the author's countries for the Nature Index-style count). A share that
 * reaches no country stays unassigned unless the caller renormalizes; a record without any
 * author–address link falls back to address-line counting.
 */
import type { CorpusPaper } from "../../corpus/corpus-paper.ts";
import { lcm } from "../core/fraction.ts";
import { weightsOverDenominator } from "./_weights.ts";
import { addressWeights } from "./address-counting.ts";
import { type PaperWeights, UNATTRIBUTABLE } from "./country-weights.ts";

/** The paper fields an author-based method reads. */
export type AuthorPaper = Pick<CorpusPaper, "countries" | "addresses" | "authorKeys" | "authorAddresses">;

/**
 * The targets one author splits his or her share over, each with its country (`null`: the
 * share of that target is unassigned), given the positions in `addresses` the author is linked
 * to. An empty list leaves the whole author share unassigned.
 */
export type AuthorTargets = (paper: AuthorPaper, linked: readonly number[]) => (string | null)[];

/**
 * Weights of an author-based method.
 * @param paper - the paper
 * @param targets - what each author splits his or her share over
 * @param renormalize - divide by the assigned total instead of `n(p)` (warning `fraction-renormalized`)
 */
export function authorShareWeights(
  paper: AuthorPaper,
  targets: AuthorTargets,
  renormalize: boolean,
): PaperWeights {
  if (paper.countries.length === 0) return UNATTRIBUTABLE;
  if (!paper.authorAddresses.some((linked) => linked.length > 0))
    return addressWeights(paper, ["cwts-fallback-address"]);
  const split = paper.authorAddresses.map((linked) => targets(paper, linked));
  // A common denominator n(p) · lcm(|targets(a)|) keeps every author's share an integer numerator.
  const common = split.reduce((l, t) => (t.length === 0 ? l : lcm(l, BigInt(t.length))), 1n);
  const numerators = new Map<string, bigint>();
  let assigned = 0n;
  for (const list of split) {
    for (const country of list) {
      if (country === null) continue;
      const share = common / BigInt(list.length);
      numerators.set(country, (numerators.get(country) ?? 0n) + share);
      assigned += share;
    }
  }
  const denominator = BigInt(paper.authorKeys.length) * common;
  if (!renormalize || assigned === denominator)
    return weightsOverDenominator(paper.countries, numerators, denominator, []);
  // Nothing to scale up: the linked addresses have no country, only unlinked ones do.
  if (assigned === 0n) return addressWeights(paper, ["cwts-fallback-address"]);
  return weightsOverDenominator(paper.countries, numerators, assigned, ["fraction-renormalized"]);
}

/**
 * Ranking partner countries (docs/methodology.md §9.2): by the exact number of shared papers, never by
 * a rounded share; competition ranks (equal counts share a rank, the next rank skips); equal
 * counts shown by ISO alpha-3; a top-N list that says when its cutoff splits a tie; and the rank
 * change between an earlier and a later window, over all partners.
 */
import * as z from "zod";
import { competitionRanks } from "../core/competition-rank.ts";

/** A partner with its count and competition rank. */
export const PartnerRankSchema = z.object({
  /** Partner country key. */
  partner: z.string(),
  /** `n(A, B)`: papers shared with the focal country. */
  papers: z.number().int().positive(),
  /** `1 + |{B' : n(A, B') > n(A, B)}|`. */
  rank: z.number().int().positive(),
});

/** A partner with its count and competition rank. */
export type PartnerRank = z.infer<typeof PartnerRankSchema>;

/** Whether a top-N list cuts through partners with equal counts (§9.2). */
export const CutoffTieSchema = z.object({
  /** The Nth and the (N+1)th partner in display order have equal counts. */
  tieAtCutoff: z.boolean(),
  /** With a tie, every partner with the Nth partner's count, in display order (inside and outside the list); else empty. */
  tiedAtCutoff: z.array(z.string()),
});

/** Whether a top-N list cuts through partners with equal counts. */
export type CutoffTie = z.infer<typeof CutoffTieSchema>;

/** How a partner's rank moved since the earlier window: `"new"` when it had no paper then. */
export const RankMovementSchema = z.enum(["up", "down", "same", "new"]);

/** How a partner's rank moved since the earlier window. */
export type RankMovement = z.infer<typeof RankMovementSchema>;

/**
 * Ranks partners by shared papers (§9.2): in display order (count descending, then ISO alpha-3
 * ascending, then key), each with its competition rank. Partners with no paper are left out.
 * @param shared - `n(A, B)` by partner key
 * @example
 * partnerRanks(new Map([["JP", 1], ["GB", 3], ["CN", 3], ["CA", 1]]))
 * // data set Q → [{ partner: "CN", papers: 3, rank: 1 }, { partner: "GB", papers: 3, rank: 1 },
 * //               { partner: "CA", papers: 1, rank: 3 }, { partner: "JP", papers: 1, rank: 3 }]
 */
export function partnerRanks(shared: ReadonlyMap<string, number>): PartnerRank[] {
  const counted = [...shared].filter(([, papers]) => papers > 0);
  return competitionRanks(
    counted,
    ([, papers]) => papers,
    ([partner]) => partner,
  ).map(({ item: [partner, papers], rank }) => ({ partner, papers, rank }));
}

/**
 * Whether the first `top` partners of a ranked list end inside a group of equal counts (§9.2).
 * @param ranked - partners in display order, from `partnerRanks`
 * @param top - the list's length N, at least 1
 * @example
 * cutoffTie(partnerRanks(new Map([["US", 3], ["KR", 2], ["CN", 2], ["DE", 2]])), 3)
 * // → { tieAtCutoff: true, tiedAtCutoff: ["CN", "DE", "KR"] }
 */
export function cutoffTie(ranked: readonly PartnerRank[], top: number): CutoffTie {
  const last = ranked[top - 1];
  const next = ranked[top];
  if (last === undefined || next === undefined || last.papers !== next.papers)
    return { tieAtCutoff: false, tiedAtCutoff: [] };
  return {
    tieAtCutoff: true,
    tiedAtCutoff: ranked.filter((r) => r.papers === last.papers).map((r) => r.partner),
  };
}

/**
 * The rank change `Δrank = rank_W1 − rank_W2` (positive = moved up) and its direction (§9.2).
 * @param previousRank - the rank in the earlier window over all partners, or `null` without a paper then
 * @param rank - the rank in the later window
 * @example
 * rankMovement(1, 3)    // data set Q, Japan 2011 → 2021: { rankChange: -2, movement: "down" }
 * rankMovement(null, 3) // Canada: { rankChange: null, movement: "new" }
 */
export function rankMovement(
  previousRank: number | null,
  rank: number,
): { rankChange: number | null; movement: RankMovement } {
  if (previousRank === null) return { rankChange: null, movement: "new" };
  const rankChange = previousRank - rank;
  return { rankChange, movement: rankChange > 0 ? "up" : rankChange < 0 ? "down" : "same" };
}

/**
 * Each country's share of the world's papers and its world rank (docs/methodology.md §4.6), from a
 * collaboration table: 論文数シェア = `count_M(c) / N_world` in each period and field, and the
 * competition rank by count. Under fractional counting the shares add up to 1; under integer
 * counting to more than 1, since an international paper counts for each of its countries.
 */
import * as z from "zod";
import { competitionRanks } from "../core/competition-rank.ts";
import { ratio } from "../core/ratio.ts";
import { WORLD } from "../core/row-keys.ts";
import type { CollaborationTable } from "./collaboration.ts";

/** Counts closer than this are tied for a rank (the tolerance of "Numbers" in docs/methodology.md). */
const TIE = 1e-9;

/** One country's share of the world and rank, in one period and field. */
export const WorldShareRowSchema = z.object({
  /** Country key. */
  country: z.string(),
  /** `"2021"` or `"2019-2021"`. */
  period: z.string(),
  /** `"all"` or a NISTEP broad field key. */
  field: z.string(),
  /** The country's `papers` in the table (its counting; a yearly average for a window). */
  papers: z.number().nonnegative(),
  /** `papers / N_world`, 0–1 (`null` when the world has no paper); the ratio of sums over a window. */
  worldShare: z.number().nonnegative().nullable(),
  /** Competition rank by `papers`, descending, 1-based: equal counts share a rank and the next rank skips. */
  worldRank: z.number().int().positive(),
});

/** One country's share of the world and rank. */
export type WorldShareRow = z.infer<typeof WorldShareRowSchema>;

/**
 * The world share and rank of every country of a collaboration table (§4.6). Rows are ordered by
 * period, field, then rank; equal counts by ISO alpha-3 ascending, then key.
 * @param table - a table from `collaborationIndicators`
 * @example
 * worldShares(collaborationIndicators(corpus.papers)).slice(0, 2)
 * // data set C → [{ country: "JP", period: "2021", field: "all", papers: 6, worldShare: 0.857…, worldRank: 1 },
 * //               { country: "US", …, papers: 2, worldShare: 0.285…, worldRank: 2 }]
 */
export function worldShares(table: CollaborationTable): WorldShareRow[] {
  const worlds = new Map(
    table.rows
      .filter((row) => row.country === WORLD)
      .map((row) => [`${row.period}\u0000${row.field}`, row.papers]),
  );
  const groups = new Map<string, CollaborationTable["rows"][number][]>();
  for (const row of table.rows) {
    if (row.country === WORLD) continue;
    const key = `${row.period}\u0000${row.field}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [row]);
    else group.push(row);
  }
  const order = [
    ...new Set(table.rows.filter((r) => r.country === WORLD).map((r) => `${r.period}\u0000${r.field}`)),
  ];
  return order.flatMap((key) =>
    competitionRanks(
      groups.get(key) ?? [],
      (row) => row.papers,
      (row) => row.country,
      TIE,
    ).map(({ item: row, rank }) => ({
      country: row.country,
      period: row.period,
      field: row.field,
      papers: row.papers,
      worldShare: ratio(row.papers, worlds.get(key) ?? 0),
      worldRank: rank,
    })),
  );
}

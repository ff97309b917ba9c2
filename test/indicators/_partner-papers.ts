// Hand-worked papers for the partner tables (docs/methodology.md §9.2): a tie at the top-N cutoff.
import type { CorpusPaper } from "../../src/corpus/corpus-paper.ts";
import { paper } from "./_papers.ts";

/**
 * Focal JP, 2021. `|I_JP| = 8`: T1 {JP, US}, T2 {JP, US}, T3 {JP, US, CN}, T4 {JP, DE}, T5 {JP, KR},
 * T6 {JP, KR, DE}, T7 {JP, FR}, T10 {JP, CN}; T8 is domestic and T9 {US, CN} has no JP.
 * n: US 3 (T1–T3), CN 2 (T3, T10), DE 2 (T4, T6), KR 2 (T5, T6), FR 1 (T7).
 * Display order: USA 3 (rank 1); CHN, DEU, KOR 2 (rank 2); FRA 1 (rank 5).
 * International papers: US 4 (T1–T3, T9), CN 3 (T3, T9, T10), DE 2 (T4, T6), KR 2, FR 1.
 * UTs WOS:000000000000101 … WOS:000000000000110.
 */
export const TIES: readonly CorpusPaper[] = [
  ["JP", "US"],
  ["JP", "US"],
  ["JP", "US", "CN"],
  ["JP", "DE"],
  ["JP", "KR"],
  ["JP", "KR", "DE"],
  ["JP", "FR"],
  ["JP"],
  ["US", "CN"],
  ["JP", "CN"],
].map((countries, i) =>
  paper({
    ut: `WOS:0000000000001${String(i + 1).padStart(2, "0")}`,
    addresses: countries.map((c) => [c, `ORG ${c}`] as const),
  }),
);

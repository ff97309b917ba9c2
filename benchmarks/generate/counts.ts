/**
 * How many of each thing a synthetic paper has: authors (a log-normal body with a long tail and
 * rare hyper-authored papers), citations (zero-inflated, Pareto-tailed, so that ties at 0, 1, 2…
 * are common and a few papers are cited thousands of times) and cited references.
 */
import { logNormal, logUniformInt, pareto, type Random } from "./random.ts";
import type { DocumentType } from "./vocabulary.ts";

/**
 * Authors of a paper: a log-normal body whose median grows from ~3 (2000) to ~5 (2025), a 1.5%
 * tail of 15–150 authors, short items with 1–3, and hyper-authored papers with 200–3,000.
 * @example
 * authorCount(random, article, false, 2024) // → 4 most often; 1 for about one paper in seven
 */
export function authorCount(
  random: Random,
  type: DocumentType,
  hyperAuthored: boolean,
  year: number,
): number {
  if (hyperAuthored) return logUniformInt(random, 200, 3000);
  if (type.short) return random.chance(0.6) ? 1 : random.int(2, 3);
  if (random.chance(0.015)) return logUniformInt(random, 15, 150);
  const median = 2.8 + 2.2 * Math.min(1, Math.max(0, (year - 2000) / 25));
  return Math.max(1, Math.min(60, Math.round(logNormal(random, median, 0.75))));
}

/**
 * Times cited: zero-inflated (more zeros for recent papers), a Pareto tail (α 1.3) growing with
 * the square root of age, scaled by document type, capped at 100,000.
 * @param age - years between publication and export
 * @example
 * timesCited(random, article, 0) // → 0 about four times in five
 */
export function timesCited(random: Random, type: DocumentType, age: number): number {
  const zeroShare = type.citationFactor < 0.1 ? 0.9 : Math.min(0.95, 0.12 + 0.6 * Math.exp(-age / 1.2));
  if (random.chance(zeroShare)) return 0;
  const draw =
    (pareto(random, 1, 1.3) - 1 + random.next()) * (1 + 1.2 * Math.sqrt(age)) * type.citationFactor;
  return Math.min(100_000, Math.floor(draw));
}

/**
 * Cited references (NR): log-normal around the document type's median, at most 700.
 * @example
 * referenceCount(random, review) // → around 110
 */
export function referenceCount(random: Random, type: DocumentType): number {
  if (type.medianReferences === 0) return 0;
  return Math.min(700, Math.max(1, Math.round(logNormal(random, type.medianReferences, 0.5))));
}

/**
 * Where in its journal a synthetic paper appears: publication date (PD), volume, issue, and
 * either a page range or an article number (as online-only journals give). Early-access papers
 * have none of these yet.
 */
import type { Journal } from "./journals.ts";
import type { Random } from "./random.ts";
import { type DocumentType, MONTHS } from "./vocabulary.ts";

/** The issue fields of a paper; `null` where the record has none. */
export interface Issue {
  /** PD (`MAR 15`, `SEP`). */
  readonly publicationDate: string | null;
  /** VL. */
  readonly volume: string | null;
  /** IS. */
  readonly issue: string | null;
  /** BP. */
  readonly beginPage: string | null;
  /** EP. */
  readonly endPage: string | null;
  /** AR. */
  readonly articleNumber: string | null;
  /** PG. */
  readonly pageCount: number;
}

/**
 * Draws the issue fields of a paper of `year` (`null` for early access).
 * @example
 * issueOf(random, article, journal, 2022) // → { publicationDate: "MAR 15", volume: "47", issue: "3", beginPage: "1805", endPage: "1816", articleNumber: null, pageCount: 12 }
 */
export function issueOf(random: Random, type: DocumentType, journal: Journal, year: number | null): Issue {
  const pageCount = type.short ? random.int(1, 3) : random.int(4, 28);
  const none = { publicationDate: null, volume: null, issue: null, beginPage: null, endPage: null };
  if (year === null) return { ...none, articleNumber: null, pageCount };
  const month = random.pick(MONTHS);
  const day = random.chance(0.4) ? ` ${random.int(1, 28)}` : "";
  const publicationDate = random.chance(0.1) ? null : `${month}${day}`;
  const volume = String(journal.firstVolume + Math.max(0, year - 2000));
  const issue = random.chance(0.1) ? null : String(random.int(1, 24));
  const placed = { ...none, publicationDate, volume, issue, pageCount };
  if (random.chance(0.35)) return { ...placed, articleNumber: String(random.int(100, 999_999)) };
  const begin = random.int(1, 9000);
  return { ...placed, beginPage: String(begin), endPage: String(begin + pageCount - 1), articleNumber: null };
}

/**
 * The report's default periods, chosen the way NISTEP's Benchmarking reports choose theirs: the
 * latest complete 3-year window, compared with the same window ten years earlier (2019–2021 vs
 * 2009–2011), and single years only for the time-series charts. A year is complete when the
 * exports were made after it ended: papers of the year an export was made in are still being
 * indexed, and their counts would dip. Without any export date (older exports have no `DA`),
 * the latest year present is taken as complete, and the report says so.
 */
import * as z from "zod";
import { type YearWindow, YearWindowSchema } from "../normalize/publication-year.ts";

/** How the report's windows were chosen. */
export const ReportWindowsSchema = z.object({
  /** The latest complete window of `size` years all present in the corpus, or `null` when none is. */
  latest: YearWindowSchema.nullable(),
  /** The window `gap` years before `latest`, or `null` when its years are not all present. */
  earlier: YearWindowSchema.nullable(),
  /** The single years of the time-series charts: every year present up to the latest complete one. */
  years: z.array(z.number().int()),
  /** The latest complete year, or `null` for a corpus without years. */
  latestCompleteYear: z.number().int().nullable(),
  /**
   * `"export-date"`: years from the latest export date's year on are incomplete; `"latest-year"`:
   * no export date, the latest year present is taken as complete.
   */
  completeness: z.enum(["export-date", "latest-year"]),
});

/** How the report's windows were chosen. */
export type ReportWindows = z.infer<typeof ReportWindowsSchema>;

/** What the window choice reads of each paper. */
export interface DatedPaper {
  /** Publication year, or `null`. */
  readonly year: number | null;
  /** The export date (`DA`, `YYYY-MM-DD`), or `null`. */
  readonly exportDate: string | null;
}

/** Window size and distance between the compared windows; defaults 3 and 10 years. */
export interface ReportWindowOptions {
  /** Years in a window; default 3. */
  readonly size?: number;
  /** Years between the starts of the compared windows; default 10. */
  readonly gap?: number;
}

/**
 * Chooses the report's windows from the years and export dates of its papers.
 * @param papers - the papers in scope
 * @param options - window size (default 3) and gap (default 10)
 * @example
 * // papers of 2006–2024, exported on 2024-05-01: 2024 is incomplete
 * reportWindows(papers)
 * // → { latest: { from: 2021, to: 2023 }, earlier: { from: 2011, to: 2013 },
 * //     years: [2006, …, 2023], latestCompleteYear: 2023, completeness: "export-date" }
 */
export function reportWindows(
  papers: Iterable<DatedPaper>,
  options: ReportWindowOptions = {},
): ReportWindows {
  const size = options.size ?? 3;
  const gap = options.gap ?? 10;
  const present = new Set<number>();
  let exportYear: number | null = null;
  for (const paper of papers) {
    if (paper.year !== null) present.add(paper.year);
    const year =
      paper.exportDate === null ? null : Number(/^\d{4}/.exec(paper.exportDate)?.[0] ?? Number.NaN);
    if (year !== null && Number.isInteger(year) && (exportYear === null || year > exportYear))
      exportYear = year;
  }
  const complete = [...present]
    .filter((year) => exportYear === null || year < exportYear)
    .sort((a, b) => a - b);
  const latestCompleteYear = complete.at(-1) ?? null;
  const allPresent = (window: YearWindow): boolean => {
    for (let year = window.from; year <= window.to; year++) if (!present.has(year)) return false;
    return true;
  };
  // The latest window whose years are all present and complete.
  let latest: YearWindow | null = null;
  for (let i = complete.length - 1; i >= 0 && latest === null; i--) {
    const to = complete[i] as number;
    const window = { from: to - size + 1, to };
    if (allPresent(window)) latest = window;
  }
  const before = latest === null ? null : { from: latest.from - gap, to: latest.to - gap };
  return {
    latest,
    earlier: before !== null && allPresent(before) ? before : null,
    years: complete,
    latestCompleteYear,
    completeness: exportYear === null ? "latest-year" : "export-date",
  };
}

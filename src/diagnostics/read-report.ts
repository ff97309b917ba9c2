/**
 * The read report: how many records a reader saw, parsed and rejected, and why. It is the
 * accounting every run prints, and its invariant `records = parsed + rejected` is what
 * proves that no record was dropped (docs/methodology.md §13.4).
 */
import * as z from "zod";
import { type RejectionCode, RejectionCodeSchema } from "./rejection.ts";

/** Counts of one reading. */
export const ReadReportSchema = z.object({
  /** Records seen: parsed + rejected. */
  records: z.number().int().nonnegative(),
  /** Records parsed into a `WosRecord`. */
  parsed: z.number().int().nonnegative(),
  /** Records rejected. */
  rejected: z.number().int().nonnegative(),
  /** Rejections per code; codes that did not occur are absent. */
  byCode: z.partialRecord(RejectionCodeSchema, z.number().int().positive()),
});

/** Counts of one reading. */
export type ReadReport = z.infer<typeof ReadReportSchema>;

/**
 * Adds up read reports (e.g. the files of one run).
 * @example
 * sumReadReports([{ records: 2, parsed: 1, rejected: 1, byCode: { "missing-ut": 1 } }, { records: 3, parsed: 3, rejected: 0, byCode: {} }])
 * // → { records: 5, parsed: 4, rejected: 1, byCode: { "missing-ut": 1 } }
 */
export function sumReadReports(reports: Iterable<ReadReport>): ReadReport {
  let records = 0;
  let parsed = 0;
  let rejected = 0;
  const byCode: Partial<Record<RejectionCode, number>> = {};
  for (const report of reports) {
    records += report.records;
    parsed += report.parsed;
    rejected += report.rejected;
    for (const code of RejectionCodeSchema.options) {
      const n = report.byCode[code];
      if (n !== undefined) byCode[code] = (byCode[code] ?? 0) + n;
    }
  }
  return { records, parsed, rejected, byCode };
}

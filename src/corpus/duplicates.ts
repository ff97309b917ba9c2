/**
 * Duplicate records (same normalized UT) and the order-independent rule that picks the one to
 * keep (docs/methodology.md §13.2): richer format (XML > tab-delimited > plain text), then the later
 * export date (DA), then more times cited, then the smallest SHA-256 of the record.
 */
import * as z from "zod";
import type { WosRecord } from "../read/wos-record.ts";
import { compareDigests, differingFields, type RecordDigest } from "./_record-digest.ts";
import { compareSources, type SourceRef, SourceRefSchema } from "./_source-ref.ts";

/** What the rule needs to know of one record. */
export interface DuplicateCandidate {
  /** Where the record came from. */
  readonly source: SourceRef;
  /** DA, or `null`. */
  readonly exportDate: string | null;
  /** TC, or `null`. */
  readonly timesCited: number | null;
  /** The record's fingerprint. */
  readonly digest: RecordDigest;
}

/** One record dropped as a duplicate of the kept one. */
export const DroppedDuplicateSchema = SourceRefSchema.extend({
  /** `duplicate-ut` when it equals the kept record, `duplicate-ut-conflict` when it differs. */
  reason: z.enum(["duplicate-ut", "duplicate-ut-conflict"]),
  /** The fields in which it differs from the kept record (empty for `duplicate-ut`). */
  differingFields: z.array(z.string()),
});

/** One UT read more than once: the record kept and the ones dropped. */
export const DuplicateReportSchema = z.object({
  /** The UT. */
  ut: z.string(),
  /** The record kept. */
  kept: SourceRefSchema,
  /** The records dropped, by file and position. */
  dropped: z.array(DroppedDuplicateSchema),
});

/** One UT read more than once. */
export type DuplicateReport = z.infer<typeof DuplicateReportSchema>;

const FORMAT_RANK = { xml: 3, tab: 2, plain: 1 } as const;

/**
 * Builds a candidate from a record and its fingerprint.
 * @example
 * duplicateCandidate(record, source, digestRecord(record)) // → { source, exportDate: "2024-05-01", timesCited: 7, digest }
 */
export function duplicateCandidate(
  record: WosRecord,
  source: SourceRef,
  digest: RecordDigest,
): DuplicateCandidate {
  return { source, exportDate: record.exportDate, timesCited: record.timesCited, digest };
}

/**
 * Orders two duplicates: negative when `a` is the one to keep. Total and independent of input
 * order; two identical records (same SHA-256) are ordered by file and position.
 * @example
 * preferCandidate(fromXml, fromPlainText) // → -1 (the richer format wins)
 */
export function preferCandidate(a: DuplicateCandidate, b: DuplicateCandidate): number {
  const byFormat = FORMAT_RANK[b.source.format] - FORMAT_RANK[a.source.format];
  if (byFormat !== 0) return byFormat;
  const byDate = compareNullable(b.exportDate, a.exportDate);
  if (byDate !== 0) return byDate;
  const byCitations = (b.timesCited ?? -1) - (a.timesCited ?? -1);
  if (byCitations !== 0) return byCitations;
  return compareDigests(a.digest, b.digest) || compareSources(a.source, b.source);
}

/**
 * Reports one UT's duplicates against the kept record.
 * @param ut - the UT
 * @param kept - the record kept
 * @param dropped - the others, in any order
 * @example
 * duplicateReport("WOS:…3", kept, [other]) // → { ut: "WOS:…3", kept: {…}, dropped: [{ …, reason: "duplicate-ut", differingFields: [] }] }
 */
export function duplicateReport(
  ut: string,
  kept: DuplicateCandidate,
  dropped: readonly DuplicateCandidate[],
): DuplicateReport {
  return {
    ut,
    kept: kept.source,
    dropped: [...dropped]
      .sort((a, b) => compareSources(a.source, b.source))
      .map((candidate) => {
        const fields = differingFields(kept.digest, candidate.digest);
        return {
          ...candidate.source,
          reason: fields.length === 0 ? "duplicate-ut" : "duplicate-ut-conflict",
          differingFields: fields,
        };
      }),
  };
}

/** Later (greater) strings first is done by the caller's argument order; `null` sorts lowest. */
function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

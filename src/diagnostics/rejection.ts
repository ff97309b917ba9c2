/**
 * A rejection is a record that could not be turned into a parsed record. Readers yield
 * rejections as values next to parsed records instead of throwing, so one bad record
 * never stops a run and every input record is accounted for (docs/methodology.md §13.3–13.4).
 */
import * as z from "zod";
import { SourceLocationSchema } from "./location.ts";

/**
 * Why a record was rejected, as a closed set of codes (docs/methodology.md §13.3).
 * - `missing-ut`: the record has no UT, so it cannot be de-duplicated or cited.
 * - `malformed`: the record cannot be parsed: unterminated, stray text outside any record,
 *   a tab-delimited row whose cells do not fit the header, or invalid XML.
 * - `record-too-large`: the record exceeds the reader's size limit.
 */
export const RejectionCodeSchema = z.enum(["missing-ut", "malformed", "record-too-large"]);

/** Why a record was rejected. */
export type RejectionCode = z.infer<typeof RejectionCodeSchema>;

/** One rejected record: where it was, its UT when readable, and why it was rejected. */
export const RejectionSchema = SourceLocationSchema.extend({
  /** Machine-readable reason; tests and scripts match on this, never on `reason`. */
  code: RejectionCodeSchema,
  /** Human-readable explanation naming the offending tag, cell or element. */
  reason: z.string(),
  /** The record's UT when it could be read, else `null`. */
  recordId: z.string().nullable(),
});

/** One rejected record: where it was, its UT when readable, and why it was rejected. */
export type Rejection = z.infer<typeof RejectionSchema>;

/**
 * Formats a rejection as `file:line: id: code: reason`, the form error messages take everywhere;
 * a record without a UT is named by its 0-based index, `record[1]`.
 * @example
 * formatRejection({ file: "savedrecs.txt", line: 12, recordIndex: 1, code: "missing-ut", reason: "no UT tag", recordId: null })
 * // → "savedrecs.txt:12: record[1]: missing-ut: no UT tag"
 */
export function formatRejection(rejection: Rejection): string {
  const where = rejection.line === null ? rejection.file : `${rejection.file}:${rejection.line}`;
  const id = rejection.recordId ?? `record[${rejection.recordIndex}]`;
  return `${where}: ${id}: ${rejection.code}: ${rejection.reason}`;
}

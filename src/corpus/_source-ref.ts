/**
 * Where a record of a corpus came from: file, format, first line and position. It is what
 * de-duplication reports and what the record accounting of docs/methodology.md §13.4 names.
 */
import * as z from "zod";
import { WosFormatSchema } from "../read/read-item.ts";

/** Where one input record came from. */
export const SourceRefSchema = z.object({
  /** The file, as given or found under a given folder. */
  file: z.string(),
  /** Its format, detected from the content. */
  format: WosFormatSchema,
  /** 1-based first line of the record, or `null`. */
  line: z.number().int().positive().nullable(),
  /** 0-based position of the record in its file. */
  recordIndex: z.number().int().nonnegative(),
});

/** Where one input record came from. */
export type SourceRef = z.infer<typeof SourceRefSchema>;

/**
 * Orders sources by file, then position: the tie-break that makes reports independent of the
 * order in which files were read.
 * @example
 * compareSources({ file: "a.txt", recordIndex: 5 }, { file: "b.txt", recordIndex: 0 }) // → -1
 */
export function compareSources(
  a: Pick<SourceRef, "file" | "recordIndex">,
  b: Pick<SourceRef, "file" | "recordIndex">,
): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.recordIndex - b.recordIndex;
}

/**
 * Where a record came from. Every parsed record and every rejection carries one, so an
 * analyst can go back to the exact place in the export that produced a number.
 */
import * as z from "zod";

/** Location of one record in its source file. */
export const SourceLocationSchema = z.object({
  /** The file as the caller named it (a path, a URL, or a label given for a stream). */
  file: z.string(),
  /** 1-based line on which the record starts, or `null` when the format has no useful lines. */
  line: z.number().int().positive().nullable(),
  /** 0-based position of the record among the records of its file (docs/methodology.md §13.4). */
  recordIndex: z.number().int().nonnegative(),
});

/** Location of one record in its source file. */
export type SourceLocation = z.infer<typeof SourceLocationSchema>;

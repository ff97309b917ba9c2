/**
 * The limits every read runs under, so that no input, however hostile, costs more than its size:
 * a record or a line past its limit is rejected (`record-too-large`) without being held in
 * memory, and a gzip stream that inflates past its limits stops the file (`input-too-large`).
 * One module, so that the readers, `openWos`, the corpus loader and the command line share the
 * names, the defaults and the check of a value. docs/reliability.md gives the reasons for each
 * default.
 */
import * as z from "zod";
import { CopubError } from "../diagnostics/errors.ts";

/** The read limits. Sizes are in characters of decoded text for records and lines (for WoS exports, nearly all ASCII, about bytes), in bytes for gzip. */
export interface ReadLimits {
  /**
   * Largest record: an XML `<REC>`, the lines of a plain-text record from its first tag to `ER`,
   * a tab-delimited row. A larger one is rejected as `record-too-large` and skipped.
   */
  readonly maxRecordBytes: number;
  /** Longest line of a plain-text or tab-delimited export; the record holding a longer one is rejected as `record-too-large`. */
  readonly maxLineBytes: number;
  /** Most bytes a gzip stream may inflate to; past it the file stops with `input-too-large`. */
  readonly maxDecompressedBytes: number;
  /**
   * Most bytes a gzip stream may inflate to per compressed byte read so far, once it has inflated
   * more than `maxRecordBytes` (a small file with one large record may always be read); past it
   * the file stops with `input-too-large`.
   */
  readonly maxDecompressionRatio: number;
}

/**
 * The record and line limits among those given, as the text readers' options take them (a limit
 * not given is left out, so the reader's default applies): what a block read on another thread
 * needs of the limits.
 * @example
 * recordLimits({ maxRecordBytes: 1024, maxDecompressedBytes: 1 }) // → { maxRecordBytes: 1024 }
 */
export function recordLimits(
  given: Partial<ReadLimits>,
): Partial<Pick<ReadLimits, "maxRecordBytes" | "maxLineBytes">> {
  const { maxRecordBytes, maxLineBytes } = given;
  return {
    ...(maxRecordBytes === undefined ? {} : { maxRecordBytes }),
    ...(maxLineBytes === undefined ? {} : { maxLineBytes }),
  };
}

/**
 * The defaults: 16 MiB records (the largest real WoS records, papers with thousands of authors,
 * are a few MB; the largest of the shared samples is 177 KB; a record costs up to about 50 times
 * its size in memory, so 16 MiB keeps the worst record under 1 GB), 16 MiB lines (the longest
 * real lines, tab-delimited rows of such papers, are under 1 MB), 8 GiB inflated and a ratio of
 * 200 (WoS XML compresses about 10:1, text about 5:1; a gzip bomb inflates about 1000:1).
 * @example
 * DEFAULT_READ_LIMITS.maxRecordBytes // → 16777216 (16 MiB)
 */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxRecordBytes: 16 * 1024 ** 2,
  maxLineBytes: 16 * 1024 ** 2,
  maxDecompressedBytes: 8 * 1024 ** 3,
  maxDecompressionRatio: 200,
};

/**
 * The read limits with the defaults filled in, each checked.
 * @param given - the limits a caller set (others take their defaults); `Infinity` turns one off
 * @param file - the input the limits are for, in the error (`null` for options of a whole run)
 * @throws CopubError `invalid-option` for a limit that is not a positive number
 * @example
 * readLimits({ maxLineBytes: 1024 }) // → { maxRecordBytes: 16777216, maxLineBytes: 1024, maxDecompressedBytes: 8589934592, maxDecompressionRatio: 200 }
 */
export function readLimits(given: Partial<ReadLimits> = {}, file: string | null = null): ReadLimits {
  const limits: { -readonly [K in keyof ReadLimits]: number } = { ...DEFAULT_READ_LIMITS };
  for (const key of Object.keys(DEFAULT_READ_LIMITS) as (keyof ReadLimits)[]) {
    const value = given[key];
    if (value === undefined) continue;
    if (typeof value !== "number" || !(value > 0)) {
      throw new CopubError("invalid-option", `${key} must be a positive number, got ${String(value)}`, file);
    }
    limits[key] = value;
  }
  return limits;
}

/** A limit as recorded in JSON: its value, or `null` when it is off (`none`, `Infinity`). */
const RecordedLimitSchema = z.number().positive().nullable();

/**
 * The read limits as a run records them (the run manifest of docs/methodology.md §13.5, the
 * summary of `copub read`): every limit with its default filled in, `null` for one turned off
 * (JSON has no `Infinity`).
 */
export const RecordedReadLimitsSchema = z.object({
  maxRecordBytes: RecordedLimitSchema,
  maxLineBytes: RecordedLimitSchema,
  maxDecompressedBytes: RecordedLimitSchema,
  maxDecompressionRatio: RecordedLimitSchema,
});

/** The read limits as a run records them. */
export type RecordedReadLimits = z.infer<typeof RecordedReadLimitsSchema>;

/**
 * The read limits of a run as it records them: defaults filled in, `null` for a limit turned off.
 * @param given - the limits the run was given (others take their defaults)
 * @throws CopubError `invalid-option` for a limit that is not a positive number
 * @example
 * recordedReadLimits({ maxLineBytes: Infinity })
 * // → { maxRecordBytes: 16777216, maxLineBytes: null, maxDecompressedBytes: 8589934592, maxDecompressionRatio: 200 }
 */
export function recordedReadLimits(given: Partial<ReadLimits> = {}): RecordedReadLimits {
  const limits = readLimits(given);
  const recorded = (value: number): number | null => (Number.isFinite(value) ? value : null);
  return {
    maxRecordBytes: recorded(limits.maxRecordBytes),
    maxLineBytes: recorded(limits.maxLineBytes),
    maxDecompressedBytes: recorded(limits.maxDecompressedBytes),
    maxDecompressionRatio: recorded(limits.maxDecompressionRatio),
  };
}

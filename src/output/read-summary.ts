/**
 * The accounting of a `copub read` run as data and as text: per file its detected format and
 * counts, then every rejection with its location. The JSON shape is a public contract.
 */
import type { Rejection } from "../diagnostics/rejection.ts";
import { formatRejection } from "../diagnostics/rejection.ts";
import type { SkippedFile } from "../read/read-inputs.ts";
import type { WosFormat } from "../read/read-item.ts";
import type { RecordedReadLimits } from "../read/read-limits.ts";
import { toTextTable } from "./text-table.ts";

/** Counts of one file in a read summary. */
export interface FileSummary {
  /** Path as given or found under a given folder. */
  readonly path: string;
  /** Format detected from the content. */
  readonly format: WosFormat;
  /** Records seen (`parsed + rejected`). */
  readonly records: number;
  /** Records parsed. */
  readonly parsed: number;
  /** Records rejected. */
  readonly rejected: number;
}

/** The JSON document `copub read --format json` prints. */
export interface ReadSummary {
  /** One entry per file read, sorted by path. */
  readonly files: readonly FileSummary[];
  /** Records seen in all files. */
  readonly records: number;
  /** Records parsed in all files. */
  readonly parsed: number;
  /** Records rejected in all files. */
  readonly rejected: number;
  /** Every rejection, file by file in path order, then in file order. */
  readonly rejections: readonly {
    readonly file: string;
    readonly line: number | null;
    readonly id: string | null;
    readonly code: Rejection["code"];
    readonly reason: string;
  }[];
  /** Files found in folders that are not WoS exports. */
  readonly skipped: readonly SkippedFile[];
  /** The profile given (`--profile`, methodology §14), or `null`; nothing a read counts depends on it. */
  readonly profile: string | null;
  /** The read limits the files were read under (docs/reliability.md), `null` for a limit turned off. */
  readonly readLimits: RecordedReadLimits;
}

/** What a read ran with, recorded in its summary. */
export interface ReadRun {
  /** The profile given, or `null`. */
  readonly profile: string | null;
  /** The read limits, defaults filled in (`recordedReadLimits`). */
  readonly readLimits: RecordedReadLimits;
}

/**
 * Builds the read summary from per-file counts and rejections.
 * @example
 * readSummary([{ path: "a.txt", format: "plain", records: 2, parsed: 2, rejected: 0 }], [], [],
 *   { profile: null, readLimits: recordedReadLimits() })
 * // → { files: [...], records: 2, parsed: 2, rejected: 0, rejections: [], skipped: [], profile: null,
 * //     readLimits: { maxRecordBytes: 16777216, … } }
 */
export function readSummary(
  files: readonly FileSummary[],
  rejections: readonly Rejection[],
  skipped: readonly SkippedFile[],
  run: ReadRun,
): ReadSummary {
  return {
    files,
    records: files.reduce((n, f) => n + f.records, 0),
    parsed: files.reduce((n, f) => n + f.parsed, 0),
    rejected: files.reduce((n, f) => n + f.rejected, 0),
    rejections: rejections.map((r) => ({
      file: r.file,
      line: r.line,
      id: r.recordId,
      code: r.code,
      reason: r.reason,
    })),
    skipped,
    profile: run.profile,
    readLimits: run.readLimits,
  };
}

/**
 * Renders the read summary as a fixed-width table followed by one line per rejection.
 * @example
 * readSummaryText(summary)
 * // → "file   format  records  parsed  rejected\na.txt  plain         2       2         0\ntotal                 2       2         0\n"
 */
export function readSummaryText(summary: ReadSummary, rejections: readonly Rejection[]): string {
  const table = toTextTable(
    ["file", "format", "records", "parsed", "rejected"],
    [
      ...summary.files.map((f) => [
        f.path,
        f.format,
        String(f.records),
        String(f.parsed),
        String(f.rejected),
      ]),
      ["total", "", String(summary.records), String(summary.parsed), String(summary.rejected)],
    ],
    [2, 3, 4],
  );
  const lines = [table.trimEnd()];
  for (const skipped of summary.skipped) lines.push(`skipped ${skipped.path}: ${skipped.reason}`);
  if (summary.profile !== null)
    lines.push(`profile ${summary.profile}: none of its switches changes what is read (methodology §14)`);
  if (rejections.length > 0) lines.push("", "rejections:", ...rejections.map(formatRejection));
  return `${lines.join("\n")}\n`;
}

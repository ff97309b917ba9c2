/**
 * What readers yield: one item per input record, parsed or rejected. Nothing else leaves a
 * reader, which is what makes `records seen = parsed + rejected` hold by construction.
 */
import * as z from "zod";
import type { SourceLocation } from "../diagnostics/location.ts";
import type { Rejection } from "../diagnostics/rejection.ts";
import type { ReadLimits } from "./read-limits.ts";
import type { WosRecord } from "./wos-record.ts";

/** The three Web of Science export formats, named as in docs/methodology.md §13.4. */
export const WosFormatSchema = z.enum(["plain", "tab", "xml"]);

/** The three Web of Science export formats. */
export type WosFormat = z.infer<typeof WosFormatSchema>;

/** One input record: parsed with its location, or rejected with the reason. */
export type ReadItem =
  | { readonly ok: true; readonly record: WosRecord; readonly at: SourceLocation }
  | { readonly ok: false; readonly rejection: Rejection };

/**
 * Options shared by every reader, with the record and line limits (`readLimits`: 64 Mi and
 * 16 Mi characters by default; the line limit applies to the text formats).
 */
export interface ReadOptions extends Partial<Pick<ReadLimits, "maxRecordBytes" | "maxLineBytes">> {
  /** Name used for the source in locations and messages; defaults to the path, or `"<stream>"`. */
  readonly fileName?: string;
  /** Keep cited references (CR) in `WosRecord.citedReferences`; default `true`. They are most of a record's bytes. */
  readonly citedReferences?: boolean;
}

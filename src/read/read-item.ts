/**
 * What readers yield: one item per input record, parsed or rejected. Nothing else leaves a
 * reader, which is what makes `records seen = parsed + rejected` hold by construction.
 */
import * as z from "zod";
import { checkKeys, optionKeys } from "../diagnostics/checked-options.ts";
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
  | {
      readonly ok: true;
      readonly record: WosRecord;
      readonly at: SourceLocation;
      /**
       * With `ReadOptions.fingerprints`, from the text readers: a whole number below 2^53
       * computed from the lines the record was read from (tab-delimited: the row and the header;
       * none for a row joined over line breaks). Two records with equal fingerprints, read with
       * the same options, were read from the same text and so are equal; records with different
       * fingerprints may still be equal (text that differs in what parsing drops, another format).
       */
      readonly fingerprint?: number;
    }
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
  /**
   * Give each record of a plain-text or tab-delimited export a `fingerprint` of its text (XML
   * records get none); default `false`. The corpus builder compares them to tell duplicates apart
   * cheaply.
   */
  readonly fingerprints?: boolean;
  /**
   * Fill the descriptive fields no indicator reads (`DESCRIPTIVE_FIELDS`: title, keywords, research
   * areas, language, the tags copub does not map, …); default `true`. With `false` the plain-text
   * reader cuts no value from their lines and leaves them empty (`null`, `[]`, `{}`): the lines are
   * still read, checked against the limits and fingerprinted, so a record's `fingerprint` is the
   * same either way. The tab-delimited reader does the same for a one-line row (cells not trimmed
   * nor split; a row joined over line breaks, which gets no fingerprint, is read whole); the XML
   * reader fills them regardless. For callers that only normalize the records (the corpus
   * builder, which reads them with `fingerprints`).
   */
  readonly descriptiveFields?: boolean;
  /**
   * Fill `WosRecord.fundingText` (FX); default `true`. With `false` the text readers leave it
   * `null` as they leave out the descriptive fields (`descriptiveFields`), FX's lines still read,
   * checked and fingerprinted; the XML reader fills it regardless. Only programme evaluation reads
   * the funding text: the corpus builder reads without it unless asked to keep it.
   */
  readonly fundingText?: boolean;
}

/** The keys of `ReadOptions`: the options that take them (`openWos`, `forEachInput`) extend this list. */
export const READ_OPTION_KEYS: readonly string[] = optionKeys<ReadOptions>({
  fileName: true,
  citedReferences: true,
  fingerprints: true,
  descriptiveFields: true,
  fundingText: true,
  maxRecordBytes: true,
  maxLineBytes: true,
});

/**
 * The reader options among an options object's (`READ_OPTION_KEYS`), those given only: what a
 * function taking more options (`openWos`) hands on to the reader of a file.
 * @example
 * readOptionsOf({ fingerprints: true, maxDecompressedBytes: 1e9 }) // → { fingerprints: true }
 */
export function readOptionsOf(options: object): ReadOptions {
  const given = options as Record<string, unknown>;
  return Object.fromEntries(
    READ_OPTION_KEYS.filter((key) => given[key] !== undefined).map((key) => [key, given[key]]),
  ) as ReadOptions;
}

/**
 * Checks that a reader's options have only the keys of `ReadOptions`, as every public options
 * object does (`checkKeys`); each reader calls it when it starts.
 * @param options - the options as the caller gave them
 * @param what - the reader, for the message
 * @throws CopubError `invalid-option` naming the unknown key
 * @example
 * checkReadOptions({ citedReference: false }, "readPlainText")
 * // throws CopubError: readPlainText options: unknown option "citedReference" (did you mean "citedReferences"?); …
 */
export function checkReadOptions(options: ReadOptions, what: string): void {
  checkKeys(options, READ_OPTION_KEYS, `${what} options`);
}

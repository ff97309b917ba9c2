/**
 * Errors thrown when an input as a whole is unusable or a caller breaks a contract. Problems
 * with single records are never thrown: they become `Rejection` values.
 */

/**
 * What went wrong, as a closed set:
 * - `not-found`: the path does not exist.
 * - `unreadable`: the path exists but cannot be read (a permission, a device error).
 * - `unknown-format`: the content is not a Web of Science export copub can read.
 * - `not-wos`: the content has a known syntax (XML, tab-separated) but is not a WoS export.
 * - `input-too-large`: a decompressed stream grew past the configured limit, or a line that must
 *   be read whole (a tab-delimited header) is past the line limit.
 * - `no-records`: the inputs of a run hold no Web of Science record at all (an empty folder,
 *   only files that are not exports, exports with no records).
 * - `invalid-option`: an option or argument has a value outside its domain.
 */
export type CopubErrorCode =
  | "not-found"
  | "unreadable"
  | "unknown-format"
  | "not-wos"
  | "input-too-large"
  | "no-records"
  | "invalid-option";

/**
 * An input or a call that copub cannot work with; `code` identifies it, `file` names the input.
 * @example
 * try { await loadCorpus(["missing.txt"]); }
 * catch (error) { if (error instanceof CopubError) console.error(error.code, error.message); }
 * // → not-found missing.txt: no such file or directory
 */
export class CopubError extends Error {
  override readonly name = "CopubError";
  /** What went wrong; match on this, not on the message. */
  readonly code: CopubErrorCode;
  /** The file or source the error is about, when there is one. */
  readonly file: string | null;

  /**
   * @param code - what went wrong
   * @param message - a sentence for people, naming the file and what was expected
   * @param file - the input concerned, or `null`
   * @param options - standard `ErrorOptions`, e.g. the underlying `cause`
   */
  constructor(code: CopubErrorCode, message: string, file: string | null = null, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
    this.file = file;
  }
}

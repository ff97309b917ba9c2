/**
 * Bad usage (an unknown option, a missing argument) is reported with exit code 2, apart
 * from unusable input (exit code 1).
 */

/** A command line that cannot be run as written. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/**
 * Creates a usage error with the given message.
 * @example
 * throw usageError("--format must be json or text");
 */
export function usageError(message: string): UsageError {
  return new UsageError(message);
}

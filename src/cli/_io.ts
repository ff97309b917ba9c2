/**
 * What a command may touch: two output streams, and whether standard error is a terminal (a
 * progress line is drawn only there). Commands get them as a parameter so tests run commands
 * in-process and read their output; only `main.ts` binds them to `process`.
 */

/** Output channels of a command. */
export interface CliIo {
  /** Writes results (tables, JSON) to standard output. */
  readonly stdout: (text: string) => void;
  /**
   * Resolves once standard output has taken what was written (its buffer drained), so that a
   * command writing a large output in chunks holds one chunk at a time (`writeStdout`). Absent
   * when the channel never needs waiting for (tests collecting output in a string).
   */
  readonly stdoutDrained?: () => Promise<void>;
  /**
   * Writes bytes (a workbook) to standard output, resolving once the stream has taken them. Absent
   * when standard output takes text only (tests collecting output in a string).
   */
  readonly stdoutBytes?: (bytes: Uint8Array) => Promise<void>;
  /** Whether standard output is a terminal: a binary output is refused there. Absent: not one. */
  readonly stdoutIsTty?: boolean;
  /** Writes notices and errors to standard error. */
  readonly stderr: (text: string) => void;
  /** Whether standard error is a terminal: progress lines are drawn only then. */
  readonly stderrIsTty: boolean;
}

/** Exit codes: 0 ran (rejections are reported, not fatal), 1 unusable input, 2 bad usage. */
export const EXIT = { ok: 0, unusableInput: 1, usage: 2 } as const;

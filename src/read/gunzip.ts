// Placeholder: the gzip stage (issue 4) replaces this file.
import { CopubError } from "../diagnostics/errors.ts";

/** True when the bytes start with the gzip magic number. */
export function isGzip(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

/** Options of `gunzipChunks`. */
export interface GunzipOptions {
  /** Name for messages. */
  readonly name: string;
  /** Stop with `input-too-large` past this many decompressed bytes. */
  readonly maxBytes?: number;
}

/** Decompresses gzip chunks. */
export async function* gunzipChunks(
  _chunks: AsyncIterable<Uint8Array>,
  options: GunzipOptions,
): AsyncIterable<Uint8Array> {
  yield* [];
  throw new CopubError("unknown-format", "gzip input is not supported yet", options.name);
}

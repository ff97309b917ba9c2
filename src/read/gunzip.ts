/**
 * The gzip stage: WoS raw-data deliveries come as `.xml.gz`. Bytes are inflated as they stream
 * (node:zlib), never as a whole file, and the inflation is capped twice, because a few kilobytes
 * of gzip can expand to gigabytes (a "zip bomb"): in bytes, and in bytes per compressed byte
 * read so far, which stops a bomb after its first megabytes instead of after gigabytes of work.
 * It sits before decoding, so any reader can take its output.
 */
import { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { checkKeys, optionKeys } from "../diagnostics/checked-options.ts";
import { CopubError } from "../diagnostics/errors.ts";
import { DEFAULT_READ_LIMITS } from "./read-limits.ts";

/**
 * Tells whether bytes start with the gzip magic number (`1f 8b`).
 * @param head - the first bytes of the input (two are enough)
 * @example
 * isGzip(new Uint8Array([0x1f, 0x8b, 0x08])) // → true
 * isGzip(new TextEncoder().encode("<records>")) // → false
 */
export function isGzip(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

/** Options of `gunzipChunks`. */
export interface GunzipOptions {
  /** The input's name, used in errors. */
  readonly name: string;
  /**
   * Stop with `CopubError("input-too-large")` once the inflated bytes exceed this many.
   * Default `DEFAULT_READ_LIMITS.maxDecompressedBytes` (8 GiB); `Infinity` turns the limit off.
   */
  readonly maxBytes?: number;
  /**
   * Stop with `CopubError("input-too-large")` once the inflated bytes exceed this many times the
   * compressed size (`compressedBytes`; for a stream of unknown size, the compressed bytes taken in
   * so far), past the first `ratioFreeBytes`. Default `DEFAULT_READ_LIMITS.maxDecompressionRatio`
   * (200); `Infinity` turns the limit off.
   */
  readonly maxRatio?: number;
  /**
   * The compressed size, when known (a file, bytes in memory), asked once inflation has begun;
   * with it the ratio limit is the same however the compressed bytes arrive. Default: unknown.
   */
  readonly compressedBytes?: () => number | undefined;
  /** Inflated bytes allowed whatever the ratio; default `DEFAULT_READ_LIMITS.maxRecordBytes` (16 MiB). */
  readonly ratioFreeBytes?: number;
}

/** The keys of `GunzipOptions`. */
const GUNZIP_KEYS = optionKeys<GunzipOptions>({
  name: true,
  maxBytes: true,
  maxRatio: true,
  compressedBytes: true,
  ratioFreeBytes: true,
});

/**
 * Inflates a gzip stream (one or more concatenated gzip members) chunk by chunk.
 * @param chunks - the compressed bytes
 * @param options - `name` for errors, the limits on the inflated size
 * @throws CopubError `input-too-large` past `maxBytes` or `maxRatio` (reading stops there),
 *   `unreadable` for corrupt or truncated gzip data, `invalid-option` for a limit that is not a
 *   positive number
 * @example
 * for await (const bytes of gunzipChunks(openSource("wos.xml.gz").chunks, { name: "wos.xml.gz" })) …
 * // → the bytes of wos.xml, in chunks of up to 64 KiB
 */
export function gunzipChunks(
  chunks: AsyncIterable<Uint8Array>,
  options: GunzipOptions,
): AsyncIterable<Uint8Array> {
  checkKeys(options, GUNZIP_KEYS, "gunzipChunks options");
  const { name } = options;
  return inflateChunks(chunks, options, (error) => {
    const detail = error instanceof Error ? error.message : String(error);
    return new CopubError("unreadable", `${name}: corrupt or truncated gzip data (${detail})`, name, {
      cause: error,
    });
  });
}

/**
 * `gunzipChunks` with the error for bytes that do not inflate made by the caller, for files that
 * word every read failure their own way (a saved corpus).
 * @param chunks - the compressed bytes
 * @param options - `name` for errors, `maxBytes` limit on the inflated size
 * @param corrupt - the error to throw for what node:zlib threw
 * @throws CopubError as `gunzipChunks`, and what `corrupt` returns for corrupt or truncated data
 * @example
 * inflateChunks(chunks, { name: "c.jsonl.gz" }, (error) => fileError(error, "c.jsonl.gz", wording))
 * // → the inflated bytes
 */
export async function* inflateChunks(
  chunks: AsyncIterable<Uint8Array>,
  options: GunzipOptions,
  corrupt: (error: unknown) => Error,
): AsyncIterable<Uint8Array> {
  const { name } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_READ_LIMITS.maxDecompressedBytes;
  const maxRatio = options.maxRatio ?? DEFAULT_READ_LIMITS.maxDecompressionRatio;
  const ratioFreeBytes = options.ratioFreeBytes ?? DEFAULT_READ_LIMITS.maxRecordBytes;
  for (const [option, value] of [
    ["maxBytes", maxBytes],
    ["maxRatio", maxRatio],
    ["ratioFreeBytes", ratioFreeBytes],
  ] as const) {
    if (!(value > 0)) {
      throw new CopubError("invalid-option", `${option} must be a positive number, got ${value}`, name);
    }
  }
  const input = Readable.from(chunks, { objectMode: false });
  // 64 KiB out at a time (zlib's default is 16 KiB): four times fewer chunks for the readers.
  const gunzip = createGunzip({ chunkSize: 64 * 1024 });
  // pipe() does not forward errors: a failing source (a missing file, say) must end the inflation too.
  input.on("error", (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  let total = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Uint8Array>) {
      total += chunk.length;
      if (total > maxBytes) {
        throw new CopubError(
          "input-too-large",
          `${name}: gzip data expands to more than ${maxBytes} bytes (maxDecompressedBytes, --max-inflated-size); reading stopped`,
          name,
        );
      }
      // The whole compressed size when known, else what zlib has taken in so far (bytesWritten).
      const compressed = options.compressedBytes?.() ?? gunzip.bytesWritten;
      if (total > ratioFreeBytes && total > maxRatio * compressed) {
        throw new CopubError(
          "input-too-large",
          `${name}: gzip data expands more than ${maxRatio} times (${compressed} compressed bytes gave more than ${total}; maxDecompressionRatio, --max-inflate-ratio), as a gzip bomb does; reading stopped`,
          name,
        );
      }
      yield chunk;
    }
  } catch (error) {
    if (error instanceof CopubError) throw error;
    throw corrupt(error);
  } finally {
    input.destroy();
    gunzip.destroy();
  }
}

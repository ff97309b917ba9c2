/**
 * Byte sources: the one read module that opens files or adapts streams. Every reader takes
 * a `ByteSource` and sees only an async iterable of byte chunks, so the parsers never care
 * whether the bytes came from disk, a web stream or a Node stream.
 */
import { open } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { CopubError } from "../diagnostics/errors.ts";

/**
 * Anything copub can read bytes from: a file path, a `file:` URL, the bytes themselves,
 * a web `ReadableStream`, or any async iterable of byte chunks (a Node `Readable` is one).
 */
export type ByteSource = string | URL | Uint8Array | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** A source opened for reading: the name used in messages and its chunks. */
export interface OpenedSource {
  /** The path or URL as given, or the caller's label for an in-memory source (default `"<stream>"`). */
  readonly name: string;
  /** The bytes, in order; iterating opens the file, so a missing path throws on first pull. */
  readonly chunks: AsyncIterable<Uint8Array>;
}

/** Size of the chunks read from files: large enough to amortise the syscalls, small enough for bounded memory. */
const FILE_CHUNK_BYTES = 1 << 20;

/**
 * Opens a byte source lazily.
 * @param source - path, URL, bytes or stream
 * @param name - label for messages; defaults to the path, or `"<stream>"` for in-memory sources
 * @returns the name and an async iterable of chunks
 * @throws CopubError `not-found` or `unreadable` (when the chunks are first pulled) for a bad path
 * @example
 * const { name, chunks } = openSource("data-samples/plain-text/two-records.txt");
 * for await (const chunk of chunks) console.log(chunk.length); // → 1234
 */
export function openSource(source: ByteSource, name?: string): OpenedSource {
  if (typeof source === "string") return { name: name ?? source, chunks: fileChunks(source) };
  if (source instanceof URL) {
    const path = fileURLToPath(source);
    return { name: name ?? source.href, chunks: fileChunks(path, name ?? source.href) };
  }
  if (source instanceof Uint8Array) return { name: name ?? "<bytes>", chunks: once(source) };
  if (isWebStream(source)) return { name: name ?? "<stream>", chunks: webStreamChunks(source) };
  return { name: name ?? "<stream>", chunks: source };
}

function isWebStream(source: object): source is ReadableStream<Uint8Array> {
  return typeof (source as ReadableStream<Uint8Array>).getReader === "function";
}

async function* once(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}

async function* webStreamChunks(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

async function* fileChunks(path: string, label: string = path): AsyncIterable<Uint8Array> {
  const handle = await open(path, "r").catch((error: unknown) => {
    throw fileError(error, label);
  });
  try {
    if ((await handle.stat()).isDirectory()) {
      throw new CopubError("unreadable", `${label}: is a directory, expected a file`, label);
    }
    for (;;) {
      // A fresh buffer per read: consumers may keep a chunk while the next one is read.
      const buffer = new Uint8Array(FILE_CHUNK_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null).catch((error: unknown) => {
        throw fileError(error, label);
      });
      if (bytesRead === 0) return;
      yield bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

function fileError(error: unknown, label: string): CopubError {
  const code = (error as { code?: unknown }).code;
  if (code === "ENOENT")
    return new CopubError("not-found", `${label}: no such file`, label, { cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new CopubError("unreadable", `${label}: cannot be read (${detail})`, label, { cause: error });
}

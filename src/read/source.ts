/**
 * Byte sources: the one read module that opens files or adapts streams. Every reader takes
 * a `ByteSource` and sees only an async iterable of byte chunks, so the parsers never care
 * whether the bytes came from disk, a web stream or a Node stream. Files that are not WoS
 * exports (a journal table, a threshold table, a saved corpus) are read here too, so that a file
 * that cannot be read is reported one way everywhere: `fileError` turns what node:fs throws into
 * a CopubError `not-found` or `unreadable` that names the file. Only regular files are read: a
 * named pipe, a socket or a device is opened without blocking and refused by its kind, because
 * reading one can wait forever (a FIFO with no writer) or never end (`/dev/zero`).
 */

import * as nodeBuffer from "node:buffer";
import type { Stats } from "node:fs";
import { constants } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { CopubError } from "../diagnostics/errors.ts";
import { inflateChunks } from "./gunzip.ts";

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
  /**
   * The source's size in bytes: known for bytes at once, for a file once its first chunk is
   * pulled, never for a stream (`undefined`).
   */
  readonly size: () => number | undefined;
}

/**
 * How the messages about a file that cannot be read go on after the file's name and `": "`.
 * Each caller words its own files ("no such journal table"); the codes are the same for all.
 */
export interface FileWording {
  /** For a path that does not exist (`not-found`), given what node:fs threw. */
  readonly notFound: (error: unknown) => string;
  /** For a path that exists but cannot be read (`unreadable`): a permission, a device error, a folder. */
  readonly unreadable: (error: unknown) => string;
  /** For a folder where a file was expected, checked before reading; without it a folder fails when read. */
  readonly folder?: string;
}

/** The wording of input files: "no such file", "cannot be read (…)", "is a directory, expected a file". */
const INPUT_FILE: FileWording = {
  notFound: () => "no such file",
  unreadable: (error) => `cannot be read (${error instanceof Error ? error.message : String(error)})`,
  folder: "is a directory, expected a file",
};

/** Size of the chunks read from files: large enough to amortise the syscalls, small enough for bounded memory. */
const FILE_CHUNK_BYTES = 1 << 20;

/**
 * Turns a failed file read into copub's error: `not-found` when the path does not exist, `unreadable`
 * for any other failure (a permission, a folder, a device error, bytes that do not inflate).
 * @param error - what node:fs (or node:zlib) threw
 * @param file - the file's name in the message and in `CopubError.file`
 * @param wording - how the message goes on after the name
 * @returns the error to throw, with `error` as its `cause`
 * @example
 * fileError(Object.assign(new Error("ENOENT: no such file or directory"), { code: "ENOENT" }), "t.csv", wordingFor("threshold table"))
 * // → CopubError { code: "not-found", message: "t.csv: no such threshold table", file: "t.csv" }
 */
export function fileError(error: unknown, file: string, wording: FileWording): CopubError {
  const missing = (error as { code?: unknown } | null)?.code === "ENOENT";
  const text = missing ? wording.notFound(error) : wording.unreadable(error);
  return new CopubError(missing ? "not-found" : "unreadable", `${file}: ${text}`, file, { cause: error });
}

/**
 * The wording of a file named for what it is to copub.
 * @param what - what the file is, e.g. `"journal table"`
 * @example
 * wordingFor("journal table").notFound(null) // → "no such journal table"
 * wordingFor("journal table").unreadable(null) // → "cannot read the journal table"
 */
export function wordingFor(what: string): FileWording {
  return { notFound: () => `no such ${what}`, unreadable: () => `cannot read the ${what}` };
}

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
  const unknown = (): undefined => undefined;
  if (typeof source === "string" || source instanceof URL) {
    const label = name ?? (typeof source === "string" ? source : source.href);
    let size: number | undefined;
    const path = typeof source === "string" ? source : fileURLToPath(source);
    const onRead = (_read: number, fileBytes: number): void => {
      size = fileBytes;
    };
    return { name: label, chunks: readFileChunks(path, { name: label, onRead }), size: () => size };
  }
  if (source instanceof Uint8Array)
    return { name: name ?? "<bytes>", chunks: once(source), size: () => source.length };
  if (isWebStream(source))
    return { name: name ?? "<stream>", chunks: webStreamChunks(source), size: unknown };
  return { name: name ?? "<stream>", chunks: source, size: unknown };
}

/** Options of `readFileChunks`. */
export interface FileChunksOptions {
  /** The file's name in messages; default the path. */
  readonly name?: string;
  /** How failures are worded; default that of input files ("no such file", "cannot be read (…)"). */
  readonly wording?: FileWording;
  /**
   * Inflate the bytes as gzip, with no limit on the inflated size; default `false`. For files
   * whose name says they are compressed (a saved corpus); exports are recognised by content (`openWos`).
   */
  readonly gunzip?: boolean;
  /**
   * Called after each chunk read from the file (before any inflation) with the bytes read so far
   * and the file's size when it was opened, for progress reports; default none.
   */
  readonly onRead?: (bytesRead: number, fileBytes: number) => void;
}

/**
 * Reads a file chunk by chunk (1 MiB at a time, the next read in flight while the consumer works
 * on a chunk), opening it on the first pull.
 * @param path - the file
 * @param options - the name and wording for messages, and whether to inflate gzip
 * @throws CopubError `not-found` or `unreadable` (when the chunks are first pulled or later), worded by
 *   `options.wording`; `unreadable` for a named pipe, a socket or a device
 * @example
 * for await (const chunk of readFileChunks("corpus.jsonl.gz", { gunzip: true })) … // → the inflated bytes
 */
export function readFileChunks(path: string, options: FileChunksOptions = {}): AsyncIterable<Uint8Array> {
  const { name = path, wording = INPUT_FILE, gunzip = false, onRead } = options;
  const chunks = fileChunks(path, name, wording, onRead);
  if (!gunzip) return chunks;
  // copub's own files (a saved corpus) are read whatever their size or compression ratio.
  return inflateChunks(chunks, { name, maxBytes: Infinity, maxRatio: Infinity }, (error) =>
    fileError(error, name, wording),
  );
}

/**
 * Reads a whole file as bytes.
 * @param path - the file
 * @param what - what the file is, for messages (see `wordingFor`), e.g. `"threshold table"`
 * @throws CopubError `not-found` ("no such threshold table") or `unreadable` ("cannot read the threshold table")
 * @example
 * (await readFileBytes("scie-thresholds.csv", "threshold table")).length // → 48213
 */
export async function readFileBytes(path: string, what: string): Promise<Uint8Array> {
  const wording = wordingFor(what);
  const { handle } = await openRegularFile(path, path, wording);
  try {
    return await handle.readFile().catch((error: unknown) => {
      throw fileError(error, path, wording);
    });
  } finally {
    await handle.close();
  }
}

/**
 * The first bytes of a file (fewer when the file is shorter), read at once: for deciding about
 * a file (its format, its encoding) before reading it, without starting a chunked reading.
 * @param path - the file
 * @param bytes - how many bytes at most
 * @throws CopubError `not-found` or `unreadable` as for input files; `unreadable` for a pipe, socket or device
 * @example
 * new TextDecoder().decode(await readFileHead("savedrecs.txt", 8)) // → "\uFEFFFN Clar" (a BOM, then the FN line)
 */
export async function readFileHead(path: string, bytes: number): Promise<Uint8Array> {
  const { handle } = await openRegularFile(path, path, INPUT_FILE);
  try {
    const buffer = new Uint8Array(bytes);
    let filled = 0;
    // A short read is not the end: only a read of nothing is.
    for (;;) {
      const { bytesRead } = await handle
        .read(buffer, filled, bytes - filled, null)
        .catch((error: unknown) => {
          throw fileError(error, path, INPUT_FILE);
        });
      filled += bytesRead;
      if (bytesRead === 0 || filled === bytes) return buffer.subarray(0, filled);
    }
  } finally {
    await handle.close();
  }
}

/**
 * What a path that is no regular file is, in words, or `undefined` for a regular file or a folder.
 * @example
 * specialFileKind(await stat("/dev/null")) // → "a character device"
 */
export function specialFileKind(info: Stats): string | undefined {
  if (info.isFile() || info.isDirectory()) return undefined;
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  return "not a regular file";
}

/**
 * The error for a path that is no regular file.
 * @example
 * notRegularFile("exports/pipe", "a named pipe (FIFO)").message
 * // → "exports/pipe: a named pipe (FIFO), not a regular file; copub reads regular files only"
 */
export function notRegularFile(name: string, kind: string): CopubError {
  return new CopubError(
    "unreadable",
    `${name}: ${kind}, not a regular file; copub reads regular files only`,
    name,
  );
}

/** Opening without blocking: a FIFO with no writer would hold a plain open forever (0 where the flag does not exist). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Opens a file for reading if it is a regular file (or a folder, for the caller to word).
 * @throws CopubError `not-found` / `unreadable` as worded, `unreadable` for a pipe, socket or device
 */
async function openRegularFile(
  path: string,
  name: string,
  wording: FileWording,
): Promise<{ readonly handle: FileHandle; readonly info: Stats }> {
  const handle = await open(path, OPEN_FLAGS).catch((error: unknown) => {
    throw fileError(error, name, wording);
  });
  try {
    const info = await handle.stat();
    const kind = specialFileKind(info);
    if (kind !== undefined) throw notRegularFile(name, kind);
    if (wording.folder !== undefined && info.isDirectory()) {
      throw new CopubError("unreadable", `${name}: ${wording.folder}`, name);
    }
    return { handle, info };
  } catch (error) {
    await handle.close();
    throw error instanceof CopubError ? error : fileError(error, name, wording);
  }
}

/**
 * Reads a whole file as UTF-8 text: a BOM is dropped and malformed bytes become U+FFFD.
 * @param path - the file
 * @param what - what the file is, for messages (see `wordingFor`), e.g. `"journal table"`
 * @throws CopubError `not-found` ("no such journal table") or `unreadable` ("cannot read the journal table")
 * @example
 * await readTextFile("esi-journals.csv", "journal table") // → "journalKey,esiField\n0028-0836,MUL\n…"
 */
export async function readTextFile(path: string, what: string): Promise<string> {
  return new TextDecoder().decode(await readFileBytes(path, what));
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

/** Node's `Buffer`, for memory that is not zeroed first (`freshBuffer`); absent outside Node's API. */
const BUFFER = typeof nodeBuffer.Buffer?.allocUnsafeSlow === "function" ? nodeBuffer.Buffer : undefined;

/**
 * A plain `Uint8Array` of its own buffer whose bytes are not zeroed first, since a read fills
 * them: zeroing a fresh MiB took the main thread 0.35 ms (a second for 4 GB), and its pages are
 * then first touched by the read, on libuv's thread. A plain view, not a `Buffer`, whose `slice`
 * would share the bytes where callers expect a copy (`ownBuffer`).
 */
function freshBuffer(bytes: number): Uint8Array {
  return BUFFER === undefined
    ? new Uint8Array(bytes)
    : new Uint8Array(BUFFER.allocUnsafeSlow(bytes).buffer, 0, bytes);
}

/** One read of `fileChunks`: the bytes read into a fresh buffer, or what the read threw. */
type ChunkRead =
  | { readonly ok: true; readonly buffer: Uint8Array; readonly bytesRead: number }
  | { readonly ok: false; readonly error: unknown };

/**
 * The file's chunks with the next read always in flight: it is started before a chunk is handed
 * on, so the disk (or the page cache's copy) works while the consumer parses, and the consumer
 * waits only when it is faster than the reads. At most two chunks are held here (the one handed
 * on and the one being read), 2 MiB past what the consumer keeps. A read's failure is kept as a
 * value until the consumer reaches it (a consumer that stops before never sees it), and the
 * handle is closed only once no read is in flight.
 */
async function* fileChunks(
  path: string,
  name: string,
  wording: FileWording,
  onRead: FileChunksOptions["onRead"],
): AsyncIterable<Uint8Array> {
  const { handle, info } = await openRegularFile(path, name, wording);
  const readNext = (): Promise<ChunkRead> => {
    // A fresh buffer per read: consumers may keep a chunk while the next one is read.
    const buffer = freshBuffer(FILE_CHUNK_BYTES);
    return handle.read(buffer, 0, buffer.length, null).then(
      ({ bytesRead }) => ({ ok: true, buffer, bytesRead }),
      (error: unknown) => ({ ok: false, error }),
    );
  };
  let next: Promise<ChunkRead> | null = readNext();
  try {
    let total = 0;
    for (;;) {
      const read: ChunkRead = await next;
      next = null;
      if (!read.ok) throw fileError(read.error, name, wording);
      const { buffer, bytesRead } = read;
      if (bytesRead === 0) return;
      total += bytesRead;
      // A short read is not taken for the end: only a read of nothing ends the file.
      next = readNext();
      onRead?.(total, info.size);
      yield bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead);
    }
  } finally {
    // Stopped early (or failed): the read in flight ends before its handle is closed.
    if (next !== null) await next;
    await handle.close();
  }
}

// Placeholder: the XML reader (issue 4) replaces this file.
import { CopubError } from "../diagnostics/errors.ts";
import type { ReadItem, ReadOptions } from "./read-item.ts";
import type { ByteSource } from "./source.ts";

/** Options of the XML reader. */
export interface XmlReadOptions extends ReadOptions {
  /** Largest accepted `<REC>` in bytes. */
  readonly maxRecordBytes?: number;
}

/** Reads WoS XML. */
export async function* readXml(_source: ByteSource, options: XmlReadOptions = {}): AsyncIterable<ReadItem> {
  yield* [];
  throw new CopubError("unknown-format", "the XML reader is not written yet", options.fileName ?? null);
}

/**
 * One piece of the parallel load read and prepared, on whichever thread takes it: a worker
 * (`_load-worker.ts`), or the main thread when every worker has its fill of pieces
 * (`_parallel-load.ts`). The piece is read on its own with the plain-text reader
 * (`readPlainTextBlock`: the items a read of the whole file gives for those lines, with the
 * file's line numbers and record indexes counted from the piece's first item), every record is
 * prepared for the corpus builder (`createRecordPreparer`) and every rejection kept as it is. One
 * function for both threads, so a paper is the same whichever thread read it.
 */
import type { Rejection } from "../diagnostics/rejection.ts";
import { detectEncoding } from "../read/decode.ts";
import type { ReadOptions } from "../read/read-item.ts";
import { readPlainTextBlock } from "../read/text-blocks.ts";
import type { createRecordPreparer, PreparedRecord } from "./_prepared-record.ts";

/** A piece of a plain-text export: its bytes, its file and the number of its first line there. */
export interface Piece {
  readonly file: string;
  readonly line: number;
  readonly bytes: Uint8Array;
}

/** A piece read: its records prepared and its rejections, both with record indexes from 0. */
export interface ReadPiece {
  readonly records: PreparedRecord[];
  readonly rejections: Rejection[];
}

/** The reader options of the load: limits and whether cited references are read. */
export type PieceReadOptions = Pick<ReadOptions, "maxRecordBytes" | "maxLineBytes" | "citedReferences">;

/**
 * Reads and prepares one piece; a string saying why when the piece cannot be read on its own (a
 * piece inside its file that would decode otherwise than there, with a BOM or as UTF-16).
 * @example
 * readPiece({ file: "a.txt", line: 1, bytes }, createRecordPreparer(options), {})
 * // → { records: [{ ut: "WOS:…", line: 3, recordIndex: 0, … }], rejections: [] }
 */
export function readPiece(
  piece: Piece,
  prepare: ReturnType<typeof createRecordPreparer>,
  readOptions: PieceReadOptions,
): ReadPiece | string {
  const head = detectEncoding(piece.bytes.subarray(0, 512));
  if (piece.line > 1 && (head.encoding !== "utf-8" || head.bomBytes !== 0))
    return "a piece would decode otherwise than in its file";
  const block = { bytes: piece.bytes, line: piece.line, header: null, continued: false };
  const records: PreparedRecord[] = [];
  const rejections: Rejection[] = [];
  for (const item of readPlainTextBlock(block, { ...readOptions, fileName: piece.file })) {
    if (item.ok) records.push(prepare(item.record, item.at));
    else rejections.push(item.rejection);
  }
  return { records, rejections };
}

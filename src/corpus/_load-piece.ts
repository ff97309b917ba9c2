/**
 * One piece of the parallel load read, prepared and packed on a worker thread (`_load-worker.ts`).
 * The piece is read on its own with the export's block reader (`formatBlockItems`: the items a
 * read of the whole file gives for those
 * lines or RECs, with the file's line numbers and record indexes counted from the piece's first
 * item; `pieceItems`, which the main thread reads its own pieces with too); each record is
 * prepared for the corpus builder (`createRecordPreparer`) and packed at once by the worker's
 * packer (`createRecordPacker`, whose table of shared strings lasts from piece to piece),
 * each rejection kept as it is. No record of the piece is held once packed, so the worker's young
 * generation never copies a piece's worth of records.
 */
import type { Rejection } from "../diagnostics/rejection.ts";
import { detectEncoding } from "../read/decode.ts";
import { formatBlockItems } from "../read/format-blocks.ts";
import type { ReadItem, ReadOptions } from "../read/read-item.ts";
import type { PackedRecords, RecordPacker } from "./_packed-records.ts";
import type { createRecordPreparer } from "./_prepared-record.ts";

/** A piece of an export: its bytes, its file, its format and the number of its first line there. */
export interface Piece {
  readonly file: string;
  readonly format: "plain" | "tab" | "xml";
  readonly line: number;
  /** Whether the piece opens its file (an XML file's first piece tells a file that is not WoS XML). */
  readonly fileStart: boolean;
  /** Where the piece starts in its file, in bytes. */
  readonly offset: number;
  /** Tab-delimited: the file's header row for a piece after the one that holds it; else `null`. */
  readonly header: string | null;
  readonly bytes: Uint8Array;
}

/** A piece read: its records prepared and packed, and its rejections, both with record indexes from 0. */
export interface ReadPiece {
  readonly packed: PackedRecords;
  readonly rejections: Rejection[];
}

/** The reader options of the load: every reader option but the file's name, which each piece gives. */
export type PieceReadOptions = Omit<ReadOptions, "fileName">;

/**
 * Reads, prepares and packs one piece; a string saying why when the piece cannot be read on its
 * own (a piece inside its file that would decode otherwise than there, with a BOM or as UTF-16).
 * @example
 * readPiece({ file: "a.txt", format: "plain", line: 1, fileStart: true, offset: 0, header: null, bytes }, createRecordPreparer(options), createRecordPacker(), {})
 * // → { packed: { numbers: Float64Array(…), strings: […], own: ["WOS:…", …] }, rejections: [] }
 */
export function readPiece(
  piece: Piece,
  prepare: ReturnType<typeof createRecordPreparer>,
  packer: RecordPacker,
  readOptions: PieceReadOptions,
): ReadPiece | string {
  const problem = pieceProblem(piece);
  if (problem !== null) return problem;
  const rejections: Rejection[] = [];
  for (const item of pieceItems(piece, readOptions, 0)) {
    if (item.ok) packer.add(prepare(item.record, item.at, item.fingerprint));
    else rejections.push(item.rejection);
  }
  return { packed: packer.finish(), rejections };
}

/**
 * The items of a piece read on its own, their record indexes from `firstRecordIndex`: a text
 * piece's one at a time, as read (none is held), an XML piece's as its reader gives them.
 * @example
 * [...pieceItems({ file: "a.txt", format: "plain", line: 900, fileStart: false, offset: 81920, header: null, bytes }, {}, 17)]
 * // → [{ ok: true, record: { ut: … }, at: { file: "a.txt", line: 900, recordIndex: 17 } }, …]
 */
export function pieceItems(
  piece: Piece,
  readOptions: PieceReadOptions,
  firstRecordIndex: number,
): Iterable<ReadItem> {
  const block = { bytes: piece.bytes, line: piece.line, header: piece.header, continued: false };
  return formatBlockItems(piece.format, block, {
    ...readOptions,
    fileName: piece.file,
    firstRecordIndex,
    fileStart: piece.fileStart,
  });
}

/**
 * Why a piece cannot be read on its own, or `null`: a text piece inside its file whose first
 * bytes would be decoded otherwise than there (as a BOM, or as UTF-16). An XML piece inside its
 * file is decoded as UTF-8 whatever its first bytes (`readXmlBlock`).
 * @example
 * pieceProblem({ file: "a.txt", format: "plain", line: 900, fileStart: false, offset: 81920, header: null, bytes: utf8Bom }) // → "a piece would decode otherwise than in its file"
 */
export function pieceProblem(piece: Piece): string | null {
  if (piece.format === "xml" || piece.fileStart) return null;
  const head = detectEncoding(piece.bytes.subarray(0, 512));
  return head.encoding !== "utf-8" || head.bomBytes !== 0
    ? "a piece would decode otherwise than in its file"
    : null;
}

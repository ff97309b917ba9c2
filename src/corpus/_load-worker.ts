/**
 * A worker thread of the parallel load (`_parallel-load.ts`): it is handed record-aligned pieces
 * of text exports (`plainTextBlocks`, `tabDelimitedBlocks`), reads, prepares and packs each
 * (`readPiece`) and posts the packed records back (the numbers' buffer transferred), with the piece's
 * rejections as they are. A piece that cannot be read on its own is reported not clean: the main
 * thread then reads the files itself.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Rejection } from "../diagnostics/rejection.ts";
import { type Piece, type PieceReadOptions, readPiece } from "./_load-piece.ts";
import { createRecordPacker, type PackedRecords } from "./_packed-records.ts";
import { createRecordPreparer } from "./_prepared-record.ts";
import type { CorpusOptions } from "./corpus-options.ts";

/** What the worker is started with. */
export interface LoadWorkerData {
  readonly options: CorpusOptions;
  readonly readOptions: PieceReadOptions;
}

/** One piece to read, its bytes transferred. */
export interface PieceJob extends Piece {
  readonly id: number;
}

/** What a piece gave. */
export type PieceResult =
  | {
      readonly id: number;
      readonly clean: true;
      /** The piece's records, prepared and packed (`unpackRecords` reads them); record indexes from 0. */
      readonly packed: PackedRecords;
      /** The piece's rejections, in order, with record indexes counted the same way. */
      readonly rejections: readonly Rejection[];
    }
  | { readonly id: number; readonly clean: false; readonly why: string };

const port = parentPort;
if (port !== null) {
  const { options, readOptions } = workerData as LoadWorkerData;
  const prepare = createRecordPreparer(options);
  // One packer for every piece: a shared string is sent to the main thread once.
  const packer = createRecordPacker();
  port.on("message", (job: PieceJob) => {
    let result: PieceResult;
    try {
      const read = readPiece(job, prepare, packer, readOptions);
      result =
        typeof read === "string"
          ? { id: job.id, clean: false, why: read }
          : { id: job.id, clean: true, packed: read.packed, rejections: read.rejections };
    } catch (error) {
      result = { id: job.id, clean: false, why: String(error) };
    }
    port.postMessage(result, result.clean ? [result.packed.numbers.buffer as ArrayBuffer] : []);
  });
}

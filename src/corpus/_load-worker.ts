/**
 * A worker thread of the parallel load (`_parallel-load.ts`): it is handed record-aligned pieces
 * of text exports (`plainTextBlocks`, `tabDelimitedBlocks`), reads, prepares and packs each
 * (`readPiece`) and posts the packed records back (the buffers of the numbers and of the own strings' code units transferred), with the piece's
 * rejections as they are. A piece that cannot be read on its own is reported not clean: the main
 * thread then reads the files itself.
 */
import { workerData } from "node:worker_threads";
import { serveJobs } from "../common/worker-pool.ts";
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
export type PieceJob = Piece;

/** What a piece gave. */
export type PieceResult =
  | {
      readonly clean: true;
      /** The piece's records, prepared and packed (`unpackRecords` reads them); record indexes from 0. */
      readonly packed: PackedRecords;
      /** The piece's rejections, in order, with record indexes counted the same way. */
      readonly rejections: readonly Rejection[];
    }
  | { readonly clean: false; readonly why: string };

if (workerData !== null && workerData !== undefined) {
  const { options, readOptions } = workerData as LoadWorkerData;
  const prepare = createRecordPreparer(options);
  // One packer for every piece: a shared string is sent to the main thread once.
  const packer = createRecordPacker();
  serveJobs((job: PieceJob) => {
    let result: PieceResult;
    try {
      const read = readPiece(job, prepare, packer, readOptions);
      result =
        typeof read === "string"
          ? { clean: false, why: read }
          : { clean: true, packed: read.packed, rejections: read.rejections };
    } catch (error) {
      result = { clean: false, why: String(error) };
    }
    const transfer = result.clean
      ? [result.packed.numbers.buffer as ArrayBuffer, result.packed.own.buffer as ArrayBuffer]
      : [];
    return { result, transfer };
  });
}
